/** The preset rules files in scenarios/policies: canonical, valid, compiled, and saying what the brief asks. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { parsePolicy } from '../../src/policy/parse';
import { writePolicy } from '../../src/policy/write';
import { compilePolicy } from '../../src/policy/compile';
import { cityTable, inForce } from '../../src/policy/cities';
import { PRESETS, presetText } from './helpers';

const load = (name: string) => parsePolicy(presetText(name));

describe('preset rules files', () => {
  for (const name of PRESETS) {
    it(`${name} parses, compiles and is in canonical form byte for byte`, () => {
      const doc = load(name);
      expect(writePolicy(doc)).toBe(presetText(name));
      expect(compilePolicy(doc).name).toBe(doc.name);
    });
  }

  it('each cites its seed file in "source"', () => {
    expect(load('seed000').source).toContain('000_5acb350986620806.txt');
    expect(load('seed001-guarantee').source).toContain('001_fd995839f61f9eeb.txt');
    expect(load('seed001-roles').source).toContain('001_fd995839f61f9eeb.txt');
    const careful = load('careful-owner').source!;
    for (const f of ['000_5acb350986620806.txt', '001_fd995839f61f9eeb.txt', '002_fc8d89eb9e52b9d0.txt']) expect(careful).toContain(f);
  });

  it('label their assumptions', () => {
    expect(load('seed001-guarantee').description).toMatch(/pool rate 0\.01 .*ASSUMPTION/);
    expect(load('seed001-roles').description).toMatch(/supervisor.*0\.005 is an ASSUMPTION/);
    expect(load('careful-owner').description).toMatch(/seniority 50 .*50 is an ASSUMPTION/);
  });

  it('seed000 is seed 000 as written: no score, no guarantee, commission not score-scaled, fines uncapped', () => {
    const d = load('seed000');
    expect([d.probation, d.guarantee, d.score, d.pool, d.performancePay, d.dismissal]).toEqual([null, null, null, null, null, null]);
    expect(d.commission).toEqual({ type: 'flat', rate: '0.005', applyScore: false });
    expect(d.fines?.cap).toBe(null);
    expect(d.fines?.legalCap).toBe(false);
    expect(d.fines?.unanswered.stack).toBe(false);
  });

  it('careful-owner meets Hangzhou 2026 minimum wage with every base and with probation pay ≥ 80 % of the lowest base', () => {
    const d = load('careful-owner');
    const c = compilePolicy(d);
    const minimum = inForce(cityTable(d.city)!.minimumWage, '2026-01')!.fen;
    expect(minimum).toBe(266000);
    const bases = Object.values(c.baseFen!);
    expect(Math.min(...bases)).toBeGreaterThanOrEqual(minimum);
    const probation = c.probation!.payFen;
    expect(probation).toBeGreaterThanOrEqual(minimum);
    // 80 % of the lowest base 2700.00: 2160.00 yuan = 216000 fen
    expect(new Decimal(Math.min(...bases)).times('0.8').toNumber()).toBe(216000);
    expect(probation).toBeGreaterThanOrEqual(216000);
  });

  it('careful-owner keeps only attendance fines, capped at 200 and limited by law', () => {
    const f = compilePolicy(load('careful-owner')).fines!;
    expect([f.lateShortFen, f.lateLongFen, f.absenceFen]).toEqual([2000, 2000, 20000]);
    expect([f.slowFen, f.unanswered30Fen, f.unanswered2hFen, f.idleHangFen, f.badReviewFen]).toEqual([0, 0, 0, 0, 0]);
    expect([f.capFen, f.legalCap]).toEqual([20000, true]);
  });
});

describe('docs/rules-file.md', () => {
  it('shows the whole seed000.json, unchanged, as its worked example', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/rules-file.md', import.meta.url)), 'utf8');
    const block = /## Worked example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(presetText('seed000'));
  });
});
