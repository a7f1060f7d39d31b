/**
 * An action written by hand: title (required), dimensions, owner, due date, horizon. The
 * service checks the fields; its errors are shown at the field, with what was typed kept.
 */
import { Alert, Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_HORIZONS, type Action, type ActionHorizon } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { pickText } from '../frameworks/Localized.tsx';

const FIELDS = ['title', 'dimensionIds', 'owner', 'due', 'horizon'];

interface Props {
  initial: string[];
  framework: Framework;
  createAction: WorkspaceApi['createAction'];
  onCreated: (action: Action) => void;
  onCancel: () => void;
}

export function AddActionForm({ initial, framework, createAction, onCreated, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [dimensions, setDimensions] = useState(initial);
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [horizon, setHorizon] = useState<ActionHorizon>('3-12m');
  const [error, setError] = useState<unknown>(null);
  const [dueIncomplete, setDueIncomplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const dueInput = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const incomplete = dueInput.current?.validity.badInput ?? false;
    setDueIncomplete(incomplete);
    if (incomplete) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await createAction({ title, dimensionIds: dimensions, owner, due, horizon }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const atAField = FIELDS.some((f) => fieldError(t, error, f) !== undefined);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('plan.column.title')}
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(t, error, 'title')}
          data-testid="new-action-title"
        />
        <MultiSelect
          label={t('plan.column.dimensions')}
          placeholder={dimensions.length ? undefined : t('plan.field.dimensionsNone')}
          data={framework.sections.map((s) => ({
            group: pickText(s.title, i18n.language).value,
            items: s.dimensions.map((d) => ({ value: d.id, label: pickText(d.title, i18n.language).value })),
          }))}
          value={dimensions}
          onChange={setDimensions}
          searchable
          clearable
          error={fieldError(t, error, 'dimensionIds')}
        />
        <SimpleGrid cols={3}>
          <TextInput
            label={t('plan.column.owner')}
            placeholder={t('plan.field.ownerPlaceholder')}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            error={fieldError(t, error, 'owner')}
            data-testid="new-action-owner"
          />
          <TextInput
            type="date"
            label={t('plan.column.due')}
            ref={dueInput}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            error={dueIncomplete ? t('plan.field.dueIncomplete') : fieldError(t, error, 'due')}
            data-testid="new-action-due"
          />
          <NativeSelect
            label={t('plan.column.horizon')}
            value={horizon}
            onChange={(e) => setHorizon(e.currentTarget.value as ActionHorizon)}
            data={ACTION_HORIZONS.map((h) => ({ value: h, label: t(`horizon.${h}`) }))}
          />
        </SimpleGrid>
        {error !== null && !atAField && (
          <Alert color="red" title={t('errors.title')}>
            {errorText(t, error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="create-action">
            {t('plan.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
