/** Chinese messages of the page's early results (the first headline from the first few replications) and of charts drawn when scrolled to. */
export const pageSpeed3 = {
  'ui.run.early': '初步结果:目前只有 {count} 次模拟,数字和区间还会变动',
  'ui.card.rangeFew': '目前 {count} 次模拟的范围 {low} – {high}',
  'chart.later': '滚动到这里时绘制图表…',
} as const;
