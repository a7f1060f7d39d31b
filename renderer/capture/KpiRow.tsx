/**
 * One KPI's baseline: current and target value (empty allowed), unit and where the figure
 * comes from. Each field is saved when it is left; what was typed stays after an error.
 */
import { Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiBaseline } from '../../electron/contract/capture-types.ts';
import type { Kpi } from '../../electron/contract/framework-schema.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { formatLocaleNumber, parseLocaleNumber } from '../common/parse-number.ts';
import { useFlushOnHide } from '../common/useFlushOnHide.ts';
import { Localized, pickText } from '../frameworks/Localized.tsx';
import type { WorkspaceApi } from './useWorkspace.ts';

const UNITS = ['percent', 'seconds', 'minutes', 'score', 'count', 'ratio'] as const;
type Field = 'current' | 'target' | 'unit' | 'source';

interface Props {
  kpi: Kpi;
  baseline: KpiBaseline | undefined;
  setKpi: WorkspaceApi['setKpi'];
}

/** A number field's text as a value: null when empty, undefined when it is not a number ("12,5" and "12.345,6" are). */
const toNumber = (text: string) => parseLocaleNumber(text);

/** True when the target lies on the worse side of the current value. */
export function targetOnWrongSide(current: number | null | undefined, target: number | null | undefined, higherIsBetter: boolean): boolean {
  if (current === null || current === undefined || target === null || target === undefined) return false;
  return higherIsBetter ? target < current : target > current;
}

export function KpiRow({ kpi, baseline, setKpi }: Props) {
  const { t, i18n } = useTranslation();
  const name = pickText(kpi.name, i18n.language).value;
  const unitLabel = (unit: string) => ((UNITS as readonly string[]).includes(unit) ? t(`units.${unit}`) : unit);
  const savedUnit = baseline?.unit || kpi.unit;
  const shown = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatLocaleNumber(n, i18n.language));
  const [current, setCurrent] = useState(() => shown(baseline?.current));
  const [target, setTarget] = useState(() => shown(baseline?.target));
  const [unit, setUnit] = useState(unitLabel(savedUnit));
  const [source, setSource] = useState(baseline?.source ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  async function save(field: Field, value: number | null | string) {
    setErrors((e) => ({ ...e, [field]: undefined }));
    try {
      // The first figure saved for a KPI also records its unit, prefilled from the framework.
      await setKpi({ kpiId: kpi.id, ...(baseline || field === 'unit' ? {} : { unit: kpi.unit }), [field]: value });
    } catch (e) {
      setErrors((all) => ({ ...all, [field]: fieldError(t, e, field) ?? errorText(t, e) }));
    }
  }

  function saveNumber(field: 'current' | 'target', text: string) {
    const value = toNumber(text);
    if (value === undefined) {
      setErrors((e) => ({ ...e, [field]: t('kpis.notANumber') }));
      return;
    }
    if (baseline && baseline[field] === value && !errors[field]) return;
    if (!baseline && value === null) return;
    void save(field, value);
  }

  function saveUnit() {
    const text = unit.trim();
    const key = UNITS.find((u) => u === text.toLowerCase() || t(`units.${u}`).toLowerCase() === text.toLowerCase());
    const value = text === '' ? kpi.unit : (key ?? text);
    if (text === '') setUnit(unitLabel(kpi.unit));
    if (value === savedUnit && baseline && !errors.unit) return;
    void save('unit', value);
  }

  function saveSource() {
    if (source === (baseline?.source ?? '') && !errors.source) return;
    void save('source', source);
  }

  // Closing or hiding the page sends what was typed but not yet left.
  useFlushOnHide(() => {
    if (String(current) !== String(baseline?.current ?? '')) saveNumber('current', current);
    if (String(target) !== String(baseline?.target ?? '')) saveNumber('target', target);
    if (source !== (baseline?.source ?? '')) saveSource();
  });

  const wrongSide = targetOnWrongSide(toNumber(current), toNumber(target), kpi.higherIsBetter);
  return (
    <>
      <Table.Tr data-testid="kpi-row" data-kpi-id={kpi.id} style={wrongSide ? { borderBottom: 'none' } : undefined}>
        <Table.Td>
          <Text fw={600} size="sm">
            <Localized text={kpi.name} />
          </Text>
          <Text size="xs" c="dimmed">
            <Localized text={kpi.description} />
          </Text>
          <Text size="xs" fw={600} mt={2} data-testid="kpi-direction">
            <span aria-hidden>{kpi.higherIsBetter ? '↑ ' : '↓ '}</span>
            {kpi.higherIsBetter ? t('kpis.higherIsBetter') : t('kpis.lowerIsBetter')}
          </Text>
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('kpis.currentLabel', { kpi: name })}
            inputMode="decimal"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            onBlur={() => saveNumber('current', current)}
            onKeyDown={(e) => e.key === 'Enter' && saveNumber('current', current)}
            error={errors.current}
            size="sm"
            data-testid="kpi-current"
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('kpis.targetLabel', { kpi: name })}
            inputMode="decimal"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            onBlur={() => saveNumber('target', target)}
            onKeyDown={(e) => e.key === 'Enter' && saveNumber('target', target)}
            error={errors.target}
            size="sm"
            data-testid="kpi-target"
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('kpis.unitLabel', { kpi: name })}
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
            onBlur={saveUnit}
            onKeyDown={(e) => e.key === 'Enter' && saveUnit()}
            error={errors.unit}
            size="sm"
            data-testid="kpi-unit"
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('kpis.sourceLabel', { kpi: name })}
            placeholder={t('kpis.sourcePlaceholder')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            onBlur={saveSource}
            onKeyDown={(e) => e.key === 'Enter' && saveSource()}
            error={errors.source}
            size="sm"
            data-testid="kpi-source"
          />
        </Table.Td>
      </Table.Tr>
      {wrongSide && (
        <Table.Tr data-testid="kpi-warning-row">
          <Table.Td colSpan={5} pt={0}>
            <Text size="sm" fw={600} c="#8a3a00" role="status" data-testid="kpi-wrong-side">
              <span aria-hidden>⚠ </span>
              {t(kpi.higherIsBetter ? 'kpis.targetBelowCurrent' : 'kpis.targetAboveCurrent', { kpi: name })}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
