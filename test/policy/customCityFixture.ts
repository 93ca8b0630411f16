/** A made-up custom city (docs/law.md §"Custom city") with round figures, not a real table: two minimum wages, one base and one rate table. */
export const TEST_CUSTOM_CITY = {
  name: '测试县',
  minimumWage: [
    { from: '2024-01-01', amount: '2280.00', source: 'test table A' },
    // dated mid-month: applies from 2025-08
    { from: '2025-07-15', amount: '2490.00', source: 'test table B' },
  ],
  contributionBase: [{ from: '2025-01-01', floor: '4000.00', ceiling: '20000.00', source: 'test base' }],
  contributionRates: [
    { from: '2025-01-01', pension: '0.16', medical: '0.085', unemployment: '0.005', injury: '0.0033', housingFund: '0.05', source: 'test rates' },
  ],
};
