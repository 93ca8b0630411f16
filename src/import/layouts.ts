/**
 * The export layouts Paylab recognises, each by its headers (docs/real-data.md lists every layout
 * with its columns and aliases, and the public importer code each comes from):
 *
 * - 生意参谋 / 千牛 客服绩效, per agent (real-exports §1.1): 业绩分析-汇总分析 (export A), 自制报表-客服绩效
 *   (export B), 咨询接待 fields (C), the per-day 客服绩效明细, and the 飞猪 tables: one column table,
 *   the identity column 旺旺昵称 (`店铺:子账号`).
 * - 赤兔名品 (§1.2): 售前明细 (identity 客服), the daily 人均日接入 sheet (日期 + 旺旺), the suffixed 售前
 *   layout (日期 店铺 旺旺 … 询单人数延), and 遵时率 (attendance, 客服 + 旺旺).
 * - The shop-level daily files of 客服绩效 (export D): recognised to be refused (no per-agent figures).
 *
 * A layout here is data: its identity columns, an optional date column, and column aliases → metric.
 * Columns a layout knows but Paylab does not use are listed so they are not reported as unknown.
 */
import type { Metric } from './metrics';
import { aliasTable, exportHeaderKey, type Aliased } from './headers';

export type LayoutId =
  | 'sycmSummary'
  | 'sycmCustom'
  | 'sycmDaily'
  | 'sycmAgent'
  | 'chituPresales'
  | 'chituDaily'
  | 'chituPresalesDaily'
  | 'chituAttendance'
  | 'monthlySheet'
  | 'shopDaily';

/** What a column of an export is read as. */
export type ColumnRole = { metric: Metric } | { id: 'nickname' | 'shop' | 'date' | 'wwType' | 'agentName' } | { ignore: true };

/** 生意参谋 / 千牛 per-agent columns (exports A, B, C, 客服绩效明细, 飞猪); first alias of a metric wins when a file has two. */
const SYCM: readonly (readonly [ColumnRole, readonly string[]])[] = [
  [{ id: 'nickname' }, ['旺旺昵称', '客服昵称', '子账号', '旺旺']],
  [{ id: 'date' }, ['日期', '报表统计日期', '统计日期']],
  [{ id: 'wwType' }, ['旺旺类型']],
  [{ metric: 'consults' }, ['咨询人数']],
  [{ metric: 'validReceptions' }, ['有效接待人数']],
  [{ metric: 'receptions' }, ['接待人数']],
  [{ metric: 'inquiries' }, ['询单人数', '当日询单人数']],
  [{ metric: 'orders' }, ['下单人数']],
  [{ metric: 'paidOrders' }, ['询单最终付款人数', '最终付款人数', '销售人数']],
  [{ metric: 'salesFen' }, ['销售额', '询单最终付款金额', '最终付款金额']],
  [{ metric: 'refundFen' }, ['成功退款金额', '完成退款金额']],
  [{ metric: 'replyRateBp' }, ['旺旺回复率', '回复率']],
  [{ metric: 'satisfactionRateBp' }, ['客户满意率']],
  [{ metric: 'firstResponseSec' }, ['首次响应时长(秒)', '首次响应时长', '首次响应(秒)']],
  [{ metric: 'avgResponseSec' }, ['平均响应时长(秒)', '平均响应时长', '平均响应(秒)']],
  [
    { ignore: true },
    [
      '下单金额', '销售量', '订单量', '订单数', '个人销售额占比', '净销售额', '询单最终付款转化率', '询单转化率', '询单流失人数',
      '旺旺分组', '客单价', '淘宝答问比', '答问比', '直接接待人数', '转入人数', '转出人数', '未回复人数', '慢响应人数', '长接待人数',
      '平均接待时长', '平均接待(秒)', '平均接待时长(秒)', '买家发起人数', '客服主动跟进人数', '买家消息条数', '客服消息条数', '客服字数',
      '咨询客服人次', '客服回复人次', '客服未回复人次', '总消息', '买家消息', '客服消息', '最大同时接待', '首次响应(秒)', '平均响应(秒)',
      '询单->最终付款转化率', '当日付款人数', '当日付款金额', '询单当日付款转化率',
    ],
  ],
];

/** 赤兔 columns (售前明细, 人均日接入, the suffixed 售前 layout, 遵时率). */
const CHITU: readonly (readonly [ColumnRole, readonly string[]])[] = [
  [{ id: 'nickname' }, ['旺旺', '客服']], // 遵时率 has both: 旺旺 is the nickname (the preferred alias)
  [{ id: 'shop' }, ['店铺']],
  [{ id: 'date' }, ['日期']],
  [{ metric: 'receptions' }, ['接待人数']],
  [{ metric: 'inquiries' }, ['询单人数']],
  [{ metric: 'orders' }, ['询单->最终下单人数']],
  [{ metric: 'paidOrders' }, ['询单->最终付款人数']],
  [{ metric: 'salesFen' }, ['销售额']],
  [{ metric: 'refundFen' }, ['完成退款金额']],
  [{ metric: 'transactions' }, ['成交笔数']],
  [{ metric: 'refundCount' }, ['退款笔数']],
  [{ metric: 'returnRateBp' }, ['退款率']],
  [{ metric: 'replyRateBp' }, ['客服回复率', '回复率']],
  [{ metric: 'avgResponseSec' }, ['平均响应(秒)', '平均响应时间']],
  [{ metric: 'firstResponseSec' }, ['首次响应时间', '首次响应(秒)']],
  [{ metric: 'satisfactionRateBp' }, ['客户满意比', '客户满意率']],
  [{ metric: 'verySatisfied' }, ['很满意']],
  [{ metric: 'satisfied' }, ['满意']],
  [{ metric: 'neutral' }, ['一般']],
  [{ metric: 'dissatisfied' }, ['不满意', '不满']],
  [{ metric: 'veryDissatisfied' }, ['很不满意', '很不满']],
  [{ metric: 'daysWorked' }, ['上班天数']],
  [{ metric: 'onlineSeconds' }, ['在线总时长(秒)']],
  [
    { ignore: true },
    [
      '询单->最终付款成功率', '客件数', '客单价', '邮费总额', '手工折扣率', '平均接待时长', '平均接待时长(秒)', '静默下单本人落实付款-人数',
      '静默下单本人落实付款-金额', '客服答问比', '慢响应人数', '下单->最终付款成功率', '全静默单本人跟进-人数', '询单->次日付款人数',
      '询单->次日付款成功率', '协助跟进人数', '协助下单人数', '转出人数', '评价发送率', '销售量', '付款流失人数', '未回复人数', '买家消息数',
      '客服消息数', '答问比', '平均上线时间', '平均最后在线时间', '最早上线', '最晚在线', '总登录次数', '日均登录次数', '在线总时长',
      '平均日在线时长', '平均日在线时长(秒)', '服务总时长', '服务总时长(秒)', '平均日服务时长', '平均日服务时长(秒)', '挂起总时长',
      '挂起总时长(秒)', '平均日挂起时长', '平均日挂起时长(秒)',
    ],
  ],
];

/** Shop-level daily files of 客服绩效 (export D): their first column is 日期 and no column names an agent. */
const SHOP_DAILY_SIGNS = ['当日询单人数', '当日付款人数', '最终付款人数', '3分钟人工响应率', '客单价', '客件数', '件均价', '发出', '收到', '发送率', '返回率', '服务度'];

export interface Layout {
  id: LayoutId;
  family: 'sycm' | 'chitu' | 'sheet' | 'shop';
  /** Daily rows (a date column) or one row per agent for the file's period. */
  daily: boolean;
  table: Map<string, Aliased<ColumnRole>>;
}

const SYCM_TABLE = aliasTable(SYCM);
const CHITU_TABLE = aliasTable(CHITU);

const roleKey = (r: ColumnRole) => ('metric' in r ? `m:${r.metric}` : 'id' in r ? `i:${r.id}` : '');

/**
 * A header row read against a table: each column's role (undefined = unknown). When two columns
 * name one metric (销售人数 and 询单最终付款人数), the preferred alias keeps it and the other is ignored;
 * in a 赤兔 sheet with both 客服 and 旺旺, 旺旺 is the nickname and 客服 the agent's name.
 */
export function readHeader(table: Map<string, Aliased<ColumnRole>>, header: readonly string[]): (ColumnRole | undefined)[] {
  const found = header.map((h) => (h === '' ? undefined : table.get(exportHeaderKey(h))));
  const best = new Map<string, number>();
  found.forEach((a, i) => {
    if (!a) return;
    const k = roleKey(a.target);
    if (k === '') return;
    const j = best.get(k);
    if (j === undefined || a.rank < found[j]!.rank) best.set(k, i);
  });
  return found.map((a, i) => {
    if (!a) return undefined;
    const k = roleKey(a.target);
    if (k === '' || best.get(k) === i) return a.target;
    if (k === 'i:nickname') return { id: 'agentName' };
    return { ignore: true };
  });
}

const has = (keys: ReadonlySet<string>, ...names: string[]) => names.some((n) => keys.has(exportHeaderKey(n)));

/**
 * The layout a header row belongs to, or null. Decided by signature columns, most specific first
 * (docs/real-data.md §Recognition).
 */
export function layoutOfHeader(header: readonly string[]): Layout | null {
  const keys = new Set(header.filter((h) => h !== '').map(exportHeaderKey));
  const metricsIn = (table: Map<string, Aliased<ColumnRole>>) => [...keys].filter((k) => {
    const r = table.get(k);
    return r !== undefined && 'metric' in r.target;
  }).length;
  if (has(keys, '旺旺昵称', '客服昵称')) {
    if (metricsIn(SYCM_TABLE) < 1) return null;
    const daily = has(keys, '日期', '报表统计日期', '统计日期');
    if (daily) return { id: 'sycmDaily', family: 'sycm', daily, table: SYCM_TABLE };
    if (has(keys, '个人销售额占比', '净销售额', '旺旺类型', '下单金额')) return { id: 'sycmSummary', family: 'sycm', daily, table: SYCM_TABLE };
    if (has(keys, '询单最终付款金额', '询单最终付款人数')) return { id: 'sycmCustom', family: 'sycm', daily, table: SYCM_TABLE };
    return { id: 'sycmAgent', family: 'sycm', daily, table: SYCM_TABLE };
  }
  if (has(keys, '客服', '旺旺') && metricsIn(CHITU_TABLE) >= 1) {
    if (has(keys, '上班天数') && has(keys, '在线总时长', '在线总时长(秒)') && !has(keys, '日期')) return { id: 'chituAttendance', family: 'chitu', daily: false, table: CHITU_TABLE };
    if (has(keys, '日期') && has(keys, '店铺')) return { id: 'chituPresalesDaily', family: 'chitu', daily: true, table: CHITU_TABLE };
    if (has(keys, '日期')) return { id: 'chituDaily', family: 'chitu', daily: true, table: CHITU_TABLE };
    if (has(keys, '询单->最终付款人数', '询单->最终付款成功率', '询单人数')) return { id: 'chituPresales', family: 'chitu', daily: false, table: CHITU_TABLE };
  }
  if (has(keys, '日期') && SHOP_DAILY_SIGNS.filter((s) => keys.has(exportHeaderKey(s))).length >= 2) {
    return { id: 'shopDaily', family: 'shop', daily: true, table: new Map() };
  }
  return null;
}
