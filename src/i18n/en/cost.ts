/** English messages: people cost, contribution and lost service (scenario fields, CLI columns). The same keys must exist in the other language (test/i18n.test.ts). */
export const cost = {
  "scenario.rampLength": "{path}: the new-hire ramp lists at most {max} months, found {count}",
  "cost.col.people": "People cost (incl. turnover)",
  "cost.col.peopleDiff": "Difference vs baseline [95% CI]",
  "cost.col.turnover": "of which hiring",
  "cost.col.sales": "Net sales",
  "cost.col.contribution": "Contribution",
  "cost.col.contributionDiff": "Contribution vs baseline [95% CI]",
  "cost.col.unanswered": "Unanswered inquiries",
  "cost.col.lostSales": "Sales lost with them",
  "cost.col.lawful": "Lawful",
  "cost.lawfulYes": "lawful",
  "cost.lawfulNo": "NOT lawful: per run {below} agent-months below minimum wage, {overCap} over the deduction limits, {probation} probation months paid too little",
  "cost.footnote": "People cost = employer cost + turnover cost (recruiting and training of each hire), over {months} months, mean of the runs; contribution = gross margin {margin} (an assumption, editable in the scenario) × net sales (after returns) − people cost; new hires convert less while they ramp up, and an empty post's inquiries go to colleagues up to their capacity, the rest unanswered and their sales lost.",
};
