/** Chinese messages: the calibration note beside the shop's parameters, and the small calibrated shop. The same keys must exist in the other language (test/i18n.test.ts). */
export const recover = {
  "recover.note.title": "本店参数来自真实月份的估计",
  "recover.note.facts": "依据 {from} 至 {to} 的 {records} 条客服月记录估计。下表是模拟采用的值和估计值的 95% 置信区间;估计之后改过的参数标为「已修改」。",
  "recover.note.parameter": "参数",
  "recover.note.used": "模拟采用",
  "recover.note.estimate": "估计值(95% 区间)",
  "recover.note.support": "客服月",
  "recover.note.kept": "保留原值",
  "recover.note.override": "自定义",
  "recover.note.changed": "已修改为 {value}",
  "recover.smallShop": "您的店铺只有 {agents} 个客服岗位,少于本工具面向的 5–300 人。模拟按真实人数进行,不补人;但团队奖池、排名、分组等按人头分配的结果在这么少的人之间波动很大,请逐人查看工资条,不要只看平均数。",
};
