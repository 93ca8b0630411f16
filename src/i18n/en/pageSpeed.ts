/** English messages of the page's work moved off its thread (pay curves computed on a worker). The same keys must exist in the other language (test/i18n.test.ts). */
export const pageSpeed = {
  'chart.pvp.computing': 'Computing the pay curves…',
} as const;
