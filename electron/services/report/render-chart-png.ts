/**
 * Renders the UI's own chart components (renderer/charts) without a browser: into a jsdom
 * document with createRoot, flushed synchronously (React's act where the build has it,
 * flushSync otherwise: production builds of React have no act), then takes the chart's
 * <svg> as standalone SVG and rasterises it with resvg at 3× pixel density, with Noto
 * Sans TTF files for the report's language.
 *
 * Recharts draws its legend as HTML next to the <svg>; that legend is redrawn here as SVG
 * below the chart, so the picture carries it. The report embeds the PNG (see
 * build-report.ts); the SVG is returned too.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { columns } from '../../../renderer/charts/wrap-label.ts';
import type { Language } from '../../contract/framework-schema.ts';
import { chartDefaultFamily, chartFontFamily, chartFontFiles } from './report-fonts.ts';

export interface RenderedChart {
  /** The chart as a standalone SVG document. */
  svg: string;
  /** The chart as PNG, `scale` pixels per CSS pixel. */
  png: Buffer;
  /** Size in CSS pixels (96 to the inch): the size to show it at. */
  width: number;
  height: number;
}

/** Pixels per CSS pixel of the PNG: 3× (about 290 dpi at the size the report shows charts). */
export const CHART_SCALE = 3;

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_HEIGHT = 30;

let dom: JSDOM | undefined;
function document(): JSDOM {
  dom ??= new JSDOM('<!doctype html><html><head></head><body></body></html>');
  return dom;
}

/** Runs fn with the jsdom window as the global window and document (react-dom reads window.event), then restores them. */
function withDomGlobals<T>(jsdom: JSDOM, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document, act: g.IS_REACT_ACT_ENVIRONMENT };
  g.window = jsdom.window;
  g.document = jsdom.window.document;
  try {
    return fn();
  } finally {
    g.window = saved.window;
    g.document = saved.document;
    g.IS_REACT_ACT_ENVIRONMENT = saved.act;
  }
}

/** Renders and commits synchronously, effects included (Recharts measures and re-renders in effects). */
function renderSync(root: ReturnType<typeof createRoot>, element: React.ReactElement) {
  const act = (React as { act?: (fn: () => void) => unknown }).act;
  if (typeof act === 'function') {
    (globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;
    act(() => root.render(element));
  } else {
    flushSync(() => root.render(element));
  }
}

function unmountSync(root: ReturnType<typeof createRoot>) {
  const act = (React as { act?: (fn: () => void) => unknown }).act;
  if (typeof act === 'function') act(() => root.unmount());
  else root.unmount();
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
export function renderChartSvg(element: React.ReactElement, fontFamily: string): { svg: string; width: number; height: number } {
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

function resvgOptions(svg: string, language: Language, scale: number) {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(language, svg),
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
  return new Resvg(svg, resvgOptions(svg, language, scale)).render().asPng();
}

/** Rasterises a standalone SVG on libuv's thread pool, so several charts rasterise side by side. */
export async function rasterizeSvgAsync(svg: string, language: Language, scale = CHART_SCALE): Promise<Buffer> {
  return (await renderAsync(svg, resvgOptions(svg, language, scale))).asPng();
}

/**
 * Renders a chart element to SVG and PNG for a report in `language`. The element should
 * already carry `chartFontFamily(language)` as its fontFamily (report-charts.ts does).
 */
export async function renderChartPng(element: React.ReactElement, language: Language, scale = CHART_SCALE): Promise<RenderedChart> {
  const { svg, width, height } = renderChartSvg(element, chartFontFamily(language));
  const png = await rasterizeSvgAsync(svg, language, scale);
  return { svg, png, width, height };
}
