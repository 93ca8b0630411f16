/**
 * Synthetic exports built from the documented layouts (docs/real-data.md, after the column lists of
 * public importer code): 生意参谋 汇总分析 and 自制报表 as .xlsx, .xls and GBK CSV with banner and
 * summary rows, 赤兔售前明细, a per-agent daily 客服绩效明细, the monthly sheet and the roster. Invented
 * shop and people; the expected records are written by hand in the tests, not computed here.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full';

XLSX.set_cptable(cptable);

export type Cell = string | number | Date | null;

/** A CSV text of rows (quoted where needed). */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  const q = (c: Cell) => {
    const s = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

/** Text → GBK bytes (Chinese Excel's "CSV (逗号分隔)"). */
export function gbk(text: string): Uint8Array {
  const cp = cptable as unknown as { utils: { encode(cp: number, s: string): number[] } };
  return new Uint8Array(cp.utils.encode(936, text));
}

/** Rows → a workbook (one sheet per entry) as .xlsx or .xls (BIFF8) bytes. Numbers stay numbers; formats by cell. */
export function workbook(sheets: { name: string; rows: readonly (readonly Cell[])[]; formats?: Record<string, string> }[], bookType: 'xlsx' | 'biff8'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => [...r]), { cellDates: true });
    for (const [ref, z] of Object.entries(s.formats ?? {})) {
      const c = ws[ref] as { z?: string } | undefined;
      if (c) c.z = z;
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

// ── 生意参谋 客服绩效 · 业绩分析-汇总分析 (export A) ──

export const SUMMARY_NAME = '客服绩效-业绩分析-汇总分析_20261001_20261031_全部';
export const SUMMARY_HEADER = ['旺旺昵称', '咨询人数', '有效接待人数', '询单人数', '下单人数', '下单金额', '销售人数', '销售额', '销售量', '订单量', '个人销售额占比', '成功退款金额', '净销售额', '旺旺类型'];
export const SUMMARY_ROWS: Cell[][] = [
  ['下载数据最多5000条，超出部分会被截断！'],
  ['统计时间 2026-10-01 ~ 2026-10-31'],
  [],
  SUMMARY_HEADER,
  ['钱运来旗舰店:贞贞', '1,520', '1,480', '620', '240', '￥98,765.40', '210', '￥86,420.50', '260', '215', '32.97%', '￥1,234.56', '￥85,185.94', '售前'],
  ['钱运来旗舰店:小美', '1,300', '1,251', '延时统计', '198', '￥70,000.00', '180', '￥75,300.00', '220', '182', '28.73%', '￥0.00', '￥75,300.00', '售前'],
  ['钱运来旗舰店:阿强', '900', '880', '410', '150', '￥55,000.10', '140', '￥50,388.88', '170', '141', '19.22%', '￥388.88', '￥50,000.00', '售后'],
  ['汇总值', '3,720', '3,611', '1,030', '588', '￥223,765.50', '530', '￥212,109.38', '650', '538', '100.00%', '￥1,623.44', '￥210,485.94', ''],
  ['平均值', '1,240', '1,203.67', '515', '196', '￥74,588.50', '176.67', '￥70,703.13', '216.67', '179.33', '33.33%', '￥541.15', '￥70,161.98', ''],
];

// ── 生意参谋 自制报表-报表查看-客服绩效 (export B), mixed-width 「（秒)」, 6 summary rows at the bottom ──

export const CUSTOM_NAME = '自制报表-报表查看-客服绩效_20261001_20261031_全部';
export const CUSTOM_HEADER = ['旺旺昵称', '询单最终付款人数', '延询单人数', '询单最终付款转化率', '首次响应时长（秒)', '平均响应时长（秒)', '客户满意率', '旺旺回复率', '询单最终付款金额', '成功退款金额'];
/** As text cells (the CSV form). */
export const CUSTOM_ROWS_TEXT: Cell[][] = [
  CUSTOM_HEADER,
  ['钱运来旗舰店:贞贞', '205', '615', '33.33%', '8.5', '21.37', '97.25%', '0.9971', '84,000.00', '1,000.00'],
  ['钱运来旗舰店:小美', '178', '590', '30.17%', '12', '25.4', '95.5%', '99.71', '￥73,210.55', '0'],
  ...['汇总值', '平均值', '全店汇总值', '全店平均值', '同行同层优秀', '同行同层均值'].map((s) => [s, '383', '1205', '31.78%', '10.25', '23.39', '96.38%', '99.71%', '157,210.55', '1,000.00']),
];
/** As numbers with formats (the workbook form): rates are fractions shown as percentages. */
export const CUSTOM_ROWS_NUMBERS: Cell[][] = [
  CUSTOM_HEADER,
  ['钱运来旗舰店:贞贞', 205, 615, 0.3333, 8.5, 21.37, 0.9725, 0.9971, 84000, 1000],
  ['钱运来旗舰店:小美', 178, 590, 0.3017, 12, 25.4, 0.955, 0.9971, 73210.55, 0],
  ...['汇总值', '平均值', '全店汇总值', '全店平均值', '同行同层优秀', '同行同层均值'].map((s) => [s, 383, 1205, 0.3178, 10.25, 23.39, 0.9638, 0.9971, 157210.55, 1000]),
];
export const CUSTOM_FORMATS = { D2: '0.00%', G2: '0.00%', H2: '0.00%', D3: '0.00%', G3: '0.00%', H3: '0.00%', I2: '"￥"#,##0.00', I3: '"￥"#,##0.00' };

// ── 赤兔售前明细 (a subset of its 28 columns; the sub-account without the shop) ──

export const CHITU_NAME = '赤兔售前明细_20261001_20261031';
export const CHITU_ROWS: Cell[][] = [
  ['客服', '接待人数', '询单人数', '询单->最终付款人数', '询单->最终付款成功率', '客件数', '客单价', '客服回复率', '平均响应时间', '首次响应时间', '销售额', '慢响应人数', '询单->最终下单人数', '退款率'],
  ['贞贞', 1400, 600, 200, '33.33%', 1.2, 420, '99.50%', 20.1, 9.8, 84000, 12, 230, '1.50%'],
  ['合计', 1400, 600, 200, '33.33%', 1.2, 420, '99.50%', 20.1, 9.8, 84000, 12, 230, '1.50%'],
];

// ── 生意参谋 客服绩效明细, by day (the 10-1 layout), crossing a month end ──

export const DAILY_NAME = '淘宝客服绩效明细_日';
export const DAILY_ROWS: Cell[][] = [
  ['日期', '旺旺昵称', '旺旺分组', '有效接待人数', '当日询单人数', '销售人数', '净销售额', '客单价', '询单流失人数', '首次响应时长（秒)', '平均响应时长（秒)', '淘宝答问比', '客户满意率', '销售额', '询单最终付款转化率'],
  [new Date(Date.UTC(2026, 9, 30)), '钱运来旗舰店:贞贞', '售前组', 50, 20, 7, 2100, 300, 13, 10, 20, 1.5, 0.96, 2100, 0.35],
  [new Date(Date.UTC(2026, 9, 31)), '钱运来旗舰店:贞贞', '售前组', 30, 10, 3, 900.5, 300.17, 7, 20, 30, 1.4, 1, 900.5, 0.3],
  [new Date(Date.UTC(2026, 10, 1)), '钱运来旗舰店:贞贞', '售前组', 40, 15, 5, 1500, 300, 10, 12, 24, 1.6, 0.9, 1500, 0.3333],
  [new Date(Date.UTC(2026, 9, 31)), '钱运来旗舰店:小美', '售前组', 25, '延时统计', 4, 1000, 250, 3, 15, 28, 1.2, 0.925, 1000, 0.3],
  ['合计', '', '', 145, 45, 19, 5500.5, 289.5, 33, 13.8, 24.5, 1.45, 0.9462, 5500.5, 0.3167],
];

// ── the monthly sheet and the roster ──

export const SHEET_ROWS: Cell[][] = [
  ['月份', '客服ID', '旺旺昵称', '姓名', '排班天数', '出勤天数', '请假天数', '旷工次数', '迟到10分钟内次数', '迟到超10分钟次数', '30分钟未回复', '2小时未回复', '团队任务分', '交接分', '满意度分', '技能分'],
  ['示例:2026-10', 'A000', '示例店:示例', '示例', 26, 25, 1, 0, 2, 0, 1, 0, 27, 18, 26, 17],
  ['2026-10', 'A001', '', '张贞', 26, 25, 1, 0, 2, 1, 3, 1, 27, 18, 26, 17.5],
  ['2026-10', '', '钱运来旗舰店:小美', '', 26, 26, 0, 0, '', '', '', '', 25, 20, 28, 16],
];

export const ROSTER_ROWS: Cell[][] = [
  ['客服ID', '姓名', '旺旺昵称', '组', '岗位', '级别', '入职月份'],
  ['A001', '张贞', '钱运来旗舰店:贞贞', '一组', '售前', '中级', '2025-03'],
  ['A002', '李美', '钱运来旗舰店:小美、钱运来旗舰店:小美2', '一组', '售前', '初级', '2026-02'],
];

/** An .xlsx with a VBA project part added (what an .xlsm holds), under an innocent .xlsx name. */
export function withVbaProject(xlsx: Uint8Array): Uint8Array {
  const z = XLSX.CFB.read(xlsx, { type: 'array' });
  XLSX.CFB.utils.cfb_add(z, 'xl/vbaProject.bin', new Uint8Array([0xcc, 0x61, 0xff, 0xff]));
  return new Uint8Array(XLSX.CFB.write(z, { type: 'array', fileType: 'zip' }) as number[]);
}

/** What Excel writes for a password-protected workbook: an OLE container with EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO). */
export function encryptedWorkbook(): Uint8Array {
  const c = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(c, '/EncryptionInfo', new Uint8Array(128).fill(4));
  XLSX.CFB.utils.cfb_add(c, '/EncryptedPackage', new Uint8Array(6000).fill(7));
  return new Uint8Array(XLSX.CFB.write(c, { type: 'array' }) as number[]);
}

/** A sheet whose used range (its `<dimension ref>`) claims `ref`, with a header and one row of data. */
export function hugeRangeWorkbook(ref: string): Uint8Array {
  const small = workbook([{ name: '汇总分析', rows: [SUMMARY_HEADER, ['店:甲', 1, 1, 1, 1, 1, 1, 1, 1, 1, '1%', 0, 1, '售前']] }], 'xlsx');
  const z = XLSX.CFB.read(small, { type: 'array' });
  const i = z.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
  const xml = new TextDecoder().decode(z.FileIndex[i]!.content as Uint8Array).replace(/<dimension ref="[^"]*"/, `<dimension ref="${ref}"`);
  z.FileIndex[i]!.content = new TextEncoder().encode(xml) as unknown as typeof z.FileIndex[number]['content'];
  return new Uint8Array(XLSX.CFB.write(z, { type: 'array', fileType: 'zip' }) as number[]);
}

export const sheetjs = XLSX;

// ── layout writers: an agent-month's figures written as the platform's exports and the owner's sheets show them ──
// Column names, banners and summary rows follow docs/real-data.md §Layouts (生意参谋 汇总分析: real-exports
// §1.1 export A; 赤兔遵时率: §1.2; the monthly sheet and the 客服名册: docs/real-data.md). The figures a
// layout carries but Paylab does not read (咨询人数, 下单金额 …) are filled plausibly from the read ones.

/** 1,520 — a count as 生意参谋 writes it in a CSV. */
export function countText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** ￥86,420.50 — an amount of fen as 生意参谋 writes it in a CSV. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}￥${countText(Math.floor(a / 100))}.${String(a % 100).padStart(2, '0')}`;
}

/** 32.97% — a share written to two decimals. */
export function percentText(x: number): string {
  return `${(Math.round(x * 10000) / 100).toFixed(2)}%`;
}

/** `_20261001_20261031_` — the period in an export's file name for a whole month. */
export function periodPart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const ym = month.replace('-', '');
  return `${ym}01_${ym}${String(days).padStart(2, '0')}`;
}

/** One agent's line of the 汇总分析 export. */
export interface SummaryLine {
  /** 旺旺昵称, `店铺:子账号`. */
  nickname: string;
  inquiries: number;
  orders: number;
  paidOrders: number;
  salesFen: number;
  refundFen: number;
  /** 旺旺类型. */
  type: '售前' | '售后';
}

/**
 * 生意参谋 客服绩效 · 业绩分析-汇总分析 of one month: the two banner rows and a blank, the header, a
 * row per agent, then 汇总值 and 平均值. `text`: every cell as the CSV download writes it (1,520,
 * ￥86,420.50, 32.97%); `number`: number cells with formats (the .xlsx download).
 */
export function summaryExport(lines: readonly SummaryLine[], cells: 'text' | 'number'): { name: (ext: string, month: string) => string; rows: Cell[][]; formats: Record<string, string> } {
  const total = (f: (l: SummaryLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const salesAll = total((l) => l.salesFen);
  // consults and valid receptions are not read (per-period file: no weights needed); 下单金额 is not read
  const figures = (l: Omit<SummaryLine, 'nickname' | 'type'>) => ({
    consults: Math.round(l.inquiries * 1.25) + 3,
    valid: Math.round(l.inquiries * 1.2) + 2,
    orderFen: Math.round(l.orders > 0 && l.paidOrders > 0 ? (l.salesFen * l.orders) / l.paidOrders : 0),
  });
  const sums = { inquiries: total((l) => l.inquiries), orders: total((l) => l.orders), paidOrders: total((l) => l.paidOrders), salesFen: salesAll, refundFen: total((l) => l.refundFen) };
  const n = Math.max(1, lines.length);
  const row = (first: string, l: Omit<SummaryLine, 'nickname' | 'type'>, share: number, type: string, avg = false): Cell[] => {
    const f = figures(l);
    const c = (x: number) => (cells === 'text' ? countText(avg ? Math.round((x / n) * 100) / 100 : x) : avg ? Math.round((x / n) * 100) / 100 : x);
    const y = (fen: number) => (cells === 'text' ? yuanText(avg ? Math.round(fen / n) : fen) : (avg ? Math.round(fen / n) : fen) / 100);
    const p = (x: number) => (cells === 'text' ? percentText(x) : Math.round(x * 10000) / 10000);
    return [first, c(f.consults), c(f.valid), c(l.inquiries), c(l.orders), y(f.orderFen), c(l.paidOrders), y(l.salesFen), c(l.paidOrders), c(l.paidOrders), p(share), y(l.refundFen), y(l.salesFen - l.refundFen), type];
  };
  const rows: Cell[][] = [
    ['下载数据最多5000条，超出部分会被截断！'],
    ['https://sycm.taobao.com/qos/service/performance'],
    [],
    SUMMARY_HEADER,
    ...lines.map((l) => row(l.nickname, l, salesAll > 0 ? l.salesFen / salesAll : 0, l.type)),
    row('汇总值', sums, salesAll > 0 ? 1 : 0, ''),
    row('平均值', sums, 1 / n, '', true),
  ];
  const formats: Record<string, string> = {};
  if (cells === 'number') {
    rows.forEach((r, i) => {
      if (i < 4) return;
      for (const col of ['F', 'H', 'L', 'M']) formats[`${col}${i + 1}`] = '"￥"#,##0.00';
      formats[`K${i + 1}`] = '0.00%';
    });
  }
  return { name: (ext, month) => `客服绩效-业绩分析-汇总分析_${periodPart(month)}_全部.${ext}`, rows, formats };
}

/** One agent's line of 赤兔遵时率 (the sub-account without the shop, as 赤兔 shows it). */
export interface AttendanceLine {
  name: string;
  account: string;
  daysWorked: number;
  onlineSeconds: number;
}

/** 赤兔遵时率 of one month: a subset of its 21 columns (real-exports §1.2), times as 赤兔 writes them, and a 合计 row. */
export function chituAttendanceExport(lines: readonly AttendanceLine[]): { name: (month: string) => string; rows: Cell[][] } {
  const hms = (s: number) => `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  const perDay = (l: AttendanceLine) => (l.daysWorked > 0 ? Math.round(l.onlineSeconds / l.daysWorked) : 0);
  const rows: Cell[][] = [
    ['客服', '旺旺', '上班天数', '平均上线时间', '平均最后在线时间', '总登录次数', '日均登录次数', '在线总时长', '在线总时长(秒)', '平均日在线时长', '平均日在线时长(秒)'],
    ...lines.map((l) => [l.name, l.account, l.daysWorked, l.daysWorked > 0 ? '08:52:10' : '-', l.daysWorked > 0 ? '18:04:31' : '-', l.daysWorked * 2, l.daysWorked > 0 ? 2 : 0, hms(l.onlineSeconds), l.onlineSeconds, hms(perDay(l)), perDay(l)]),
  ];
  const days = lines.reduce((s, l) => s + l.daysWorked, 0);
  const secs = lines.reduce((s, l) => s + l.onlineSeconds, 0);
  rows.push(['合计', '', days, '', '', days * 2, '', hms(secs), secs, '', '']);
  return { name: (month) => `赤兔遵时率_${periodPart(month)}.csv`, rows };
}

/** The monthly sheet's header, as the template writes it (docs/real-data.md §"The monthly sheet"). */
export const MONTHLY_SHEET_HEADER = [
  '月份', '客服ID', '旺旺昵称', '姓名', '在职天数', '离职', '排班天数', '出勤天数', '请假天数', '旷工次数', '迟到10分钟内次数', '迟到超10分钟次数', '慢回复次数',
  '30分钟未回复', '2小时未回复', '空挂次数', '中差评数', '改好评数', '中差评订单金额', '售后件数', '追单业绩',
] as const;
export type MonthlySheetColumn = (typeof MONTHLY_SHEET_HEADER)[number];

/** The monthly sheet as the owner fills it: the template's example row first, then one row per agent-month; a missing column is an empty cell. */
export function monthlySheet(rows: readonly Partial<Record<MonthlySheetColumn, Cell>>[], columns: readonly MonthlySheetColumn[] = MONTHLY_SHEET_HEADER): Cell[][] {
  const example: Partial<Record<MonthlySheetColumn, Cell>> = { 月份: '示例:2026-10', 客服ID: 'A001', 旺旺昵称: '示例店:小美', 姓名: '张三', 在职天数: 31, 离职: '否', 排班天数: 26, 出勤天数: 25 };
  return [[...columns], ...[example, ...rows].map((r) => columns.map((c) => r[c] ?? null))];
}

/** The 客服名册 (docs/real-data.md §Roster): one row per agent, nicknames separated by 、. */
export const ROSTER_HEADER = ['客服ID', '姓名', '旺旺昵称', '组', '岗位', '级别', '入职月份'] as const;
