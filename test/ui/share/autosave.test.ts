/** The browser autosave of the workspace (issue 7 §2: a reload loses nothing), with a Storage stand-in. */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, clearAutosave, readAutosave, writeAutosave } from '../../../src/ui/share/autosave';
import { defaultScenario } from '../../../src/formats/workspace';
import { MemoryStorage } from './memoryStorage';

describe('autosave', () => {
  it('writes and reads back the workspace and the language', () => {
    const st = new MemoryStorage();
    const s = defaultScenario();
    s.settings.seed = 12345;
    expect(writeAutosave(st, s, 'en')).toBe(true);
    const r = readAutosave(st);
    expect(r?.lang).toBe('en');
    expect(r?.scenario).toEqual(s);
  });

  it('keeps a variant being edited as its draft', () => {
    const st = new MemoryStorage();
    const s = defaultScenario();
    (s.variants[1]!.policy as unknown as Record<string, unknown>).base = { junior: 'abc' };
    writeAutosave(st, s, 'zh');
    const r = readAutosave(st);
    expect((r?.scenario.variants[1]!.policy as unknown as Record<string, unknown>).base).toEqual({ junior: 'abc' });
    expect(r?.warnings.length).toBeGreaterThan(0);
  });

  it('drops an unreadable autosave instead of breaking the page', () => {
    const st = new MemoryStorage();
    st.setItem(AUTOSAVE_KEY, '{not json');
    expect(readAutosave(st)).toBeNull();
    expect(st.getItem(AUTOSAVE_KEY)).toBeNull();
    st.setItem(AUTOSAVE_KEY, JSON.stringify({ format: 'paylab.workspace/1', lang: 'zh', scenario: { format: 'paylab.scenario/1' } }));
    expect(readAutosave(st)).toBeNull();
  });

  it('reports a full storage rather than throwing', () => {
    const st = new MemoryStorage();
    st.full = true;
    expect(writeAutosave(st, defaultScenario(), 'zh')).toBe(false);
    expect(writeAutosave(undefined, defaultScenario(), 'zh')).toBe(false);
    clearAutosave(st);
    expect(readAutosave(undefined)).toBeNull();
  });
});
