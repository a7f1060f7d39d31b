/**
 * Chart colours that colour-blind readers can tell apart (Okabe-Ito), and a sequential
 * blue scale for levels 1-5. Charts never rely on colour alone: values are also written
 * as numbers, targets are dashed, N/A is hatched.
 */
export const CHART_COLORS = {
  current: '#0072B2',
  target: '#E69F00',
  gap: '#D55E00',
  grid: '#CED4DA',
  text: '#212529',
  muted: '#5C636A',
} as const;

/** Level 1 (light) to 5 (dark), with the text colour that stays readable on each. */
export const LEVEL_SCALE = [
  { fill: '#EFF3FF', text: '#212529' },
  { fill: '#BDD7E7', text: '#212529' },
  { fill: '#6BAED6', text: '#212529' },
  { fill: '#3182BD', text: '#FFFFFF' },
  { fill: '#08519C', text: '#FFFFFF' },
] as const;

/** The fill of a score 1..5 (rounded down to its band). */
export function levelColor(score: number) {
  const index = Math.min(4, Math.max(0, Math.floor(score) - 1));
  return LEVEL_SCALE[index] as (typeof LEVEL_SCALE)[number];
}

/** The font stack of chart text: system fonts with CJK fallbacks (the report passes its own). */
export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", "Microsoft YaHei UI", sans-serif';
