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
 *
 * Allocation: on the lean path (a sink with `pay`) each shop's month is written into record objects
 * reused from month to month (behaviour/monthRecords.ts), the roster's outcome is refilled per
 * variant by slot, and the pay rows, record buffers and outcomes are kept from one replication to the
 * next (ReplicationScratch): per agent-month nothing is allocated. A sink of payslip objects
 * (drill-down, worked examples) gets fresh records each month instead.
 */
import type { AgentMonth } from '../engine/records';
import type { Payslip } from '../engine/payslip';
import type { PayContext } from '../engine/context';
import { MonthExplain, PayLedger, payMonthRows, payslipsOf } from '../engine/pay';
import { PayRows } from '../engine/payRows';
import { emptyOutcome, outcomeFromPayRows, sameDismissals } from '../behaviour/outcomeFromPayslips';
import { MonthRecords } from '../behaviour/monthRecords';
import type { CompiledPolicy } from '../policy/compiled';
import type { BehaviourInput, MonthOutcome, MonthService, PolicyResponse, RosterReport, ShopState } from '../behaviour/types';
import * as behaviourModule from '../behaviour/index';

/** The behaviour API the runner drives (src/behaviour/index.ts); a parameter so tests can pass a small model. */
export interface Behaviour {
  createShop(input: BehaviourInput, replication: number): ShopState;
  cloneShop(state: ShopState): ShopState;
  /**
   * The month's records written into `into` (behaviour/monthRecords.ts: its record objects are
   * overwritten, `into.slot` gets each record's roster slot); `serviceMetrics` false: the records may
   * leave the service metrics out (no policy of the group reads them).
   */
  generateMonthInto(state: ShopState, monthIndex: number, response: PolicyResponse, serviceMetrics: boolean, into: MonthRecords): readonly AgentMonth[];
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
 * sink has `pay` (engine/payRows.ts), otherwise as payslip objects built from the same rows,
 * explained when the context says so. On the `pay` path the rows and the records are reused (the
 * records are overwritten by the group's next month, the rows by the next variant-month): read them
 * before returning and copy what you keep. `month` gets records of its own.
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
  /** The group's record objects (reused month to month on the lean path). */
  buffer: MonthRecords;
  /** Some member's policy reads the service metrics. */
  metrics: boolean;
}

/**
 * What a replication reuses and hands on to the next: the pay rows, the record buffers (one per
 * group) and the outcomes (one per variant). Taken from `spare` for a call and given back at its end,
 * so a nested call (a sink that runs a replication) gets its own.
 */
class ReplicationScratch {
  readonly rows = new PayRows();
  private readonly buffers: MonthRecords[] = [];
  private taken = 0;
  outcomes: MonthOutcome[] = [];

  /** A record buffer not yet used in this replication. */
  buffer(): MonthRecords {
    let b = this.buffers[this.taken];
    if (b === undefined) {
      b = new MonthRecords();
      this.buffers.push(b);
    }
    this.taken++;
    return b;
  }

  /** Start a replication of V variants on shops of `size` slots. */
  begin(V: number, size: number): MonthOutcome[] {
    this.taken = 0;
    if (this.outcomes.length !== V || this.outcomes[0]!.netPayFen.length !== size) {
      this.outcomes = Array.from({ length: V }, () => emptyOutcome(size));
    }
    return this.outcomes;
  }
}

const spare: ReplicationScratch[] = [];

/** Run replication `r` of the setup into the sink. */
export function runReplication(setup: SimSetup, r: number, sink: ReplicationSink, ctxOverride?: Partial<PayContext>): void {
  const scratch = spare.pop() ?? new ReplicationScratch();
  try {
    replicate(setup, r, sink, ctxOverride, scratch);
  } finally {
    spare.push(scratch);
  }
}

function replicate(setup: SimSetup, r: number, sink: ReplicationSink, ctxOverride: Partial<PayContext> | undefined, scratch: ReplicationScratch): void {
  const B = setup.behaviour;
  const V = setup.variants.length;
  const ctxs = setup.variants.map((v) => (ctxOverride ? { ...v.ctx, ...ctxOverride } : v.ctx));
  const ledgers = setup.variants.map(() => new PayLedger());
  const rows = scratch.rows;
  const lean = sink.pay !== undefined;
  sink.begin();
  const shop0 = B.createShop(setup.input, r);
  const outcomes = scratch.begin(V, shop0.size);
  let groups: Group[];
  if (setup.responsive) {
    groups = setup.variants.map((_, v) => group(setup, v === 0 ? shop0 : B.cloneShop(shop0), [v], scratch));
  } else {
    groups = [group(setup, shop0, setup.variants.map((_, v) => v), scratch)];
  }
  for (const g of groups) for (const v of g.members) sink.roster(v, g.shop.report);

  for (let m = 0; m < setup.months; m++) {
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      const members = g.members;
      const response = setup.variants[members[0]!]!.response;
      // the lean path generates the service metrics only for a group that pays on them, into the
      // group's reused records; a sink of payslips (drill-down) gets whole, fresh records
      const buffer = lean ? g.buffer : new MonthRecords();
      const records = B.generateMonthInto(g.shop, m, response, !lean || g.metrics, buffer);
      for (let k = 0; k < members.length; k++) {
        const v = members[k]!;
        const ctx = ctxs[v]!;
        const ex = !lean && ctx.explain === true ? new MonthExplain(records.length) : null;
        payMonthRows(setup.variants[v]!.policy, records, ledgers[v]!, ctx, rows, ex);
        if (lean) sink.pay!(v, m, records, rows, g.shop.service);
        else sink.month?.(v, m, records, payslipsOf(rows, ex), g.shop.service);
        outcomeFromPayRows(rows, buffer.slot, outcomes[v]!);
      }
    }
    if (m === setup.months - 1) break;
    groups = advance(setup, groups, outcomes, m, sink, scratch);
  }
  sink.end();
}

function group(setup: SimSetup, shop: ShopState, members: number[], scratch: ReplicationScratch): Group {
  return { shop, members, buffer: scratch.buffer(), metrics: readsMetrics(setup, members) };
}

function readsMetrics(setup: SimSetup, members: number[]): boolean {
  for (const v of members) if (setup.variants[v]!.readsMetrics) return true;
  return false;
}

/**
 * Split each group where its members' dismissals differ, then close month m for each group. Returns
 * `groups` itself when nothing splits; a split group keeps its shop for its first part, in place.
 */
function advance(setup: SimSetup, groups: Group[], outcomes: MonthOutcome[], m: number, sink: ReplicationSink, scratch: ReplicationScratch): Group[] {
  const B = setup.behaviour;
  let out: Group[] | null = null;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const parts = splitByDismissals(g.members, outcomes);
    if (parts === null) {
      const lead = g.members[0]!;
      const report = B.advanceRoster(g.shop, m, outcomes[lead]!, setup.variants[lead]!.response);
      for (const v of g.members) sink.roster(v, report);
      out?.push(g);
      continue;
    }
    out ??= groups.slice(0, gi);
    // copies first, while g.shop still holds the closing month's state
    const split = parts.map((members, i) =>
      i === 0 ? { shop: g.shop, members, buffer: g.buffer, metrics: readsMetrics(setup, members) } : group(setup, B.cloneShop(g.shop), members, scratch),
    );
    for (const p of split) {
      const lead = p.members[0]!;
      const report = B.advanceRoster(p.shop, m, outcomes[lead]!, setup.variants[lead]!.response);
      for (const v of p.members) sink.roster(v, report);
      out.push(p);
    }
  }
  return out ?? groups;
}

/**
 * Members grouped by their dismissals (by roster slot), in order of first appearance; null when
 * they all dismiss the same agents (no split).
 */
function splitByDismissals(members: number[], outcomes: MonthOutcome[]): number[][] | null {
  if (members.length === 1) return null;
  const first = outcomes[members[0]!]!;
  let same = true;
  for (let k = 1; k < members.length && same; k++) same = sameDismissals(first, outcomes[members[k]!]!);
  if (same) return null;
  const parts: number[][] = [];
  for (const v of members) {
    const part = parts.find((p) => sameDismissals(outcomes[p[0]!]!, outcomes[v]!));
    if (part) part.push(v);
    else parts.push([v]);
  }
  return parts;
}
