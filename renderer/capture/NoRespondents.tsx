/** Before the first answer: who is answering? An interview adds respondents; a self-assessment is one click. */
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.ts';

interface Props {
  onAdd: () => void;
  onSelf: () => Promise<unknown>;
}

export function NoRespondents({ onAdd, onSelf }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Paper withBorder radius="md" p="xl" data-testid="no-respondents">
      <Stack gap="md" maw={680}>
        <Title order={3}>{t('capture.interview.empty.title')}</Title>
        <Text>{t('capture.interview.empty.body')}</Text>
        <Text c="dimmed" size="sm">
          {t('capture.interview.empty.selfBody')}
        </Text>
        {Boolean(error) && <Alert color="red">{errorText(t, error)}</Alert>}
        <Group gap="sm">
          <Button onClick={onAdd} data-testid="add-first-respondent">
            {t('capture.interview.respondent.add')}
          </Button>
          <Button
            variant="default"
            loading={busy}
            data-testid="self-assessment"
            onClick={async () => {
              setBusy(true);
              try {
                await onSelf();
                setError(null);
              } catch (e) {
                setError(e);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('capture.interview.empty.self')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
