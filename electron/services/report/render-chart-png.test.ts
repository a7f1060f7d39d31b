import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { GapBars } from '../../../renderer/charts/GapBars.tsx';
import { MaturityRadar } from '../../../renderer/charts/MaturityRadar.tsx';
import { RespondentHeatmap } from '../../../renderer/charts/RespondentHeatmap.tsx';
import { pngSize } from './docx-kit.ts';
import { cmapLookup, parseFont, subsetFont } from './font-subset.ts';
import { CHART_SCALE, renderChartPng, renderChartSvg } from './render-chart-png.ts';
import { cjkBreaks } from './report-charts.ts';
import { chartFontFamily, chartFonts } from './report-fonts.ts';

const radar = (labels: string[], fontFamily: string) =>
  createElement(MaturityRadar, {
    width: 600,
    height: 420,
    data: labels.map((label, i) => ({ label, current: 1 + (i % 4), target: 4 })),
    labels: { current: 'Current', target: 'Target' },
    fontFamily,
  });

/** The box of what resvg draws of an SVG: undefined when it draws nothing (text without glyphs draws nothing). */
function drawnBox(svg: string, language: 'en' | 'ja' | 'zh-Hans' | 'zh-Hant', loadFonts = true) {
  const fonts = chartFonts(language, svg);
  try {
    return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: loadFonts ? fonts.files : [] } }).innerBBox();
  } finally {
    fonts.dispose();
  }
}

describe('renderChartSvg', () => {
  it('renders the Recharts radar without a browser: polygons, every label, the legend, a fixed size and the font', async () => {
    const { svg, width, height } = await renderChartSvg(
      radar(['Customer segmentation', 'Contact reasons', 'Hours of operation'], '"Noto Sans"'),
      '"Noto Sans"',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBe(600);
    expect(height).toBe(450); // 420 and the legend strip
    for (const label of ['Customer', 'segmentation', 'Contact reasons', 'Hours of operation', 'Current', 'Target'])
      expect(svg).toContain(label);
    expect(svg).toContain('font-family="&quot;Noto Sans&quot;"');
    expect(svg.match(/<path[^>]*class="recharts-polygon"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    // No global left behind: the Node process stays a Node process.
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
  });

  it('renders the gap bars with their numbers and the heatmap with its cells', async () => {
    const gaps = await renderChartSvg(
      createElement(GapBars, {
        width: 640,
        data: [
          { label: 'Customer journeys', current: 1.8, target: 5, gap: 3.2, priority: 9.6 },
          { label: 'Pioneers', current: 1.5, target: 4, gap: 2.5, priority: 2.5 },
        ],
        labels: { current: 'Current', gap: 'Gap', target: 'Target' },
        format: (n: number) => n.toFixed(1),
        fontFamily: '"Noto Sans"',
      }),
      '"Noto Sans"',
    );
    for (const text of ['Customer journeys', 'Pioneers', '1.8', 'Target 5.0', 'Gap']) expect(gaps.svg).toContain(text);
    const heat = await renderChartSvg(
      createElement(RespondentHeatmap, {
        width: 640,
        title: 'Spread',
        format: (n: number) => n.toFixed(1),
        labels: { na: 'N/A', unanswered: 'no answer', disagreement: 'disagreement', levels: ['1', '2', '3', '4', '5'] },
        columns: [{ label: 'Customers', disagreement: true }],
        rows: [{ label: 'Respondent 1 (Agent)', cells: [{ score: 2.5, allNa: false }] }],
        fontFamily: '"Noto Sans"',
      }),
      '"Noto Sans"',
    );
    for (const text of ['Customers', 'Respondent 1 (Agent)', '2.5']) expect(heat.svg).toContain(text);
  });

  it('gives the same SVG every time (charts in a report are reproducible)', async () => {
    const element = () => radar(['A', 'B', 'C', 'D'], '"Noto Sans"');
    const a = await renderChartSvg(element(), '"Noto Sans"');
    const b = await renderChartSvg(element(), '"Noto Sans"');
    const ids = (s: string) => s.replace(/recharts\d+-clip|_r_\w+_/g, '');
    expect(ids(a.svg)).toBe(ids(b.svg));
  });
});

describe('renderChartPng', () => {
  it('rasterises at 2.5× pixel density', async () => {
    const chart = await renderChartPng(
      radar(['Customer segmentation', 'Contact reasons', 'Hours of operation'], chartFontFamily('en')),
      'en',
    );
    expect(CHART_SCALE).toBeGreaterThanOrEqual(2);
    expect(pngSize(chart.png)).toEqual({ width: Math.round(600 * CHART_SCALE), height: Math.round(450 * CHART_SCALE) });
    expect(chart.svg).toContain('Contact reasons');
  });

  it.each([
    ['ja', '顧客セグメンテーション'],
    ['zh-Hans', '客户细分与渠道'],
    ['zh-Hant', '客戶分群與管道'],
  ] as const)('draws %s text with glyphs (no tofu): text that has no font draws nothing', async (language, text) => {
    const { svg } = await renderChartSvg(radar([text, 'CX', text.slice(0, 2)], chartFontFamily(language)), chartFontFamily(language));
    const textOnly = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="20" font-family='${chartFontFamily(language)}'>${text}</text></svg>`;
    expect(drawnBox(textOnly, language, false)).toBeUndefined();
    const box = drawnBox(textOnly, language);
    expect(box?.width ?? 0).toBeGreaterThan(text.length * 15);
    // The chart wraps long labels; its first characters are drawn as given.
    expect(svg).toContain(text.slice(0, 4));
  });

  it('draws CJK names in an English chart with a CJK fallback font', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="20" font-family="&quot;Noto Sans&quot;">山田 太郎</text></svg>';
    expect(drawnBox(svg, 'en')?.width ?? 0).toBeGreaterThan(60);
  });
});

describe('font subsetting', () => {
  it('keeps only the glyphs of the characters asked for, and they still map', () => {
    const fonts = chartFonts('ja', '顧客 abc');
    try {
      expect(fonts.files.length).toBeGreaterThanOrEqual(2);
    } finally {
      fonts.dispose();
    }
    const latin = parseFont(
      readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    );
    const subset = subsetFont(
      latin,
      [...'Hello'].map((c) => c.codePointAt(0) as number),
    ) as Buffer;
    expect(subset.length).toBeLessThan(20_000);
    const parsed = parseFont(subset);
    expect(parsed.numGlyphs).toBe(5); // .notdef, H, e, l, o
    const lookup = cmapLookup(parsed.tables.table('cmap') as Buffer);
    expect([...'Helo'].map((c) => lookup(c.codePointAt(0) as number))).toEqual([1, 2, 3, 4]);
    expect(lookup('x'.codePointAt(0) as number)).toBe(0);
    expect(subsetFont(latin, [0x4e00])).toBeNull();
  });
});

describe('chart labels in Chinese and Japanese', () => {
  it('break between words, never inside one, before a closing bracket or after an opening one', () => {
    expect(cjkBreaks('顧客セグメンテーション', 18, 'ja')).toBe('顧客 セグメンテーション');
    expect(cjkBreaks('営業時間（受付時間）', 18, 'ja')).toBe('営業時間 （受付時間）');
    expect(cjkBreaks('客户体验衡量指标与目标', 18, 'zh-Hans')).toBe('客户体验衡量 指标与目标');
    expect(cjkBreaks('応対チャネル', 18, 'ja')).toBe('応対チャネル');
    expect(cjkBreaks('Customer segmentation', 10, 'en')).toBe('Customer segmentation');
  });
});
