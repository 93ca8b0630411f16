/** Chinese messages: input limits (problem caps, sizes, money bounds, run size). The same keys must exist in the other language (test/i18n.test.ts). */
export const limits = {
  'limits.moreProblems': '…… 另有 {count} 处问题(只列出前面几处;改好后再检查一次)',
  'limits.jsonTooManyMembers': 'JSON 对象字段过多(第 {line} 行第 {column} 列):一个对象最多 {max} 个字段(Paylab 的文件都用不到这么多)',
  'limits.tooManyRecords': '文件中有 {count} 条客服月记录,一次最多核算 {max} 条。请按月份或小组拆分后分别载入',
  'limits.csvTooManyRows': '文件超过 {max} 行(含空行),最多读取 {max} 行。请删除空行或拆分文件',
  'limits.csvCellTooLong': '第 {row} 行第 {column} 列:单元格超过 {max} 个字符,记录中没有哪一栏需要这么长(是否把整段文档粘进了单元格?)',
  'limits.cellTooLong': '文字长 {length} 个字符,一个字段最多 {max} 个字符',
  'limits.aovTooLarge': '店铺平均客单价算出来是 {aov} 元(业绩 ÷ 付款单数),岗位提成公式最多按 {max} 元计算。请检查付款单数一栏,或用 --aov 指定客单价',
};
