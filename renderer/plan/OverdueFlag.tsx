/** "⚠ Overdue": a due date in the past on an action that is not done (icon and text, not colour alone). */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function OverdueFlag({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Text component="span" size={size} fw={700} c="red.9" data-testid="overdue" style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden>⚠ </span>
      {t('plan.overdue')}
    </Text>
  );
}
