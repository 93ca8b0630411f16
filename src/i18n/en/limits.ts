/** English messages: input limits (problem caps, sizes, money bounds, run size). The same keys must exist in the other language (test/i18n.test.ts). */
export const limits = {
  'limits.moreProblems': '… and {count} more problems (only the first ones are listed; fix these and check again)',
  'limits.jsonTooManyMembers': 'JSON object with too many fields at line {line}, column {column}: at most {max} fields in one object (no Paylab file needs more)',
  'limits.tooManyRecords': 'the file holds {count} agent-months; at most {max} can be paid at once. Split it by month or by team and load the parts',
  'limits.csvTooManyRows': 'the file has more than {max} rows (blank rows included); at most {max} rows are read. Remove blank rows or split the file',
  'limits.csvCellTooLong': 'row {row}, column {column}: the cell is longer than {max} characters; no records field needs that much (is a document pasted into a cell?)',
  'limits.cellTooLong': 'the text is {length} characters long; at most {max} characters in one field',
  'limits.aovTooLarge': "the shop's average order value would be {aov} yuan (credited sales ÷ paid orders); the role formulas are paid with at most {max} yuan. Check the paid-orders column, or give the value with --aov",
};
