/** The plan as a table: sortable columns, every field edited in place. */
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { ActionRow } from './ActionRow.tsx';
import type { Sort, SortKey } from './plan-model.ts';
import { SortHeader } from './SortHeader.tsx';

interface Props {
  actions: Action[];
  sort: Sort;
  onSort: (column: SortKey) => void;
  today: string;
  updateAction: WorkspaceApi['updateAction'];
  dimensionTitle: (id: string) => string;
  onOpen: (id: string) => void;
  onDelete: (action: Action) => void;
}

export function ActionTable({ actions, sort, onSort, today, updateAction, dimensionTitle, onOpen, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1180}>
      <Table layout="fixed" verticalSpacing={6} horizontalSpacing={6} data-testid="plan-table" aria-label={t('plan.table.caption')}>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="title" sort={sort} onSort={onSort} />
            <SortHeader column="dimensions" sort={sort} onSort={onSort} width={106} />
            <SortHeader column="owner" sort={sort} onSort={onSort} width={128} />
            <SortHeader column="due" sort={sort} onSort={onSort} width={146} />
            <SortHeader column="status" sort={sort} onSort={onSort} width={122} />
            <SortHeader column="horizon" sort={sort} onSort={onSort} width={198} />
            <SortHeader column="impact" sort={sort} onSort={onSort} width={116} />
            <SortHeader column="effort" sort={sort} onSort={onSort} width={116} />
            <Table.Th w={80}>
              <VisuallyHidden>{t('plan.table.rowActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => (
            <ActionRow
              key={a.id}
              action={a}
              today={today}
              updateAction={updateAction}
              dimensionTitle={dimensionTitle}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
