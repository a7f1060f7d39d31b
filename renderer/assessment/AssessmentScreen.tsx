/**
 * One assessment: its title (rename), export and delete, and its tabs: overview, interview,
 * consensus, targets, KPIs, team discussion, results, action plan.
 */
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useCommand } from '../app/commands.ts';
import { DiscussionView } from '../capture/DiscussionView.tsx';
import { InterviewView } from '../capture/InterviewView.tsx';
import { KpiView } from '../capture/KpiView.tsx';
import { OutboxBanner } from '../capture/OutboxBanner.tsx';
import { SaveIndicator } from '../capture/SaveIndicator.tsx';
import { TargetsView } from '../capture/TargetsView.tsx';
import { useWorkspace } from '../capture/useWorkspace.ts';
import { downloadText } from '../common/download.ts';
import { errorText } from '../common/error-text.ts';
import type { UndoOffer } from '../common/UndoBar.tsx';
import { ConsensusView } from '../consensus/ConsensusView.tsx';
import { PlanView } from '../plan/PlanView.tsx';
import { ReportDialog } from '../report/ReportDialog.tsx';
import { ResultsView } from '../results/ResultsView.tsx';
import { EditableTitle } from './EditableTitle.tsx';
import { OverviewView } from './OverviewView.tsx';

export const ASSESSMENT_TABS = ['overview', 'interview', 'consensus', 'targets', 'kpis', 'discussion', 'results', 'plan'] as const;

interface Props {
  id: string;
  tab?: string;
  onTab: (tab: string) => void;
  onBack: () => void;
  onDeleted: (offer: UndoOffer) => void;
}

export function AssessmentScreen({ id, tab, onTab, onBack, onDeleted }: Props) {
  const { t } = useTranslation();
  const ws = useWorkspace(id);
  const [reportOpen, setReportOpen] = useState(false);
  const { workspace, loadError } = ws;
  const current = ASSESSMENT_TABS.includes(tab as (typeof ASSESSMENT_TABS)[number]) ? (tab as string) : 'overview';

  // File > Export… and its shortcut run the export button's own function (once loaded).
  useCommand('export', workspace ? () => exportPackage() : null);

  if (loadError) {
    return (
      <Stack maw={900} mx="auto">
        <Alert color="red" title={t('errors.title')}>
          {errorText(t, loadError)}
        </Alert>
        <Button variant="default" onClick={onBack}>
          {t('nav.backToList')}
        </Button>
      </Stack>
    );
  }
  if (!workspace) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const { assessment } = workspace;

  async function remove() {
    await call('assessments.delete', { id });
    onDeleted({
      key: Date.now(),
      message: t('home.deleted', { title: assessment.title }),
      undo: async () => {
        await call('assessments.restore', { id });
      },
    });
  }

  async function exportPackage() {
    const exported = await ws.writeAndReload(() => call('packages.export', { assessmentId: id }));
    downloadText(exported.fileName, exported.content, 'application/json');
  }

  return (
    <Stack gap="sm" maw={1440} mx="auto">
      <Anchor component="button" type="button" onClick={onBack} size="sm" ta="start">
        ← {t('nav.backToList')}
      </Anchor>
      {assessment.deletedAt && (
        <Alert color="orange" title={t('assessment.deletedTitle')}>
          <Group justify="space-between">
            <span>{t('assessment.deletedBody')}</span>
            <Button
              size="xs"
              onClick={async () => {
                await call('assessments.restore', { id });
                await ws.reload();
              }}
            >
              {t('deleted.restore')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <EditableTitle
            title={assessment.title}
            onRename={async (title) => {
              await ws.writeAndReload(() => call('assessments.rename', { id, title }));
            }}
          />
          <Group gap="xs">
            <Text c="dimmed">{assessment.client.name}</Text>
            <Badge variant="light">{t(`status.${assessment.status}`)}</Badge>
            <SaveIndicator state={ws.save} waiting={ws.outbox.items.length} />
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => setReportOpen(true)} data-testid="open-report">
            {t('report.open')}
          </Button>
          <Button variant="default" onClick={() => void exportPackage()} data-testid="export-package">
            {t('assessment.export')}
          </Button>
          {!assessment.deletedAt && (
            <Button color="red" variant="light" onClick={() => void remove()} data-testid="delete-assessment">
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      {/* Stays in view under the app's header while the screen scrolls: what is not saved is never out of sight. */}
      <div style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 56px) + 4px)', zIndex: 150 }}>
        <OutboxBanner outbox={ws.outbox} workspace={workspace} onRetry={ws.retryNow} />
      </div>
      <Tabs value={current} onChange={(value) => value && onTab(value)} keepMounted={false}>
        <Tabs.List>
          {ASSESSMENT_TABS.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
              {t(`assessment.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewView assessment={assessment} respondents={workspace.respondents} onChanged={() => void ws.reload()} />
        </Tabs.Panel>
        <Tabs.Panel value="interview" pt="md">
          <InterviewView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="consensus" pt="md">
          <ConsensusView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="md">
          <TargetsView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <KpiView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="discussion" pt="md">
          <DiscussionView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsView ws={ws} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <PlanView ws={ws} />
        </Tabs.Panel>
      </Tabs>
      <ReportDialog
        opened={reportOpen}
        onClose={() => setReportOpen(false)}
        assessmentId={id}
        assessmentLanguage={assessment.language}
        assessorFirm={assessment.assessorFirm}
      />
    </Stack>
  );
}
