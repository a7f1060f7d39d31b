/**
 * Current level against target per dimension, on a fixed 0-5 scale. Pure: data in, SVG
 * out, fixed size (no ResponsiveContainer), so it also renders outside the browser.
 */
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { CHART_COLORS, CHART_FONT } from './palette.ts';
import { wrapLabel } from './wrap-label.ts';

export interface RadarDatum {
  label: string;
  current: number | null;
  target: number;
}

interface Props {
  data: RadarDatum[];
  width: number;
  height: number;
  labels: { current: string; target: string };
  fontFamily?: string;
}

function AngleTick(props: { x?: number; y?: number; cx?: number; payload?: { value: string }; textAnchor?: string; fontFamily: string }) {
  const { x = 0, y = 0, cx = 0, payload, fontFamily } = props;
  const lines = wrapLabel(payload?.value ?? '', 18, 3);
  const anchor = Math.abs(x - cx) < 8 ? 'middle' : x > cx ? 'start' : 'end';
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={12} fill={CHART_COLORS.text} fontFamily={fontFamily}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, or rows that may share a name, never reorder
        <tspan key={`${i}-${line}`} x={x} dy={i === 0 ? -((lines.length - 1) * 7) + 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function MaturityRadar({ data, width, height, labels, fontFamily = CHART_FONT }: Props) {
  const rows = data.map((d) => ({ label: d.label, current: d.current ?? 0, target: d.target }));
  const outer = Math.max(40, Math.min(width, height) / 2 - 70);
  return (
    <RadarChart width={width} height={height} data={rows} outerRadius={outer} style={{ fontFamily }}>
      <PolarGrid stroke={CHART_COLORS.grid} />
      <PolarAngleAxis dataKey="label" tick={(p: object) => <AngleTick {...p} fontFamily={fontFamily} />} />
      {/* The scale runs between the first two spokes, so its numbers never sit on a label. */}
      <PolarRadiusAxis
        domain={[0, 5]}
        tickCount={6}
        angle={90 - 180 / Math.max(3, rows.length)}
        tick={{ fontSize: 10, fill: CHART_COLORS.muted }}
        axisLine={false}
      />
      <Radar
        name={labels.target}
        dataKey="target"
        stroke={CHART_COLORS.target}
        strokeDasharray="6 4"
        strokeWidth={2}
        fill={CHART_COLORS.target}
        fillOpacity={0.08}
        isAnimationActive={false}
      />
      <Radar
        name={labels.current}
        dataKey="current"
        stroke={CHART_COLORS.current}
        strokeWidth={2.5}
        fill={CHART_COLORS.current}
        fillOpacity={0.25}
        dot={{ r: 3, fill: CHART_COLORS.current }}
        isAnimationActive={false}
      />
      <Legend wrapperStyle={{ fontSize: 12, fontFamily }} />
    </RadarChart>
  );
}
