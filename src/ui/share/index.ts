/**
 * The share components of the workbench shell (src/ui/ShareSlot.svelte mounts them and
 * looks for `Toolbar` and `RealMonths` here). Every component takes the workbench state `wb`
 * (src/ui/workbench.svelte.ts: toScenario, loadScenario, addVariant, variants, selected, t, lang)
 * and the run state `run` (src/ui/runState.svelte.ts: shown).
 *
 * - `Toolbar` { wb, run } — the header toolbar. Mount once, in the header: it also decides what the
 *   page opens with (share link in the fragment › autosave › default) and autosaves the workspace.
 *   data-testids: share-toolbar; buttons share-link, save-scenario, open-scenario (file input
 *   open-scenario-input), rules-file, policy-doc, reproduce-open, reset; dialogs share-dialog
 *   (share-url, share-copy, share-length, share-too-long, share-invalid, share-save-instead),
 *   rules-dialog (rules-export-variant, rules-export, rules-drop, rules-import-input,
 *   rules-imported, rules-import-warnings, rules-import-problems), doc-dialog (doc-variant,
 *   doc-lang, doc-month, doc-print, doc-download-md, doc-download-html, doc-frame),
 *   reproduce-dialog, confirm-dialog (confirm-cancel, confirm-ok), share-notice
 *   (share-notice-problems); modal-close in every dialog; autosave-failed.
 * - `RealMonths` { wb, run } — the "真实数据 / Real months" tab's content. data-testids: real-panel,
 *   real-drop, real-input, real-busy, real-problems, real-mapping (real-map-select with
 *   data-column, real-map-apply), real-facts, real-aov, real-totals (real-variant-row with
 *   data-variant; real-gross, real-net, real-cost with data-fen; real-csv), real-breakdown,
 *   real-variant, real-compliance / real-compliance-none, real-payslips (real-payslip-row).
 * - `Reproduce` { wb, run } — the `paylab simulate` command for the results shown and the scenario
 *   file it refers to; also reachable from the toolbar. Mount it beside the results (e.g. under the
 *   headline cards). data-testids: reproduce, reproduce-command, reproduce-download, reproduce-copy.
 */
export { default as Toolbar } from './Toolbar.svelte';
export { default as RealMonths } from './RealMonths.svelte';
export { default as Reproduce } from './Reproduce.svelte';
