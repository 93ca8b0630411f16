/**
 * Downloads of a chart (CSV and PNG/SVG): the SVG serialized with the styles it is drawn
 * with copied inline (a standalone file does not see the page's stylesheets; colours already carry
 * their palette fallback, palette.ts), and a PNG drawn from that SVG on a canvas at twice the size.
 * Browser only (DOM, canvas); the charts' geometry is tested apart. Not from a seed.
 */
import { labelWidth } from './axis';
import type { LegendItem } from './frame';

/** Properties copied from the computed style onto each exported element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** What is drawn above the chart in an exported file: its title and legend (HTML on the page). */
export interface ExportHeader {
  title: string;
  legend: readonly LegendItem[];
}

const NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The header as SVG: the title, then legend keys wrapped to the width. Returns its height. */
function header(h: ExportHeader, width: number, font: string): { g: SVGElement; height: number } {
  const g = el('g', {});
  g.appendChild(el('text', { x: 0, y: 16, style: `font: 600 15px ${font}; fill: #1f2328` }, h.title));
  let x = 0;
  let y = 38;
  for (const item of h.legend) {
    const w = 26 + labelWidth(item.label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18;
    }
    const key =
      item.kind === 'line' || item.kind === 'dash'
        ? el('line', { x1: x, x2: x + 20, y1: y - 4, y2: y - 4, style: `stroke: ${item.color}; stroke-width: 2.5${item.kind === 'dash' ? '; stroke-dasharray: 4 3' : ''}` })
        : item.kind === 'dot'
          ? el('circle', { cx: x + 10, cy: y - 4, r: 4, style: `fill: ${item.color}` })
          : el('rect', { x: x + 1, y: y - 9, width: 18, height: 10, rx: 2, style: `fill: ${item.color}` });
    g.appendChild(key);
    g.appendChild(el('text', { x: x + 24, y, style: `font: 12px ${font}; fill: #59636e` }, item.label));
    x += w + 12;
  }
  return { g, height: h.legend.length > 0 ? y + 10 : 26 };
}

/**
 * The SVG's markup, standalone: inline computed styles, explicit size, a white background, and the
 * chart's title and legend drawn above it when given.
 */
export function svgMarkup(svg: SVGSVGElement, head?: ExportHeader): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const out = dst[i] as SVGElement | undefined;
    if (!out) return;
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    out.setAttribute('style', style);
    out.removeAttribute('class');
  });
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.round(width);
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  const top = head ? header(head, w, font) : null;
  const pad = top ? 8 : 0;
  const total = Math.round(height) + (top ? top.height + pad : 0);
  const root = el('svg', { xmlns: NS, width: w + 2 * pad, height: total + pad, viewBox: `${-pad} ${-pad} ${w + 2 * pad} ${total + pad}` }) as SVGSVGElement;
  root.appendChild(el('rect', { x: -pad, y: -pad, width: w + 2 * pad, height: total + pad, fill: '#ffffff' }));
  if (top) root.appendChild(top.g);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top ? top.height : 0));
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(Math.round(height)));
  root.appendChild(clone);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}

/** Save a blob under a file name (an <a download> click). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG (with its header) as a PNG at `scale` × its size (drawImage of the SVG as an image). */
export function svgToPng(svg: SVGSVGElement, head?: ExportHeader, scale = 2): Promise<Blob> {
  const markup = svgMarkup(svg, head);
  const size = /<svg[^>]*?width="(\d+)"[^>]*?height="(\d+)"/.exec(markup);
  const width = Number(size?.[1] ?? svg.getBoundingClientRect().width);
  const height = Number(size?.[2] ?? svg.getBoundingClientRect().height);
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(new Error('no 2d canvas'));
        return;
      }
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    img.src = url;
  });
}
