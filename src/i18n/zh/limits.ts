/** Chinese messages: input limits (problem caps, sizes, money bounds, run size). The same keys must exist in the other language (test/i18n.test.ts). */
export const limits = {
  'limits.moreProblems': '…… 另有 {count} 处问题(只列出前面几处;改好后再检查一次)',
  'limits.jsonTooManyMembers': 'JSON 对象字段过多(第 {line} 行第 {column} 列):一个对象最多 {max} 个字段(Paylab 的文件都用不到这么多)',
};
