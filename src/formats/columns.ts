/**
 * The one table of record columns: for every AgentMonth field its JSON name, its Chinese and
 * English column headers with the aliases a CSV may use, its kind, and whether it is required.
 * Also the words accepted for roles, levels and yes/no. Headers and these words are file
 * vocabulary (what a spreadsheet says), documented in docs/records.md; they are data here rather
 * than in the message tables so a translation edit can never break reading a file.
 * Fields follow shared/domain.md §"One agent-month"; score inputs seed 001 (绩效考核), fines'
 * inputs seed 000 §1–2.
 */
import type { AgentMonth } from '../engine/records';
import { LEVELS, ROLES, type Level, type Role } from '../policy/types';

export type ColumnKind = 'month' | 'text' | 'role' | 'level' | 'bool' | 'count' | 'money' | 'score' | 'rate' | 'measure';

/**
 * How a missing column or empty cell is filled: `required` has no default; `tenure` is filled from
 * the other of tenureMonth/hireMonth; `calendarDays` is the days of the month; `absent` leaves the
 * field out (a service metric not recorded is unknown, not 0); the rest are values.
 */
export type ColumnDefault = 'required' | 'tenure' | 'calendarDays' | 'absent' | { value: string | number | boolean };

export interface ColumnSpec {
  /** The AgentMonth key. */
  field: keyof AgentMonth;
  /** Name in JSON records and the English CSV header (money without the Fen suffix, in yuan). */
  json: string;
  /** Chinese CSV header as written by writeRecordsCsv. */
  zh: string;
  /** Further accepted headers, Chinese or English (matched after normalizeHeader). */
  aliases: readonly string[];
  kind: ColumnKind;
  fallback: ColumnDefault;
  /** Short description for docs and tooltips (English). */
  doc: string;
  /** A tighter bound than the kind's, for a count that multiplies money (docs/records.md §Limits). */
  max?: number;
}

const zero = { value: 0 } as const;

/** Most commendations in one agent-month. */
export const MAX_COMMENDATIONS = 100;

function col(
  field: keyof AgentMonth,
  json: string,
  zh: string,
  aliases: readonly string[],
  kind: ColumnKind,
  fallback: ColumnDefault,
  doc: string,
): ColumnSpec {
  return { field, json, zh, aliases, kind, fallback, doc };
}

/** Every AgentMonth field, in file order (the order writeRecordsCsv uses). */
export const COLUMNS: readonly ColumnSpec[] = [
  // roster
  col('month', 'month', '月份', ['月', '核算月份', '统计月份'], 'month', 'required', 'calendar month, YYYY-MM'),
  col('agentId', 'agentId', '客服ID', ['工号', '客服编号', '员工编号', '员工ID', 'agent', 'agent_id', 'id'], 'text', 'required', 'agent id, unique per agent'),
  col('name', 'name', '姓名', ['花名', '客服姓名', '客服'], 'text', 'required', 'display name'),
  col('team', 'team', '组', ['小组', '组别', '团队', '班组'], 'text', { value: '' }, 'team (pool, top performer, team basis); empty = the whole shop is one team'),
  col('role', 'role', '岗位', ['职位', '角色', '客服类型'], 'role', 'required', 'presales | aftersales | gold | supervisor'),
  col('level', 'level', '级别', ['等级', '职级', '客服级别'], 'level', 'required', 'junior | intermediate | senior | manager'),
  col('hireMonth', 'hireMonth', '入职月份', ['入职月', '入职时间'], 'month', 'tenure', 'month of hire, YYYY-MM (tenure month 1)'),
  col('tenureMonth', 'tenureMonth', '司龄月', ['司龄', '在职月数', '入职第几月', 'tenure'], 'count', 'tenure', '1-based tenure month; 1 = the month of hire'),
  col('daysEmployed', 'daysEmployed', '在职天数', ['本月在职天数', 'days employed'], 'count', 'calendarDays', 'calendar days employed this month'),
  col('left', 'left', '离职', ['本月离职', '是否离职', '离职标记'], 'bool', { value: false }, 'leaves at the end of this month'),
  // attendance (seed 000 §1)
  col('scheduledDays', 'scheduledDays', '排班天数', ['应出勤天数', '排班'], 'count', zero, 'scheduled shift days'),
  col('daysWorked', 'daysWorked', '出勤天数', ['实际出勤天数', '出勤'], 'count', zero, 'days worked'),
  col('leaveDays', 'leaveDays', '请假天数', ['请假'], 'count', zero, 'approved leave days'),
  col('absences', 'absences', '旷工次数', ['旷工', '缺勤次数'], 'count', zero, 'unexcused absences (offline on shift without leave)'),
  col('latesShort', 'latesShort', '迟到10分钟内次数', ['迟到10分钟内', '10分钟内迟到次数', '迟到≤10分钟'], 'count', zero, 'lates of at most 10 minutes'),
  col('latesLong', 'latesLong', '迟到超10分钟次数', ['迟到超10分钟', '迟到超过10分钟次数', '迟到>10分钟'], 'count', zero, 'lates of more than 10 minutes'),
  // responsiveness (seed 000 §2)
  col('slowReplies', 'slowReplies', '慢回复次数', ['慢回复', '超2分钟回复次数', '响应超2分钟次数'], 'count', zero, 'replies slower than 2 minutes'),
  col('unanswered30m', 'unanswered30m', '30分钟未回复', ['30分钟未回复次数', '半小时未回复', '半小时未回复次数'], 'count', zero, 'inquiries unanswered ≥ 30 min and < 2 h'),
  col('unanswered2h', 'unanswered2h', '2小时未回复', ['2小时未回复次数', '两小时未回复'], 'count', zero, 'inquiries unanswered ≥ 2 h (not also in unanswered30m)'),
  col('idleHangs', 'idleHangs', '空挂次数', ['空挂', '空挂2小时次数'], 'count', zero, 'idle-hangs ≥ 2 h (online but away)'),
  // sales (seed 000 rules 1–5, seed 001 §4–5)
  col('inquiries', 'inquiries', '询单人数', ['询单数', '接待人数'], 'count', zero, 'inquiries (buyers served)'),
  col('orders', 'orders', '下单数', ['下单人数', '下单单数'], 'count', zero, 'orders placed'),
  col('paidOrders', 'paidOrders', '付款单数', ['付款人数', '付款订单数'], 'count', zero, 'paid orders'),
  col('creditedSalesFen', 'creditedSales', '业绩', ['销售额', '销售业绩', '个人业绩', '业绩金额', 'sales'], 'money', 'required', 'credited sales after flagging/chasing attribution, yuan'),
  col('chasedSalesFen', 'chasedSales', '追单业绩', ['追单金额'], 'money', zero, 'of which chased from colleagues, yuan'),
  col('returnsFen', 'returns', '退货金额', ['退货业绩', '非质量退货金额'], 'money', zero, 'sales of non-quality returns to deduct, yuan'),
  col('badReviews', 'badReviews', '中差评数', ['中差评', '中差评次数'], 'count', zero, 'bad reviews caused by the agent'),
  col('badReviewsReversed', 'badReviewsReversed', '改好评数', ['中差评改好评数', '改好评', '改评数'], 'count', zero, 'of which reversed to good'),
  col('badReviewSalesFen', 'badReviewSales', '中差评订单金额', ['中差评金额', '中差评业绩'], 'money', zero, 'order value of the bad-review orders, yuan'),
  col('afterSalesCases', 'afterSalesCases', '售后件数', ['退换件数', '退换件拆件数', '售后单数'], 'count', zero, 'after-sales cases handled'),
  // score inputs (seed 001 绩效考核)
  col('scoreTeamTask', 'scoreTeamTask', '团队任务分', ['团队任务'], 'score', zero, 'team task points (of 30)'),
  col('scoreHandover', 'scoreHandover', '交接分', ['交接'], 'score', zero, 'handover points (of 20)'),
  col('scoreSatisfaction', 'scoreSatisfaction', '满意度分', ['满意度', '顾客满意度'], 'score', zero, 'customer satisfaction points (of 30)'),
  col('scoreSkill', 'scoreSkill', '技能分', ['技能', '专业技能分'], 'score', zero, 'skill points (of 20)'),
  col('violationsLight', 'violationsLight', '轻微违规', ['轻微违规次数'], 'count', zero, 'light violations'),
  col('violationsMedium', 'violationsMedium', '一般违规', ['一般违规次数'], 'count', zero, 'medium violations'),
  col('violationsSevere', 'violationsSevere', '严重违规', ['严重违规次数'], 'count', zero, 'severe violations'),
  // An uncapped score multiplies commission and pool shares by score ÷ 100: at most 100
  // commendations (× at most 1000 points each) keep that factor ≤ 1040 and every line below 2^53 fen.
  { ...col('commendations', 'commendations', '表扬次数', ['表扬'], 'count', zero, 'commendations'), max: MAX_COMMENDATIONS },
  col('warnings', 'warnings', '警告次数', ['警告', '书面警告次数'], 'count', zero, 'formal warnings received this month'),
  col('teamScore', 'teamScore', '团队评分', ['团队分', '团队得分'], 'score', zero, "the team's score for the month, 0–100"),
  // service metrics (seed 004; 生意参谋 客服绩效 labels, docs/records.md); absent when not given
  col('onlineHours', 'onlineHours', '在线时长(小时)', ['在线时长', '在线小时数', '在线时长(h)', 'online hours'], 'measure', 'absent', 'online hours this month'),
  col('replyRateBp', 'replyRate', '旺旺回复率', ['回复率', '消息回复率', 'reply rate'], 'rate', 'absent', 'reply rate, replied ÷ received (98.75% or 0.9875)'),
  col('avgResponseSec', 'avgResponseSec', '平均响应时长(秒)', ['平均响应时长', '平均响应(秒)', '平均响应秒数', 'avg response sec'], 'measure', 'absent', 'average response time, seconds'),
  col('firstResponseSec', 'firstResponseSec', '首次响应时长(秒)', ['首次响应时长', '首次响应(秒)', '首次响应秒数', 'first response sec'], 'measure', 'absent', 'first response time, seconds'),
  col('satisfactionRateBp', 'satisfactionRate', '客户满意率', ['满意率', '旺旺满意度', 'satisfaction rate'], 'rate', 'absent', 'customer satisfaction rate'),
  col('goodReviewRateBp', 'goodReviewRate', '好评率', ['好评比例', 'good review rate'], 'rate', 'absent', 'good-review rate'),
  col('returnRateBp', 'returnRate', '退货率', ['退款率', '退货退款率', 'return rate', 'refund rate'], 'rate', 'absent', 'return or refund rate'),
  col('salesTargetFen', 'salesTarget', '业绩目标', ['销售目标', '月度目标', '目标业绩', 'target'], 'money', 'absent', "this agent's monthly net-sales target, yuan (overrides the policy's target by level)"),
];

/**
 * Header text → lookup form: NFKC (full-width letters, digits and brackets to half-width), no
 * spaces, underscores or hyphens, lower case, and a trailing unit in brackets dropped
 * ("业绩(元)" → "业绩", "Credited Sales" → "creditedsales").
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\((元|yuan|次|天|分|人|件|单|月|个|笔|rmb|cny)\)\s*$/i, '')
    .replace(/[\s_\-]+/g, '')
    .toLowerCase();
}

const byHeader = new Map<string, ColumnSpec>();
for (const c of COLUMNS) {
  // Not c.field: "creditedSalesFen" must not be read as a yuan column.
  for (const h of [c.json, c.zh, ...c.aliases]) {
    const k = normalizeHeader(h);
    const prev = byHeader.get(k);
    if (prev && prev !== c) throw new Error(`column alias ${h} names both ${prev.field} and ${c.field}`);
    byHeader.set(k, c);
  }
}

/** The column a CSV header names, or undefined. */
export function columnForHeader(header: string): ColumnSpec | undefined {
  return byHeader.get(normalizeHeader(header));
}

const byJson = new Map(COLUMNS.map((c) => [c.json, c]));

/** The column of a JSON record key (exact, case-sensitive), or undefined. */
export function columnForJsonKey(key: string): ColumnSpec | undefined {
  return byJson.get(key);
}

/** Role words: the first is written to Chinese files, every one is accepted (case-insensitive). */
export const ROLE_WORDS: Record<Role, { zh: readonly string[]; en: readonly string[] }> = {
  presales: { zh: ['售前', '售前客服', '销售客服'], en: ['presales', 'pre-sales', 'pre sales'] },
  aftersales: { zh: ['售后', '售后客服'], en: ['aftersales', 'after-sales', 'after sales'] },
  gold: { zh: ['金牌', '金牌客服', '全能客服'], en: ['gold'] },
  supervisor: { zh: ['主管', '客服主管', '组长', '客服组长'], en: ['supervisor'] },
};

/** Level words (seed 000: 初级/中级/高级客服, 客户经理; 资深 as a synonym of the top level). */
export const LEVEL_WORDS: Record<Level, { zh: readonly string[]; en: readonly string[] }> = {
  junior: { zh: ['初级', '初级客服'], en: ['junior'] },
  intermediate: { zh: ['中级', '中级客服'], en: ['intermediate', 'middle', 'mid'] },
  senior: { zh: ['高级', '高级客服'], en: ['senior'] },
  manager: { zh: ['客户经理', '资深', '资深客服'], en: ['manager'] },
};

/** Words accepted for yes / no in the `left` column; an empty cell is no. */
export const YES_WORDS: readonly string[] = ['是', 'y', 'yes', 'true', '1', '离职', '√'];
export const NO_WORDS: readonly string[] = ['否', 'n', 'no', 'false', '0', '在职'];

const wordKey = (s: string) => s.normalize('NFKC').replace(/[\s_]+/g, '').toLowerCase();

function wordLookup<T extends string>(words: Record<T, { zh: readonly string[]; en: readonly string[] }>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [id, w] of Object.entries(words) as [T, { zh: readonly string[]; en: readonly string[] }][]) {
    for (const s of [id, ...w.zh, ...w.en]) m.set(wordKey(s), id);
  }
  return m;
}

const roleLookup = wordLookup(ROLE_WORDS);
const levelLookup = wordLookup(LEVEL_WORDS);

export function readRole(s: string): Role | undefined {
  return roleLookup.get(wordKey(s));
}
export function readLevel(s: string): Level | undefined {
  return levelLookup.get(wordKey(s));
}
export function readBool(s: string): boolean | undefined {
  const k = wordKey(s);
  if (YES_WORDS.includes(k)) return true;
  if (NO_WORDS.includes(k)) return false;
  return undefined;
}

/** The word a file in `lang` uses for a role or level. */
export function roleWord(role: Role, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? ROLE_WORDS[role].zh[0]! : role;
}
export function levelWord(level: Level, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? LEVEL_WORDS[level].zh[0]! : level;
}

/** Allowed words listed for error messages. */
export const ROLE_LIST = ROLES.map((r) => `${ROLE_WORDS[r].zh[0]}/${r}`).join(', ');
export const LEVEL_LIST = LEVELS.map((l) => `${LEVEL_WORDS[l].zh[0]}/${l}`).join(', ');
