/**
 * The report's charts: the same components the results screen shows (renderer/charts),
 * fed the way ResultsView feeds them, at the width of the page's text and in the font of
 * the report's language, each with an alternative text that carries its numbers.
 */
import { createElement, type ReactElement } from 'react';
import { GapBars } from '../../../renderer/charts/GapBars.tsx';
import { MaturityRadar } from '../../../renderer/charts/MaturityRadar.tsx';
import { RespondentHeatmap } from '../../../renderer/charts/RespondentHeatmap.tsx';
import { columns } from '../../../renderer/charts/wrap-label.ts';
import type { ReportContext } from './report-context.ts';
import { chartFontFamily } from './report-fonts.ts';

export interface ChartSpec {
  key: string;
  title: string;
  alt: string;
  element: ReactElement;
}

/** A label for charts: one line, no zero-width spaces (the chart wraps labels itself). */
const label = (s: string) => s.replace(/\u200B/g, '');

/** Characters a line may not start with (closing brackets, small kana, the prolonged sound mark) or end with (opening brackets). */
const NO_START = /^[)）」』】〕〉》、。，．・：；！？ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
const NO_END = /[(（「『【〔〈《]$/u;

/**
 * A CJK label with spaces where the chart may break it: the charts break text without
 * spaces between any two characters ("顧客セグメンテーシ / ョン"); given spaces, they break
 * there. Breaks fall between words (Intl.Segmenter), never before a closing bracket or
 * small kana nor after an opening bracket: one break, where the two lines are most even,
 * when two lines are enough; else lines packed greedily. Each break is needed (the lines
 * on either side do not fit one line together), so no space shows. Labels with spaces
 * (Latin text) and labels that fit one line are left as they are.
 */
export function cjkBreaks(text: string, max: number, language: string): string {
  if (/\s/.test(text) || columns(text) <= max) return text;
  const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].map((w) => w.segment);
  const cuts: number[] = [];
  for (let i = 1, at = 0; i < words.length; i++) {
    at += (words[i - 1] as string).length;
    if (!NO_START.test(text.slice(at)) && !NO_END.test(text.slice(0, at))) cuts.push(at);
  }
  if (columns(text) <= 2 * max) {
    let best: number | undefined;
    let widest = Number.POSITIVE_INFINITY;
    for (const at of cuts) {
      const w = Math.max(columns(text.slice(0, at)), columns(text.slice(at)));
      if (w <= max && w < widest) {
        best = at;
        widest = w;
      }
    }
    if (best !== undefined) return `${text.slice(0, best)} ${text.slice(best)}`;
  }
  const lines: string[] = [];
  let start = 0;
  let last = 0;
  for (const at of [...cuts, text.length]) {
    if (columns(text.slice(start, at)) > max && last > start) {
      lines.push(text.slice(start, last));
      start = last;
    }
    last = at;
  }
  lines.push(text.slice(start));
  return lines.join(' ');
}

export function sectionRadar(ctx: ReportContext, sectionId: string, width: number): ChartSpec | null {
  const section = ctx.framework.sections.find((x) => x.id === sectionId);
  const rows = ctx.scores.dimensions.filter((d) => d.sectionId === sectionId);
  if (!section || rows.length === 0) return null;
  const name = label(ctx.pick(section.title));
  const values = rows.map((d) =>
    ctx.fill(ctx.s.altValue, { dimension: ctx.dimensionTitle(d.id), score: ctx.score(d.score), target: d.target }),
  );
  return {
    key: `radar-${sectionId}`,
    title: ctx.fill(ctx.s.radarTitle, { section: name }),
    alt: ctx.fill(ctx.s.altRadar, { section: name, values: ctx.list(values) }),
    element: createElement(MaturityRadar, {
      width,
      height: Math.round(Math.min(460, width * 0.72)),
      // The radar wraps its labels at 18 columns.
      data: rows.map((d) => ({ label: cjkBreaks(label(ctx.dimensionTitle(d.id)), 18, ctx.language), current: d.score, target: d.target })),
      labels: { current: ctx.s.current, target: ctx.s.target },
      fontFamily: chartFontFamily(ctx.language),
    }),
  };
}

export function gapChart(ctx: ReportContext, width: number): ChartSpec | null {
  if (ctx.scores.gaps.length === 0) return null;
  const values = ctx.scores.gaps.map((d) =>
    ctx.fill(ctx.s.altValue, { dimension: ctx.dimensionTitle(d.id), score: ctx.score(d.score), target: d.target }),
  );
  return {
    key: 'gaps',
    title: ctx.s.gapsHeading,
    alt: ctx.fill(ctx.s.altGap, { values: ctx.list(values) }),
    element: createElement(GapBars, {
      width,
      format: (n: number) => ctx.score(n),
      labels: { current: ctx.s.current, gap: ctx.s.gap, target: ctx.s.target },
      // The gap bars wrap their labels at a seventh of the label column's width.
      data: ctx.scores.gaps.map((d) => ({
        label: cjkBreaks(label(ctx.dimensionTitle(d.id)), Math.floor(Math.min(260, Math.max(140, width * 0.3)) / 7), ctx.language),
        current: d.score ?? 0,
        target: d.target,
        gap: d.gap ?? 0,
        priority: d.priority ?? 0,
      })),
      fontFamily: chartFontFamily(ctx.language),
    }),
  };
}

export function respondentHeatmap(ctx: ReportContext, width: number): ChartSpec | null {
  if (ctx.respondents.length === 0) return null;
  const cell = (respondentId: string, dimensionId: string) =>
    ctx.scores.respondentDimensions.find((c) => c.respondentId === respondentId && c.dimensionId === dimensionId);
  const values = ctx.respondents.map((r) => {
    const scores = ctx.scores.dimensions.map((d) => `${ctx.dimensionTitle(d.id)} ${ctx.score(cell(r.id, d.id)?.score ?? null)}`);
    return ctx.labelled(ctx.people.label(r.id), scores.join(', '));
  });
  return {
    key: 'heatmap',
    title: ctx.s.spread,
    alt: ctx.fill(ctx.s.altHeatmap, { values: values.join('; ') }),
    element: createElement(RespondentHeatmap, {
      width,
      title: ctx.s.spread,
      format: (n: number) => ctx.score(n),
      labels: {
        na: ctx.s.na,
        unanswered: ctx.s.unanswered,
        disagreement: ctx.s.disagreement,
        levels: ctx.framework.levels.map((l) => label(ctx.pick(l))),
      },
      // Columns are numbered (the dimension titles would not fit above a column): the key is a table below the chart.
      columns: ctx.scores.dimensions.map((d, i) => ({
        label: String(i + 1),
        disagreement: ctx.scores.respondentDimensions.some((c) => c.dimensionId === d.id && c.disagreement),
      })),
      rows: ctx.respondents.map((r) => ({
        label: label(ctx.people.short(r.id)),
        cells: ctx.scores.dimensions.map((d) => {
          const c = cell(r.id, d.id);
          return { score: c?.score ?? null, allNa: !!c && c.na > 0 && c.levels === 0 };
        }),
      })),
      fontFamily: chartFontFamily(ctx.language),
    }),
  };
}

/** Every chart of the report, in document order. */
export function reportCharts(ctx: ReportContext, width: number): ChartSpec[] {
  return [...ctx.framework.sections.map((s) => sectionRadar(ctx, s.id, width)), gapChart(ctx, width), respondentHeatmap(ctx, width)].filter(
    (c): c is ChartSpec => c !== null,
  );
}
