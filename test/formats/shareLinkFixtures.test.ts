/**
 * Version-1 links written before the frozen reference's citation texts were rewritten
 * (docs/share-and-export.md §Share link, "One edit to the frozen reference") still open to the same
 * workspace: every policy equal apart from `source`; a citation taken from the reference now reads
 * "seed NNN (NNN_<hash>.txt)" where it read a path outside the repository; a citation the link carries
 * itself (a whole variant or an edited source) is unchanged. And the default workspace still encodes as
 * the shortest form, the reference indexes alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { payloadV1 } from '../../src/formats/shareLink';
import { defaultScenario, openWorkspaceLink } from '../../src/formats/workspace';
import type { Scenario } from '../../src/sim/scenario';

interface Fixture {
  what: string;
  link: string;
  scenario: Scenario;
  sources: string[];
}

const fixtures = (JSON.parse(readFileSync(new URL('../fixtures/share/v1Links.json', import.meta.url), 'utf8')) as { links: Fixture[] }).links;

const withoutSources = (s: Scenario) => ({
  ...s,
  variants: s.variants.map((v) => {
    const policy: Record<string, unknown> = { ...v.policy };
    delete policy.source;
    return { ...v, policy };
  }),
});

/**
 * The rewrite, written out independently of the data: a seed path becomes its number and file name;
 * the specification's law section becomes the repository's docs/law.md.
 */
const citedByFileName = (source: string) =>
  source.replace(/shared\/seeds\/(\d{3})_([0-9a-f]{16})\.txt/g, 'seed $1 ($1_$2.txt)').replace('shared/domain.md §law', 'docs/law.md');

describe('version-1 links made before the citation rewrite', () => {
  it('there are links to check, including references, patches and whole variants', () => {
    expect(fixtures.map((f) => f.what)).toEqual([
      'the default workspace',
      'edited variants (reference + patch) and a copy',
      'a preset outside the reference (whole) and an edited source',
    ]);
    expect(fixtures[0]!.link.length).toBeLessThan(40);
  });

  for (const f of fixtures) {
    it(`${f.what}: the same workspace apart from the citation texts`, async () => {
      const opened = await openWorkspaceLink(`#${f.link}`);
      if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
      expect(withoutSources(opened.scenario)).toEqual(f.scenario);
    });
  }

  it('a citation taken from the reference now cites the seed by file name', async () => {
    for (const f of fixtures.slice(0, 2)) {
      const opened = await openWorkspaceLink(`#${f.link}`);
      const sources = opened.ok ? opened.scenario.variants.map((v) => v.policy.source) : [];
      expect(sources).toEqual(f.sources.map(citedByFileName));
      expect(f.sources.every((s) => s.includes('shared/seeds/'))).toBe(true);
      for (const s of sources) expect(s).toMatch(/^(Built from )?seed 00[01] \(00[01]_[0-9a-f]{16}\.txt\)/);
    }
  });

  it('a citation the link carries itself (a whole variant, an edited source) is kept word for word', async () => {
    const f = fixtures[2]!;
    const opened = await openWorkspaceLink(`#${f.link}`);
    expect(opened.ok && opened.scenario.variants.map((v) => v.policy.source)).toEqual(['my own notes', f.sources[1]]);
    expect(f.sources[1]).toMatch(/^shared\/seeds\/004_81d4706ebc33c59f\.txt 淘宝售前客服提成怎么算的/);
  });
});

describe('the default workspace after the rewrite', () => {
  it('encodes as the reference indexes alone: {"v":[0,1,2,3]}', () => {
    expect(payloadV1(defaultScenario())).toEqual({ v: [0, 1, 2, 3] });
  });
});
