/** Types shared by ChartFrame.svelte and the charts (presentation only). */

/** One key of a chart's legend. */
export interface LegendItem {
  label: string;
  color: string;
  /** How the key is drawn: a line, a filled swatch (default), a dot or a dashed rule. */
  kind?: 'line' | 'swatch' | 'dot' | 'dash';
}
