/** The native menu's commands come from the one command table, with the same accelerators the page answers. */
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, acceleratorKeys, matchesAccelerator } from '../contract/commands.ts';
import { translate } from '../services/i18n/translate.ts';
import { buildMenuTemplate } from './menu.ts';

describe('the command table', () => {
  it('drives the File menu: every command once, its label and accelerator, sending its id', () => {
    const sent: string[] = [];
    const menu = buildMenuTemplate('en', { isMac: false, send: (c) => void sent.push(c), about: () => {} });
    const file = (menu[0]?.submenu ?? []).filter((i) => i.accelerator);
    expect(file.map((i) => [i.label, i.accelerator])).toEqual(
      expect.arrayContaining(APP_COMMANDS.map((c) => [translate('en', c.labelKey), c.accelerator])),
    );
    expect(file).toHaveLength(APP_COMMANDS.length);
    for (const item of file) item.click?.();
    expect([...sent].sort()).toEqual(APP_COMMANDS.map((c) => c.id).sort());
  });

  it('matches key events to accelerators as Electron does (⌘ on macOS, Ctrl elsewhere)', () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(matchesAccelerator('CmdOrCtrl+E', key('e', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', key('E', { metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', key('e', { metaKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+E', key('e'), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+E', key('e', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+,', key(',', { ctrlKey: true }), false)).toBe(true);
    expect(acceleratorKeys('CmdOrCtrl+N', true)).toEqual(['⌘', 'N']);
  });
});
