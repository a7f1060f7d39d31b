/** What the plan shows with nothing in it, or nothing matching the filters: what to do next. */
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: 'no-actions' | 'no-match';
  onAdd: () => void;
  onClearFilters: () => void;
}

export function PlanEmpty({ kind, onAdd, onClearFilters }: Props) {
  const { t } = useTranslation();
  if (kind === 'no-match') {
    return (
      <Paper withBorder radius="md" p="lg" data-testid="plan-no-match">
        <Stack align="center" gap="xs">
          <Text fw={600}>{t('plan.empty.noMatchTitle')}</Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('plan.empty.noMatchBody')}
          </Text>
          <Button variant="light" onClick={onClearFilters}>
            {t('plan.filter.clear')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="xl" data-testid="plan-empty">
      <Stack align="center" gap="xs" maw={640} mx="auto">
        <Title order={3} size="h4">
          {t('plan.empty.title')}
        </Title>
        <Text size="sm" c="dimmed" ta="center">
          {t('plan.empty.body')}
        </Text>
        <Button onClick={onAdd}>{t('plan.add.button')}</Button>
      </Stack>
    </Paper>
  );
}
