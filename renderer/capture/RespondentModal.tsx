/** Add or edit a respondent: name, role (free text, with the usual contact-centre roles offered), kind. */
import { Alert, Autocomplete, Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONDENT_KINDS, type Respondent, type RespondentKind } from '../../electron/contract/capture-types.ts';
import { ApiCallError } from '../api/client.ts';
import { errorText, fieldError } from '../common/error-text.ts';

export const ROLE_SUGGESTIONS = ['head', 'wfm', 'qa', 'teamLeader', 'agent'] as const;

interface Props {
  opened: boolean;
  /** The respondent to edit; null adds a new one. */
  respondent: Respondent | null;
  onClose: () => void;
  onSubmit: (values: { name: string; role: string; kind: RespondentKind }) => Promise<unknown>;
}

export function RespondentModal({ opened, respondent, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [kind, setKind] = useState<RespondentKind>('interviewee');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setName(respondent?.name ?? '');
    setRole(respondent?.role ?? '');
    setKind(respondent?.kind ?? 'interviewee');
    setError(null);
  }, [opened, respondent]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit({ name, role, kind });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const nameError = fieldError(t, error, 'name');
  const roleError = fieldError(t, error, 'role');
  const general = error && !(error instanceof ApiCallError && (nameError || roleError)) ? errorText(t, error) : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={respondent ? t('capture.interview.respondent.editTitle') : t('capture.interview.respondent.addTitle')}
      transitionProps={{ duration: 80 }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('capture.interview.respondent.name')}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            name="name"
            data-testid="respondent-name"
          />
          <Autocomplete
            label={t('capture.interview.respondent.role')}
            description={t('capture.interview.respondent.roleHelp')}
            data={ROLE_SUGGESTIONS.map((r) => t(`capture.interview.roles.${r}`))}
            value={role}
            onChange={setRole}
            error={roleError}
            name="role"
            data-testid="respondent-role"
            comboboxProps={{ withinPortal: true }}
          />
          <Radio.Group
            label={t('capture.interview.respondent.kind')}
            value={kind}
            onChange={(v) => setKind(v as RespondentKind)}
            name="kind"
          >
            <Group gap="md" mt={6}>
              {RESPONDENT_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`capture.interview.kinds.${k}`)} data-testid={`respondent-kind-${k}`} />
              ))}
            </Group>
          </Radio.Group>
          {general && <Alert color="red">{general}</Alert>}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="respondent-save">
              {respondent ? t('common.save') : t('capture.interview.respondent.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
