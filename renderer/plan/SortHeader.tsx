/** A column header of the action table that sorts by its column when clicked (aria-sort tells which). */
import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sort, SortKey } from './plan-model.ts';

interface Props {
  column: SortKey;
  sort: Sort;
  onSort: (column: SortKey) => void;
  width?: number | string;
}

export function SortHeader({ column, sort, onSort, width }: Props) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <Table.Th w={width} aria-sort={active ? sort.direction : undefined} data-testid={`sort-${column}`}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        title={t('plan.table.sortBy', { column: t(`plan.column.${column}`) })}
        style={{ display: 'inline-flex', gap: 4, alignItems: 'baseline' }}
      >
        {t(`plan.column.${column}`)}
        <span aria-hidden style={{ fontSize: '0.7em', opacity: active ? 1 : 0.45 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
