/**
 * "Import package…": picks a .cxa.json file and imports it. When the assessment is already
 * here, asks how to bring it in (merge, keep both, replace); after a merge, shows what
 * changed and what differed. Other problems go to the screen's error area.
 */
import { Alert, Badge, Button, FileButton, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConflictSide, type ImportOutcome, type MergeConflict, PACKAGE_MAX_CHARS } from '../../electron/contract/api.ts';
import { ApiCallError, call } from '../api/client.ts';
import { readableAlert } from '../backups/readable-alert.ts';
import { errorText } from '../common/error-text.ts';

type Choice = 'merge' | 'keep-both' | 'replace';
const CHOICES: Choice[] = ['merge', 'keep-both', 'replace'];

export interface ImportPackageHandle {
  /** Opens the file picker when the browser allows it without a click; otherwise focuses the button. Returns whether it opened. */
  requestPick: () => boolean;
  /** Imports a package the app was handed (double-click on a .cxa.json, or the Electron menu), as if picked. */
  importFile: (fileName: string, content: string) => void;
}

interface Props {
  onImported: (assessmentId: string) => void;
  /** A problem to show on the screen (null clears it): the file it is about, and what is wrong (it names the path). */
  onProblem: (problem: { fileName: string; message: string } | null) => void;
}

interface Pending {
  fileName: string;
  content: string;
  title: string;
  /** Both sides of the conflict: the assessment here and the one in the package. */
  here?: ConflictSide;
  incoming?: ConflictSide;
}

interface MergeResult {
  outcome: ImportOutcome;
  respondentNames: Map<string, string>;
}

export const ImportPackage = forwardRef<ImportPackageHandle, Props>(function ImportPackage({ onImported, onProblem }, ref) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<() => void>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [choosing, setChoosing] = useState<Choice | null>(null);
  const [choiceError, setChoiceError] = useState<unknown>(null);
  const [merged, setMerged] = useState<MergeResult | null>(null);

  useImperativeHandle(ref, () => ({
    requestPick() {
      const input = inputRef.current;
      if (input) {
        try {
          // showPicker() refuses (throws) without a recent click or key press.
          if (typeof input.showPicker === 'function') {
            input.showPicker();
            return true;
          }
          if (navigator.userActivation?.isActive) {
            input.click();
            return true;
          }
        } catch {
          // Not allowed here: fall through to focusing the button.
        }
      }
      buttonRef.current?.focus();
      return false;
    },
    importFile(fileName, content) {
      void importText(fileName, content);
    },
  }));

  async function finish(outcome: ImportOutcome) {
    if (outcome.outcome === 'merged' && outcome.merge) {
      const names = new Map<string, string>();
      try {
        const ws = await call('capture.get', { assessmentId: outcome.assessment.id });
        for (const r of ws.respondents) names.set(r.id, r.name);
      } catch {
        // Names are a courtesy; the ids still identify the conflicts.
      }
      setMerged({ outcome, respondentNames: names });
    } else {
      onImported(outcome.assessment.id);
    }
  }

  async function pick(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    onProblem(null);
    if (file.size > PACKAGE_MAX_CHARS) {
      onProblem({ fileName: file.name, message: t('importing.tooLarge', { size: (file.size / 1024 / 1024).toFixed(1) }) });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      onProblem({ fileName: file.name, message: t('importing.unreadable') });
      return;
    }
    await importText(file.name, content);
  }

  async function importText(fileName: string, content: string) {
    onProblem(null);
    setBusy(true);
    try {
      await finish(await call('packages.import', { content }));
    } catch (e) {
      const details =
        e instanceof ApiCallError
          ? (e.body.details as { choices?: unknown; title?: string; here?: ConflictSide; incoming?: ConflictSide } | undefined)
          : undefined;
      if (e instanceof ApiCallError && e.body.code === 'CONFLICT' && Array.isArray(details?.choices)) {
        setChoiceError(null);
        setPending({ fileName, content, title: details.title ?? '', here: details.here, incoming: details.incoming });
      } else {
        // The service's message is whole: what is wrong, where (its path), and that nothing changed.
        onProblem({ fileName, message: e instanceof ApiCallError ? e.body.message : t('importing.unreadable') });
      }
    } finally {
      setBusy(false);
    }
  }

  async function choose(choice: Choice) {
    if (!pending) return;
    setChoosing(choice);
    setChoiceError(null);
    try {
      const outcome = await call('packages.import', { content: pending.content, onConflict: choice });
      setPending(null);
      await finish(outcome);
    } catch (e) {
      setChoiceError(e);
    } finally {
      setChoosing(null);
    }
  }

  const mergedId = merged?.outcome.assessment.id;
  return (
    <>
      <FileButton ref={inputRef} resetRef={resetRef} onChange={(f) => void pick(f)} accept=".cxa,.json,.cxa.json,application/json">
        {(props) => (
          <Button {...props} ref={buttonRef} variant="default" loading={busy} data-testid="import-package">
            {t('importing.button')}
          </Button>
        )}
      </FileButton>

      <Modal
        opened={pending !== null}
        onClose={() => choosing === null && setPending(null)}
        title={t('importing.conflict.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md" data-testid="import-conflict">
          <Text>{t('importing.conflict.body', { title: pending?.title ?? '' })}</Text>
          {pending?.here && pending.incoming ? (
            <Stack gap={2} data-testid="import-conflict-sides">
              <Text size="sm">
                {t('importing.conflict.here', { ...pending.here, updatedAt: pending.here.updatedAt?.slice(0, 16).replace('T', ' ') ?? '' })}
              </Text>
              <Text size="sm">{t('importing.conflict.incoming', { ...pending.incoming })}</Text>
              <Text size="sm" c="dimmed">
                {t('importing.conflict.replaceKeeps')}
              </Text>
            </Stack>
          ) : null}
          {CHOICES.map((choice) => (
            <Paper key={choice} withBorder radius="md" p="sm">
              <Group wrap="nowrap" align="flex-start" gap="md">
                <Button
                  w={150}
                  style={{ flexShrink: 0 }}
                  variant={choice === 'merge' ? 'filled' : 'default'}
                  c={choice === 'replace' ? 'red.9' : undefined}
                  loading={choosing === choice}
                  disabled={choosing !== null && choosing !== choice}
                  onClick={() => void choose(choice)}
                  data-autofocus={choice === 'merge' ? true : undefined}
                  aria-describedby={`import-choice-${choice}`}
                  data-testid={`import-choice-${choice}`}
                >
                  {t(`importing.conflict.${choice}`)}
                </Button>
                <Stack gap={4}>
                  {choice === 'merge' && (
                    <Badge variant="light" tt="none" w="fit-content">
                      {t('importing.conflict.recommended')}
                    </Badge>
                  )}
                  <Text size="sm" id={`import-choice-${choice}`}>
                    {t(`importing.conflict.${choice}Help`)}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
          {Boolean(choiceError) && (
            <Alert {...readableAlert('red')} title={t('importing.failed', { file: pending?.fileName ?? '' })}>
              {choiceError instanceof ApiCallError ? choiceError.body.message : errorText(t, choiceError)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setPending(null)} disabled={choosing !== null} data-testid="import-cancel">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={merged !== null}
        onClose={() => {
          setMerged(null);
          if (mergedId) onImported(mergedId);
        }}
        title={t('importing.merged.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {merged?.outcome.merge && (
          <MergeReportView
            report={merged.outcome.merge}
            names={merged.respondentNames}
            onOpen={() => {
              setMerged(null);
              if (mergedId) onImported(mergedId);
            }}
          />
        )}
      </Modal>
    </>
  );
});

function MergeReportView({
  report,
  names,
  onOpen,
}: {
  report: NonNullable<ImportOutcome['merge']>;
  names: Map<string, string>;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const counts = [
    ['added', report.added],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
  ] as const;
  return (
    <Stack gap="md" data-testid="merge-result">
      <SimpleGrid cols={3}>
        {counts.map(([key, n]) => (
          <Paper key={key} withBorder radius="md" p="sm" ta="center" data-testid={`merge-${key}`}>
            <Text size="xl" fw={700}>
              {n}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`importing.merged.${key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.conflicts.length === 0 ? (
        <Text data-testid="merge-no-conflicts">{t('importing.merged.noConflicts')}</Text>
      ) : (
        <Stack gap="xs">
          <Text fw={600}>{t('importing.merged.conflictsTitle', { n: report.conflicts.length })}</Text>
          <Text size="sm" c="dimmed">
            {t('importing.merged.conflictsHelp')}
          </Text>
          <Stack
            gap="xs"
            mah={320}
            style={{ overflowY: 'auto' }}
            component="ul"
            p={0}
            m={0}
            tabIndex={0}
            aria-label={t('importing.merged.conflictsTitle', { n: report.conflicts.length })}
          >
            {report.conflicts.map((c) => (
              <ConflictItem key={`${c.kind}|${c.questionId ?? ''}|${c.itemId ?? ''}|${c.respondentId ?? ''}`} conflict={c} names={names} />
            ))}
          </Stack>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button onClick={onOpen} data-autofocus data-testid="merge-open">
          {t('importing.merged.open')}
        </Button>
      </Group>
    </Stack>
  );
}

function ConflictItem({ conflict, names }: { conflict: MergeConflict; names: Map<string, string> }) {
  const { t } = useTranslation();
  const subject = conflict.questionId ?? conflict.itemId ?? '';
  const who = conflict.respondentId ? (names.get(conflict.respondentId) ?? null) : null;
  return (
    <Paper component="li" withBorder radius="sm" p="xs" style={{ listStyle: 'none' }} data-testid="merge-conflict">
      <Group gap="xs">
        <Badge variant="light" color="orange" c="dark.7" tt="none">
          {t(`importing.merged.kind.${conflict.kind}`)}
        </Badge>
        {subject && (
          <Text fw={600} size="sm">
            {subject}
          </Text>
        )}
        {who && (
          <Text size="sm" c="dimmed">
            {who}
          </Text>
        )}
      </Group>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {t('importing.merged.keptHere', { value: conflict.local })}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {t('importing.merged.inPackage', { value: conflict.incoming })}
      </Text>
    </Paper>
  );
}
