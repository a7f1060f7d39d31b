/** The dimensions an action works on, chosen from the framework, saved with each change. */
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { pickText } from '../frameworks/Localized.tsx';
import { useActionField } from './useActionField.ts';

interface Props {
  action: Action;
  framework: Framework;
  updateAction: WorkspaceApi['updateAction'];
}

export function DimensionsField({ action, framework, updateAction }: Props) {
  const { t, i18n } = useTranslation();
  const f = useActionField(action, 'dimensionIds', updateAction);
  return (
    <MultiSelect
      label={t('plan.column.dimensions')}
      description={t('plan.field.dimensionsHelp')}
      placeholder={f.draft.length ? undefined : t('plan.field.dimensionsNone')}
      data={framework.sections.map((s) => ({
        group: pickText(s.title, i18n.language).value,
        items: s.dimensions.map((d) => ({ value: d.id, label: pickText(d.title, i18n.language).value })),
      }))}
      value={f.draft}
      onChange={(ids) => {
        f.setDraft(ids);
        void f.commit(ids);
      }}
      error={f.error}
      searchable
      clearable
      comboboxProps={{ withinPortal: true }}
      data-testid="action-dimensions"
    />
  );
}
