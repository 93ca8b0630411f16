/** Chinese messages of the page's work moved off its thread (pay curves computed on a worker). */
export const pageSpeed = {
  'chart.pvp.computing': '正在计算薪酬曲线…',
} as const;
