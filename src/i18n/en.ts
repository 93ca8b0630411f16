/**
 * English message table. Keys are grouped by area; `{name}` placeholders are
 * filled by `t()` in format.ts. Every key here must exist in zh.ts too (test/i18n.test.ts checks).
 */
export const en: Record<string, string> = {
  // ── policy (rules-file validation) ──

  // ── records (agent-month files) ──

  // ── scenario ──

  // ── notes (payslip line explanations) ──
  "note.fixed": "fixed {full} a month",
  "note.prorated": "{full} × {days}/{calDays} days employed = {amount}",
  "note.factor.alpha": " × individual share {v}",
  "note.factor.score": " × score multiplier {v}",
  "note.commission.flat": "commission {rate} × net sales {sales}{factors} = {amount}",
  "note.commission.whole": "whole tier: rate of the bracket reached by net sales {sales}, {rate} × {sales}{factors} = {amount}",
  "note.commission.marginal": "marginal tiers ({brackets}) on net sales {sales}{factors} = {amount}",
  "note.commission.team": "rate of the bracket reached by team net sales {team}, {rate} × personal net sales {sales}{factors} = {amount}",
  "note.bracket": "≥{from} at {rate}",
  "note.role.presales": "pre-sales: net sales {sales} × {rate}{factors} = {amount}",
  "note.role.aftersales": "after-sales: cases {cases} × shop AOV {aov} × {rate}{factors} = {amount}",
  "note.role.gold": "gold: (net sales {sales} × {salesRate} + cases {cases} × AOV {aov} × {casesRate}){factors} = {amount}",
  "note.role.supervisor": "supervisor: team average pre-sales net sales ({sum} ÷ {count}) × {rate}{factors} = {amount}",
  "note.pool": "team pool: team net sales {team} → pool {pool}; share {weight}/{total} = {share}{factors} = {amount}",
  "note.performancePay": "performance pay {target} × score multiplier {mult} = {amount}",
  "note.teamScore": "team-score bonus: base {base} × {rate} × team score {score}/100 = {amount}",
  "note.fullAttendance": "no late, absence or leave this month: full-attendance bonus {amount}",
  "note.seniority": "seniority {per} × {years} full years = {full} ({days}/{calDays} days employed) = {amount}",
  "note.topPerformer": "highest net sales of the team outside probation ({sales}): top-performer bonus {amount}",
  "note.guarantee.monthly-floor": "monthly guarantee {guarantee}, earned {earned}: top-up {amount}",
  "note.guarantee.annual-true-up": "annual true-up: the year's guarantees minus earnings = {balance}, top-up {amount}",
  "note.guarantee.recoverable-advance": "monthly guarantee {guarantee}, earned {earned}: this line {amount}, balance to recover {balance}",
  "note.fine.lateShort": "{count} lates ≤10 min, {free} free, each further one {each}: {amount}",
  "note.fine.each": "{count} × {each} = {amount}",
  "note.fine.slow": "{count} slow replies: more than {over} cost {each} once",
  "note.fine.unanswered": "unanswered ≥30 min {n30} × {each30} + unanswered ≥2 h {n2h} × {each2h} = {amount}",
  "note.fine.badReview": "{count} bad reviews, {reversed} reversed; each unreversed one {each}: {amount}",
  "note.fine.capRelief": "fines {fines} above the limit {limit}: {amount} given back",

  // ── cli ──

  // ── ui ──
};
