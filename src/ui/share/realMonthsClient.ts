/**
 * The one place the real-months worker is created (squoosh style: comlink, no hand-written
 * protocol). The uploaded bytes are transferred, not copied. Where Web Workers are missing the
 * same API runs on the page.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { Lang } from '../../i18n/format';
import type { Scenario } from '../../sim/scenario';
import type { ColumnMapping } from '../../formats/columnMapping';
import type { CalibrateReply, ImportReply, LoadReply, PayReply, RealMonthsApi } from './realMonthsApi';
import type { Attribution } from '../../formats/importSource';
import type { RosterAgent } from '../../sim/roster';

export class RealMonthsClient {
  private worker: Worker | null = null;
  private api: Remote<RealMonthsApi> | RealMonthsApi | null = null;

  private async get(): Promise<Remote<RealMonthsApi> | RealMonthsApi> {
    if (this.api) return this.api;
    if (typeof Worker === 'undefined') {
      this.api = (await import('./realMonthsApi')).realMonthsApi;
      return this.api;
    }
    this.worker = new Worker(new URL('./realMonths.worker.ts', import.meta.url), { type: 'module' });
    this.api = wrap<RealMonthsApi>(this.worker);
    return this.api;
  }

  async load(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): Promise<LoadReply> {
    const api = await this.get();
    return api.load(this.worker ? transfer(bytes, [bytes.buffer]) : bytes, fileName, mapping ? { ...mapping } : undefined);
  }

  /** Platform exports (several files) → records in the worker; SheetJS is loaded there on demand. */
  async importFiles(files: { name: string; bytes: Uint8Array; savedOn?: string }[], opts: { roster: RosterAgent[]; attribution: Attribution; month?: string }): Promise<ImportReply> {
    const api = await this.get();
    const list = files.map((f) => ({ ...f }));
    return api.importFiles(this.worker ? transfer(list, list.map((f) => f.bytes.buffer)) : list, opts);
  }

  async pay(scenario: Scenario): Promise<PayReply> {
    return (await this.get()).pay(scenario);
  }

  async csv(variant: number, lang: Lang): Promise<string> {
    return (await this.get()).csv(variant, lang);
  }

  async calibrate(scenario: Scenario): Promise<CalibrateReply> {
    return (await this.get()).calibrate(scenario);
  }

  async xlsx(variant: number, lang: Lang, sheetName: string): Promise<Uint8Array> {
    return (await this.get()).xlsx(variant, lang, sheetName);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }
}
