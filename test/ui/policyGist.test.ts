import { describe, expect, it } from 'vitest';
import { policyGist, policyOrigin, samePolicyRules } from '../../src/ui/policyGist';
import seed000 from '../../scenarios/policies/seed000.json';
import guarantee from '../../scenarios/policies/seed001-guarantee.json';
import careful from '../../scenarios/policies/careful-owner.json';

const copy = <T>(x: T): Record<string, unknown> => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
const presets = [
  { policy: copy(seed000), title: 'seed 000:底薪+提成+奖金,有罚款' },
  { policy: copy(careful), title: '谨慎店主:合法的混合方案' },
];

describe('what a card says the rules are', () => {
  it('lists the parts of a rules file with their numbers', () => {
    // seed 000: base 1500–2700, 0.5 % flat commission, team-score bonus + full attendance + living subsidy, fines uncapped
    expect(policyGist(copy(seed000), 'zh')).toBe('底薪 ¥1,500–¥2,700 · 提成 0.5% · 奖金补贴 3 项 · 罚款');
    // seed 001: probation 1 month 1600, annual guarantee 2000–2500, pool 1 %, score
    expect(policyGist(copy(guarantee), 'zh')).toBe('试用 1 个月 ¥1,600 · 年度核算保底 ¥2,000–¥2,500 · 团队提成池 1% · 绩效评分');
    expect(policyGist(copy(careful), 'en')).toBe(
      'base ¥2,700–¥3,600 · probation 1 mo ¥2,700 · commission 0.6% · team pool 0.6% · performance score · performance pay · 3 bonuses/allowances · fines (capped at 20 %)',
    );
  });
  it('follows an edit at once', () => {
    const d = copy(seed000);
    d.fines = null;
    (d.base as Record<string, string>).junior = '2800.00';
    expect(policyGist(d, 'zh')).toBe('底薪 ¥1,800–¥2,800 · 提成 0.5% · 奖金补贴 3 项');
  });
  it('names the preset only while its rules are unchanged', () => {
    const d = copy(careful);
    d.city = 'shanghai'; // the city follows the shop: not an edit of the rules
    expect(samePolicyRules(d, presets[1]!.policy)).toBe(true);
    expect(policyOrigin(d, presets, 'zh')).toBe('谨慎店主:合法的混合方案');
    (d.base as Record<string, string>).junior = '1500.00';
    expect(policyOrigin(d, presets, 'zh')).toBe('基于「谨慎店主:合法的混合方案」· 已修改');
    expect(policyOrigin(d, presets, 'en')).toBe('Based on “谨慎店主:合法的混合方案” · edited');
  });
  it('shows a rules file’s own name when it is not a preset, and skips parts that do not read', () => {
    expect(policyOrigin({ name: 'My shop 2026' }, presets, 'zh')).toBe('My shop 2026');
    expect(policyGist({ base: { junior: 'abc' }, commission: { type: 'flat', rate: 'x' }, fines: null }, 'zh')).toBe('');
  });
});

describe('KPI parts in the description', () => {
  it('names conversion-stepped commission, gates, composite score, target, rank and after-sales parts', () => {
    const d = {
      base: { junior: '3000.00', intermediate: '3000.00', senior: '3000.00', manager: '3000.00' },
      commission: { type: 'conversion', steps: [] },
      kpi: { gates: [{}, {}], composite: [], target: { byLevel: {} }, rank: { amounts: [] }, afterSales: { perReversal: '5' } },
    };
    expect(policyGist(d, 'zh')).toBe('底薪 ¥3,000 · 按转化率阶梯提成 · 基本标准 2 项 · KPI 综合评分 · 业绩达成奖 · 排名奖 · 售后激励');
    expect(policyGist({ kpi: { gates: [], composite: null, target: null, rank: null, afterSales: null } }, 'en')).toBe('');
  });
});
