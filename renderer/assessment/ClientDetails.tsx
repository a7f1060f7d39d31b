/** The client's details, each saved when the field is left (no save button). */
import { Group, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';
import { errorText, fieldError } from '../common/error-text.ts';

type Field = 'name' | 'industry' | 'location' | 'contactName';
const FIELDS: Field[] = ['name', 'industry', 'location', 'contactName'];

export function ClientDetails({ client, onSaved }: { client: Client; onSaved: (client: Client) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>(client);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => setValues(client), [client]);

  async function save(field: Field) {
    if (values[field] === client[field]) return;
    try {
      const updated = await call('clients.update', { id: client.id, [field]: values[field] });
      setErrors((e) => ({ ...e, [field]: undefined }));
      setSaved(true);
      onSaved(updated);
    } catch (e) {
      setErrors((all) => ({ ...all, [field]: fieldError(t, e, field) ?? errorText(t, e) }));
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('client.title')}
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="client-saved">
          {saved ? t('common.saved') : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`client.${field}`)}
            required={field === 'name'}
            value={values[field]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setSaved(false);
              setValues((v) => ({ ...v, [field]: value }));
            }}
            onBlur={() => void save(field)}
            onKeyDown={(e) => e.key === 'Enter' && void save(field)}
            error={errors[field]}
            data-testid={`client-${field}`}
          />
        ))}
      </SimpleGrid>
    </Paper>
  );
}
