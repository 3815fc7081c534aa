/**
 * Charts of the landscape as accessible SVG strings: Observable Plot rendered
 * on the server with jsdom (no JavaScript in the browser).
 *
 * Every chart has role="img", a <title> and a <desc> it is labelled by, and
 * its marks hidden from assistive technology (aria-hidden): the data table
 * beside each chart carries the figures for screen readers. Plot's inline
 * <style> element is removed (the CSP allows stylesheets from 'self' only);
 * its rules live in verbind.css under .lchart. Colours: one dark blue for
 * bars (7:1 on white), a single-hue blue scale for cross-tab cells with the
 * number written in every cell, so nothing depends on telling colours apart
 * and the charts print in black and white.
 */
import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';

/** Okabe & Ito (2008), colour-blind safe; [0] is the site's brand blue for single-series charts. */
export const PALETTE = ['#0b5c7a', '#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'] as const;
const BAR = PALETTE[0];
const FONT_SIZE = 13;
/** Marks a chart that keeps its own size on a phone (scrolling sideways) rather than shrinking its text below 12 px. */
export const KEEP_SIZE_CLASS = 'lchart-keep';

let documentCache: Document | undefined;
function doc(): Document {
  // jsdom is loaded with the first chart, not with the app: it is about 90 MB of a server's memory
  // that most runs never need (issue 11: the first start's peak).
  if (!documentCache) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    documentCache = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  }
  return documentCache;
}

export interface ChartText {
  /** Unique in the page: the <title> and <desc> ids derive from it. */
  id: string;
  title: string;
  desc: string;
}

/** Makes Plot's SVG accessible and CSP-clean, and serialises it. */
function finish(svg: SVGSVGElement | HTMLElement, text: ChartText): string {
  const d = doc();
  const root = (svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg')) as SVGSVGElement;
  for (const s of Array.from(root.querySelectorAll('style'))) s.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) el.removeAttribute('style');
  for (const g of Array.from(root.children)) {
    g.setAttribute('aria-hidden', 'true');
    g.removeAttribute('aria-label');
  }
  const ns = 'http://www.w3.org/2000/svg';
  const title = d.createElementNS(ns, 'title');
  title.setAttribute('id', `${text.id}-title`);
  title.textContent = text.title;
  const desc = d.createElementNS(ns, 'desc');
  desc.setAttribute('id', `${text.id}-desc`);
  desc.textContent = text.desc;
  root.insertBefore(desc, root.firstChild);
  root.insertBefore(title, root.firstChild);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', `${text.id}-title ${text.id}-desc`);
  root.setAttribute('focusable', 'false');
  root.setAttribute('font-size', String(FONT_SIZE));
  root.setAttribute('id', text.id);
  root.removeAttribute('aria-label');
  root.removeAttribute('aria-description');
  return root.outerHTML;
}

export interface Bar {
  label: string;
  /** Percent (0-100), or null without a denominator. */
  percent: number | null;
  /** Printed next to the bar, e.g. "71,4% (95)". */
  text: string;
}

/**
 * The end of a percentage axis that fits the data: the largest value rounded
 * up to a step of about a fifth of it (1, 2, 2.5 or 5 times a power of ten),
 * never past 100 when nothing is above 100 — so 16.5% ends at 20, 71.4% at 80,
 * 95% at 100, instead of every chart running to 100 whatever it shows.
 */
export function axisMax(largest: number): number {
  if (!(largest > 0)) return 10;
  const raw = largest / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((x) => x >= raw - 1e-12)!;
  const top = Number((step * Math.ceil(largest / step - 1e-9)).toPrecision(12));
  return largest <= 100 ? Math.min(100, top) : top;
}

/** Horizontal bars, one per row in the given order, percent on an axis that ends just above the largest value (axisMax). */
export function barChart(bars: readonly Bar[], text: ChartText, opts: { xLabel: string; width?: number }): string {
  const width = opts.width ?? 620;
  const lineWidth = 13; // ems: long Dutch labels wrap onto two or three lines
  const marginLeft = lineWidth * FONT_SIZE + 14; // Plot wraps tick labels at lineWidth ems
  const lines = (s: string) => Math.max(1, Math.ceil((s.length * 0.6) / lineWidth));
  const band = Math.max(26, ...bars.map((b) => lines(b.label) * 15 + 8));
  const data = bars.map((b, i) => ({ ...b, key: `${i}`, value: b.percent ?? 0 }));
  const max = axisMax(Math.max(0, ...data.map((d) => d.value)));
  const svg = Plot.plot({
    document: doc(),
    className: 'lchart',
    width,
    height: 40 + band * Math.max(1, data.length),
    marginLeft,
    marginRight: 90,
    marginTop: 8,
    marginBottom: 32,
    x: { domain: [0, max], label: opts.xLabel, labelAnchor: 'right', grid: false },
    y: { domain: data.map((d) => d.key), padding: 0.25, label: null },
    marks: [
      Plot.barX(data, { x: 'value', y: 'key', fill: BAR }),
      Plot.text(data, { x: 'value', y: 'key', text: 'text', dx: 5, textAnchor: 'start', fill: 'currentColor' }),
      Plot.axisY({ lineWidth, tickSize: 0, label: null, tickFormat: (k: string) => data[Number(k)]!.label }),
      Plot.axisX({ ticks: 5, label: opts.xLabel }),
      Plot.ruleX([0]),
    ],
  });
  return finish(svg, text);
}

type RGB = [number, number, number];
const rgb = ([r, g, b]: RGB) => `rgb(${r}, ${g}, ${b})`;

/**
 * Light to dark blue by percentage, in two halves so the written number
 * always contrasts at least 4.5:1: below 50% light blues (#eef4f7 → #8fb8ca)
 * under dark text, from 50% dark blues (#2e7896 → #0b5c7a) under white text.
 */
function shade(p: number | null): RGB {
  if (p === null) return [255, 255, 255];
  const t = Math.max(0, Math.min(1, p / 100));
  const mix = (from: RGB, to: RGB, u: number): RGB => [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * u)) as RGB;
  return t < 0.5 ? mix([0xee, 0xf4, 0xf7], [0x8f, 0xb8, 0xca], t / 0.5) : mix([0x2e, 0x78, 0x96], [0x0b, 0x5c, 0x7a], (t - 0.5) / 0.5);
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: RGB, b: RGB): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
const INK: RGB = [0x1b, 0x1b, 0x1f];
const WHITE: RGB = [255, 255, 255];
/** Dark or white text, whichever contrasts more with the cell (at least 4.5:1 on this scale). */
export const inkOn = (fill: RGB) => (contrast(fill, WHITE) > contrast(fill, INK) ? '#ffffff' : '#1b1b1f');
export { shade as cellShade };

export interface Cell {
  row: string;
  col: string;
  percent: number | null;
  text: string;
}

/**
 * A cross-tab as a grid of cells: one column per column category, one row
 * per row category, shaded by column percentage and labelled with it.
 */
export function crossTabChart(rows: readonly string[], cols: readonly string[], cells: readonly Cell[], text: ChartText, opts: { width?: number } = {}): string {
  const lineWidth = 12;
  // Plot wraps tick labels at lineWidth ems but never inside a word: make room for the longest row word ("Wijkgezondheidscentrum") so it is not cut off at the edge.
  const longestRowWord = Math.max(0, ...rows.flatMap((r) => r.split(/\s+/).map((w) => w.length)));
  const marginLeft = Math.max(lineWidth * FONT_SIZE, Math.ceil(longestRowWord * FONT_SIZE * 0.62)) + 14;
  // Wide enough for each label's longest word (Plot wraps at spaces only) and the cell's number.
  const longestWord = Math.max(6, ...cols.flatMap((c) => c.split(/\s+/).map((w) => w.length)));
  const colWidth = Math.max(cols.length <= 3 ? 110 : 64, Math.min(170, Math.ceil(longestWord * FONT_SIZE * 0.62) + 14));
  const width = marginLeft + colWidth * cols.length + 10;
  const lines = (s: string, w: number) => Math.max(1, Math.ceil((s.length * 0.6) / w));
  const rowBand = Math.max(30, ...rows.map((r) => lines(r, lineWidth) * 15 + 10));
  const colLineWidth = Math.max(4, Math.floor(colWidth / FONT_SIZE) - 1);
  const marginTop = 10 + 15 * Math.max(...cols.map((c) => lines(c, colLineWidth)));
  const data = cells.map((c) => {
    const fill = shade(c.percent);
    return { ...c, fill: rgb(fill), ink: inkOn(fill), r: String(rows.indexOf(c.row)), c: String(cols.indexOf(c.col)) };
  });
  const svg = Plot.plot({
    document: doc(),
    className: 'lchart',
    width,
    height: marginTop + rowBand * Math.max(1, rows.length) + 8,
    marginLeft,
    marginTop,
    marginBottom: 8,
    marginRight: 10,
    color: { type: 'identity' },
    x: { domain: cols.map((_, i) => String(i)), label: null, padding: 0.04 },
    y: { domain: rows.map((_, i) => String(i)), label: null, padding: 0.04 },
    marks: [
      Plot.cell(data, { x: 'c', y: 'r', fill: 'fill', stroke: '#4a4a55', strokeWidth: 0.5 }),
      Plot.text(data, { x: 'c', y: 'r', text: 'text', fill: 'ink' }),
      Plot.axisX({ anchor: 'top', lineWidth: colLineWidth, tickSize: 0, label: null, tickFormat: (k: string) => cols[Number(k)]! }),
      Plot.axisY({ lineWidth, tickSize: 0, label: null, tickFormat: (k: string) => rows[Number(k)]! }),
    ],
  });
  // Too wide to shrink to a phone and stay readable (6 px text at 390 px): it keeps its size there and scrolls sideways in its own region (verbind.css).
  (svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg'))?.classList.add(KEEP_SIZE_CLASS);
  return finish(svg, text);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap at `width` characters, at ordinary spaces only (never at a non-breaking one, e.g. French « : »); a word longer than a line keeps its own line whole. */
export function wrapLabel(s: string, width: number): string[] {
  const lines: string[] = [];
  // A lone mark ("*", "–") stays with the word before it.
  const words = s.split(/[ \t\r\n]+/).filter(Boolean).reduce<string[]>((w, x) => (w.length && /^\W{1,2}$/u.test(x) ? [...w.slice(0, -1), `${w[w.length - 1]} ${x}`] : [...w, x]), []);
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** Ticks of a percentage axis from 0 to axisMax(largest): at most six, on a step of 1, 2, 2.5 or 5 times a power of ten. */
export function axisTicks(max: number): number[] {
  const pow = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => max / s <= 5 + 1e-9)!;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Characters of a line at 13 px that fit a 320 px phone's 288 px of chart (about 6.9 px a character), with some room to spare. */
const LINE_CHARS = 40;

/**
 * Horizontal bars that fit any width without shrinking their text, for the page (the PDF keeps
 * barChart's layout): each label sits above its bar with its figure at the right of the same
 * line, and bars and axis are drawn in percentages of the chart's width. The SVG has no viewBox
 * and is as wide as its column, so its text stays 13 px from a 320 px phone to a desktop
 * (a 620-wide chart scaled to a phone made it 7 px; issue 14).
 */
export function responsiveBarChart(bars: readonly Bar[], text: ChartText, opts: { xLabel: string; tick?: (v: number) => string }): string {
  const line = 16;
  const barHeight = 14;
  const max = axisMax(Math.max(0, ...bars.map((b) => b.percent ?? 0)));
  const x = (v: number) => `${Number(((100 * v) / max).toFixed(2))}%`;
  // A label shares its first line with its figure ("26,3% (5)"): it wraps at what the longest figure leaves.
  const labelChars = Math.max(20, LINE_CHARS - 2 - Math.max(0, ...bars.map((b) => b.text.length)));
  const marks: string[] = [];
  let y = 4;
  for (const b of bars) {
    const lines = wrapLabel(b.label, labelChars);
    lines.forEach((l, i) => marks.push(`<text y="${y + 13 + i * line}">${esc(l)}</text>`));
    marks.push(`<text x="100%" y="${y + 13}" text-anchor="end">${esc(b.text)}</text>`);
    y += lines.length * line + 3;
    if (b.percent !== null && b.percent > 0) marks.push(`<rect y="${y}" width="${x(b.percent)}" height="${barHeight}" fill="${BAR}"/>`);
    y += barHeight + 10;
  }
  const axisY = y;
  const tick = opts.tick ?? String;
  const ticks = axisTicks(max);
  const axis = [`<line x1="0" x2="100%" y1="${axisY}" y2="${axisY}" stroke="currentColor"/>`];
  ticks.forEach((v, i) => {
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    axis.push(`<line x1="${x(v)}" x2="${x(v)}" y1="${axisY}" y2="${axisY + 5}" stroke="currentColor"/>`);
    axis.push(`<text x="${x(v)}" y="${axisY + 19}" text-anchor="${anchor}">${esc(tick(v))}</text>`);
  });
  axis.push(`<text x="100%" y="${axisY + 38}" text-anchor="end">${esc(opts.xLabel)}</text>`);
  const height = axisY + 44;
  return (
    `<svg class="lchart lbars" width="100%" height="${height}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}" fill="currentColor" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" focusable="false" id="${esc(text.id)}">` +
    `<title id="${esc(text.id)}-title">${esc(text.title)}</title><desc id="${esc(text.id)}-desc">${esc(text.desc)}</desc>` +
    `<g aria-hidden="true">${marks.join('')}</g><g aria-hidden="true">${axis.join('')}</g></svg>`
  );
}
