/** English messages: a custom city's dated tables (其他城市) and their editor. The same keys must exist in the other language (test/i18n.test.ts). */
export const city = {
  'city.dateInvalid': '{path}: "{value}" is not a date; write it as 2025-07-01 (year-month-day)',
  'city.dateOrder': '{path}: the date {value} must come after the row before it, {previous} (rows in order of the date they take effect)',
  'city.sameMonth': '{path}: {value} and the row before it, {previous}, both apply from {month} (a figure dated mid-month applies from the next month); merge them into one row',
  'city.tableEmpty': '{path}: at least one row is needed (date it takes effect, amount and source)',
  'city.floorAboveCeiling': '{path}: the contribution base floor {floor} is above the ceiling {ceiling}',
  'city.customMissing': '{path}: a city of "custom" (other city) needs customCity: the minimum-wage, contribution-base and contribution-rate tables',
  'city.customUnused': '{path}: customCity is only for the city "custom" (other city); the built-in city "{city}" uses its built-in tables',
  'city.customMismatch': '{path}: the variant\'s other-city tables differ from the shop\'s; the variants of one shop must use the same tables (minimum wage, contributions)',
  'city.custom': 'Other city',
  'city.customNamed': '{name} (custom)',
  'doc.law.customMinimumSource': 'The minimum wage of {city} was entered by the shop; source: {source}.',
  'doc.contributions.customTable': 'In {month} the contribution base of {city} is {floor}–{ceiling} yuan (source: {baseSource}) and the employer\'s rates add up to {total} (pension, medical, unemployment, work injury, housing fund; source: {ratesSource}). The shop entered this table itself.',
} as const;
