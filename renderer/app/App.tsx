/** The window: header with language and settings, the current screen, and the undo bar. */
import { ActionIcon, AppShell, Button, Group, Select, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../electron/contract/api.ts';
import { APP_COMMANDS, matchesAccelerator } from '../../electron/contract/commands.ts';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { call } from '../api/client.ts';
import { AssessmentScreen } from '../assessment/AssessmentScreen.tsx';
import { BackupsScreen } from '../backups/BackupsScreen.tsx';
import { Notice } from '../common/Notice.tsx';
import { UndoBar, type UndoOffer } from '../common/UndoBar.tsx';
import { FrameworkBrowser } from '../frameworks/FrameworkBrowser.tsx';
import { FrameworksScreen } from '../frameworks/FrameworksScreen.tsx';
import { DeletedScreen } from '../home/DeletedScreen.tsx';
import { type HomeRequest, HomeScreen } from '../home/HomeScreen.tsx';
import { i18next } from '../i18n/i18n.ts';
import { SettingsModal } from '../settings/SettingsModal.tsx';
import { runCommand } from './commands.ts';
import { useRoute } from './route.ts';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [homeRequest, setHomeRequest] = useState<{
    kind: HomeRequest;
    key: number;
    file?: { name: string; content?: string; error?: string };
  }>({ kind: null, key: 0 });
  const [recovery, setRecovery] = useState<AppInfo['recovery']>(null);
  const language = i18next.language as Language;

  // A database found damaged on start is said on the home screen until the app closes.
  useEffect(() => {
    call('app.info', {}).then(
      (info) => setRecovery(info.recovery),
      () => setRecovery(null),
    );
  }, []);

  const changeLanguage = useCallback(async (next: Language) => {
    await i18next.changeLanguage(next);
    document.documentElement.lang = next;
    try {
      await call('settings.update', { language: next });
    } catch {
      // The language still changes for this session; it is remembered next time the save works.
    }
  }, []);

  /** After a backup is restored: the restored database may hold another interface language. */
  const afterRestore = useCallback(async () => {
    try {
      const settings = await call('settings.get', {});
      if (settings.language && settings.language !== i18next.language) {
        await i18next.changeLanguage(settings.language);
        document.documentElement.lang = settings.language;
      }
    } catch {
      // The screens show their own errors when they load.
    }
  }, []);

  /** One command, from the native menu or its shortcut: the same function as the screen's button. */
  const runAppCommand = useCallback(
    (command: string, payload?: unknown) => {
      if (command === 'import-file') {
        // A package the app was asked to open: the same import, with the same choices.
        navigate({ screen: 'home' });
        setHomeRequest((r) => ({
          kind: 'import-file',
          key: r.key + 1,
          file: payload as { name: string; content?: string; error?: string },
        }));
      } else if (command === 'new-assessment' || command === 'import') {
        navigate({ screen: 'home' });
        setHomeRequest((r) => ({ kind: command, key: r.key + 1 }));
      } else if (command === 'export') {
        // The assessment screen's own export function (its button calls it too).
        if (!runCommand('export')) setNotice(t('importing.exportHint'));
      } else if (command === 'settings') setSettingsOpen(true);
      else if (command.startsWith('language:')) void changeLanguage(command.slice('language:'.length) as Language);
    },
    [navigate, changeLanguage, t],
  );

  // Commands from the native menu (Electron only), which also owns their accelerators there.
  useEffect(() => window.api.onMenuCommand?.(runAppCommand), [runAppCommand]);

  // Without a native menu (the browser host), the page answers the same accelerators.
  useEffect(() => {
    if (window.api.onMenuCommand) return;
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = APP_COMMANDS.find((c) => matchesAccelerator(c.accelerator, e, isMac));
      if (!command) return;
      e.preventDefault();
      runAppCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runAppCommand]);

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
            <Button
              variant={route.screen === 'frameworks' || route.screen === 'framework' ? 'light' : 'subtle'}
              aria-current={route.screen === 'frameworks' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'frameworks' })}
              data-testid="nav-frameworks"
            >
              {t('nav.frameworks')}
            </Button>
            <Button
              variant={route.screen === 'backups' ? 'light' : 'subtle'}
              aria-current={route.screen === 'backups' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'backups' })}
              data-testid="nav-backups"
            >
              {t('backups.nav')}
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
            onShowBackups={() => navigate({ screen: 'backups' })}
            onUndoOffer={setUndo}
            request={homeRequest}
            onRequestDone={() => setHomeRequest((r) => ({ ...r, kind: null }))}
            recovery={recovery}
          />
        )}
        {route.screen === 'backups' && <BackupsScreen onShowList={() => navigate({ screen: 'home' })} onRestored={afterRestore} />}
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
      <SettingsModal
        opened={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onLanguage={changeLanguage}
        onShowBackups={() => navigate({ screen: 'backups' })}
      />
      <UndoBar offer={undo} onDone={() => setUndo(null)} />
      <Notice message={notice} onClose={() => setNotice(null)} />
    </AppShell>
  );
}
