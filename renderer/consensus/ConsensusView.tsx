/**
 * Consensus: the respondents' levels side by side, disagreements (spread of 2 or more)
 * flagged, and the agreed level and its rationale for the selected question.
 */
import { Alert, Grid, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { useScores } from '../results/useScores.ts';
import { ConsensusDetail } from './ConsensusDetail.tsx';
import { type AgreedChoice, COMPACT_FROM, ConsensusTable } from './ConsensusTable.tsx';
import { activeRespondents, buildConsensusRows, hasAnyAnswer } from './consensus-rows.ts';
import { usePaneHeight } from './usePaneHeight.ts';

export function ConsensusView({ ws }: { ws: WorkspaceApi }) {
  const { t } = useTranslation();
  const { workspace, setConsensus } = ws;
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const onSelect = useCallback((id: string) => setSelectedId(id), []);
  // Keys 1-5 and N on a row: the same write as the agreed-level buttons of the detail.
  const onAgree = useCallback(
    (questionId: string, choice: AgreedChoice) => {
      const patch = choice.na ? { questionId, na: true } : { questionId, level: choice.level, na: false };
      setConsensus(patch).catch(() => {
        // The workspace shows a failed save in its indicator; nothing else to do here.
      });
    },
    [setConsensus],
  );
  const panes = useRef<HTMLDivElement>(null);
  const paneHeight = usePaneHeight(panes);

  const framework = workspace?.framework;
  const respondentList = workspace?.respondents;
  const answers = workspace?.answers;
  const consensus = workspace?.consensus;
  const respondents = useMemo(() => activeRespondents(respondentList ?? []), [respondentList]);
  // Spread and disagreement come from the scoring service, like every other score.
  const { report } = useScores(workspace);
  const spreads = useMemo(
    () => new Map((report?.questions ?? []).map((q) => [q.questionId, { spread: q.spread, disagreement: q.disagreement }])),
    [report],
  );
  const rows = useMemo(
    () => (framework ? buildConsensusRows(framework, respondents, answers ?? [], consensus ?? [], spreads) : []),
    [framework, respondents, answers, consensus, spreads],
  );
  const visible = useMemo(
    () => rows.filter((r) => (!onlyDisagreements || r.disagreement) && (!onlyOpen || !r.agreed)),
    [rows, onlyDisagreements, onlyOpen],
  );

  if (!workspace) return null;
  if (!hasAnyAnswer(workspace.answers, respondents)) {
    return (
      <Alert color="gray" variant="light" title={t('consensus.empty.title')} data-testid="consensus-empty" maw={720}>
        {t('consensus.empty.body')}
      </Alert>
    );
  }

  const disagreements = rows.filter((r) => r.disagreement).length;
  const open = rows.filter((r) => !r.agreed).length;
  // The detail stays on the chosen question even when a filter hides its row (e.g. once it is agreed).
  const selected = rows.find((r) => r.question.id === selectedId);
  // A workshop's many compact columns need the wider pane; below 1200 px the detail goes under the table.
  const many = respondents.length >= COMPACT_FROM;
  const tableSpan = many ? { base: 12, lg: 8 } : { base: 12, md: 7 };
  const detailSpan = many ? { base: 12, lg: 4 } : { base: 12, md: 5 };

  return (
    <Stack gap="sm">
      <Text size="sm" maw={980}>
        {t('consensus.intro')}
      </Text>
      <Group gap="lg" wrap="wrap" align="center">
        <Switch
          label={t('consensus.onlyDisagreements', { count: disagreements })}
          checked={onlyDisagreements}
          onChange={(e) => setOnlyDisagreements(e.currentTarget.checked)}
          data-testid="only-disagreements"
        />
        <Switch
          label={t('consensus.onlyWithoutConsensus', { count: open })}
          checked={onlyOpen}
          onChange={(e) => setOnlyOpen(e.currentTarget.checked)}
          data-testid="only-open"
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="consensus-count">
          {t('consensus.showing', { shown: visible.length, total: rows.length })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="consensus-keys">
          {t('consensus.keysHint')}
        </Text>
      </Group>
      <Grid gap="md" align="flex-start" ref={panes}>
        <Grid.Col span={tableSpan}>
          <ConsensusTable
            maxHeight={paneHeight}
            rows={visible}
            respondents={respondents}
            selectedId={selectedId}
            onSelect={onSelect}
            onAgree={onAgree}
          />
        </Grid.Col>
        <Grid.Col span={detailSpan}>
          <Paper
            withBorder
            radius="md"
            p="md"
            style={{ maxHeight: paneHeight ?? 'calc(100vh - 90px)', overflowY: 'auto', overflowWrap: 'anywhere' }}
          >
            {selected ? (
              <ConsensusDetail row={selected} respondents={respondents} framework={workspace.framework} setConsensus={setConsensus} />
            ) : (
              <Text c="dimmed" size="sm" data-testid="consensus-no-selection">
                {t('consensus.noSelection')}
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
