/** Settings: the interface language (remembered in the database). */
import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  onLanguage: (language: Language) => void;
  onShowBackups: () => void;
}

export function SettingsModal({ opened, onClose, onLanguage, onShowBackups }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')}>
      <Stack>
        <Select
          label={t('settings.language')}
          description={t('settings.languageHelp')}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={i18n.language}
          onChange={(v) => v && onLanguage(v as Language)}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed">
          {t('settings.storedLocally')}
        </Text>
        <Button
          variant="default"
          onClick={() => {
            onClose();
            onShowBackups();
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('settings.backups')}
        </Button>
      </Stack>
    </Modal>
  );
}
