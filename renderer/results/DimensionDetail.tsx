/** One dimension in detail: its score, target and gap, then each question with every respondent's answer and note. */
import { Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../electron/contract/capture-types.ts';
import type { Dimension, Framework } from '../../electron/contract/framework-schema.ts';
import { type DimensionScore, formatScore, type ScoreReport } from '../../electron/contract/scores.ts';
import { Localized } from '../frameworks/Localized.tsx';

interface Props {
  dimension: Dimension | null;
  score: DimensionScore | null;
  report: ScoreReport;
  workspace: Workspace;
  framework: Framework;
  onClose: () => void;
}

export function DimensionDetail({ dimension, score, report, workspace, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const respondents = workspace.respondents.filter((r) => r.deletedAt === null);
  return (
    <Drawer
      opened={dimension !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={dimension ? <Localized text={dimension.title} /> : ''}
    >
      {dimension && score && (
        <Stack gap="md" data-testid="dimension-detail">
          <Group gap="md">
            <Badge size="lg" variant="light">
              {t('results.current')}: {fmt(score.score)}
            </Badge>
            <Badge size="lg" variant="outline">
              {t('results.target')}: {score.target}
            </Badge>
            <Badge size="lg" color="orange" variant="light">
              {t('results.gap')}: {fmt(score.gap)}
            </Badge>
          </Group>
          {dimension.questions.map((q) => {
            const qs = report.questions.find((x) => x.questionId === q.id);
            const consensus = workspace.consensus.find((c) => c.questionId === q.id);
            return (
              <Stack key={q.id} gap={4}>
                <Title order={4} size="h5">
                  {q.id} · <Localized text={q.text} />
                </Title>
                <Text size="sm" c="dimmed">
                  {t('results.questionValue')}: {fmt(qs?.value)}
                  {qs?.source === 'consensus' ? ` (${t('results.fromConsensus')})` : ''}
                  {qs?.disagreement ? ` · ! ${t('results.disagreement')}` : ''}
                </Text>
                <Table withRowBorders>
                  <Table.Tbody>
                    {respondents.map((r) => {
                      const answer = workspace.answers.find((a) => a.questionId === q.id && a.respondentId === r.id);
                      const value = answer?.na ? t('results.na') : answer?.level ? String(answer.level) : '–';
                      return (
                        <Table.Tr key={r.id}>
                          <Table.Td w={180}>{r.name}</Table.Td>
                          <Table.Td w={50}>{value}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                            {answer?.na ? answer.naReason : answer?.note}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                    {consensus && (
                      <Table.Tr>
                        <Table.Td fw={600}>{t('results.consensus')}</Table.Td>
                        <Table.Td fw={600}>{consensus.na ? t('results.na') : (consensus.level ?? '–')}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{consensus.rationale}</Table.Td>
                      </Table.Tr>
                    )}
                  </Table.Tbody>
                </Table>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Drawer>
  );
}
