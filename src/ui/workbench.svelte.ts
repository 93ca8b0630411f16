/**
 * The workspace being edited: the scenario's shop profile, behaviour parameters and
 * simulation settings, and the variants compared, each holding its rules file as a draft that may
 * be invalid while the owner types. Reactive state (Svelte 5 runes); the pure list operations are in
 * variantList.ts, draft paths and part defaults in policyDraft.ts.
 *
 * What runs: `check` validates the whole workspace with the scenario validator
 * (src/sim/scenarioValidate.ts), which keeps each variant's problems apart, so an invalid variant is
 * marked and skipped while the others run. When the baseline itself is invalid, the first usable
 * variant stands in as the baseline of the run and comparisons are hidden (`baselineStandIn`).
 *
 * For the share components (src/ui/share): `toScenario()` gives the whole workspace as a
 * scenario file (drafts as they are, invalid ones included, so saving loses nothing), `loadScenario`
 * replaces it, `addVariant(policy, name)` appends an imported rules file.
 */
import type { Lang } from '../i18n/format';
import type { Problem } from '../i18n/problem';
import { t } from '../i18n/format';
import { parseJson } from '../policy/json';
import { validatePolicy } from '../policy/validate';
import { CUSTOM_CITY, cityAsCustom } from '../policy/cities';
import type { PolicyDoc } from '../policy/types';
import { SCENARIO_FORMAT, type CalibrationNote, type Scenario, type SimSettings } from '../sim/scenario';
import type { Roster } from '../sim/roster';
import { validateScenario, type ScenarioCheck } from '../sim/scenarioValidate';
import type { BehaviourParams, ShopProfile } from '../behaviour/params';
import { defaultBehaviour, defaultShop } from '../behaviour/defaults';
import { cloneJson, getAt, jsonPath, setAt, type KeyPath } from './policyDraft';
import { markBaseline, moveEntry, normalizeBaseline, removeEntry, renameProblem, uniqueName } from './variantList';
import { shownNames, variantLabel } from './variantLabel';
import { ELASTICITIES } from './scenarioFields';
import { freeColour, resolveColours, writtenColours } from './variantColours';
import { defaultScenario } from '../formats/workspace';
import { parseYuanToFen } from './money';
import { fenToYuan, fenToYuanGrouped } from '../i18n/money';

/** One variant: its label, baseline mark and rules-file draft. */
export class VariantModel {
  readonly id: string;
  name = $state('');
  baseline = $state(false);
  /** Palette index of the variant's colour; stays with the variant (variantColours.ts). */
  colour = $state(0);
  /** The rules file as edited (plain JSON data; may be invalid). */
  draft = $state<Record<string, unknown>>({});
  /** Text of the raw editor when it is the source of truth (set by typing in it; cleared by a form edit). */
  rawText = $state<string | null>(null);
  /** Syntax problems of rawText (then `draft` is the last text that parsed). */
  syntaxProblems = $state<Problem[]>([]);

  /** The validator's verdict on the draft. */
  readonly validation = $derived(validatePolicy(this.draft));
  /** Every problem: syntax first (then the draft is stale), else the rules file's. */
  readonly problems: Problem[] = $derived(
    this.syntaxProblems.length > 0 ? this.syntaxProblems : this.validation.ok ? [] : this.validation.problems,
  );
  readonly valid = $derived(this.problems.length === 0);

  constructor(id: string, name: string, baseline: boolean, policy: unknown, colour = 0) {
    this.id = id;
    this.name = name;
    this.baseline = baseline;
    this.colour = colour;
    this.draft = cloneJson((policy ?? {}) as Record<string, unknown>);
  }

  /** The raw editor's text: what the owner typed, or the draft written out. */
  get text(): string {
    return this.rawText ?? `${JSON.stringify(this.draft, null, 2)}\n`;
  }

  /** Form edit: set one value of the draft. */
  set(keys: KeyPath, value: unknown): void {
    this.adoptDraftIfStale();
    setAt(this.draft, keys, value);
    this.rawText = null;
  }

  get(keys: KeyPath): unknown {
    return getAt(this.draft, keys);
  }

  /** Problems whose path is exactly this field's. */
  problemsAt(keys: KeyPath): Problem[] {
    const p = jsonPath(keys);
    return this.problems.filter((x) => x.path === p);
  }

  /** Raw editor edit: the text becomes the source of truth; a text that parses replaces the draft. */
  setText(text: string): void {
    this.rawText = text;
    const r = parseJson(text);
    if (!r.ok) {
      this.syntaxProblems = r.problems;
      return;
    }
    // duplicate keys are reported by the reader and kept as problems of the text
    this.syntaxProblems = r.problems;
    const v = r.value;
    this.draft = typeof v === 'object' && v !== null && !Array.isArray(v) ? cloneJson(v as Record<string, unknown>) : ({ value: v } as Record<string, unknown>);
  }

  /** Replace the whole rules file (a preset). */
  replace(policy: unknown): void {
    this.draft = cloneJson(policy as Record<string, unknown>);
    this.rawText = null;
    this.syntaxProblems = [];
  }

  /** A form edit after a syntax error in the raw text starts again from the last draft that parsed. */
  private adoptDraftIfStale(): void {
    if (this.syntaxProblems.length > 0) this.syntaxProblems = [];
  }
}

/** What the runner gets from the workspace: the scenario with usable variants, or why nothing can run. */
export interface Runnable {
  check: ScenarioCheck;
  /** The scenario to run (usable variants only; a stand-in baseline when needed), or null. */
  scenario: Scenario | null;
  /** Workspace variant ids of the variants in `scenario`, in order. */
  ids: string[];
  /** The marked baseline is unusable: the first usable variant is the run's baseline, comparisons are hidden. */
  baselineStandIn: boolean;
}

const PRESETS = import.meta.glob<PolicyDoc>('../../scenarios/policies/*.json', { eager: true, import: 'default' });

/** The preset rules files by id (file name without .json), in name order. */
export const PRESET_POLICIES: { id: string; policy: PolicyDoc }[] = Object.entries(PRESETS)
  .map(([path, policy]) => ({ id: path.replace(/^.*\/|\.json$/g, ''), policy }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** The default scenario (scenarios/default.json); its one home is src/formats/workspace.ts. */
export { defaultScenario };

let nextId = 1;

export class Workbench {
  lang = $state<Lang>('zh');
  name = $state('');
  description = $state<string | undefined>(undefined);
  shop = $state<ShopProfile>(defaultShop());
  behaviour = $state<BehaviourParams>(defaultBehaviour());
  settings = $state<SimSettings>({ startMonth: '2026-01', months: 12, replications: 500, seed: 1 });
  variants = $state<VariantModel[]>([]);
  /** Variant open in the editor. */
  selectedId = $state<string | null>(null);
  /** What the side column shows: the scenario panel or the variant editor. */
  panel = $state<'scenario' | 'editor'>('scenario');
  /**
   * The owner's budget for the simulated months, as typed (yuan). Saved, shared and opened with the
   * workspace as the scenario's `budget` when it reads as an amount (toScenario).
   */
  budgetText = $state('');
  /** The shop's real roster (docs/real-data.md §Roster), saved and opened with the workspace; null without one. */
  roster = $state<Roster | null>(null);
  /**
   * Where the shop's parameters came from when the scenario was calibrated from real months
   * (docs/scenario-file.md §`calibration`): kept through edits, autosave, files and share links, and
   * shown beside the parameters (CalibrationNoteView.svelte); null for a scenario not calibrated.
   */
  calibration = $state<CalibrationNote | null>(null);
  /** Elasticities remembered while the switch 行为随薪酬变化 is off. */
  private savedElasticities: Partial<Record<(typeof ELASTICITIES)[number], number>> | null = $state(null);

  constructor(scenario: Scenario = defaultScenario()) {
    this.loadScenario(scenario);
  }

  /** Message lookup in the current language. */
  t = (key: string, params: Record<string, string | number> = {}): string => t(this.lang, key, params);

  /** A variant's name as shown in the current language (a preset file id reads as the preset's title). */
  label = (name: string): string => variantLabel(this.lang, name, this.variants.map((v) => v.name));

  // ── the workspace as a scenario file ──

  /** The whole workspace as a scenario (drafts as they are; may be invalid). Plain data, safe to clone. */
  toScenario(): Scenario {
    const written = writtenColours(this.variants.map((v) => v.colour));
    const s: Scenario = {
      format: SCENARIO_FORMAT,
      name: this.name,
      ...(this.description !== undefined ? { description: this.description } : {}),
      shop: $state.snapshot(this.shop) as ShopProfile,
      behaviour: $state.snapshot(this.behaviour) as BehaviourParams,
      variants: this.variants.map((v, i) => {
        const colour = written[i];
        return { name: v.name, baseline: v.baseline, policy: $state.snapshot(v.draft) as unknown as PolicyDoc, ...(colour !== undefined ? { colour } : {}) };
      }),
      settings: $state.snapshot(this.settings) as SimSettings,
    };
    const budgetFen = parseYuanToFen(this.budgetText);
    if (budgetFen !== null) s.budget = fenToYuan(budgetFen);
    if (this.roster && this.roster.agents.length > 0) s.roster = $state.snapshot(this.roster) as Roster;
    if (this.calibration) s.calibration = $state.snapshot(this.calibration) as CalibrationNote;
    return s;
  }

  /** Replace the workspace with a scenario (its variants' rules files become drafts). */
  loadScenario(s: Scenario): void {
    const c = cloneJson(s);
    this.name = c.name;
    this.description = c.description;
    this.shop = { ...defaultShop(), ...c.shop };
    this.behaviour = { ...defaultBehaviour(), ...c.behaviour };
    this.settings = c.settings;
    const budgetFen = c.budget === undefined ? null : parseYuanToFen(c.budget);
    this.budgetText = budgetFen === null ? (c.budget ?? '') : fenToYuanGrouped(budgetFen);
    this.roster = c.roster ?? null;
    this.calibration = c.calibration ?? null;
    this.savedElasticities = null;
    const colours = resolveColours(c.variants.map((v) => v.colour));
    this.variants = c.variants.map((v, i) => new VariantModel(`v${nextId++}`, v.name, v.baseline, v.policy, colours[i]));
    normalizeBaseline(this.variants);
    this.selectedId = this.variants[0]?.id ?? null;
  }

  /** Validation of the whole workspace and what can run. */
  readonly runnable: Runnable = $derived.by(() => this.computeRunnable());

  private computeRunnable(): Runnable {
    const input = this.toScenario();
    // The budget is read by the headline figures, not by the run: changing it re-runs nothing.
    delete input.budget;
    // Neither is the roster: it binds imported nicknames to agents.
    delete input.roster;
    // Nor the calibration note: it says where the parameters came from.
    delete input.calibration;
    // A rules file whose raw text does not parse is not run (its draft is only the last text that parsed).
    this.variants.forEach((v, i) => {
      if (v.syntaxProblems.length > 0) (input.variants[i] as { policy: unknown }).policy = null;
    });
    const check = validateScenario(input);
    const ids = check.usable.map((i) => this.variants[i]!.id);
    let scenario = check.scenario;
    let baselineStandIn = false;
    if (scenario && scenario.variants.length > 0 && !check.baselineUsable) {
      baselineStandIn = true;
      scenario = { ...scenario, variants: scenario.variants.map((v, i) => ({ ...v, baseline: i === 0 })) };
    }
    if (scenario && scenario.variants.length === 0) scenario = null;
    return { check, scenario, ids, baselineStandIn };
  }

  /**
   * Why a variant is left out of the run: its rules file's problems, else the scenario's problems of
   * that variant (a duplicated name, a city other than the shop's); empty when it runs.
   */
  variantIssues(v: VariantModel): Problem[] {
    if (v.problems.length > 0) return v.problems;
    const i = this.variants.indexOf(v);
    return i < 0 ? [] : (this.runnable.check.variantProblems[i] ?? []);
  }

  /** Scenario-level problems at a field (shop, behaviour, settings). */
  problemsAt(keys: KeyPath): Problem[] {
    const p = jsonPath(keys);
    return this.runnable.check.problems.filter((x) => x.path === p);
  }

  // ── scenario fields ──

  getField(keys: KeyPath): unknown {
    return getAt({ shop: this.shop, behaviour: this.behaviour, settings: this.settings, name: this.name }, keys);
  }

  setField(keys: KeyPath, value: unknown): void {
    const [head, ...rest] = keys;
    if (head === 'name' && rest.length === 0) {
      this.name = String(value);
      return;
    }
    const root = head === 'shop' ? this.shop : head === 'behaviour' ? this.behaviour : head === 'settings' ? this.settings : null;
    if (!root || rest.length === 0) return;
    if (head === 'shop' && rest.length === 1 && rest[0] === 'city') {
      // 其他城市 starts from the tables of the city chosen before (docs/law.md §"Custom city")
      if (value === CUSTOM_CITY && !this.shop.customCity) this.shop.customCity = cityAsCustom(this.shop.city, '');
      if (value !== CUSTOM_CITY) delete this.shop.customCity;
    }
    setAt(root as unknown as Record<string, unknown>, rest, value);
    // The rules files follow the shop's city and its own tables (their minimum wage and contributions are the shop's).
    if (head === 'shop' && (rest[0] === 'city' || rest[0] === 'customCity')) for (const v of this.variants) this.followShopCity(v.draft, (k, x) => v.set(k, x));
  }

  /** Give a rules file (a draft) the shop's city and, for 其他城市, a copy of the shop's tables. */
  private followShopCity(p: Record<string, unknown>, set: (keys: KeyPath, value: unknown) => void = (k, x) => setAt(p, k, x)): void {
    if (typeof p.city !== 'string') return;
    if (p.city !== this.shop.city) set(['city'], this.shop.city);
    if (this.shop.customCity) set(['customCity'], cloneJson($state.snapshot(this.shop.customCity)));
    else if ('customCity' in p) delete p.customCity;
  }

  /** 行为随薪酬变化: behaviour responds to pay when any elasticity is not 0. */
  get responsive(): boolean {
    return ELASTICITIES.some((k) => this.behaviour[k] !== 0);
  }

  setResponsive(on: boolean): void {
    if (on === this.responsive) return;
    if (!on) {
      this.savedElasticities = Object.fromEntries(ELASTICITIES.map((k) => [k, this.behaviour[k]]));
      for (const k of ELASTICITIES) this.behaviour[k] = 0;
    } else {
      const d = defaultBehaviour();
      for (const k of ELASTICITIES) this.behaviour[k] = this.savedElasticities?.[k] || d[k];
      this.savedElasticities = null;
    }
  }

  // ── variants ──

  get selected(): VariantModel | null {
    return this.variants.find((v) => v.id === this.selectedId) ?? null;
  }

  /** Append a variant with a rules file (a preset, a copy, an imported file); its city follows the shop. */
  addVariant(policy: unknown, name: string): VariantModel {
    const p = cloneJson(policy) as Record<string, unknown>;
    this.followShopCity(p);
    const v = new VariantModel(`v${nextId++}`, uniqueName(name, shownNames(this.variants.map((x) => x.name))), this.variants.length === 0, p, this.freeColour());
    this.variants = [...this.variants, v];
    this.selectedId = v.id;
    return v;
  }

  duplicate(id: string): void {
    const v = this.variants.find((x) => x.id === id);
    if (!v) return;
    const copy = new VariantModel(`v${nextId++}`, uniqueName(this.label(v.name), shownNames(this.variants.map((x) => x.name))), false, $state.snapshot(v.draft), this.freeColour());
    if (v.rawText !== null) copy.setText(v.rawText);
    const i = this.variants.indexOf(v);
    this.variants = [...this.variants.slice(0, i + 1), copy, ...this.variants.slice(i + 1)];
    this.selectedId = copy.id;
  }

  /** A colour no variant has (the first free one), for a new variant or a copy. */
  private freeColour(): number {
    return freeColour(this.variants.map((v) => v.colour));
  }

  remove(id: string): void {
    if (this.variants.length <= 1) return;
    const i = this.variants.findIndex((v) => v.id === id);
    this.variants = removeEntry(this.variants, id);
    if (this.selectedId === id) this.selectedId = this.variants[Math.min(i, this.variants.length - 1)]?.id ?? null;
  }

  move(id: string, by: number): void {
    const i = this.variants.findIndex((v) => v.id === id);
    if (i < 0) return;
    this.variants = moveEntry(this.variants, i, i + by);
  }

  setBaseline(id: string): void {
    markBaseline(this.variants, id);
  }

  /** Rename; returns the message key of why not, or null when done. */
  rename(id: string, name: string): string | null {
    const current = this.variants.find((x) => x.id === id);
    // Confirming the name as shown keeps the name as stored (a preset file id stays the id).
    if (current && name.trim() === this.label(current.name)) return null;
    const problem = renameProblem(this.variants, id, name);
    if (problem) return `ui.rename.${problem}`;
    const others = shownNames(this.variants.filter((x) => x.id !== id).map((x) => x.name));
    if (others.includes(name.trim())) return 'ui.rename.taken';
    const v = this.variants.find((x) => x.id === id);
    if (v) v.name = name.trim();
    return null;
  }

  /**
   * The rules file's name as shown: a preset's name in the current language when the rules file
   * still carries a preset's (English) name, else the name as written.
   */
  policyTitle(v: VariantModel): string {
    const name = typeof v.draft.name === 'string' ? v.draft.name : '';
    const preset = PRESET_POLICIES.find((p) => p.policy.name === name);
    return preset ? this.t(`ui.preset.${preset.id}`) : name;
  }

  /** Load a preset into a variant (its city follows the shop). */
  loadPreset(id: string, presetId: string): void {
    const v = this.variants.find((x) => x.id === id);
    const p = PRESET_POLICIES.find((x) => x.id === presetId);
    if (!v || !p) return;
    const policy = cloneJson(p.policy) as unknown as Record<string, unknown>;
    this.followShopCity(policy);
    v.replace(policy);
  }
}
