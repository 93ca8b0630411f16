/**
 * The probation pay rule (劳动合同法 Art. 20; docs/rules-file.md § `probation`): pay during probation is
 * at least 80 % of the lowest pay of the same job under the contract — the lowest level base, or the
 * lowest guaranteed monthly pay (保底) when the policy has no base — and at least the minimum wage.
 * Exactly 80 % is lawful. The engine flags each probation payslip with it and the 制度 document states
 * it (src/formats/policyDocument.ts); both call these functions.
 */
import type { CompiledPolicy } from '../policy/compiled';

/** The pay the 80 % is taken of, in fen: the lowest base, else the lowest guarantee, else null. */
export function probationReferenceFen(p: Pick<CompiledPolicy, 'baseFen' | 'guarantee'>): number | null {
  if (p.baseFen) return Math.min(...Object.values(p.baseFen));
  if (p.guarantee) return Math.min(...p.guarantee.byTenureYearFen);
  return null;
}

/** Probation pay under 80 % of the reference (integers: pay·5 < reference·4, so exactly 80 % passes). */
export function underEightyPercent(payFen: number, referenceFen: number | null): boolean {
  return referenceFen !== null && payFen * 5 < referenceFen * 4;
}
