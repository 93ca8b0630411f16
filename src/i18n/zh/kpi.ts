/** Chinese messages: KPI pay (service metrics, gates, targets, ranks) and custom cities. The same keys must exist in the other language (test/i18n.test.ts). */
export const kpi = {
  'records.measureDecimals': '"{value}" 超过两位小数',
  'records.notRate': '"{value}" 不是比率;请写成 98.75% 或 0.9875',
  'records.rateDecimals': '比率 "{value}" 太精确;最多写到 0.01%(小数最多 4 位)',
  'records.rateRange': '比率 "{value}" 超过 100%;百分数请带 % 号(如 98.75%),小数写 0 到 1 之间',
  'records.hoursOverDays': '在线时长 {value} 小时超过在职天数 × 24 = {max} 小时',
};
