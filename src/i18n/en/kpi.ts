/** English messages: KPI pay (service metrics, gates, targets, ranks) and custom cities. The same keys must exist in the other language (test/i18n.test.ts). */
export const kpi = {
  'records.measureDecimals': '"{value}" has more than two decimals',
  'records.notRate': '"{value}" is not a rate; write 98.75% or 0.9875',
  'records.rateDecimals': 'the rate "{value}" is too precise; at most 0.01 % (4 decimals)',
  'records.rateRange': 'the rate "{value}" is above 100 %; write a percentage with % (98.75%) or a decimal between 0 and 1',
  'records.hoursOverDays': 'online hours {value} exceed days employed × 24 = {max}',
};
