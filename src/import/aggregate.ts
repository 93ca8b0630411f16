/**
 * A sheet's rows → one set of figures per agent (nickname) and month. A monthly file has one row per
 * agent; a daily file has one per agent and day, summed into months with the right weights
 * (real-exports pitfall 9; docs/real-data.md §Aggregation): counts and amounts are added up; a rate
 * or an average is weighted by its base — Σ(rate × base) ÷ Σ base, e.g. 客户满意率 by 有效接待人数 —
 * and satisfaction is re-derived from the 很满意…很不满意 counts when the sheet has them; conversion is
 * never a figure here, it is computed from the counts (paid ÷ inquiries). A day whose cell is a
 * placeholder makes the month's figure pending; a rate that cannot be weighted is left out with a
 * warning rather than averaged.
 */
import { problem, type Problem } from '../i18n/problem';
import { place } from './grid';
import { METRICS, SATISFACTION_COUNTS, type Metric } from './metrics';
import type { AgentRow, Nick, ReadSheet } from './readExport';

export interface MonthFigures {
  nick: Nick;
  agentName?: string;
  month: string;
  /** Days of data behind the figures (1 row of a monthly file counts as its period). */
  days: number;
  values: Partial<Record<Metric, number>>;
  /** Metrics not final yet, with the cells that held placeholders. */
  pending: Partial<Record<Metric, string[]>>;
  roleHint?: AgentRow['roleHint'];
  /** Rows of the sheet these figures come from (0-based). */
  rows: number[];
}

/** Σ(value × weight) ÷ Σ weight rounded half up: to an integer (ten-thousandths) or to the hundredth (seconds). */
function weighted(sumProduct: bigint, sumWeight: bigint, kind: 'rate' | 'seconds'): number {
  // seconds arrive in hundredths, so the division is of exact integers either way
  const q = (2n * sumProduct + sumWeight) / (2n * sumWeight);
  return kind === 'seconds' ? Number(q) / 100 : Number(q);
}

/** Group a sheet's rows by nickname and month and combine each group. */
export function aggregateSheet(sheet: ReadSheet): { figures: MonthFigures[]; warnings: Problem[]; problems: Problem[] } {
  const groups = new Map<string, AgentRow[]>();
  for (const r of sheet.rows) {
    const k = `${r.nick.full}\u0000${r.month}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const figures: MonthFigures[] = [];
  const warnings: Problem[] = [];
  const problems: Problem[] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    if (!sheet.layout.daily && rows.length > 1) {
      problems.push(problem(place(sheet.grid, rows[1]!.row), 'import.duplicateAgent', { nickname: first.nick.full, row: rows[1]!.row + 1, first: first.row + 1 }));
      continue;
    }
    if (sheet.layout.daily) {
      const days = new Map<string, number>();
      for (const r of rows) {
        const d = days.get(r.day!);
        if (d !== undefined) problems.push(problem(place(sheet.grid, r.row), 'import.duplicateDay', { nickname: first.nick.full, day: r.day!, row: r.row + 1, first: d + 1 }));
        else days.set(r.day!, r.row);
      }
    }
    const f: MonthFigures = { nick: first.nick, month: first.month, days: rows.length, values: {}, pending: {}, rows: rows.map((r) => r.row) };
    const name = rows.find((r) => r.agentName)?.agentName;
    if (name) f.agentName = name;
    const hint = rows.find((r) => r.roleHint)?.roleHint;
    if (hint) f.roleHint = hint;
    const metrics = new Set<Metric>();
    for (const r of rows) {
      for (const m of Object.keys(r.values) as Metric[]) metrics.add(m);
      for (const [m, cell] of Object.entries(r.pending) as [Metric, string][]) (f.pending[m] ??= []).push(cell);
    }
    for (const m of metrics) {
      if (f.pending[m]) continue;
      const spec = METRICS[m];
      if (spec.combine === 'sum') {
        // a sum over days with a day missing is still the sum of the days given
        let s = 0;
        for (const r of rows) s += r.values[m] ?? 0;
        f.values[m] = spec.kind === 'seconds' ? Math.round(s * 100) / 100 : s;
        continue;
      }
      if (rows.length === 1) {
        f.values[m] = first.values[m]!;
        continue;
      }
      // weighted by the first base every row with this figure has
      const weight = spec.combine.weights.find((w) => rows.every((r) => r.values[m] === undefined || r.values[w] !== undefined));
      if (!weight) {
        warnings.push(problem(place(sheet.grid), 'import.cannotWeight', { nickname: first.nick.full, month: first.month, metric: m }));
        continue;
      }
      let sp = 0n;
      let sw = 0n;
      for (const r of rows) {
        const v = r.values[m];
        if (v === undefined) continue;
        const w = BigInt(r.values[weight]!);
        sp += BigInt(spec.kind === 'seconds' ? Math.round(v * 100) : v) * w;
        sw += w;
      }
      if (sw === 0n) continue;
      f.values[m] = weighted(sp, sw, spec.kind === 'seconds' ? 'seconds' : 'rate');
    }
    // Satisfaction from its counts when the sheet has all five: (很满意 + 满意) ÷ all, exactly.
    if (SATISFACTION_COUNTS.every((c) => f.values[c] !== undefined)) {
      const total = SATISFACTION_COUNTS.reduce((s, c) => s + f.values[c]!, 0);
      if (total > 0) {
        const good = BigInt(f.values.verySatisfied! + f.values.satisfied!);
        f.values.satisfactionRateBp = Number((2n * good * 10_000n + BigInt(total)) / (2n * BigInt(total)));
      }
    }
    figures.push(f);
  }
  return { figures, warnings, problems };
}
