/** The window: header with language and settings, the current screen, and the undo bar. */
import { ActionIcon, AppShell, Button, Group, Select, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { call } from '../api/client.ts';
import { AssessmentScreen } from '../assessment/AssessmentScreen.tsx';
import { Notice } from '../common/Notice.tsx';
import { UndoBar, type UndoOffer } from '../common/UndoBar.tsx';
import { FrameworkBrowser } from '../frameworks/FrameworkBrowser.tsx';
import { FrameworksScreen } from '../frameworks/FrameworksScreen.tsx';
import { DeletedScreen } from '../home/DeletedScreen.tsx';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { i18next } from '../i18n/i18n.ts';
import { SettingsModal } from '../settings/SettingsModal.tsx';
import { useRoute } from './route.ts';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [newAssessmentRequest, setNewAssessmentRequest] = useState(0);
  const language = i18next.language as Language;

  const changeLanguage = useCallback(async (next: Language) => {
    await i18next.changeLanguage(next);
    document.documentElement.lang = next;
    try {
      await call('settings.update', { language: next });
    } catch {
      // The language still changes for this session; it is remembered next time the save works.
    }
  }, []);

  // Commands from the native menu (Electron only).
  useEffect(() => {
    return window.api.onMenuCommand?.((command) => {
      if (command === 'new-assessment') {
        navigate({ screen: 'home' });
        setNewAssessmentRequest((n) => n + 1);
      } else if (command === 'settings') setSettingsOpen(true);
      else if (command === 'import' || command === 'export') setNotice(t('notice.packagesLater'));
      else if (command.startsWith('language:')) void changeLanguage(command.slice('language:'.length) as Language);
    });
  }, [navigate, changeLanguage, t]);

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <UnstyledButton onClick={() => navigate({ screen: 'home' })} title={t('nav.home')}>
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
          </UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Button variant="subtle" onClick={() => navigate({ screen: 'frameworks' })} data-testid="nav-frameworks">
              {t('nav.frameworks')}
            </Button>
            <Select
              aria-label={t('settings.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              value={language}
              onChange={(value) => value && void changeLanguage(value as Language)}
              allowDeselect={false}
              w={150}
              size="sm"
              data-testid="language-select"
            />
            <Tooltip label={t('settings.title')}>
              <ActionIcon variant="subtle" size="lg" aria-label={t('settings.title')} onClick={() => setSettingsOpen(true)}>
                <Text component="span" aria-hidden size="lg">
                  ⚙
                </Text>
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {route.screen === 'home' && (
          <HomeScreen
            onOpen={(id) => navigate({ screen: 'assessment', id })}
            onShowDeleted={() => navigate({ screen: 'deleted' })}
            onUndoOffer={setUndo}
            newAssessmentRequest={newAssessmentRequest}
          />
        )}
        {route.screen === 'deleted' && (
          <DeletedScreen onBack={() => navigate({ screen: 'home' })} onOpen={(id) => navigate({ screen: 'assessment', id })} />
        )}
        {route.screen === 'frameworks' && <FrameworksScreen onOpen={(id, version) => navigate({ screen: 'framework', id, version })} />}
        {route.screen === 'framework' && (
          <FrameworkBrowser
            key={`${route.id}@${route.version}`}
            id={route.id}
            version={route.version}
            onBack={() => navigate({ screen: 'frameworks' })}
          />
        )}
        {route.screen === 'assessment' && (
          <AssessmentScreen
            key={route.id}
            id={route.id}
            tab={route.tab}
            onTab={(tab) => navigate({ screen: 'assessment', id: route.id, tab })}
            onBack={() => navigate({ screen: 'home' })}
            onDeleted={(offer) => {
              navigate({ screen: 'home' });
              setUndo(offer);
            }}
          />
        )}
      </AppShell.Main>
      <SettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} onLanguage={changeLanguage} />
      <UndoBar offer={undo} onDone={() => setUndo(null)} />
      <Notice message={notice} onClose={() => setNotice(null)} />
    </AppShell>
  );
}
