/** Add a reference to a document: its name, where it lives, how strong it is. */
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '../../electron/contract/capture-types.ts';
import { ApiCallError } from '../api/client.ts';
import { errorText, fieldError } from '../common/error-text.ts';

interface Props {
  onAdd: (values: { name: string; location: string; strength: EvidenceStrength }) => Promise<unknown>;
  onCancel: () => void;
}

export function EvidenceReferenceForm({ onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [strength, setStrength] = useState<EvidenceStrength>('medium');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    setBusy(true);
    try {
      await onAdd({ name, location, strength });
      setName('');
      setLocation('');
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const nameError = fieldError(t, error, 'name');
  const locationError = fieldError(t, error, 'location');
  const general = error && !(error instanceof ApiCallError && (nameError || locationError)) ? errorText(t, error) : null;

  return (
    <form onSubmit={submit} noValidate data-testid="evidence-reference-form">
      <Stack gap="xs">
        <TextInput
          label={t('capture.interview.evidence.name')}
          required
          data-autofocus
          autoFocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          data-testid="evidence-name"
        />
        <TextInput
          label={t('capture.interview.evidence.location')}
          placeholder={t('capture.interview.evidence.locationPlaceholder')}
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          error={locationError}
          data-testid="evidence-location"
        />
        <Select
          label={t('capture.interview.evidence.strength')}
          data={EVIDENCE_STRENGTHS.map((s) => ({ value: s, label: t(`capture.interview.evidence.strengths.${s}`) }))}
          value={strength}
          onChange={(v) => v && setStrength(v as EvidenceStrength)}
          allowDeselect={false}
          data-testid="evidence-strength"
        />
        {general && <Alert color="red">{general}</Alert>}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="sm" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="sm" loading={busy} data-testid="evidence-add-reference-submit">
            {t('capture.interview.evidence.addReferenceSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
