/**
 * Step 1 of paying a month (docs/rules-file.md 1–12): each agent-month's net credited sales, score
 * and multiplier (seed 001), KPI target, composite score and gate factors (seed 004), probation; each
 * team's net sales, pre-sales sums (supervisor formula) and top seller outside probation; and the
 * rank bonus's ranks within each team among members outside probation.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { GATED_LINES } from '../../policy/types';
import type { AgentMonth } from '../records';
import { netSales } from '../components/commission';
import { multiplierInto, scoreOf, type Multiplier } from '../components/score';
import { compositeScore } from '../components/composite';
import { checkGates, type GateOutcome } from '../components/gates';
import { targetOf } from '../components/targetBonus';
import { metricValue, type Frac } from '../components/metrics';
import { competitionRanks } from '../components/rankBonus';
import type { MonthScratch } from './monthScratch';
import type { MonthExplain } from './monthExplain';

const G = GATED_LINES.length;
const mult: Multiplier = { num: 1, den: 1 };

export function isProbation(p: CompiledPolicy, r: AgentMonth): boolean {
  return p.probation !== null && r.tenureMonth <= p.probation.months;
}

/** Fill the scratch's per-agent and per-team values for the month's records. */
export function teamTotals(p: CompiledPolicy, records: readonly AgentMonth[], month: string, s: MonthScratch, ex: MonthExplain | null): void {
  const n = records.length;
  const kpi = p.kpi;
  const gates = kpi && kpi.gates.length > 0 ? kpi.gates : null;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    if (r.month !== month) throw new Error(`payMonth: record of ${r.month} in month ${month}`);
    const netFen = netSales(r);
    const targetFen = kpi ? targetOf(kpi.target, r, r.level) : null;
    let scoreH = p.score ? scoreOf(p.score, r) : null;
    if (kpi?.composite && p.score) {
      // docs/rules-file.md 12: the composite KPI score is the month's score (cap, multiplier and pass mark of §6 apply)
      const c = compositeScore(kpi.composite, r, netFen, targetFen);
      scoreH = p.score.cap === null ? c.scoreH : Math.min(c.scoreH, p.score.cap);
      if (ex) ex.compositeH[i] = c.partsH;
    }
    if (gates) {
      let outcomes: GateOutcome[] | null = null;
      if (ex) ex.gateOutcomes[i] = outcomes = [];
      checkGates(gates, r, netFen, targetFen, s.gateNum, s.gateDen, i * G, outcomes);
    } else {
      for (let k = i * G; k < i * G + G; k++) {
        s.gateNum[k] = 1;
        s.gateDen[k] = 1;
      }
    }
    const probation = isProbation(p, r);
    s.net[i] = netFen;
    s.scoreH[i] = scoreH === null ? NaN : scoreH;
    s.targetFen[i] = targetFen === null ? NaN : targetFen;
    s.probation[i] = probation ? 1 : 0;
    s.rank[i] = 0;
    if (p.score && scoreH !== null) {
      multiplierInto(p.score, scoreH, mult);
      s.multNum[i] = mult.num;
      s.multDen[i] = mult.den;
    } else {
      s.multNum[i] = 1;
      s.multDen[i] = 1;
    }
    const t = s.teamOf(r.team);
    s.team[i] = t;
    s.teamNet[t]! += netFen;
    s.teamStart[t]! += 1; // member count, turned into start offsets below
    if (r.role === 'presales') {
      s.teamPresSum[t]! += netFen;
      s.teamPresCount[t]! += 1;
    }
    if (!probation && netFen > s.teamTop[t]!) s.teamTop[t] = netFen;
  }
  // members grouped by team, in record order (counting sort)
  let start = 0;
  for (let t = 0; t < s.teams; t++) {
    const count = s.teamStart[t]!;
    s.teamStart[t] = start;
    start += count;
  }
  s.teamStart[s.teams] = start;
  for (let i = 0; i < n; i++) s.members[s.teamStart[s.team[i]!]!++] = i;
  for (let t = s.teams; t > 0; t--) s.teamStart[t] = s.teamStart[t - 1]!;
  s.teamStart[0] = 0;

  // Rank bonus (docs/rules-file.md 12): ranks within each team among members outside probation.
  const rankRule = kpi?.rank ?? null;
  if (rankRule) {
    for (let t = 0; t < s.teams; t++) {
      const eligible: number[] = [];
      const values: (Frac | null)[] = [];
      for (let k = s.teamStart[t]!; k < s.teamStart[t + 1]!; k++) {
        const i = s.members[k]!;
        if (s.probation[i]) continue;
        eligible.push(i);
        values.push(metricValue(rankRule.metric, records[i]!, s.net[i]!, targetOrNull(s, i)));
      }
      const ranks = competitionRanks(values, rankRule.higher);
      for (let k = 0; k < eligible.length; k++) s.rank[eligible[k]!] = ranks[k]!;
    }
  }
}

/** The month's target of agent-month i, or null for none. */
export function targetOrNull(s: MonthScratch, i: number): number | null {
  const t = s.targetFen[i]!;
  return t === t ? t : null;
}
