import { describe, expect, it } from 'vitest';
import { ppmPercent, writePayslipsCsv } from '../../src/formats/payslipCsv';
import { parseCsv } from '../../src/formats/csv';
import type { Payslip } from '../../src/engine/payslip';

const note = { key: '', params: {} };

/** A hand-made payslip: base 1500 + commission 617.28, a late fine of 20, below the minimum wage. */
const slip: Payslip = {
  agentId: 'A001',
  name: '=1+2',
  month: '2025-07',
  team: '一组',
  role: 'presales',
  level: 'junior',
  probation: false,
  score: 85.5,
  multiplierPpm: 900_000,
  minimumWageFen: 249_000,
  netSalesFen: 12_345_678,
  lines: [
    { component: 'base', amountFen: 150_000, note },
    { component: 'commission', amountFen: 61_728, note },
    { component: 'fineLateShort', amountFen: -2_000, note },
  ],
  contributions: [],
  totals: {
    earnedFen: 211_728, // 1500.00 + 617.28
    guaranteeFen: 0,
    grossFen: 211_728,
    finesFen: 2_000,
    netFen: 209_728, // 2117.28 − 20.00
    contributionsFen: 192_459,
    employerCostFen: 404_187, // 2117.28 + 1924.59
  },
  flags: { belowMinimumFen: 37_272, deductionsBelowMinimumFen: 39_272, deductionsOverCapFen: 0, probationTooLow: false, dismissal: null },
  guarantee: null,
};
const probationer: Payslip = {
  ...slip,
  agentId: 'A002',
  name: '李四',
  team: '',
  level: 'intermediate',
  probation: true,
  score: null,
  multiplierPpm: 1_000_000,
  lines: [{ component: 'probationPay', amountFen: 82_581, note }],
  totals: { earnedFen: 82_581, guaranteeFen: 0, grossFen: 82_581, finesFen: 0, netFen: 82_581, contributionsFen: 192_459, employerCostFen: 275_040 },
  flags: { belowMinimumFen: 0, deductionsBelowMinimumFen: 0, deductionsOverCapFen: 0, probationTooLow: true, dismissal: 'warnings' },
};

describe('writePayslipsCsv', () => {
  it('starts with a UTF-8 BOM and Chinese headers, one column per component present in COMPONENTS order', () => {
    const text = writePayslipsCsv([slip, probationer]);
    expect(text.startsWith('\uFEFF月份,客服ID,姓名,组,岗位,级别,试用期,绩效分,绩效系数,净业绩,底薪,试用期工资,提成,迟到罚款(10分钟内),')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]!.slice(14)).toEqual([
      '应得工资',
      '保底调整',
      '应发工资',
      '罚款合计',
      '实发工资',
      '单位社保公积金',
      '用工成本',
      '最低工资',
      '低于最低工资',
      '扣款后低于最低工资',
      '扣款超过工资20%',
      '试用期工资过低',
      '辞退',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('writes money in yuan with two decimals, 0.00 for a component a payslip lacks, flags and guarded names', () => {
    const rows = parseCsv(writePayslipsCsv([slip, probationer]).slice(1));
    expect(rows[1]).toEqual([
      '2025-07', 'A001', "'=1+2", '一组', '售前', '初级', '否', '85.50', '90%', '123456.78',
      '1500.00', '0.00', '617.28', '-20.00',
      '2117.28', '0.00', '2117.28', '20.00', '2097.28', '1924.59', '4041.87',
      '2490.00', '372.72', '392.72', '0.00', '否', '',
    ]);
    expect(rows[2]).toEqual([
      '2025-07', 'A002', '李四', '', '售前', '中级', '是', '', '', '123456.78',
      '0.00', '825.81', '0.00', '0.00',
      '825.81', '0.00', '825.81', '0.00', '825.81', '1924.59', '2750.40',
      '2490.00', '0.00', '0.00', '0.00', '是', '辞退:警告次数达到上限',
    ]);
  });

  it('writes English headers and values on request', () => {
    const rows = parseCsv(writePayslipsCsv([probationer], 'en').slice(1));
    expect(rows[0]!.slice(0, 11)).toEqual(['month', 'agentId', 'name', 'team', 'role', 'level', 'Probation', 'Score', 'Score multiplier', 'Net sales', 'Probation pay']);
    expect(rows[1]!.slice(4, 7)).toEqual(['presales', 'intermediate', 'yes']);
  });

  it('an empty list still has the BOM and the header', () => {
    expect(writePayslipsCsv([])).toBe('\uFEFF月份,客服ID,姓名,组,岗位,级别,试用期,绩效分,绩效系数,净业绩,应得工资,保底调整,应发工资,罚款合计,实发工资,单位社保公积金,用工成本,最低工资,低于最低工资,扣款后低于最低工资,扣款超过工资20%,试用期工资过低,辞退\r\n');
  });
});

describe('ppmPercent', () => {
  it('formats a multiplier without trailing zeros', () => {
    expect([1_000_000, 900_000, 853_400, 5_000, 0, 1].map(ppmPercent)).toEqual(['100%', '90%', '85.34%', '0.5%', '0%', '0.0001%']);
  });
});
