/** "New assessment": client, title, language of the assessment, assessor and firm. */
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkSummary } from '../../electron/contract/api.ts';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { ApiCallError, call } from '../api/client.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { pickText } from '../frameworks/Localized.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

const EMPTY = { clientName: '', title: '', assessorName: '', assessorFirm: '' };

export function NewAssessmentModal({ opened, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [frameworks, setFrameworks] = useState<FrameworkSummary[]>([]);
  const [framework, setFramework] = useState<string | null>(null);

  // Each time the dialog opens, the assessment's language starts as the interface's current one.
  useEffect(() => {
    if (opened) setLanguage(i18n.language as Language);
  }, [opened, i18n.language]);

  useEffect(() => {
    if (!opened) return;
    call('frameworks.list', {}).then(
      (list) => {
        setFrameworks(list);
        setFramework((current) => current ?? (list[0] ? `${list[0].id}@${list[0].version}` : null));
      },
      () => setFrameworks([]),
    );
  }, [opened]);

  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const chosen = frameworks.find((f) => `${f.id}@${f.version}` === framework);
      const created = await call('assessments.create', {
        ...values,
        language,
        framework: chosen ? { id: chosen.id, version: chosen.version } : undefined,
      });
      setValues(EMPTY);
      setError(null);
      onClose();
      onCreated(created.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldNames = ['clientName', 'title', 'assessorName', 'assessorFirm', 'language'];
  const generalError =
    error && !(error instanceof ApiCallError && fieldNames.some((f) => fieldError(t, error, f))) ? errorText(t, error) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('newAssessment.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('newAssessment.clientName')}
            description={t('newAssessment.clientNameHelp')}
            required
            data-autofocus
            value={values.clientName}
            onChange={set('clientName')}
            error={fieldError(t, error, 'clientName')}
            name="clientName"
          />
          <TextInput
            label={t('newAssessment.assessmentTitle')}
            placeholder={t('newAssessment.assessmentTitlePlaceholder')}
            required
            value={values.title}
            onChange={set('title')}
            error={fieldError(t, error, 'title')}
            name="title"
          />
          <Select
            label={t('newAssessment.language')}
            description={t('newAssessment.languageHelp')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={language}
            onChange={(v) => v && setLanguage(v as Language)}
            allowDeselect={false}
            name="language"
          />
          {frameworks.length > 1 && (
            <Select
              label={t('newAssessment.framework')}
              data={frameworks.map((f) => ({
                value: `${f.id}@${f.version}`,
                label: `${pickText(f.title, i18n.language).value} (${f.version})`,
              }))}
              value={framework}
              onChange={setFramework}
              allowDeselect={false}
              name="framework"
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('newAssessment.assessorName')}
              value={values.assessorName}
              onChange={set('assessorName')}
              error={fieldError(t, error, 'assessorName')}
              name="assessorName"
            />
            <TextInput
              label={t('newAssessment.assessorFirm')}
              value={values.assessorFirm}
              onChange={set('assessorFirm')}
              error={fieldError(t, error, 'assessorFirm')}
              name="assessorFirm"
            />
          </Group>
          {generalError && <Alert color="red">{generalError}</Alert>}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="create-assessment">
              {t('newAssessment.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
