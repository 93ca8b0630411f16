/** The KPI form's helpers (src/ui/form/kpiFields.ts): units by metric, and rows the form adds validate as typed. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { METRICS } from '../../src/policy/types';
import { validatePolicy } from '../../src/policy/validate';
import { display } from '../../src/ui/form/fieldValue';
import {
  gateForMetric,
  metricInput,
  newGate,
  nextBoundRow,
  nextConversionBracket,
  nextPayout,
  partForMetric,
  scoringOfType,
} from '../../src/ui/form/kpiFields';

const preset = (f: string) => JSON.parse(readFileSync(new URL(`../../scenarios/policies/${f}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const problems = (doc: Record<string, unknown>) => {
  const r = validatePolicy(doc);
  return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.key}`);
};

describe('metric units', () => {
  it('rates and attainment in %, times in seconds, hours, yuan, counts', () => {
    expect(metricInput('replyRate')).toEqual({ kind: 'rate', unitKey: 'ui.unit.pct' });
    expect(metricInput('attainment')).toEqual({ kind: 'rate', unitKey: 'ui.unit.pct' });
    expect(metricInput('avgResponseSec')).toEqual({ kind: 'dec', unitKey: 'ui.kf.unit.seconds' });
    expect(metricInput('onlineHours')).toEqual({ kind: 'dec', unitKey: 'ui.kf.unit.hours' });
    expect(metricInput('aov')).toEqual({ kind: 'dec', unitKey: 'ui.unit.yuan' });
    expect(metricInput('reviewsReversed')).toEqual({ kind: 'dec', unitKey: 'ui.kf.unit.count' });
    // a reply-rate threshold of "0.95" shows as 95 (%)
    expect(display(metricInput('replyRate').kind, '0.95')).toBe('95');
  });
});

describe('rows the form adds validate', () => {
  it('a gate on every metric, with its typical bound and direction', () => {
    for (const m of METRICS) {
      const doc = preset('seed000.json');
      doc.kpi = { gates: [gateForMetric(newGate() as Record<string, unknown>, m)], afterSales: null, composite: null, target: null, rank: null };
      expect(problems(doc), m).toEqual([]);
    }
    expect(gateForMetric({ lines: ['commission'] }, 'avgResponseSec')).toEqual({ lines: ['commission'], metric: 'avgResponseSec', direction: 'atMost', threshold: '30' });
  });

  it('a composite of one part on any metric, linear or in steps, weight 100', () => {
    for (const m of METRICS) {
      for (const type of ['linear', 'steps']) {
        const doc = preset('kpi-shop.json');
        const part = partForMetric(m, '100') as Record<string, unknown>;
        part.scoring = scoringOfType(type, m);
        (doc.kpi as Record<string, unknown>).composite = [part];
        expect(problems(doc), `${m} ${type}`).toEqual([]);
      }
    }
    // response time: lower is better, 60 s worst, 15 s best; steps descending in points
    expect(scoringOfType('steps', 'avgResponseSec')).toEqual({ type: 'steps', better: 'lower', steps: [{ bound: '15', points: '100' }, { bound: '60', points: '60' }] });
  });

  it('payout and conversion rows step up from the last; a bound row repeats it for the owner to edit', () => {
    expect(nextPayout([{ from: '1', amount: '300.00' }])).toEqual({ from: '1.2', amount: '300.00' });
    expect(nextPayout([{ from: '1.2', rate: '0.01' }])).toEqual({ from: '1.4', rate: '0.01' });
    expect(nextConversionBracket([{ from: '0.5', rate: '0.007' }])).toEqual({ from: '0.6', rate: '0.007' });
    expect(nextConversionBracket([])).toEqual({ from: '0', rate: '0.005' });
    expect(nextBoundRow([{ bound: '0.97', amount: '100.00' }], 'amount', '50.00')).toEqual({ bound: '0.97', amount: '100.00' });
    // the repeat is named by the validator (kpi.boundTwice) until it is edited
    const doc = preset('seed004.json');
    const as = (doc.kpi as Record<string, Record<string, unknown[]>>).afterSales!;
    as.goodReview!.push(nextBoundRow(as.goodReview!, 'amount', '100.00'));
    expect(problems(doc)).toEqual(['$.kpi.afterSales.goodReview[2].bound kpi.boundTwice']);
    // a payout row added above the last keeps the table ascending
    const shop = preset('kpi-shop.json');
    const tg = (shop.kpi as Record<string, Record<string, unknown[]>>).target!;
    tg.payout!.push(nextPayout(tg.payout!));
    expect(problems(shop)).toEqual([]);
  });
});
