/**
 * The charts of the workbench (issue 6 §5 and §7), for the page (engineer E's ChartsArea.svelte).
 * Every chart sits in a ChartFrame: title, legend, "show as table", CSV / SVG / PNG download, and it
 * redraws at its container's width (usable at 390 px). `lang` is the page language. Money is integer
 * fen throughout. "Run 1" data = replication 0's drill-down of every agent (DrillState.drills).
 *
 * | component               | props                                                                                   |
 * |-------------------------|-----------------------------------------------------------------------------------------|
 * | MonthlyCost             | summary: Summary, lang                                                                   |
 * | CostBreakdown           | summary: Summary, lang                                                                   |
 * | IncomeDistribution      | summary: Summary, scenario: Scenario (the one run: cities for the minimum wage), lang   |
 * | WinnersLosers           | summary: Summary, drills: DrillDown[], lang, loading?: {done,total} | null              |
 * | PayVsPerformance        | scenario: Scenario (its variants' rules files), drills: DrillDown[], lang               |
 * | GuaranteeLedger         | scenario: Scenario, drills: DrillDown[], lang (shows "no guarantee variant" if none)    |
 * | SweepPanel              | scenario: Scenario, lang, run: (s: Scenario, signal?: AbortSignal) => Promise<Summary>  |
 * | SweepChart              | result: SweepResult, match?: MatchResult | null, months: number, lang (used by the panel)|
 * | SensitivityPanel        | scenario: Scenario, lang, run: (s, signal?, onProgress?: (done, total) => void) => Promise<Summary>, onresult?: (s: Sensitivity, scenario) => void |
 * | Tornado                 | sensitivity: Sensitivity, variant: string, metric: SensitivityMetric, lang (used by the panel) |
 * | ChartFrame              | title, lang, table: ChartTable, filename, children: Snippet<[width]>, controls?, legend?, note?, empty?, testid? |
 *
 * Summary, Scenario and DrillDown are the runner's (src/sim); `scenario` must be the scenario the
 * summary and drills came from (variants are matched by name). For SweepPanel's `run`, pass the pool:
 * `(s, signal) => bridge.run(s, { signal }).then((r) => r.summary)`.
 * Test ids: chart-monthly, chart-breakdown, chart-income, chart-winners, chart-pvp, chart-ledger,
 * chart-sweep, sweep-panel, sensitivity-panel, chart-tornado (each frame also has <id>-table-toggle and <id>-csv).
 */
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as MonthlyCost } from './MonthlyCost.svelte';
export { default as CostBreakdown } from './CostBreakdown.svelte';
export { default as IncomeDistribution } from './IncomeDistribution.svelte';
export { default as WinnersLosers } from './WinnersLosers.svelte';
export { default as PayVsPerformance } from './PayVsPerformance.svelte';
export { default as GuaranteeLedger } from './GuaranteeLedger.svelte';
export { default as SweepChart } from './SweepChart.svelte';
export { default as SweepPanel } from './SweepPanel.svelte';
export { default as SensitivityPanel } from './SensitivityPanel.svelte';
export { default as Tornado } from './Tornado.svelte';
export type { ChartTable, TableCell } from './table';
export type { LegendItem } from './frame';
