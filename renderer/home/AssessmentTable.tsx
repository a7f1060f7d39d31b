/** The assessments as a table: title (opens it), client, status, last change, and one row action. */
import { Anchor, Badge, Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../electron/contract/api.ts';
import { formatDateTime } from '../common/format.ts';

interface Props {
  rows: AssessmentSummary[];
  onOpen: (id: string) => void;
  action: { label: (row: AssessmentSummary) => string; text: string; onClick: (row: AssessmentSummary) => void; color?: string };
}

const STATUS_COLOR = { draft: 'gray', 'in-progress': 'blue', complete: 'green' } as const;

export function AssessmentTable({ rows, onOpen, action }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="assessment-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('home.columns.title')}</Table.Th>
          <Table.Th>{t('home.columns.client')}</Table.Th>
          <Table.Th>{t('home.columns.status')}</Table.Th>
          <Table.Th>{t('home.columns.updated')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('home.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} data-testid="assessment-row">
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <Anchor component="button" type="button" onClick={() => onOpen(row.id)} fw={600} ta="start">
                {row.title}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{row.clientName}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[row.status]} variant="light">
                {t(`status.${row.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{formatDateTime(row.deletedAt ?? row.updatedAt, i18n.language)}</Table.Td>
            <Table.Td ta="end">
              <Button size="xs" variant="subtle" color={action.color} aria-label={action.label(row)} onClick={() => action.onClick(row)}>
                {action.text}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
