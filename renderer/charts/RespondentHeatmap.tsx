/**
 * Respondents × dimensions: each cell coloured by the respondent's level in the dimension
 * and labelled with the number; N/A hatched grey, unanswered blank with a dash; a "!" in
 * the header of dimensions with a disagreement. Plain SVG, fixed size.
 */
import { CHART_COLORS, CHART_FONT, LEVEL_SCALE, levelColor } from './palette.ts';
import { columns as columns_, wrapLabel } from './wrap-label.ts';

export interface HeatmapCell {
  score: number | null;
  /** Every answered question in the dimension was N/A. */
  allNa: boolean;
}

interface Props {
  rows: { label: string; cells: HeatmapCell[] }[];
  columns: { label: string; disagreement: boolean }[];
  width: number;
  format: (n: number) => string;
  labels: { na: string; unanswered: string; disagreement: string; levels: string[] };
  title: string;
  fontFamily?: string;
}

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 92;
const LEGEND_HEIGHT = 56;

export function heatmapHeight(rowCount: number): number {
  return HEADER_HEIGHT + rowCount * ROW_HEIGHT + LEGEND_HEIGHT;
}

export function RespondentHeatmap({ rows, columns, width, format, labels, title, fontFamily = CHART_FONT }: Props) {
  const labelWidth = Math.min(280, Math.max(120, width * 0.22));
  const legendStep = Math.max(92, 34 + 6.5 * Math.max(...labels.levels.map((l) => columns_(l))));
  const cellWidth = Math.max(36, (width - labelWidth - 8) / Math.max(1, columns.length));
  const height = heatmapHeight(rows.length);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      fontFamily={fontFamily}
    >
      <defs>
        <pattern id="na-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#E9ECEF" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ADB5BD" strokeWidth="2" />
        </pattern>
      </defs>
      <rect width={width} height={height} fill="#FFFFFF" />
      {columns.map((column, c) => {
        const x = labelWidth + c * cellWidth + cellWidth / 2;
        const lines = wrapLabel(column.label, Math.max(6, Math.floor(cellWidth / 6.5)), 5);
        return (
          <text
            key={`col-${column.label}`}
            x={x}
            y={HEADER_HEIGHT - 8 - (lines.length - 1) * 12}
            textAnchor="middle"
            fontSize={10}
            fill={CHART_COLORS.text}
          >
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, or rows that may share a name, never reorder
              <tspan key={`${i}-${line}`} x={x} dy={i === 0 ? 0 : 12}>
                {line}
              </tspan>
            ))}
            {column.disagreement && (
              <tspan x={x} dy={-12 * lines.length} fontWeight={700} fill={CHART_COLORS.gap}>
                ! <title>{labels.disagreement}</title>
              </tspan>
            )}
          </text>
        );
      })}
      {rows.map((row, r) => {
        const y = HEADER_HEIGHT + r * ROW_HEIGHT;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, or rows that may share a name, never reorder
          <g key={`row-${r}-${row.label}`}>
            <text x={labelWidth - 8} y={y + ROW_HEIGHT / 2 + 4} textAnchor="end" fontSize={12} fill={CHART_COLORS.text}>
              {wrapLabel(row.label, Math.floor(labelWidth / 7), 1)[0]}
            </text>
            {row.cells.map((cell, c) => {
              const x = labelWidth + c * cellWidth;
              const color = cell.score !== null ? levelColor(cell.score) : null;
              const fill = color ? color.fill : cell.allNa ? 'url(#na-hatch)' : '#FFFFFF';
              const text = cell.score !== null ? format(cell.score) : cell.allNa ? labels.na : '–';
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, or rows that may share a name, never reorder
                <g key={`cell-${r}-${c}`}>
                  <rect x={x + 1} y={y + 1} width={cellWidth - 2} height={ROW_HEIGHT - 2} fill={fill} stroke={CHART_COLORS.grid} rx={3} />
                  <text
                    x={x + cellWidth / 2}
                    y={y + ROW_HEIGHT / 2 + 4}
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={cell.score !== null ? 600 : 400}
                    fill={color ? color.text : CHART_COLORS.muted}
                  >
                    {text}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${HEADER_HEIGHT + rows.length * ROW_HEIGHT + 16})`}>
        {LEVEL_SCALE.map((level, i) => (
          <g key={level.fill} transform={`translate(${i * legendStep}, 0)`}>
            <rect width={18} height={14} fill={level.fill} stroke={CHART_COLORS.grid} />
            <text x={24} y={11} fontSize={10} fill={CHART_COLORS.text}>
              {`${i + 1} ${labels.levels[i] ?? ''}`}
            </text>
          </g>
        ))}
        <g transform="translate(0, 22)">
          <rect width={18} height={14} fill="url(#na-hatch)" stroke={CHART_COLORS.grid} />
          <text x={24} y={11} fontSize={10} fill={CHART_COLORS.text}>
            {labels.na}
          </text>
          <rect x={legendStep} width={18} height={14} fill="#FFFFFF" stroke={CHART_COLORS.grid} />
          <text x={legendStep + 24} y={11} fontSize={10} fill={CHART_COLORS.text}>
            {`– ${labels.unanswered}`}
          </text>
          <text x={legendStep * 2.5} y={11} fontSize={10} fontWeight={700} fill={CHART_COLORS.gap}>
            {`! ${labels.disagreement}`}
          </text>
        </g>
      </g>
    </svg>
  );
}
