/**
 * The KPI an action should move and the figure it aims for: a KPI of the framework and a
 * target value, with the baseline recorded in the KPIs tab shown for reference.
 */
import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action, KpiBaseline } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { pickText } from '../frameworks/Localized.tsx';
import { useActionField } from './useActionField.ts';

const UNITS = ['percent', 'seconds', 'minutes', 'score', 'count', 'ratio'];

interface Props {
  action: Action;
  framework: Framework;
  baselines: KpiBaseline[];
  updateAction: WorkspaceApi['updateAction'];
}

/** A number field's text as a value: null when empty, undefined when it is not a number. */
function toNumber(value: string | number): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function KpiLinkFields({ action, framework, baselines, updateAction }: Props) {
  const { t, i18n } = useTranslation();
  const kpi = useActionField(action, 'kpiId', updateAction);
  const target = useActionField(action, 'kpiTarget', updateAction);
  const chosen = framework.kpis.find((k) => k.id === kpi.draft);
  const baseline = baselines.find((b) => b.kpiId === kpi.draft);
  const unitText = (unit: string) => (UNITS.includes(unit) ? t(`units.${unit}`) : unit);
  const number = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(n);

  const baselineText = (() => {
    if (!chosen) return t('plan.field.kpiTargetNeedsKpi');
    const parts = [
      t('plan.field.kpiUnit', { unit: unitText(baseline?.unit || chosen.unit) }),
      chosen.higherIsBetter ? t('kpis.higherIsBetter') : t('kpis.lowerIsBetter'),
    ];
    if (baseline?.current != null) parts.push(t('plan.field.kpiCurrent', { value: number(baseline.current) }));
    if (baseline?.target != null) parts.push(t('plan.field.kpiTabTarget', { value: number(baseline.target) }));
    return parts.join(' · ');
  })();

  function saveTarget() {
    const value = toNumber(target.draft ?? '');
    if (value === undefined) {
      target.setError(t('kpis.notANumber'));
      return;
    }
    void target.commit(value);
  }

  return (
    <Group align="flex-start" grow wrap="nowrap">
      <Select
        label={t('plan.field.kpi')}
        placeholder={t('plan.field.kpiNone')}
        data={framework.kpis.map((k) => ({ value: k.id, label: pickText(k.name, i18n.language).value }))}
        value={kpi.draft}
        onChange={(id) => {
          kpi.setDraft(id);
          void kpi.commit(id);
        }}
        error={kpi.error}
        searchable
        clearable
        nothingFoundMessage={t('plan.field.kpiNothingFound')}
        comboboxProps={{ withinPortal: true }}
        data-testid="action-kpi"
      />
      <NumberInput
        label={t('plan.field.kpiTarget')}
        description={baselineText}
        value={target.draft ?? ''}
        // The draft holds what is typed ('' or a partial number such as "-" as text) until it is saved.
        onChange={(v) => target.setDraft(v as number)}
        onBlur={saveTarget}
        onKeyDown={(e) => e.key === 'Enter' && saveTarget()}
        error={target.error}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        disabled={!chosen && target.saved === null}
        hideControls
        data-testid="action-kpi-target"
      />
    </Group>
  );
}
