/**
 * Renders the UI's own chart components (renderer/charts) without a browser: into a jsdom
 * document with createRoot, committed synchronously with its effects, then takes the chart's
 * <svg> as standalone SVG and rasterises it with resvg at 2.5× pixel density, with Noto
 * Sans TTF files for the report's language (subset to the chart's characters).
 *
 * Recharts draws its legend as HTML next to the <svg>; that legend is redrawn here as SVG
 * below the chart, so the picture carries it. The report embeds the PNG (see
 * build-report.ts); the SVG is returned too.
 */

import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { columns } from '../../../renderer/charts/wrap-label.ts';
import type { Language } from '../../contract/framework-schema.ts';
import { chartDefaultFamily, chartFontFamily, chartFonts } from './report-fonts.ts';

export interface RenderedChart {
  /** The chart as a standalone SVG document. */
  svg: string;
  /** The chart as PNG, `scale` pixels per CSS pixel. */
  png: Buffer;
  /** Size in CSS pixels (96 to the inch): the size to show it at. */
  width: number;
  height: number;
}

/** Pixels per CSS pixel of the PNG: 2.5× (240 dpi at the size the report shows charts: sharp in print). */
export const CHART_SCALE = 2.5;

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_HEIGHT = 30;

/** The part of jsdom used here (jsdom ships no types; it is loaded at run time, never bundled). */
interface JSDOM {
  window: Window & typeof globalThis & { XMLSerializer: typeof XMLSerializer };
}
let dom: JSDOM | undefined;
function document(): JSDOM {
  if (!dom) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => JSDOM };
    dom = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  }
  return dom;
}

/**
 * Runs fn with the jsdom window as the global window and document (react-dom reads
 * window.event, also in work it schedules for later), then waits for React's scheduler to
 * run what the render left queued, and restores the globals. One chart at a time, so two
 * reports built at once never see each other's globals.
 */
let queue: Promise<unknown> = Promise.resolve();
function withDomGlobals<T>(jsdom: JSDOM, fn: () => T): Promise<T> {
  const run = queue.then(async () => {
    const g = globalThis as Record<string, unknown>;
    const had = { window: 'window' in g, document: 'document' in g };
    const saved = { window: g.window, document: g.document, act: g.IS_REACT_ACT_ENVIRONMENT };
    g.window = jsdom.window;
    g.document = jsdom.window.document;
    try {
      const result = fn();
      // React's scheduler runs its queued callbacks on setImmediate.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
      return result;
    } finally {
      if (had.window) g.window = saved.window;
      else delete g.window;
      if (had.document) g.document = saved.document;
      else delete g.document;
      g.IS_REACT_ACT_ENVIRONMENT = saved.act;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Renders and commits synchronously, effects included: Recharts lays a chart out in
 * effects and renders again, and a synchronous (flushSync) render flushes those effects and
 * the renders they cause before it returns, as act does. act itself is not used: React's
 * production build has none, and it is several times slower (measured: 75 ms against 250 ms
 * for the gap chart, with the same SVG).
 */
function renderSync(root: ReturnType<typeof createRoot>, element: React.ReactElement) {
  (globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false;
  flushSync(() => root.render(element));
}

function unmountSync(root: ReturnType<typeof createRoot>) {
  flushSync(() => root.unmount());
}

interface LegendItem {
  icon: Element | null;
  text: string;
  color: string;
}

function readLegend(container: Element): LegendItem[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((li) => ({
    icon: li.querySelector('svg'),
    text: li.querySelector('.recharts-legend-item-text')?.textContent ?? '',
    color: (li.querySelector('.recharts-legend-item-text') as HTMLElement | null)?.style.color || '#212529',
  }));
}

/** Draws Recharts' HTML legend as SVG, centred in a strip added below the chart. */
function appendLegend(svg: Element, items: LegendItem[], width: number, top: number, fontFamily: string) {
  const doc = svg.ownerDocument;
  const fontSize = 12;
  const widths = items.map((i) => 14 + 4 + columns(i.text) * fontSize * 0.56);
  const gap = 18;
  const total = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, items.length - 1);
  let x = Math.max(4, (width - total) / 2);
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'report-legend');
  items.forEach((item, i) => {
    if (item.icon) {
      const icon = doc.createElementNS(SVG_NS, 'svg');
      icon.setAttribute('x', String(x));
      icon.setAttribute('y', String(top + (LEGEND_HEIGHT - 14) / 2));
      icon.setAttribute('width', '14');
      icon.setAttribute('height', '14');
      icon.setAttribute('viewBox', item.icon.getAttribute('viewBox') ?? '0 0 32 32');
      for (const child of [...item.icon.childNodes]) {
        if (child.nodeType === 1 && ['title', 'desc'].includes((child as Element).localName)) continue;
        icon.appendChild(child.cloneNode(true));
      }
      g.appendChild(icon);
    }
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 18));
    text.setAttribute('y', String(top + LEGEND_HEIGHT / 2 + 4));
    text.setAttribute('font-size', String(fontSize));
    text.setAttribute('font-family', fontFamily);
    text.setAttribute('fill', item.color);
    text.textContent = item.text;
    g.appendChild(text);
    x += (widths[i] ?? 0) + gap;
  });
  svg.appendChild(g);
}

/**
 * Renders a chart element to a standalone SVG string: the chart's own <svg>, with its
 * font family, an explicit size, and Recharts' legend drawn in.
 */
export function renderChartSvg(element: React.ReactElement, fontFamily: string): Promise<{ svg: string; width: number; height: number }> {
  const jsdom = document();
  return withDomGlobals(jsdom, () => {
    const doc = jsdom.window.document;
    const container = doc.createElement('div');
    doc.body.appendChild(container);
    const root = createRoot(container);
    try {
      renderSync(root, element);
      const source = container.querySelector('.recharts-wrapper > svg') ?? container.querySelector('svg');
      if (!source) throw new Error('The chart rendered no <svg>.');
      const svg = source.cloneNode(true) as Element;
      const width = Number(svg.getAttribute('width'));
      let height = Number(svg.getAttribute('height'));
      if (!(width > 0 && height > 0)) throw new Error('The chart has no fixed size.');
      const legend = readLegend(container);
      if (legend.length > 0) {
        appendLegend(svg, legend, width, height, fontFamily);
        height += LEGEND_HEIGHT;
      }
      for (const attr of ['style', 'tabindex', 'role', 'class', 'cx', 'cy']) svg.removeAttribute(attr);
      svg.setAttribute('width', String(width));
      svg.setAttribute('height', String(height));
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      if (!svg.getAttribute('font-family')) svg.setAttribute('font-family', fontFamily);
      const background = doc.createElementNS(SVG_NS, 'rect');
      background.setAttribute('width', String(width));
      background.setAttribute('height', String(height));
      background.setAttribute('fill', '#FFFFFF');
      svg.insertBefore(background, svg.firstChild);
      const xml = new jsdom.window.XMLSerializer().serializeToString(svg);
      return { svg: xml, width, height };
    } finally {
      unmountSync(root);
      container.remove();
    }
  });
}

function resvgOptions(fontFiles: string[], language: Language, scale: number) {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: chartDefaultFamily(language),
      sansSerifFamily: chartDefaultFamily(language),
    },
    fitTo: { mode: 'zoom' as const, value: scale },
    background: '#FFFFFF',
    logLevel: 'off' as const,
  };
}

/** Rasterises a standalone SVG (on this thread). */
export function rasterizeSvg(svg: string, language: Language, scale = CHART_SCALE): Buffer {
  const fonts = chartFonts(language, svg);
  try {
    return new Resvg(svg, resvgOptions(fonts.files, language, scale)).render().asPng();
  } finally {
    fonts.dispose();
  }
}

/** Rasterises a standalone SVG on libuv's thread pool, so several charts rasterise side by side. */
export async function rasterizeSvgAsync(svg: string, language: Language, scale = CHART_SCALE): Promise<Buffer> {
  const fonts = chartFonts(language, svg);
  try {
    return (await renderAsync(svg, resvgOptions(fonts.files, language, scale))).asPng();
  } finally {
    fonts.dispose();
  }
}

/**
 * Renders a chart element to SVG and PNG for a report in `language`. The element should
 * already carry `chartFontFamily(language)` as its fontFamily (report-charts.ts does).
 */
export async function renderChartPng(element: React.ReactElement, language: Language, scale = CHART_SCALE): Promise<RenderedChart> {
  const { svg, width, height } = await renderChartSvg(element, chartFontFamily(language));
  const png = await rasterizeSvgAsync(svg, language, scale);
  return { svg, png, width, height };
}
