/**
 * Step 2a (docs/rules-file.md; seed 001 (g) "pool × score / Σ scores"): each team's pool and its
 * members' shares (components/pool.ts), written to the pool column of the members' rows, with the
 * month's pool reports in the ledger.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { SCORE_SCALE } from '../../policy/compiled';
import type { AgentMonth } from '../records';
import { PoolSplit, poolAmount, scoredShare, splitPoolInto } from '../components/pool';
import { multiplierPpm } from '../components/score';
import { note, pct, points } from '../notes';
import { fenToYuanGrouped } from '../../i18n/money';
import { COMPONENT_COLUMN, NC, STRIDE, X_LINES } from '../payRows';
import type { MonthScratch } from './monthScratch';
import type { MonthExplain } from './monthExplain';
import type { PayLedger, TeamPoolReport } from './payLedger';

const POOL = COMPONENT_COLUMN.pool;

/** Reused per team-month (the kernel is synchronous): the split's arrays and the members' ids. */
const split = new PoolSplit();
const poolIds: string[] = [];

export function poolShares(
  p: CompiledPolicy,
  records: readonly AgentMonth[],
  month: string,
  s: MonthScratch,
  data: Float64Array,
  ledger: PayLedger,
  ex: MonthExplain | null,
): void {
  ledger.pools = [];
  const pool = p.pool;
  if (!pool) return;
  const ids = poolIds;
  for (let t = 0; t < s.teams; t++) {
    const teamNet = s.teamNet[t]!;
    const poolFen = poolAmount(pool, teamNet);
    // the members outside probation, in record order, with their weights and ids (for ties)
    const from = s.teamStart[t]!;
    const to = s.teamStart[t + 1]!;
    let n = 0;
    for (let k = from; k < to; k++) {
      const i = s.members[k]!;
      if (s.probation[i]) continue;
      const scoreH = s.scoreH[i]!;
      s.poolMember[n] = i;
      s.poolWeight[n] = pool.split === 'equal' ? 1 : pool.split === 'sales' ? s.net[i]! : scoreH === scoreH ? scoreH : SCORE_SCALE * 100;
      ids[n] = records[i]!.agentId;
      n++;
    }
    splitPoolInto(poolFen, s.poolWeight, ids, n, split);
    const shares = split.shares;
    const weights = s.poolWeight;
    let sumW = 0;
    for (let k = 0; k < n; k++) sumW += weights[k]!;
    const report: TeamPoolReport = { team: s.teamName[t]!, month, teamNetSalesFen: teamNet, poolFen, paidFen: 0, unspentFen: 0, withheldFen: 0 };
    let allotted = 0;
    for (let k = 0; k < n; k++) {
      const i = s.poolMember[k]!;
      const share = shares[k]!;
      allotted += share;
      const num = s.multNum[i]!;
      const den = s.multDen[i]!;
      const paid = pool.applyScore ? scoredShare(share, num, den) : share;
      report.paidFen += paid;
      report.withheldFen += share - paid;
      if (paid !== 0) {
        data[i * STRIDE + POOL] = paid;
        data[i * STRIDE + X_LINES]! |= 1 << POOL;
      }
      if (ex && paid !== 0) {
        ex.notes[i * NC + POOL] = note('note.pool', {
          team: fenToYuanGrouped(teamNet),
          pool: fenToYuanGrouped(poolFen),
          weight: pool.split === 'sales' ? fenToYuanGrouped(weights[k]!) : pool.split === 'score' ? points(weights[k]!) : 1,
          total: pool.split === 'sales' ? fenToYuanGrouped(sumW) : pool.split === 'score' ? points(sumW) : n,
          share: fenToYuanGrouped(share),
          factors: pool.applyScore ? [note('note.factor.score', { v: pct(multiplierPpm({ num, den })) })] : [],
          amount: fenToYuanGrouped(paid),
        });
      }
    }
    report.unspentFen = poolFen - allotted;
    ledger.pools.push(report);
  }
}
