/**
 * The evidence behind one question: references (a document and where it lives) and files
 * (copied into the app). Each with a strength (low, medium, high) that can be changed.
 */
import { ActionIcon, Alert, Button, FileButton, Group, Menu, Paper, Popover, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_FILE_MAX_BYTES,
  EVIDENCE_STRENGTHS,
  type Evidence,
  type EvidenceStrength,
} from '../../electron/contract/capture-types.ts';
import type { PartialLocalizedText } from '../../electron/contract/framework-schema.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { Localized } from '../frameworks/Localized.tsx';
import { EvidenceReferenceForm } from './EvidenceReferenceForm.tsx';
import { formatBytes } from './interview-model.ts';

const STRENGTH_DOT: Record<EvidenceStrength, string> = { low: '#868e96', medium: '#1971c2', high: '#2b8a3e' };

/** The file's content as base64 (without the data: prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      const comma = result.indexOf(',');
      if (!result.startsWith('data:') || comma < 0) reject(new Error('unreadable'));
      else resolve(result.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onabort = () => reject(new Error('aborted'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  questionId: string;
  evidence: Evidence[];
  /** What the framework suggests asking for. */
  suggestions: PartialLocalizedText[];
  writeAndReload: <T>(run: () => Promise<T>) => Promise<T>;
  assessmentId: string;
}

export function EvidencePanel({ questionId, evidence, suggestions, writeAndReload, assessmentId }: Props) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busyFile, setBusyFile] = useState(false);
  const resetFile = useRef<() => void>(null);
  const maxText = formatBytes(EVIDENCE_FILE_MAX_BYTES, i18n.language);

  async function addFile(file: File | null) {
    resetFile.current?.();
    if (!file) return;
    setMessage(null);
    // Refused before reading: a 2 GB video never reaches memory.
    if (file.size > EVIDENCE_FILE_MAX_BYTES) {
      setMessage(t('capture.interview.evidence.tooLarge', { name: file.name, size: formatBytes(file.size, i18n.language), max: maxText }));
      return;
    }
    setBusyFile(true);
    try {
      let content: string;
      try {
        content = await readAsBase64(file);
      } catch {
        setMessage(t('capture.interview.evidence.unreadable', { name: file.name }));
        return;
      }
      await writeAndReload(() =>
        call('evidence.addFile', {
          assessmentId,
          questionId,
          fileName: file.name.slice(0, 255),
          contentBase64: content,
          strength: 'medium',
        }),
      );
    } catch (e) {
      setMessage(errorText(t, e));
    } finally {
      setBusyFile(false);
    }
  }

  async function change(run: () => Promise<unknown>) {
    setMessage(null);
    try {
      await writeAndReload(run);
    } catch (e) {
      setMessage(errorText(t, e));
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`evidence-title-${questionId}`} data-testid="evidence-panel">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4} size="h5" id={`evidence-title-${questionId}`}>
            {t('capture.interview.evidence.title')}
            {evidence.length > 0 ? ` (${evidence.length})` : ''}
          </Title>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setAdding((a) => !a)}
              aria-expanded={adding}
              data-testid="evidence-add-reference"
            >
              {t('capture.interview.evidence.addReference')}
            </Button>
            <FileButton
              onChange={(f) => void addFile(f)}
              resetRef={resetFile}
              inputProps={{ 'aria-label': t('capture.interview.evidence.addFile') }}
            >
              {(props) => (
                <Button size="compact-sm" variant="light" loading={busyFile} {...props} data-testid="evidence-add-file">
                  {t('capture.interview.evidence.addFile')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('capture.interview.evidence.limit', { max: maxText })}
        </Text>
        {message && (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setMessage(null)}
            data-testid="evidence-error"
          >
            {message}
          </Alert>
        )}
        {adding && (
          <EvidenceReferenceForm
            onCancel={() => setAdding(false)}
            onAdd={async ({ name, location, strength }) => {
              await writeAndReload(() => call('evidence.addReference', { assessmentId, questionId, name, location, strength }));
              setAdding(false);
            }}
          />
        )}
        {evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('capture.interview.evidence.none')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {evidence.map((e) => (
              <Group
                key={e.id}
                component="li"
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                justify="space-between"
                data-testid="evidence-item"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 6 }}
              >
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {e.name}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {e.kind === 'file'
                      ? t('capture.interview.evidence.fileInfo', { size: formatBytes(e.size ?? 0, i18n.language) })
                      : e.location || t('capture.interview.evidence.noLocation')}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={t('capture.interview.evidence.strengthOf', {
                          name: e.name,
                          strength: t(`capture.interview.evidence.strengths.${e.strength}`),
                        })}
                        leftSection={
                          <span
                            aria-hidden
                            style={{ width: 8, height: 8, borderRadius: 4, background: STRENGTH_DOT[e.strength], display: 'inline-block' }}
                          />
                        }
                        data-testid="evidence-strength-badge"
                        data-strength={e.strength}
                      >
                        {t(`capture.interview.evidence.strengths.${e.strength}`)}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {EVIDENCE_STRENGTHS.map((s) => (
                        <Menu.Item
                          key={s}
                          disabled={s === e.strength}
                          onClick={() => void change(() => call('evidence.update', { id: e.id, strength: s }))}
                        >
                          {t(`capture.interview.evidence.strengths.${s}`)}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                  <Popover position="bottom-end" withArrow trapFocus>
                    <Popover.Target>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('capture.interview.evidence.remove', { name: e.name })}
                        data-testid="evidence-remove"
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    </Popover.Target>
                    <Popover.Dropdown>
                      <Stack gap="xs">
                        <Text size="sm">{t('capture.interview.evidence.removeConfirm', { name: e.name })}</Text>
                        <Button
                          size="compact-sm"
                          color="red"
                          onClick={() => void change(() => call('evidence.remove', { id: e.id }))}
                          data-testid="evidence-remove-confirm"
                        >
                          {t('common.delete')}
                        </Button>
                      </Stack>
                    </Popover.Dropdown>
                  </Popover>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        {suggestions.length > 0 && (
          <div>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('frameworks.evidence')}
            </Text>
            <Text size="sm" component="ul" m={0} pl="md">
              {suggestions.map((s) => (
                <li key={s.en}>
                  <Localized text={s} />
                </li>
              ))}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
