/**
 * Rules-file export and import (issue 7 §3): rules file → policy → rules file identical (examples
 * included), import errors with their paths in both languages, and 1 000 truncated or mutated
 * rules files that never throw out of the importer.
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { exportRulesFile, freshVariantName, importRulesFile, rulesFileName, variantFromPolicy } from '../../src/formats/rulesFile';
import { defaultScenario } from '../../src/formats/workspace';
import { parsePolicy } from '../../src/policy/parse';
import { describeBoth } from '../../src/i18n/problemText';
import { PRESETS, presetText } from '../policy/helpers';

const utf8 = new TextEncoder();

describe('export', () => {
  it.each(PRESETS)('%s: rules file → policy → rules file is identical, and the examples pass', (name) => {
    const doc = parsePolicy(presetText(name));
    const text = exportRulesFile(doc);
    const imported = importRulesFile(utf8.encode(text));
    if (!imported.ok) throw new Error(imported.problems.map(describeBoth).join('\n'));
    expect(imported.warnings).toEqual([]);
    expect(exportRulesFile(imported.doc)).toBe(text);
    // the policy part is the preset's, unchanged
    const { examples, ...policy } = imported.doc;
    expect(policy).toEqual(doc);
    expect(examples).toHaveLength(1);
  });

  it('makes a safe file name', () => {
    expect(rulesFileName('seed000')).toBe('seed000.policy.json');
    expect(rulesFileName('a/b:c*?"<>|d')).toBe('a_b_c_d.policy.json');
    expect(rulesFileName('  ')).toBe('policy.policy.json');
  });
});

describe('import', () => {
  it('reports a bad field with its JSON path, in Chinese and English', () => {
    const raw = JSON.parse(presetText('seed000')) as { commission: { rate: string } };
    raw.commission.rate = '5';
    const r = importRulesFile(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toEqual(['$.commission.rate']);
      const line = describeBoth(r.problems[0]!);
      expect(line).toMatch(/^\$\.commission\.rate.*[\u4e00-\u9fff].* \/ \$\.commission\.rate/);
    }
  });

  it('refuses a binary file, an empty one, one not in UTF-8 and one too large', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(importRulesFile(png)).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'share.importBinary' })] });
    expect(importRulesFile(new Uint8Array())).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'share.importEmpty' })] });
    // "底薪" in GBK: B5 D7 D0 BD — not UTF-8
    expect(importRulesFile(new Uint8Array([0x7b, 0xb5, 0xd7, 0xd0, 0xbd, 0x7d]))).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'share.importNotUtf8' })] });
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20);
    expect(importRulesFile(big)).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'share.importTooLarge', params: expect.objectContaining({ mb: '5.0', limit: 5 }) })] });
  });

  it('a hand-edited example imports the rules with a warning naming the example value', () => {
    const text = exportRulesFile(parsePolicy(presetText('seed000')));
    const doc = JSON.parse(text) as { examples: { payslips: { lines: Record<string, string> }[] }[] };
    const line = doc.examples[0]!.payslips[0]!.lines;
    line.base = (Number(line.base) + 1).toFixed(2);
    const r = importRulesFile(JSON.stringify(doc));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.map((w) => [w.path, w.key])).toEqual([
        ['$.examples', 'share.importExamplesDiffer'],
        ['$.examples[0].payslips[0].lines.base', 'share.exampleMismatch'],
      ]);
      // the totals in the file were left as computed, so only the edited line differs
      expect(r.warnings[1]!.params).toMatchObject({ expected: line.base, computed: (Number(line.base) - 1).toFixed(2) });
    }
  });

  it('becomes a new variant with a fresh name, in the shop city', () => {
    const s = defaultScenario();
    const doc = parsePolicy(presetText('seed000'));
    const other = { ...doc, name: 'seed000', city: 'shanghai' };
    const { variant, warnings } = variantFromPolicy(other, s);
    expect(variant.name).toBe('seed000 (2)');
    expect(variant.baseline).toBe(false);
    expect(variant.policy.city).toBe('hangzhou');
    expect(warnings.map((w) => [w.path, w.key, w.params.from, w.params.to])).toEqual([['$.city', 'share.importCityChanged', 'shanghai', 'hangzhou']]);
    expect(freshVariantName('x'.repeat(100), [])).toHaveLength(60);
    expect(freshVariantName('x'.repeat(100), ['x'.repeat(60)])).toBe(`${'x'.repeat(56)} (2)`);
  });
});

describe('fuzz: 1 000 truncated or mutated rules files never throw', () => {
  it('importRulesFile always returns a result', () => {
    const rng = seedrandom('paylab-rules-fuzz-1');
    const sources = PRESETS.map((n) => exportRulesFile(parsePolicy(presetText(n))));
    const tokens = ['"', '{', '}', '[', ']', ',', ':', '0', '-1', '1e999', 'null', 'true', '"__proto__"', '"0.5"', '\\', '\u0000', '中', ' '];
    const pick = (n: number) => Math.floor(rng() * n);
    let ok = 0;
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      let text = sources[pick(sources.length)]!;
      const edits = 1 + pick(3);
      for (let e = 0; e < edits; e++) {
        const at = pick(text.length + 1);
        switch (pick(4)) {
          case 0:
            text = text.slice(0, at);
            break;
          case 1:
            text = text.slice(0, at) + tokens[pick(tokens.length)]! + text.slice(at + 1);
            break;
          case 2:
            text = text.slice(0, at) + tokens[pick(tokens.length)]! + text.slice(at);
            break;
          default:
            text = text.slice(0, at) + text.slice(at + 1 + pick(30));
        }
      }
      const r = importRulesFile(i % 2 === 0 ? text : utf8.encode(text));
      if (r.ok) ok++;
      else {
        refused++;
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) expect(describeBoth(p)).not.toContain('share.importFailed');
      }
    }
    console.log(`[rules] fuzz: ${ok} mutated rules files still valid, ${refused} refused with a message`);
    expect(ok + refused).toBe(1000);
  });
});
