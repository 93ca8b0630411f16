/** Chinese messages: a custom city's dated tables (其他城市) and their editor. The same keys must exist in the other language (test/i18n.test.ts). */
export const city = {
  'city.dateInvalid': '{path}:"{value}" 不是日期;请写成 2025-07-01(年-月-日)',
  'city.dateOrder': '{path}:日期 {value} 须晚于上一行的 {previous}(按生效日期从早到晚排列)',
  'city.sameMonth': '{path}:{value} 与上一行 {previous} 都从 {month} 起施行(月中生效的标准从下月起算);请合并为一行',
  'city.tableEmpty': '{path}:至少需要一行(生效日期、金额与来源)',
  'city.floorAboveCeiling': '{path}:缴费基数下限 {floor} 高于上限 {ceiling}',
  'city.customMissing': '{path}:城市为 "custom"(其他城市)时须给出 customCity:最低工资表、缴费基数表与缴费比例表',
  'city.customUnused': '{path}:只有城市为 "custom"(其他城市)时才写 customCity;内置城市 "{city}" 用内置表',
  'city.customMismatch': '{path}:方案的其他城市表与店铺的不同;同一店铺的方案须用同一张表(最低工资与社保)',
  'city.custom': '其他城市',
  'city.customNamed': '{name}(自定义)',
  'doc.law.customMinimumSource': '{city}的最低工资标准由店铺自行填写,来源:{source}。',
  'doc.contributions.customTable': '{city} {month} 的缴费基数为 {floor}–{ceiling} 元(来源:{baseSource}),单位缴费比例合计 {total}(养老、医疗、失业、工伤、住房公积金;来源:{ratesSource})。此表由店铺自行填写。',
} as const;
