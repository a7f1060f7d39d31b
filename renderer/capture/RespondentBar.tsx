/**
 * The people of the assessment, the current one chosen; add, edit, remove, restore. R switches.
 * Up to five people show as buttons; a workshop's larger group gets one searchable picker,
 * so that fifteen people take one row and the question stays above the fold.
 */
import { ActionIcon, Badge, Button, Group, Kbd, Menu, Paper, Select, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../electron/contract/capture-types.ts';

/** From this many people on, the buttons give way to a searchable picker. */
export const PICKER_FROM = 6;

interface Props {
  active: Respondent[];
  removed: Respondent[];
  currentId: string | null;
  selfMode: boolean;
  onSelect: (id: string) => void;
  onAdd: () => void;
  onEdit: (respondent: Respondent) => void;
  onRemove: (respondent: Respondent) => unknown;
  onRestore: (respondent: Respondent) => unknown;
}

export const RespondentBar = memo(function RespondentBar({
  active,
  removed,
  currentId,
  selfMode,
  onSelect,
  onAdd,
  onEdit,
  onRemove,
  onRestore,
}: Props) {
  const { t } = useTranslation();
  const current = active.find((r) => r.id === currentId);

  const actions = current && (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('capture.interview.respondent.actions', { name: current.name })}
          data-testid="respondent-actions"
        >
          <Text component="span" aria-hidden fw={700}>
            ⋯
          </Text>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onEdit(current)} data-testid="respondent-edit">
          {t('capture.interview.respondent.edit')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => onRemove(current)} data-testid="respondent-remove">
          {t('capture.interview.respondent.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );

  const restoreMenu = removed.length > 0 && (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" color="gray">
          {t('capture.interview.respondent.removed', { n: removed.length })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {removed.map((r) => (
          <Menu.Item key={r.id} onClick={() => onRestore(r)}>
            {t('capture.interview.respondent.restore', { name: r.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  if (selfMode && current) {
    return (
      <Paper withBorder radius="md" px="md" py="xs" data-testid="respondent-bar" data-mode="self">
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
              {t('capture.interview.self.badge')}
            </Badge>
            <Text fw={600} truncate="end" data-testid="current-respondent">
              {current.name}
            </Text>
            {actions}
          </Group>
          <Group gap="xs">
            {restoreMenu}
            <Button variant="subtle" size="compact-sm" onClick={onAdd} data-testid="add-respondent">
              {t('capture.interview.self.addPerson')}
            </Button>
          </Group>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="respondent-bar">
      <Group gap="sm" justify="space-between" wrap="nowrap" align="center">
        <Group gap="xs" wrap="wrap" role="group" aria-labelledby="respondent-bar-label" style={{ minWidth: 0 }}>
          <Text size="sm" fw={700} c="dimmed" id="respondent-bar-label" style={{ whiteSpace: 'nowrap' }}>
            {t('capture.interview.respondent.label')}
          </Text>
          {active.length > 1 && (
            <Kbd size="xs" title={t('capture.interview.keys.nextRespondent')} aria-hidden>
              R
            </Kbd>
          )}
          {active.length >= PICKER_FROM ? (
            <Select
              aria-labelledby="respondent-bar-label"
              data-testid="respondent-picker"
              searchable
              allowDeselect={false}
              w={320}
              maxDropdownHeight={360}
              value={currentId}
              onChange={(id) => {
                if (id) onSelect(id);
              }}
              data={active.map((r, i) => ({
                value: r.id,
                label: r.role
                  ? t('capture.interview.respondent.pickerOptionWithRole', { number: i + 1, name: r.name, role: r.role })
                  : `${i + 1}. ${r.name}`,
              }))}
              nothingFoundMessage={t('capture.interview.respondent.pickerNothingFound')}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          {active.length >= PICKER_FROM && current ? (
            <Text size="sm" c="dimmed" data-testid="current-respondent-count">
              {t('capture.interview.respondent.pickerPosition', {
                position: active.findIndex((r) => r.id === current.id) + 1,
                count: active.length,
              })}
            </Text>
          ) : null}
          {(active.length >= PICKER_FROM ? [] : active).map((r) => {
            const selected = r.id === currentId;
            return (
              <Button
                key={r.id}
                variant={selected ? 'filled' : 'default'}
                size="sm"
                radius="xl"
                aria-pressed={selected}
                onClick={() => onSelect(r.id)}
                title={r.role ? `${r.name} · ${r.role}` : r.name}
                data-testid="respondent-option"
                data-selected={selected || undefined}
                maw={220}
                styles={{ label: { minWidth: 0 } }}
              >
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>{r.name}</span>
              </Button>
            );
          })}
          {actions}
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {restoreMenu}
          <Button variant="subtle" size="compact-sm" onClick={onAdd} data-testid="add-respondent">
            + {t('capture.interview.respondent.add')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
});
