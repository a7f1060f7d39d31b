/** Filters of the plan (status, horizon, dimension, text), shared by the three views. */
import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_HORIZONS, ACTION_STATUSES } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import { pickText } from '../frameworks/Localized.tsx';
import { type Filters, hasFilters, NO_FILTERS } from './plan-model.ts';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  framework: Framework;
  shown: number;
  total: number;
}

export function PlanFilters({ filters, onChange, framework, shown, total }: Props) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const all = { value: '', label: t('plan.filter.all') };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="plan-filters">
      <TextInput
        label={t('plan.filter.search')}
        placeholder={t('plan.filter.searchPlaceholder')}
        type="search"
        size="sm"
        value={filters.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        w={240}
        data-testid="plan-search"
      />
      <NativeSelect
        label={t('plan.column.status')}
        size="sm"
        value={filters.status}
        onChange={(e) => set({ status: e.currentTarget.value as Filters['status'] })}
        data={[all, ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))]}
        data-testid="filter-status"
      />
      <NativeSelect
        label={t('plan.column.horizon')}
        size="sm"
        value={filters.horizon}
        onChange={(e) => set({ horizon: e.currentTarget.value as Filters['horizon'] })}
        data={[all, ...ACTION_HORIZONS.map((h) => ({ value: h, label: t(`horizon.${h}`) }))]}
        data-testid="filter-horizon"
      />
      <NativeSelect
        label={t('plan.filter.dimension')}
        size="sm"
        value={filters.dimension}
        onChange={(e) => set({ dimension: e.currentTarget.value })}
        data={[
          all,
          ...framework.sections.map((s) => ({
            group: pickText(s.title, i18n.language).value,
            items: s.dimensions.map((d) => ({ value: d.id, label: pickText(d.title, i18n.language).value })),
          })),
        ]}
        maw={260}
        data-testid="filter-dimension"
      />
      <Group gap="xs" pb={6} wrap="nowrap">
        <Text size="sm" c="dimmed" role="status" data-testid="plan-count">
          {hasFilters(filters) ? t('plan.filter.showing', { shown, total }) : t('plan.count', { count: total })}
        </Text>
        {hasFilters(filters) && (
          <Button size="compact-sm" variant="subtle" onClick={() => onChange(NO_FILTERS)}>
            {t('plan.filter.clear')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
