/**
 * What a variant's card says its rules are, read from the rules file itself so it can never be
 * stale after an edit. Before, the card showed the preset's title whenever the rules file still
 * carried the preset's `name` — and a form edit never changes the name, so a preset edited into a
 * different policy (seed 000 with its fines removed, the careful owner's variant with a base below
 * the minimum) kept a title that no longer described it ("有罚款", "合法的混合方案").
 *
 * `policyOrigin` names the preset only while the rules equal it (city, name and prose aside), and
 * says "based on …, edited" once they differ; `policyGist` lists the parts with their numbers
 * ("底薪 ¥1,500–¥2,700 · 提成 0.5% · 奖金补贴 3 项 · 罚款"). Tolerates a draft being edited: a part
 * that does not read is left out (the validator reports it).
 */
import { canonicalJson } from '../formats/canonicalJson';
import { t, type Lang } from '../i18n/format';
import { display } from './form/fieldValue';
import { parseYuanToFen, yuanWhole } from './money';

type Draft = Record<string, unknown>;

const rec = (x: unknown): Draft | null => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Draft) : null);
const gt = (lang: Lang, key: string, params: Record<string, string | number> = {}) => t(lang, `verdict.gist.${key}`, params);

/** The rules without what does not change pay: name, prose, city (it follows the shop), examples. */
function rulesOnly(d: Draft): string {
  const { name: _n, description: _d, source: _s, city: _c, examples: _e, ...rules } = d;
  return canonicalJson(rules);
}

/** True when the draft's rules equal the preset's (so the preset's title still describes it). */
export function samePolicyRules(draft: Draft, preset: Draft): boolean {
  try {
    return rulesOnly(draft) === rulesOnly(preset);
  } catch {
    return false;
  }
}

/**
 * The line naming where a variant's rules come from: the preset's title while unchanged, "based on
 * the preset · edited" after an edit, else the rules file's own name.
 */
export function policyOrigin(draft: Draft, presets: readonly { policy: Draft; title: string }[], lang: Lang): string {
  const name = typeof draft.name === 'string' ? draft.name : '';
  const preset = presets.find((p) => p.policy.name === name);
  if (!preset) return name;
  return samePolicyRules(draft, preset.policy) ? preset.title : gt(lang, 'modified', { preset: preset.title });
}

/** "¥1,500" or "¥1,500–¥2,700" from decimal-string amounts; null when none reads. */
function amountSpan(values: unknown[]): string | null {
  const fen = values.map((x) => (typeof x === 'string' ? parseYuanToFen(x) : null)).filter((x): x is number => x !== null);
  if (fen.length === 0) return null;
  const lo = Math.min(...fen);
  const hi = Math.max(...fen);
  return lo === hi ? yuanWhole(lo) : `${yuanWhole(lo)}–${yuanWhole(hi)}`;
}

/** "0.5%" or "0.3%–0.8%" from decimal-string rates. */
function rateSpan(values: unknown[]): string | null {
  const ok = values.filter((x): x is string => typeof x === 'string' && /^\d+(\.\d+)?$/.test(x));
  if (ok.length === 0) return null;
  const sorted = [...ok].sort((a, b) => Number(a) - Number(b));
  const lo = `${display('rate', sorted[0])}%`;
  const hi = `${display('rate', sorted[sorted.length - 1])}%`;
  return lo === hi ? lo : `${lo}–${hi}`;
}

function rateOf(r: Draft | null): string | null {
  if (!r) return null;
  if (r.type === 'flat') return rateSpan([r.rate]);
  if (r.type === 'tiered' && Array.isArray(r.brackets)) return rateSpan(r.brackets.map((b) => rec(b)?.rate));
  return null;
}

/** The parts of a rules file with their numbers, in the order of the form. */
export function policyGist(draft: Draft, lang: Lang): string {
  const parts: string[] = [];
  const base = rec(draft.base);
  const baseSpan = base && amountSpan(Object.values(base));
  if (baseSpan) parts.push(gt(lang, 'base', { amount: baseSpan }));
  const pr = rec(draft.probation);
  const prAmount = pr && amountSpan([pr.pay]);
  if (pr && prAmount && typeof pr.months === 'number') parts.push(gt(lang, 'probation', { months: pr.months, amount: prAmount }));
  const g = rec(draft.guarantee);
  const gSpan = g && Array.isArray(g.byTenureYear) ? amountSpan(g.byTenureYear) : null;
  if (g && gSpan && typeof g.mode === 'string' && ['monthly-floor', 'annual-true-up', 'recoverable-advance'].includes(g.mode)) {
    parts.push(gt(lang, `guarantee.${g.mode}`, { amount: gSpan }));
  }
  const c = rec(draft.commission);
  if (c?.type === 'role') parts.push(gt(lang, 'commission.role'));
  else if (c?.type === 'conversion') parts.push(gt(lang, 'commission.conversion'));
  else if (c && (c.type === 'flat' || c.type === 'tiered')) {
    const rate = rateOf(c);
    if (rate) parts.push(gt(lang, `commission.${c.type}`, { rate }));
  }
  const pool = rec(draft.pool);
  const poolRate = pool && rateOf(rec(pool.rate));
  if (poolRate) parts.push(gt(lang, 'pool', { rate: poolRate }));
  if (rec(draft.score)) parts.push(gt(lang, 'score'));
  if (rec(draft.performancePay)) parts.push(gt(lang, 'performancePay'));
  const bonuses = rec(draft.bonuses);
  const nBonuses = bonuses ? Object.values(bonuses).filter((x) => x !== null && x !== undefined).length : 0;
  if (nBonuses > 0) parts.push(gt(lang, 'bonuses', { n: nBonuses }));
  const kpi = rec(draft.kpi);
  if (kpi) {
    if (Array.isArray(kpi.gates) && kpi.gates.length > 0) parts.push(gt(lang, 'kpi.gates', { n: kpi.gates.length }));
    if (Array.isArray(kpi.composite)) parts.push(gt(lang, 'kpi.composite'));
    if (rec(kpi.target)) parts.push(gt(lang, 'kpi.target'));
    if (rec(kpi.rank)) parts.push(gt(lang, 'kpi.rank'));
    if (rec(kpi.afterSales)) parts.push(gt(lang, 'kpi.afterSales'));
  }
  const fines = rec(draft.fines);
  if (fines) parts.push(gt(lang, fines.legalCap ? 'finesCapped' : 'fines'));
  return parts.join(gt(lang, 'sep'));
}
