/**
 * Where the organisation stands: overall and section scores, percent to target, coverage
 * warnings, radars of current against target, the gap chart by priority, the respondent
 * heatmap, strengths and priorities (each opening the dimension's detail). Every number
 * comes from the scoring service; this view only lays them out.
 */
import { Alert, Anchor, Center, List, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Framework } from '../../electron/contract/framework-schema.ts';
import { type DimensionScore, formatPercent, formatScore, type ScoreReport } from '../../electron/contract/scores.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { GapBars } from '../charts/GapBars.tsx';
import { MaturityRadar } from '../charts/MaturityRadar.tsx';
import { heatmapHeight, RespondentHeatmap } from '../charts/RespondentHeatmap.tsx';
import { errorText } from '../common/error-text.ts';
import { pickText } from '../frameworks/Localized.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { DimensionDetail } from './DimensionDetail.tsx';
import { useScores } from './useScores.ts';

/** Below this share of questions answered, a dimension's score is flagged as thin. */
const THIN_COVERAGE = 0.5;

export function ResultsView({ ws }: { ws: WorkspaceApi }) {
  const { t, i18n } = useTranslation();
  const { workspace } = ws;
  const { report, error } = useScores(workspace);
  const [detail, setDetail] = useState<string | null>(null);
  const lang = i18n.language;

  if (error) {
    return (
      <Alert color="red" title={t('errors.title')}>
        {errorText(t, error)}
      </Alert>
    );
  }
  if (!workspace || !report) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const fw = workspace.framework;
  const dimensions = fw.sections.flatMap((s) => s.dimensions);
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const title = (id: string) => {
    const d = dimensionById.get(id);
    return d ? pickText(d.title, lang).value : id;
  };
  const levelName = (level: number | null) => (level ? pickText(fw.levels[level - 1] ?? { en: '' }, lang).value : '');
  const fmt = (n: number | null | undefined) => formatScore(n, lang);
  const pct = (n: number | null | undefined) => formatPercent(n, lang);

  if (report.overall.coverage === 0) {
    return (
      <Paper withBorder p="xl" radius="md" data-testid="results-empty">
        <Stack align="center" gap="xs">
          <Title order={3}>{t('results.emptyTitle')}</Title>
          <Text c="dimmed">{t('results.emptyBody')}</Text>
        </Stack>
      </Paper>
    );
  }

  const thin = report.dimensions.filter((d) => d.coverage < THIN_COVERAGE);
  const strengths = report.dimensions
    .filter((d) => d.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, 3);
  const priorities = report.gaps.slice(0, 3);
  const activeRespondents = workspace.respondents.filter((r) => r.deletedAt === null);

  const summary: { label: string; value: string; sub: string; testId: string }[] = [
    {
      label: t('results.overall'),
      value: fmt(report.overall.score),
      sub: report.overall.score === null ? '' : `${pct(report.overall.percent)} · ${levelName(report.overall.level)}`,
      testId: 'overall-score',
    },
    {
      label: t('results.percentToTarget'),
      value: pct(report.percentToTarget),
      sub: t('results.percentToTargetHelp'),
      testId: 'percent-to-target',
    },
    ...report.sections.map((s) => {
      const section = fw.sections.find((x) => x.id === s.id);
      return {
        label: section ? pickText(section.title, lang).value : s.id,
        value: fmt(s.score),
        sub: s.score === null ? '' : `${pct(s.percent)} · ${levelName(s.level)}`,
        testId: `section-${s.id}`,
      };
    }),
  ];

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {summary.map((card) => (
          <Paper key={card.testId} withBorder radius="md" p="md" data-testid={card.testId}>
            <Text size="sm" c="dimmed" fw={600}>
              {card.label}
            </Text>
            <Text fz={32} fw={700} lh={1.2}>
              {card.value}
            </Text>
            <Text size="sm" c="dimmed">
              {card.sub}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {thin.length > 0 && (
        <Alert color="yellow" title={t('results.thinTitle')} data-testid="coverage-warnings">
          <List size="sm">
            {thin.map((d) => {
              const dimension = dimensionById.get(d.id);
              const total = dimension?.questions.length ?? 0;
              return (
                <List.Item key={d.id}>
                  {t('results.thinItem', { dimension: title(d.id), answered: Math.round(d.coverage * total), total })}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {fw.sections.map((section) => {
          const rows = report.dimensions.filter((d) => d.sectionId === section.id);
          const name = t('results.radarTitle', { section: pickText(section.title, lang).value });
          return (
            <ChartFrame
              key={section.id}
              title={name}
              testId={`radar-${section.id}`}
              chart={(width) => (
                <MaturityRadar
                  width={width}
                  height={Math.min(440, Math.max(320, width * 0.8))}
                  data={rows.map((d) => ({ label: title(d.id), current: d.score, target: d.target }))}
                  labels={{ current: t('results.current'), target: t('results.target') }}
                />
              )}
              table={<ScoreTable rows={rows} title={title} fmt={fmt} />}
            />
          );
        })}
      </SimpleGrid>

      <ChartFrame
        title={t('results.gapTitle')}
        testId="gap-chart"
        chart={(width) =>
          report.gaps.length === 0 ? (
            <Text c="dimmed">{t('results.noGaps')}</Text>
          ) : (
            <GapBars
              width={width}
              format={(n) => fmt(n)}
              labels={{ current: t('results.current'), gap: t('results.gap'), target: t('results.target') }}
              data={report.gaps.map((d) => ({
                label: title(d.id),
                current: d.score ?? 0,
                target: d.target,
                gap: d.gap ?? 0,
                priority: d.priority ?? 0,
              }))}
            />
          )
        }
        table={<GapTable rows={report.gaps} title={title} fmt={fmt} />}
      />

      {activeRespondents.length > 0 && (
        <ChartFrame
          title={t('results.heatmapTitle')}
          testId="heatmap"
          chart={(width) => (
            <div style={{ height: heatmapHeight(activeRespondents.length) }}>
              <RespondentHeatmap
                width={Math.max(width, 640)}
                title={t('results.heatmapTitle')}
                format={(n) => fmt(n)}
                labels={{
                  na: t('results.na'),
                  unanswered: t('results.unanswered'),
                  disagreement: t('results.disagreement'),
                  levels: fw.levels.map((l) => pickText(l, lang).value),
                }}
                columns={report.dimensions.map((d) => ({
                  label: title(d.id),
                  disagreement: report.respondentDimensions.some((c) => c.dimensionId === d.id && c.disagreement),
                }))}
                rows={activeRespondents.map((r) => ({
                  label: r.role ? `${r.name} (${r.role})` : r.name,
                  cells: report.dimensions.map((d) => {
                    const cell = report.respondentDimensions.find((c) => c.respondentId === r.id && c.dimensionId === d.id);
                    return { score: cell?.score ?? null, allNa: !!cell && cell.na > 0 && cell.levels === 0 };
                  }),
                }))}
              />
            </div>
          )}
          table={<HeatmapTable report={report} respondents={activeRespondents} title={title} fmt={fmt} />}
        />
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DimensionList
          heading={t('results.strengths')}
          testId="strengths"
          items={strengths.map((d) => ({ id: d.id, text: `${title(d.id)}: ${fmt(d.score)} (${levelName(d.level)})` }))}
          empty={t('results.noStrengths')}
          onOpen={setDetail}
        />
        <DimensionList
          heading={t('results.priorities')}
          testId="priorities"
          items={priorities.map((d) => ({
            id: d.id,
            text: t('results.priorityItem', { dimension: title(d.id), score: fmt(d.score), target: d.target, gap: fmt(d.gap) }),
          }))}
          empty={t('results.noGaps')}
          onOpen={setDetail}
        />
      </SimpleGrid>

      <DimensionDetail
        dimension={detail ? (dimensionById.get(detail) as Dimension) : null}
        score={report.dimensions.find((d) => d.id === detail) ?? null}
        report={report}
        workspace={workspace}
        framework={fw as Framework}
        onClose={() => setDetail(null)}
      />
    </Stack>
  );
}

function DimensionList(props: {
  heading: string;
  testId: string;
  items: { id: string; text: string }[];
  empty: string;
  onOpen: (id: string) => void;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={props.testId}>
      <Title order={3} size="h4" mb="xs">
        {props.heading}
      </Title>
      {props.items.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <List type="ordered" spacing="xs">
          {props.items.map((item) => (
            <List.Item key={item.id}>
              <Anchor component="button" type="button" onClick={() => props.onOpen(item.id)} ta="start">
                {item.text}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function ScoreTable({ rows, title, fmt }: { rows: DimensionScore[]; title: (id: string) => string; fmt: (n: number | null) => string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.dimension')}</Table.Th>
          <Table.Th ta="end">{t('results.current')}</Table.Th>
          <Table.Th ta="end">{t('results.target')}</Table.Th>
          <Table.Th ta="end">{t('results.coverage')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{title(d.id)}</Table.Td>
            <Table.Td ta="end">{fmt(d.score)}</Table.Td>
            <Table.Td ta="end">{d.target}</Table.Td>
            <Table.Td ta="end">{formatPercent(d.coverage * 100, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function GapTable({ rows, title, fmt }: { rows: DimensionScore[]; title: (id: string) => string; fmt: (n: number | null) => string }) {
  const { t } = useTranslation();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.dimension')}</Table.Th>
          <Table.Th ta="end">{t('results.current')}</Table.Th>
          <Table.Th ta="end">{t('results.target')}</Table.Th>
          <Table.Th ta="end">{t('results.gap')}</Table.Th>
          <Table.Th ta="end">{t('results.importance')}</Table.Th>
          <Table.Th ta="end">{t('results.priority')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{title(d.id)}</Table.Td>
            <Table.Td ta="end">{fmt(d.score)}</Table.Td>
            <Table.Td ta="end">{d.target}</Table.Td>
            <Table.Td ta="end">{fmt(d.gap)}</Table.Td>
            <Table.Td ta="end">{t(`results.importanceLevels.${d.importance}`)}</Table.Td>
            <Table.Td ta="end">{fmt(d.priority)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function HeatmapTable(props: {
  report: ScoreReport;
  respondents: { id: string; name: string; role: string }[];
  title: (id: string) => string;
  fmt: (n: number | null) => string;
}) {
  const { t } = useTranslation();
  const { report, respondents, title, fmt } = props;
  return (
    <Table striped withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.dimension')}</Table.Th>
          {respondents.map((r) => (
            <Table.Th key={r.id} ta="end">
              {r.name}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.dimensions.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              {title(d.id)}
              {report.respondentDimensions.some((c) => c.dimensionId === d.id && c.disagreement) ? ` (! ${t('results.disagreement')})` : ''}
            </Table.Td>
            {respondents.map((r) => {
              const c = report.respondentDimensions.find((x) => x.respondentId === r.id && x.dimensionId === d.id);
              const text = c?.score != null ? fmt(c.score) : c && c.na > 0 ? t('results.na') : '–';
              return (
                <Table.Td key={r.id} ta="end">
                  {text}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
