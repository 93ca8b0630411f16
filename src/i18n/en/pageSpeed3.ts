/** English messages of the page's early results (the first headline from the first few replications) and of charts drawn when scrolled to. The same keys must exist in the other language (test/i18n.test.ts). */
export const pageSpeed3 = {
  'ui.run.early': 'Early results: only {count} replications so far; the figures and ranges will still move',
  'ui.card.rangeFew': 'range of the {count} replications so far {low} – {high}',
  'chart.later': 'The chart is drawn when you scroll to it…',
} as const;
