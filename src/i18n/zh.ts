/**
 * Chinese message table (the default language). Keys are grouped by area; `{name}` placeholders are
 * filled by `t()` in format.ts. Every key here must exist in en.ts too (test/i18n.test.ts checks).
 */
export const zh: Record<string, string> = {
  // ── policy (rules-file validation) ──

  // ── records (agent-month files) ──

  // ── scenario ──

  // ── notes (payslip line explanations) ──
  "note.fixed": "固定 {full} 元/月",
  "note.prorated": "{full} × 在职 {days}/{calDays} 天 = {amount}",
  "note.factor.alpha": " × 个人比例 {v}",
  "note.factor.score": " × 绩效系数 {v}",
  "note.commission.flat": "提成 {rate} × 净业绩 {sales}{factors} = {amount}",
  "note.commission.whole": "全额累进：净业绩 {sales} 所在档提成 {rate} × {sales}{factors} = {amount}",
  "note.commission.marginal": "超额累进（{brackets}）：净业绩 {sales}{factors} = {amount}",
  "note.commission.team": "团队净业绩 {team} 所在档提成 {rate} × 个人净业绩 {sales}{factors} = {amount}",
  "note.bracket": "≥{from} 按 {rate}",
  "note.role.presales": "售前：净业绩 {sales} × {rate}{factors} = {amount}",
  "note.role.aftersales": "售后：退换件数 {cases} × 平均客单价 {aov} × {rate}{factors} = {amount}",
  "note.role.gold": "金牌：(净业绩 {sales} × {salesRate} + 件数 {cases} × 客单价 {aov} × {casesRate}){factors} = {amount}",
  "note.role.supervisor": "主管：团队售前平均净业绩 ({sum} ÷ {count}) × {rate}{factors} = {amount}",
  "note.pool": "团队提成池：团队净业绩 {team} → 池 {pool}；份额 {weight}/{total} = {share}{factors} = {amount}",
  "note.performancePay": "绩效奖金 {target} × 绩效系数 {mult} = {amount}",
  "note.teamScore": "团队评分奖：底薪 {base} × {rate} × 团队评分 {score}/100 = {amount}",
  "note.fullAttendance": "当月无迟到、旷工、请假，满勤奖 {amount}",
  "note.seniority": "工龄补贴 {per} × 满 {years} 年 = {full}（在职 {days}/{calDays} 天）= {amount}",
  "note.topPerformer": "本组非试用期净业绩最高（{sales}），业绩第一奖 {amount}",
  "note.guarantee.monthly-floor": "月保底 {guarantee}，应得 {earned}，补足 {amount}",
  "note.guarantee.annual-true-up": "年度核算：全年保底合计减应得合计 = {balance}，补足 {amount}",
  "note.guarantee.recoverable-advance": "月保底 {guarantee}，应得 {earned}，本行 {amount}，待扣回余额 {balance}",
  "note.fine.lateShort": "10分钟内迟到 {count} 次，{free} 次免罚，其余每次 {each}，共 {amount}",
  "note.fine.each": "{count} 次 × {each} = {amount}",
  "note.fine.slow": "慢回复 {count} 次，超过 {over} 次罚 {each} 一次",
  "note.fine.unanswered": "30分钟未回复 {n30} × {each30} + 2小时未回复 {n2h} × {each2h} = {amount}",
  "note.fine.badReview": "中差评 {count} 个，改好评 {reversed} 个，未改的每个 {each}，共 {amount}",
  "note.fine.capRelief": "罚款 {fines} 超过上限 {limit}，退回 {amount}",

  // ── cli ──

  // ── ui ──
};
