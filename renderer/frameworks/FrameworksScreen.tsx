/** The frameworks in this app: the shipped one and imported ones; import a custom framework. */
import { Alert, Badge, Button, Card, FileButton, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FRAMEWORK_MAX_CHARS, type FrameworkSummary, type FrameworkValidation } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { Localized } from './Localized.tsx';

export function FrameworksScreen({ onOpen }: { onOpen: (id: string, version: string) => void }) {
  const { t } = useTranslation();
  const [frameworks, setFrameworks] = useState<FrameworkSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<FrameworkValidation['problems'] | null>(null);
  const [imported, setImported] = useState<FrameworkSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setFrameworks(await call('frameworks.list', {}));
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function importFile(file: File | null) {
    if (!file) return;
    setProblems(null);
    setImported(null);
    setError(null);
    if (file.size > FRAMEWORK_MAX_CHARS) {
      setProblems([{ path: file.name, message: t('frameworks.tooLarge', { size: (file.size / 1024 / 1024).toFixed(1) }) }]);
      return;
    }
    setBusy(true);
    try {
      const content = await file.text();
      const check = await call('frameworks.validate', { content });
      if (!check.ok) {
        setProblems(check.problems);
        return;
      }
      setImported(await call('frameworks.import', { content }));
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('frameworks.title')}</Title>
        <FileButton onChange={(f) => void importFile(f)} accept="application/json,.json">
          {(props) => (
            <Button {...props} loading={busy} variant="light" data-testid="import-framework">
              {t('frameworks.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text c="dimmed">{t('frameworks.intro')}</Text>
      {Boolean(error) && (
        <Alert color="red" title={t('errors.title')}>
          {errorText(t, error)}
        </Alert>
      )}
      {problems && (
        <Alert color="red" title={t('frameworks.invalid', { count: problems.length })} data-testid="framework-problems">
          <List size="sm">
            {problems.slice(0, 20).map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {imported && (
        <Alert color="green" title={t('frameworks.importedTitle')}>
          <Localized text={imported.title} /> ({imported.id} {imported.version})
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {frameworks?.map((f) => (
          <Card key={`${f.id}@${f.version}`} withBorder radius="md" padding="lg" data-testid="framework-card">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Title order={3} size="h4">
                  <Localized text={f.title} />
                </Title>
                <Badge variant="light" color={f.builtIn ? 'indigo' : 'teal'} style={{ flexShrink: 0 }}>
                  {f.builtIn ? t('frameworks.builtIn') : t('frameworks.custom')}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {f.id} · {t('frameworks.version', { version: f.version })}
              </Text>
              <Text size="sm">
                {t('frameworks.counts', { sections: f.sectionCount, dimensions: f.dimensionCount, questions: f.questionCount })}
              </Text>
              <Button variant="subtle" onClick={() => onOpen(f.id, f.version)} style={{ alignSelf: 'flex-start' }}>
                {t('frameworks.browse')}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
