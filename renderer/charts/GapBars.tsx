/**
 * Dimensions in priority order: the current level (solid) and the gap up to the target
 * (hatched), with the numbers written at the end of each bar. Pure and fixed-size.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, CHART_FONT } from './palette.ts';
import { wrapLabel } from './wrap-label.ts';

export interface GapDatum {
  label: string;
  current: number;
  target: number;
  gap: number;
  priority: number;
}

interface Props {
  data: GapDatum[];
  width: number;
  labels: { current: string; gap: string; target: string };
  /** Formats a number for display (one decimal, in the report's or screen's language). */
  format: (n: number) => string;
  fontFamily?: string;
}

export const GAP_ROW_HEIGHT = 44;

function CategoryTick(props: { x?: number; y?: number; payload?: { value: string }; fontFamily: string; width: number }) {
  const { x = 0, y = 0, payload, fontFamily, width } = props;
  const lines = wrapLabel(payload?.value ?? '', Math.floor(width / 7), 2);
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={12} fill={CHART_COLORS.text} fontFamily={fontFamily}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, or rows that may share a name, never reorder
        <tspan key={`${i}-${line}`} x={x - 6} dy={i === 0 ? (lines.length === 1 ? 4 : -3) : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function GapBars({ data, width, labels, format, fontFamily = CHART_FONT }: Props) {
  const labelWidth = Math.min(260, Math.max(140, width * 0.3));
  const height = data.length * GAP_ROW_HEIGHT + 70;
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 96, bottom: 8, left: 8 }}
      style={{ fontFamily }}
    >
      <defs>
        <pattern id="gap-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#FBE3D6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLORS.gap} strokeWidth="2.5" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fontSize: 11, fill: CHART_COLORS.muted }} />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        interval={0}
        tick={(p: object) => <CategoryTick {...p} fontFamily={fontFamily} width={labelWidth} />}
      />
      <Bar dataKey="current" stackId="level" name={labels.current} fill={CHART_COLORS.current} isAnimationActive={false} barSize={22}>
        <LabelList dataKey="current" position="insideRight" fill="#FFFFFF" fontSize={11} formatter={(v: unknown) => format(Number(v))} />
      </Bar>
      <Bar
        dataKey="gap"
        stackId="level"
        name={labels.gap}
        fill="url(#gap-hatch)"
        stroke={CHART_COLORS.gap}
        isAnimationActive={false}
        barSize={22}
      >
        <LabelList
          dataKey="target"
          position="right"
          fill={CHART_COLORS.text}
          fontSize={11}
          formatter={(v: unknown) => `${labels.target} ${format(Number(v))}`}
        />
      </Bar>
      <Legend wrapperStyle={{ fontSize: 12, fontFamily }} />
    </BarChart>
  );
}
