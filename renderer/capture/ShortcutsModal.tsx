/** "?" lists the interview's keys. */
import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APP_COMMANDS, acceleratorKeys } from '../../electron/contract/commands.ts';

interface Props {
  opened: boolean;
  selfMode: boolean;
  onClose: () => void;
}

export function ShortcutsModal({ opened, selfMode, onClose }: Props) {
  const { t } = useTranslation();
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  /** Each row: alternatives, each a combination of keys. */
  const rows: [string[][], string][] = [
    [[['1'], ['2'], ['3'], ['4'], ['5']], t('capture.interview.keys.level')],
    [[['0'], ['⌫']], t('capture.interview.keys.clear')],
    [[['N']], t('capture.interview.keys.na')],
    [[['J'], ['↓'], ['→']], t('capture.interview.keys.next')],
    [[['K'], ['↑'], ['←']], t('capture.interview.keys.previous')],
    [[['E']], t('capture.interview.keys.note')],
    [[['Esc']], t('capture.interview.keys.leaveNote')],
    ...(selfMode
      ? []
      : ([
          [[['R']], t('capture.interview.keys.nextRespondent')],
          [[['Shift', 'R']], t('capture.interview.keys.previousRespondent')],
        ] as [string[][], string][])),
    [[[isMac ? '⌘' : 'Ctrl', 'Z']], t('capture.interview.keys.undo')],
    [[['?']], t('capture.interview.keys.help')],
    // The app's commands, from the same table as the menu and its accelerators.
    ...APP_COMMANDS.map((c): [string[][], string] => [[acceleratorKeys(c.accelerator, isMac)], t(c.labelKey).replace(/…$/, '')]),
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('capture.interview.keys.title')} transitionProps={{ duration: 80 }}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('capture.interview.keys.intro')}
      </Text>
      <Table data-testid="shortcuts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('capture.interview.keys.key')}</Table.Th>
            <Table.Th>{t('capture.interview.keys.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([keys, action]) => (
            <Table.Tr key={action}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {keys.map((combo, i) => (
                    <Group key={combo.join('+')} gap={2} wrap="nowrap">
                      {i > 0 && (
                        <Text span size="xs" c="dimmed" mr={2}>
                          /
                        </Text>
                      )}
                      {combo.map((k, j) => (
                        <Group key={k} gap={2} wrap="nowrap">
                          {j > 0 && (
                            <Text span size="xs" c="dimmed">
                              +
                            </Text>
                          )}
                          <Kbd>{k}</Kbd>
                        </Group>
                      ))}
                    </Group>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
