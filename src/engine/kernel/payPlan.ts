/**
 * What the kernel derives from a compiled policy once, not per agent-month: the probation pay's
 * reference (劳动合同法 Art. 20: the lowest base, or guarantee, of the policy; policy/legal.ts) and
 * the earned-line columns the policy can pay. Cached per compiled policy.
 */
import type { CompiledPolicy } from '../../policy/compiled';
import { probationReferenceFen } from '../../policy/legal';
import { COMPONENT_COLUMN as C } from '../payRows';

export interface PayPlan {
  /** Reference the probation pay is compared with (policy/legal.ts `probationReferenceFen`). */
  probationReferenceFen: number;
  /** Columns of the earned lines this policy can write, in payslip order. */
  earnedColumns: readonly number[];
}

const plans = new WeakMap<CompiledPolicy, PayPlan>();

export function planOf(p: CompiledPolicy): PayPlan {
  let plan = plans.get(p);
  if (!plan) {
    const k = p.kpi;
    const b = p.bonuses;
    const cols: number[] = [];
    if (p.probation) cols.push(C.probationPay);
    if (p.baseFen) cols.push(C.base);
    if (p.commission.type !== 'none') cols.push(C.commission);
    if (p.pool) cols.push(C.pool);
    if (p.performancePayFen) cols.push(C.performancePay);
    if (k?.afterSales) cols.push(C.afterSalesBonus);
    if (k?.target) cols.push(C.targetBonus);
    if (k?.rank) cols.push(C.rankBonus);
    if (b.teamScorePpm !== null) cols.push(C.teamScoreBonus);
    if (b.fullAttendanceFen !== null) cols.push(C.fullAttendance);
    if (b.livingSubsidyFen !== null) cols.push(C.livingSubsidy);
    if (b.seniority !== null) cols.push(C.seniority);
    if (b.topPerformerFen !== null) cols.push(C.topPerformer);
    plan = {
      probationReferenceFen: probationReferenceFen(p.baseFen && Object.values(p.baseFen), p.guarantee?.byTenureYearFen ?? null),
      earnedColumns: cols,
    };
    plans.set(p, plan);
  }
  return plan;
}
