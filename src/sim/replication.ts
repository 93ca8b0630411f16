/**
 * One replication of a comparison run: month by month, the behaviour generator makes the
 * month's records for the current roster, the engine pays them under each variant (one PayLedger per
 * variant carries guarantee and dismissal state), and each variant's dismissals and quits advance its
 * roster. A replication is seeded from (scenario seed, replication index) alone, and every
 * variant of a replication meets the same luck (common random numbers: the generator's streams are
 * keyed by slot, month and kind of event, never drawn in sequence).
 *
 * Sharing work: when behaviour does not respond to the policy (every elasticity 0, so records do not
 * depend on it), variants whose rosters are the same share one shop and one generated month; a
 * variant splits off (a copy of the shop) in the month its dismissals first differ from the others'.
 * This gives exactly what every variant would get from its own shop, at the cost of generating once.
 * When behaviour responds, every variant has its own shop from the start.
 */
import type { AgentMonth } from '../engine/records';
import type { Payslip } from '../engine/payslip';
import type { PayContext } from '../engine/context';
import { MonthExplain, PayLedger, payMonthRows, payslipsOf } from '../engine/pay';
import { PayRows } from '../engine/payRows';
import { outcomeFromPayRows } from '../behaviour/outcomeFromPayslips';
import type { CompiledPolicy } from '../policy/compiled';
import type { BehaviourInput, MonthOutcome, MonthService, PolicyResponse, RosterReport, ShopState } from '../behaviour/types';
import * as behaviourModule from '../behaviour/index';

/** The behaviour API the runner drives (src/behaviour/index.ts); a parameter so tests can pass a small model. */
export interface Behaviour {
  createShop(input: BehaviourInput, replication: number): ShopState;
  cloneShop(state: ShopState): ShopState;
  /** `serviceMetrics` false: the records may leave the service metrics out (no policy of the group reads them). */
  generateMonth(state: ShopState, monthIndex: number, response: PolicyResponse, serviceMetrics?: boolean): AgentMonth[];
  advanceRoster(state: ShopState, monthIndex: number, outcome: MonthOutcome, response: PolicyResponse): RosterReport;
}

export const defaultBehaviour: Behaviour = behaviourModule;

/** One variant ready to pay: compiled policy, its context, and what behaviour reads from it. */
export interface PreparedVariant {
  name: string;
  policy: CompiledPolicy;
  ctx: PayContext;
  response: PolicyResponse;
  /** The policy reads the records' service metrics (engine/components/metrics.ts `readsServiceFields`). */
  readsMetrics: boolean;
}

/** Everything a replication needs; built once per scenario (prepare.ts). */
export interface SimSetup {
  input: BehaviourInput;
  startMonth: string;
  months: number;
  variants: PreparedVariant[];
  baseline: number;
  /** Behaviour depends on the policy (some elasticity ≠ 0): every variant gets its own shop. */
  responsive: boolean;
  behaviour: Behaviour;
}

/**
 * Receives a replication's pay (the collector, or the drill-down): as the engine's lean rows when the
 * sink has `pay` (engine/payRows.ts; rows are reused, read them before returning), otherwise as
 * payslip objects built from the same rows, explained when the context says so.
 */
export interface ReplicationSink {
  begin(): void;
  /** `service`: the month's unanswered inquiries and lost sales (the same for variants sharing a shop). */
  pay?(v: number, m: number, records: readonly AgentMonth[], rows: PayRows, service: MonthService): void;
  month?(v: number, m: number, records: readonly AgentMonth[], slips: readonly Payslip[], service: MonthService): void;
  roster(v: number, report: RosterReport): void;
  end(): void;
}

interface Group {
  shop: ShopState;
  members: number[];
}

/** Run replication `r` of the setup into the sink. */
export function runReplication(setup: SimSetup, r: number, sink: ReplicationSink, ctxOverride?: Partial<PayContext>): void {
  const B = setup.behaviour;
  const V = setup.variants.length;
  const ctxs = setup.variants.map((v) => (ctxOverride ? { ...v.ctx, ...ctxOverride } : v.ctx));
  const ledgers = setup.variants.map(() => new PayLedger());
  const rows = new PayRows();
  const outcomes: (MonthOutcome | null)[] = new Array<MonthOutcome | null>(V).fill(null);
  sink.begin();
  const shop0 = B.createShop(setup.input, r);
  let groups: Group[];
  if (setup.responsive) {
    groups = setup.variants.map((_, v) => ({ shop: v === 0 ? shop0 : B.cloneShop(shop0), members: [v] }));
  } else {
    groups = [{ shop: shop0, members: setup.variants.map((_, v) => v) }];
  }
  for (const g of groups) for (const v of g.members) sink.roster(v, g.shop.report);

  for (let m = 0; m < setup.months; m++) {
    for (const g of groups) {
      const response = setup.variants[g.members[0]!]!.response;
      // the lean path (rows) generates the service metrics only for a group that pays on them; a
      // sink of payslips (drill-down) gets whole records
      const records = B.generateMonth(g.shop, m, response, !sink.pay || g.members.some((v) => setup.variants[v]!.readsMetrics));
      for (const v of g.members) {
        const ctx = ctxs[v]!;
        const ex = !sink.pay && ctx.explain === true ? new MonthExplain(records.length) : null;
        payMonthRows(setup.variants[v]!.policy, records, ledgers[v]!, ctx, rows, ex);
        if (sink.pay) sink.pay(v, m, records, rows, g.shop.service);
        else sink.month?.(v, m, records, payslipsOf(rows, ex), g.shop.service);
        outcomes[v] = outcomeFromPayRows(rows);
      }
    }
    if (m === setup.months - 1) break;
    groups = advance(setup, groups, outcomes, m, sink);
  }
  sink.end();
}

/** Split each group where its members' dismissals differ, then close month m for each group. */
function advance(setup: SimSetup, groups: Group[], outcomes: (MonthOutcome | null)[], m: number, sink: ReplicationSink): Group[] {
  const B = setup.behaviour;
  const out: Group[] = [];
  for (const g of groups) {
    const parts = splitByDismissals(g.members, outcomes);
    // copies first, while g.shop still holds the closing month's state
    const shops = parts.map((_, i) => (i === 0 ? g.shop : B.cloneShop(g.shop)));
    parts.forEach((members, i) => {
      const shop = shops[i]!;
      const lead = members[0]!;
      const report = B.advanceRoster(shop, m, outcomes[lead]!, setup.variants[lead]!.response);
      for (const v of members) sink.roster(v, report);
      out.push({ shop, members });
    });
  }
  return out;
}

/** Members grouped by their dismissal list, in order of first appearance. */
function splitByDismissals(members: number[], outcomes: (MonthOutcome | null)[]): number[][] {
  if (members.length === 1) return [members];
  const byKey = new Map<string, number[]>();
  for (const v of members) {
    const key = [...outcomes[v]!.dismissed].sort().join('\u0000');
    const list = byKey.get(key);
    if (list) list.push(v);
    else byKey.set(key, [v]);
  }
  return [...byKey.values()];
}
