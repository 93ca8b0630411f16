/** Chinese messages: people cost, contribution and lost service (scenario fields, CLI columns). The same keys must exist in the other language (test/i18n.test.ts). */
export const cost = {
  "scenario.rampLength": "{path}:新人爬坡系数最多 {max} 个月,实有 {count} 个",
  "cost.col.people": "人力成本(含流失)",
  "cost.col.peopleDiff": "与基准之差 [95% 置信区间]",
  "cost.col.turnover": "其中招聘培训",
  "cost.col.sales": "净销售额",
  "cost.col.contribution": "贡献(毛利−人力成本)",
  "cost.col.contributionDiff": "贡献与基准之差 [95% 置信区间]",
  "cost.col.unanswered": "无人接待咨询",
  "cost.col.lostSales": "因此流失销售额",
  "cost.col.lawful": "合法性",
  "cost.lawfulYes": "合法",
  "cost.lawfulNo": "违法:每次模拟低于最低工资 {below} 人次,扣款超限 {overCap} 人次,试用期工资过低 {probation} 人次",
  "cost.footnote": "人力成本 = 用工成本 + 流失成本(每位新人的招聘费和培训费),{months} 个月合计、各次模拟取均值;贡献 = 毛利率 {margin}(假设,可在情景中修改)× 净销售额(扣除退货)− 人力成本;新人爬坡期转化率较低,空岗的咨询由同事承接至其负荷上限,超出部分无人接待,其销售额流失。",
};
