/** The native menu, in the interface language, built from the same locale files as the UI. */
import { APP_COMMANDS } from '../contract/commands.ts';
import type { Language } from '../contract/framework-schema.ts';
import { LANGUAGES } from '../contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../contract/languages.ts';
import type { MenuCommand } from '../contract/method-names.ts';
import { translate } from '../services/i18n/translate.ts';
import type { MenuItemTemplate } from './electron-like.ts';

export interface MenuActions {
  send: (command: MenuCommand | `language:${Language}`) => void;
  about: () => void;
  isMac: boolean;
}

export function buildMenuTemplate(language: Language, actions: MenuActions): MenuItemTemplate[] {
  const t = (key: string) => translate(language, key);
  const fileItem = (c: (typeof APP_COMMANDS)[number]): MenuItemTemplate => ({
    label: t(c.labelKey),
    accelerator: c.accelerator,
    click: () => actions.send(c.id),
  });
  return [
    {
      label: t('menu.file'),
      submenu: [
        // From the command table; Settings… apart, after a separator.
        ...APP_COMMANDS.filter((c) => c.menu === 'file' && c.id !== 'settings').map((c) => fileItem(c)),
        { type: 'separator' },
        ...APP_COMMANDS.filter((c) => c.menu === 'file' && c.id === 'settings').map((c) => fileItem(c)),
        { type: 'separator' },
        actions.isMac ? { role: 'close' } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.language'),
          submenu: LANGUAGES.map((lang) => ({
            label: LANGUAGE_NAMES[lang],
            type: 'radio' as const,
            checked: lang === language,
            click: () => actions.send(`language:${lang}`),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [{ label: t('menu.about'), click: actions.about }],
    },
  ];
}
