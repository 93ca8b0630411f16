/**
 * A worked example written by hand in the rules file's `examples` form (docs/rules-file.md), for the
 * re-check of examples (src/formats/policyExamples.ts) and `paylab validate`. A test helper.
 */

/**
 * Seed 000 (Hangzhou), one junior 售前 agent in June 2025, whole month, 3 short lates, sales 10 000:
 *   base 1500.00; commission 0.005 × 10 000.00 = 50.00; team-score bonus 0.10 × 1500 × 80/100 = 120.00;
 *   no full-attendance bonus (lates); living subsidy 200.00; lates: (3 − 2 free) × 20 = −20.00.
 *   earned = 1500 + 50 + 120 + 200 = 1870.00 = gross; fines 20.00; net 1850.00.
 *   Contributions on the Hangzhou floor 4986.00 (gross is below it): pension 0.16 → 797.76, medical
 *   0.099 → 493.614 → 493.61, unemployment 0.005 → 24.93, injury 0.002 → 9.972 → 9.97, housing fund
 *   0.12 → 598.32; sum 1924.59; employer cost 1870.00 + 1924.59 = 3794.59.
 *   Minimum wage 2490.00 (2024-01-01): below by 2490 − 1870 = 620.00; after fines 2490 − 1850 = 640.00.
 */
export function handExample(): Record<string, unknown> {
  return {
    name: 'hand-computed',
    shopAov: '150.00',
    records: [
      {
        month: '2025-06',
        agentId: 'X1',
        name: '<img src=x onerror=alert(1)>',
        role: 'presales',
        level: 'junior',
        tenureMonth: 13,
        creditedSales: '10000.00',
        latesShort: 3,
        teamScore: 80,
      },
    ],
    payslips: [
      {
        month: '2025-06',
        agentId: 'X1',
        name: '<img src=x onerror=alert(1)>',
        lines: { base: '1500.00', commission: '50.00', teamScoreBonus: '120.00', livingSubsidy: '200.00', fineLateShort: '-20.00' },
        totals: { earned: '1870.00', guarantee: '0.00', gross: '1870.00', fines: '20.00', net: '1850.00', contributions: '1924.59', employerCost: '3794.59' },
        flags: { belowMinimum: '620.00', deductionsBelowMinimum: '640.00' },
      },
    ],
  };
}
