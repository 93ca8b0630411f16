import { describe, expect, it } from 'vitest';
import { loadRecords, parseRecordsCsv, parseRecordsJson, MAX_PROBLEMS } from '../../src/formats/records';
import { InputError, type Problem } from '../../src/i18n/problem';
import { describeBoth } from '../../src/i18n/problemText';
import type { AgentMonth } from '../../src/engine/records';
import { readCount, readMeasure, readMoney, readRate, readScore } from '../../src/formats/cells';
import { writeRecordsCsv, writeRecordsJson } from '../../src/formats/records';

const enc = (s: string) => new TextEncoder().encode(s);

function problems(f: () => unknown): Problem[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError');
}
const where = (ps: Problem[]) => ps.map((p) => `${p.path} | ${p.key}`);

/** A complete record as the engine sees it, for building expectations. */
const FULL: AgentMonth = {
  month: '2025-07',
  agentId: 'A001',
  name: '张三',
  team: '一组',
  role: 'presales',
  level: 'junior',
  hireMonth: '2024-06',
  tenureMonth: 14,
  daysEmployed: 31,
  left: false,
  scheduledDays: 26,
  daysWorked: 25,
  leaveDays: 1,
  absences: 0,
  latesShort: 2,
  latesLong: 1,
  slowReplies: 4,
  unanswered30m: 1,
  unanswered2h: 0,
  idleHangs: 0,
  inquiries: 3000,
  orders: 1400,
  paidOrders: 1300,
  creditedSalesFen: 12345678,
  chasedSalesFen: 29,
  returnsFen: 100000,
  badReviews: 2,
  badReviewsReversed: 1,
  badReviewSalesFen: 45678,
  afterSalesCases: 0,
  scoreTeamTask: 27.5,
  scoreHandover: 18,
  scoreSatisfaction: 28.25,
  scoreSkill: 19,
  violationsLight: 1,
  violationsMedium: 0,
  violationsSevere: 0,
  commendations: 1,
  warnings: 0,
  teamScore: 85.5,
};

/** The minimal record: required fields only; every other field takes its documented default. */
const MINIMAL_DEFAULTS: Omit<AgentMonth, 'month' | 'agentId' | 'name' | 'role' | 'level' | 'hireMonth' | 'tenureMonth' | 'creditedSalesFen' | 'daysEmployed'> = {
  team: '',
  left: false,
  scheduledDays: 0,
  daysWorked: 0,
  leaveDays: 0,
  absences: 0,
  latesShort: 0,
  latesLong: 0,
  slowReplies: 0,
  unanswered30m: 0,
  unanswered2h: 0,
  idleHangs: 0,
  inquiries: 0,
  orders: 0,
  paidOrders: 0,
  chasedSalesFen: 0,
  returnsFen: 0,
  badReviews: 0,
  badReviewsReversed: 0,
  badReviewSalesFen: 0,
  afterSalesCases: 0,
  scoreTeamTask: 0,
  scoreHandover: 0,
  scoreSatisfaction: 0,
  scoreSkill: 0,
  violationsLight: 0,
  violationsMedium: 0,
  violationsSevere: 0,
  commendations: 0,
  warnings: 0,
  teamScore: 0,
};

describe('parseRecordsJson', () => {
  const fullJson = {
    ...Object.fromEntries(Object.entries(FULL).filter(([k]) => !k.endsWith('Fen'))),
    creditedSales: '123456.78',
    chasedSales: 0.29,
    returns: '1000',
    badReviewSales: 456.78,
  };

  it('reads the documented object form, converting yuan to fen exactly', () => {
    // 123456.78 yuan = 12 345 678 fen; 0.29 (a JSON number, 0.28999… as a double) = 29 fen; "1000" = 100 000 fen.
    const text = JSON.stringify({ format: 'paylab.records/1', records: [fullJson] });
    expect(parseRecordsJson(text)).toEqual([FULL]);
  });

  it('reads a bare array and strips a BOM', () => {
    expect(parseRecordsJson('\uFEFF' + JSON.stringify([fullJson]))).toEqual([FULL]);
  });

  it('fills optional fields with their defaults and derives hireMonth from tenureMonth', () => {
    const text = JSON.stringify([
      { month: '2024-02', agentId: 'B1', name: 'b', role: 'gold', level: 'manager', tenureMonth: 1, creditedSales: 0 },
      { month: '2025-07', agentId: 'B1', name: 'b', role: 'supervisor', level: 'senior', hireMonth: '2024-02', creditedSales: '5' },
    ]);
    expect(parseRecordsJson(text)).toEqual([
      // February 2024 has 29 days (leap year); tenure month 1 is the month of hire.
      { ...MINIMAL_DEFAULTS, month: '2024-02', agentId: 'B1', name: 'b', role: 'gold', level: 'manager', hireMonth: '2024-02', tenureMonth: 1, daysEmployed: 29, creditedSalesFen: 0 },
      // 2024-02 → 2025-07 is 17 months later, so tenure month 18.
      { ...MINIMAL_DEFAULTS, month: '2025-07', agentId: 'B1', name: 'b', role: 'supervisor', level: 'senior', hireMonth: '2024-02', tenureMonth: 18, daysEmployed: 31, creditedSalesFen: 500 },
    ]);
  });

  it('reports a syntax error with its line and column', () => {
    const ps = problems(() => parseRecordsJson('{\n  "format": "paylab.records/1",\n  "records": [,]\n}'));
    // The JSON reader (src/policy/json.ts) names the spot as line:column.
    expect(where(ps)).toEqual(['3:15 | policy.jsonExpected']);
    expect(ps[0]!.params).toMatchObject({ line: 3, column: 15 });
  });

  it('refuses a newer format, an unknown format and a missing one', () => {
    expect(where(problems(() => parseRecordsJson('{"format":"paylab.records/2","records":[]}')))).toEqual(['$.format | records.formatNewer']);
    expect(where(problems(() => parseRecordsJson('{"format":"paylab.policy/1","records":[]}')))).toEqual(['$.format | records.formatUnknown']);
    expect(where(problems(() => parseRecordsJson('{"records":[]}')))).toEqual(['$.format | records.formatMissing']);
  });

  it('refuses __proto__, unknown fields with a suggestion, and fen-named money', () => {
    const text = '[{"__proto__":{"x":1},"month":"2025-07","agentId":"A","name":"n","role":"presales","level":"junior","tenureMonth":2,"creditedSale":"1","creditedSalesFen":100}]';
    const ps = problems(() => parseRecordsJson(text));
    expect(where(ps)).toEqual([
      '$[0].__proto__ | records.forbiddenKey',
      '$[0].creditedSale | records.unknownFieldSuggest',
      '$[0].creditedSalesFen | records.fenField',
      '$[0] | records.missingField',
    ]);
    expect(ps[1]!.params.suggestion).toBe('creditedSales');
    expect(ps[3]!.params.field).toBe('creditedSales');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses wrong types, non-objects and an empty list', () => {
    const text = JSON.stringify({ format: 'paylab.records/1', records: [5, { month: '2025-07', agentId: 'A', name: ['x'], role: 'presales', level: 'junior', tenureMonth: 2, creditedSales: true, left: 1 }] });
    expect(where(problems(() => parseRecordsJson(text)))).toEqual([
      '$.records[0] | records.notObject',
      '$.records[1].name | records.expectText',
      '$.records[1].creditedSales | records.expectNumber',
      '$.records[1].left | records.expectBool',
    ]);
    expect(where(problems(() => parseRecordsJson('{"format":"paylab.records/1","records":[]}')))).toEqual(['$.records | records.noRows']);
    expect(where(problems(() => parseRecordsJson('  ')))).toEqual([' | records.emptyFile']);
  });
});

describe('parseRecordsCsv', () => {
  const HEAD = '月份,工号,姓名,岗位,级别,司龄月,业绩,询单人数';

  it('reads Chinese and English headers, units in brackets, and the usual spellings of values', () => {
    const text = [
      'Month, Agent ID ,Name,TEAM,Role,Level,hireMonth,Credited Sales (元),离职,团队评分,追单业绩（元）',
      '2025年7月,7,张三,一组,售后客服,资深,2025-03,"1,234.50",是,90.5,',
      '2025/8,8,李四,,Gold,中级客服,2025-08,0.1,0,,',
      '',
    ].join('\r\n');
    expect(parseRecordsCsv(enc(text))).toEqual([
      { ...MINIMAL_DEFAULTS, month: '2025-07', agentId: '7', name: '张三', team: '一组', role: 'aftersales', level: 'manager', hireMonth: '2025-03', tenureMonth: 5, daysEmployed: 31, left: true, creditedSalesFen: 123450, teamScore: 90.5 },
      { ...MINIMAL_DEFAULTS, month: '2025-08', agentId: '8', name: '李四', role: 'gold', level: 'intermediate', hireMonth: '2025-08', tenureMonth: 1, daysEmployed: 31, creditedSalesFen: 10 },
    ]);
  });

  it('names a missing required column and lists the columns found', () => {
    const ps = problems(() => parseRecordsCsv(enc('月份,工号,姓名,岗位,司龄月,业绩\n2025-07,A,n,售前,2,1\n')));
    expect(where(ps)).toEqual(['row 1 | records.missingColumn']);
    expect(ps[0]!.params).toMatchObject({ column: '级别/level', found: '月份, 工号, 姓名, 岗位, 司龄月, 业绩' });
    expect(describeBoth(ps[0]!)).toContain('级别/level');
  });

  it('needs tenureMonth or hireMonth', () => {
    expect(where(problems(() => parseRecordsCsv(enc('月份,工号,姓名,岗位,级别,业绩\n2025-07,A,n,售前,初级,1\n'))))).toEqual(['row 1 | records.missingTenureColumn']);
  });

  it('refuses unknown and doubled columns, suggesting the near miss', () => {
    const ps = problems(() => parseRecordsCsv(enc(`${HEAD},询单人员,销售额,备注\n2025-07,A,n,售前,初级,2,1,1,,,\n`)));
    expect(where(ps)).toEqual(['row 1, column 询单人员 | records.unknownColumnSuggest', 'row 1, column 销售额 | records.duplicateColumn', 'row 1, column 备注 | records.unknownColumn']);
    expect(ps[0]!.params.suggestion).toBe('询单人数');
    expect(ps[1]!.params.other).toBe('业绩');
  });

  it('ignores columns without a header while they are empty, refuses them when they hold data', () => {
    expect(parseRecordsCsv(enc(`${HEAD},,\n2025-07,A,n,售前,初级,2,1,1,,\n`))).toHaveLength(1);
    const ps = problems(() => parseRecordsCsv(enc(`${HEAD},\n2025-07,A,n,售前,初级,2,1,1,\n2025-08,A,n,售前,初级,3,1,1,x\n`)));
    expect(where(ps)).toEqual(['row 1, column I | records.headerlessColumn']);
    expect(ps[0]!.params.row).toBe(3);
  });

  it('refuses a cell beyond the header', () => {
    expect(where(problems(() => parseRecordsCsv(enc(`${HEAD}\n2025-07,A,n,售前,初级,2,1,1,,oops\n`))))).toEqual(['row 2, column J | records.extraCell']);
  });

  it('names the spreadsheet row and the column as written for every bad cell', () => {
    const text = [
      HEAD,
      '2025-07,A,n,售前,初级,2,1,1', // row 2: fine
      '2025-07,B,n,售前,初级,2,1,abc', // row 3: not a number
      '2025-07,C,n,售前,初级,2,1,-3', // row 4: negative count
      '2025-7-40,D,n,售前,初级,2,1,1', // row 5: not a month
      '2025-07,E,n,客服,专家,2,1,1', // row 6: unknown role and level
      '2025-07,A,n,售前,初级,2,1,1', // row 7: duplicate of row 2
      '2025-07,F,n,售前,初级,2,1.005,2.5', // row 8: money with 3 decimals, count not whole
      '2025-07,G,,售前,初级,0,1,1', // row 9: empty name, tenure month 0
    ].join('\n');
    const ps = problems(() => parseRecordsCsv(enc(text)));
    expect(where(ps)).toEqual([
      'row 3, column 询单人数 | records.notNumber',
      'row 4, column 询单人数 | records.negative',
      'row 5, column 月份 | records.badMonth',
      'row 6, column 岗位 | records.badRole',
      'row 6, column 级别 | records.badLevel',
      'row 7 | records.duplicateRow',
      'row 8, column 业绩 | records.moneyDecimals',
      'row 8, column 询单人数 | records.notInteger',
      'row 9, column 姓名 | records.emptyCell',
      'row 9, column 司龄月 | records.tenureZero',
    ]);
    expect(ps[0]!.params).toMatchObject({ row: 3, column: '询单人数', value: 'abc' });
    expect(ps[5]!.params).toMatchObject({ agentId: 'A', month: '2025-07', firstRow: '2' });
    expect(describeBoth(ps[0]!)).toBe('"abc" 不是数字 / "abc" is not a number');
  });

  it('checks fields against each other', () => {
    const text = [
      '月份,工号,姓名,岗位,级别,司龄月,入职月份,业绩,追单业绩,中差评数,改好评数,团队评分,在职天数,出勤天数,满意度分',
      '2025-07,A,n,售前,初级,3,2025-04,1,0,0,0,0,,,', // 2025-04 → 2025-07 is tenure month 4, not 3
      '2025-07,B,n,售前,初级,,2025-08,1,0,0,0,0,,,', // hired after the month
      '2025-07,C,n,售前,初级,1,,10,10.01,1,2,100.5,,,', // chased > credited, reversed > bad, team score > 100
      '2025-02,D,n,售前,初级,1,,1,0,0,0,0,29,29,', // February 2025 has 28 days
      '2025-07,E,n,售前,初级,1,,1,0,0,0,0,0,,28.125', // days employed 0; score with 3 decimals
    ].join('\n');
    expect(where(problems(() => parseRecordsCsv(enc(text))))).toEqual([
      'row 2, column 司龄月 | records.tenureMismatch',
      'row 3, column 入职月份 | records.hireAfterMonth',
      'row 4, column 追单业绩 | records.chasedOverCredited',
      'row 4, column 改好评数 | records.reversedOverBadReviews',
      'row 4, column 团队评分 | records.teamScoreRange',
      'row 5, column 在职天数 | records.daysEmployedRange',
      'row 5, column 出勤天数 | records.daysOverMonth',
      'row 6, column 满意度分 | records.scoreDecimals',
      'row 6, column 在职天数 | records.daysEmployedRange',
    ]);
  });

  it('refuses a file with a header and no data rows, and an empty file', () => {
    expect(where(problems(() => parseRecordsCsv(enc(`${HEAD}\r\n\r\n,,,\r\n`))))).toEqual(['row 1 | records.noRows']);
    expect(where(problems(() => parseRecordsCsv(enc('\r\n \r\n'))))).toEqual([' | records.emptyFile']);
  });

  it('skips blank rows but keeps counting them', () => {
    const ps = problems(() => parseRecordsCsv(enc(`${HEAD}\n\n,,,,,,,\n2025-07,A,n,售前,初级,2,1,x\n`)));
    expect(where(ps)).toEqual(['row 4, column 询单人数 | records.notNumber']);
  });

  it('lists at most MAX_PROBLEMS problems and counts the rest', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2025-07,A${i},n,售前,初级,2,1,x`);
    const ps = problems(() => parseRecordsCsv(enc([HEAD, ...rows].join('\n'))));
    expect(ps).toHaveLength(MAX_PROBLEMS + 1);
    expect(ps[MAX_PROBLEMS]).toMatchObject({ key: 'limits.moreProblems', params: { count: 60 - MAX_PROBLEMS } });
  });
});

describe('loadRecords', () => {
  const json = '[{"month":"2025-07","agentId":"A","name":"n","role":"presales","level":"junior","tenureMonth":2,"creditedSales":"1"}]';
  const csv = '月份,工号,姓名,岗位,级别,司龄月,业绩\n2025-07,A,n,售前,初级,2,1\n';

  it('chooses the reader by extension, and by content when the extension says nothing', () => {
    const want = [{ ...MINIMAL_DEFAULTS, month: '2025-07', agentId: 'A', name: 'n', role: 'presales', level: 'junior', hireMonth: '2025-06', tenureMonth: 2, daysEmployed: 31, creditedSalesFen: 100 }];
    expect(loadRecords(enc(json), 'march.JSON')).toEqual(want);
    expect(loadRecords(enc(csv), 'march.csv')).toEqual(want);
    expect(loadRecords(enc(json), 'export')).toEqual(want);
    expect(loadRecords(enc(csv), 'export.dat')).toEqual(want);
  });

  it('reads a .csv file as CSV even when it starts with a bracket', () => {
    expect(where(problems(() => loadRecords(enc('[x]\n1\n'), 'a.csv')))).toEqual(['row 1, column [x] | records.unknownColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingColumn', 'row 1 | records.missingTenureColumn']);
  });
});

describe('cell readers (fast plain path and general path agree)', () => {
  it('money: yuan text → exact fen', () => {
    const fen = (s: string) => {
      const r = readMoney(s);
      return r.ok ? r.value : r.key;
    };
    // Plain forms (no decimal.js) and the general path (grouping, sign, currency sign, long numbers).
    expect(['0.29', '1.5', '1', '9999999.99', '0.01', '007.10', '10000000', '10000000.01'].map(fen)).toEqual([29, 150, 100, 999_999_999, 1, 710, 1_000_000_000, 'records.tooBig']);
    expect(['+0.29', '1,234.50', '¥1.5', '￥ 2', '10,000,000', '10,000,000.01', '-0', '1.', '.5'].map(fen)).toEqual([
      29, 123_450, 150, 200, 1_000_000_000, 'records.tooBig', 0, 100, 50,
    ]);
    expect(['1.005', '-1', '1e3', '12%', '1,23', ''].map(fen)).toEqual(['records.moneyDecimals', 'records.negative', 'records.notNumber', 'records.notNumber', 'records.notNumber', 'records.notNumber']);
  });

  it('counts and scores', () => {
    const count = (s: string) => {
      const r = readCount(s);
      return r.ok ? r.value : r.key;
    };
    const score = (s: string) => {
      const r = readScore(s);
      return r.ok ? r.value : r.key;
    };
    expect(['0', '42', '999999', '1000000', '1000001', '3.0', '1,000', '1,000,001', '2.5', '-1'].map(count)).toEqual([
      0, 42, 999_999, 1_000_000, 'records.tooBig', 3, 1000, 'records.tooBig', 'records.notInteger', 'records.negative',
    ]);
    expect(['27.55', '0.1', '100', '1000', '1000.01', '27.555', '+5'].map(score)).toEqual([27.55, 0.1, 100, 1000, 'records.tooBig', 'records.scoreDecimals', 5]);
  });
});

describe('service metrics (seed 004; 生意参谋 客服绩效 columns)', () => {
  const head = '月份,客服ID,姓名,岗位,级别,司龄月,业绩';
  const row = '2025-07,A1,张三,售前,初级,14,1000';
  it('reads the platform spellings: mixed-width brackets, percentages, decimals', () => {
    const csv = `${head},旺旺回复率,平均响应时长（秒),首次响应时长（秒),客户满意率,好评率,退款率,在线时长,中差评数,改评数,业绩目标\n${row},98.75%,25.36,8,0.9,100%,3.5%,201.5,3,2,"30,000"\n`;
    const [r] = parseRecordsCsv(enc(csv));
    // 98.75% → 9875 ten-thousandths; 0.9 → 9000; 100% → 10000; 3.5% → 350; 30,000 yuan → 3 000 000 fen
    expect(r).toMatchObject({ replyRateBp: 9875, avgResponseSec: 25.36, firstResponseSec: 8, satisfactionRateBp: 9000, goodReviewRateBp: 10000, returnRateBp: 350, onlineHours: 201.5, badReviewsReversed: 2, salesTargetFen: 3_000_000 });
  });
  it('an absent column or an empty cell leaves the metric absent, not 0', () => {
    const [a, b] = parseRecordsCsv(enc(`${head},旺旺回复率\n${row},\n${row.replace('A1', 'A2')},0%\n`));
    expect('replyRateBp' in a!).toBe(false);
    expect('goodReviewRateBp' in a!).toBe(false);
    expect(b!.replyRateBp).toBe(0);
    const json = writeRecordsJson([a!]);
    expect(json).not.toContain('replyRate');
    expect(writeRecordsCsv([a!]).split(/\r?\n/)[1]!.split(',').slice(-8)).toEqual(['', '', '', '', '', '', '', '']);
  });
  it('refuses a rate above 100 %, too many decimals, and hours beyond the days employed', () => {
    const csv = `${head},在职天数,旺旺回复率,好评率,在线时长\n${row},10,98.75,0.12345,240.01\n`;
    expect(where(problems(() => parseRecordsCsv(enc(csv))))).toEqual([
      'row 2, column 旺旺回复率 | records.rateRange',
      'row 2, column 好评率 | records.rateDecimals',
      'row 2, column 在线时长 | records.hoursOverDays',
    ]);
  });
  it('cell readers: rates exact in ten-thousandths, measures to two decimals', () => {
    const rate = (s: string) => {
      const r = readRate(s);
      return r.ok ? r.value : r.key;
    };
    const measure = (s: string) => {
      const r = readMeasure(s);
      return r.ok ? r.value : r.key;
    };
    expect(['0', '1', '0.4750', '47.5%', '47.51%', '47.515%', '100.01%', '１２％', 'abc', '-1%'].map(rate)).toEqual([
      0, 10000, 4750, 4750, 4751, 'records.rateDecimals', 'records.rateRange', 1200, 'records.notRate', 'records.notRate',
    ]);
    expect(['25.36', '0', '1000000', '1000000.01', '1.234'].map(measure)).toEqual([25.36, 0, 1_000_000, 'records.tooBig', 'records.measureDecimals']);
  });
});
