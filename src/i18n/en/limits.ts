/** English messages: input limits (problem caps, sizes, money bounds, run size). The same keys must exist in the other language (test/i18n.test.ts). */
export const limits = {
  'limits.moreProblems': '… and {count} more problems (only the first ones are listed; fix these and check again)',
  'limits.jsonTooManyMembers': 'JSON object with too many fields at line {line}, column {column}: at most {max} fields in one object (no Paylab file needs more)',
};
