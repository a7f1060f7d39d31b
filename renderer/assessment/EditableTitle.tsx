/** The assessment's title, renamed in place: Enter saves, Escape cancels. */
import { ActionIcon, Button, Group, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../common/error-text.ts';

interface Props {
  title: string;
  onRename: (title: string) => Promise<void>;
}

export function EditableTitle({ title, onRename }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const [error, setError] = useState<unknown>(null);

  async function save() {
    try {
      await onRename(value);
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  if (!editing) {
    return (
      <Group gap="xs" wrap="nowrap" align="center">
        <Title order={2} style={{ wordBreak: 'break-word' }} data-testid="assessment-title">
          {title}
        </Title>
        <Tooltip label={t('assessment.rename')}>
          <ActionIcon
            variant="subtle"
            aria-label={t('assessment.rename')}
            onClick={() => {
              setValue(title);
              setEditing(true);
            }}
            data-testid="rename"
          >
            <span aria-hidden>✎</span>
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }
  return (
    <Group align="flex-start" wrap="nowrap">
      <TextInput
        aria-label={t('assessment.titleLabel')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
          if (e.key === 'Escape') setEditing(false);
        }}
        error={fieldError(t, error, 'title') ?? (error ? String((error as Error).message) : undefined)}
        autoFocus
        style={{ flex: 1 }}
        data-testid="rename-input"
      />
      <Button onClick={() => void save()}>{t('common.save')}</Button>
      <Button variant="default" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
