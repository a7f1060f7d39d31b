/**
 * The app's commands, one record each: the native menu (label, accelerator, place), the
 * keyboard shortcuts of the page (the browser host has no native menu) and the help that
 * lists them are all built from this table; each command runs the same function as its button.
 */
import type { MenuCommand } from './method-names.ts';

export interface AppCommand {
  id: Exclude<MenuCommand, 'about'>;
  /** Locale key of the label (menu item, help row). */
  labelKey: string;
  /** Electron accelerator syntax; the page matches the same keys. */
  accelerator: string;
  /** Where the native menu shows it. */
  menu: 'file';
}

export const APP_COMMANDS: readonly AppCommand[] = [
  { id: 'new-assessment', labelKey: 'menu.newAssessment', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  { id: 'import', labelKey: 'menu.import', accelerator: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'export', labelKey: 'menu.export', accelerator: 'CmdOrCtrl+E', menu: 'file' },
  { id: 'settings', labelKey: 'menu.settings', accelerator: 'CmdOrCtrl+,', menu: 'file' },
];

/** True when a key event is the command's accelerator (CmdOrCtrl = ⌘ on macOS, Ctrl elsewhere). */
export function matchesAccelerator(
  accelerator: string,
  e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean,
): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const primary = wants.has('CmdOrCtrl');
  if (primary && !(isMac ? e.metaKey : e.ctrlKey)) return false;
  if (!primary && (e.ctrlKey || e.metaKey)) return false;
  if (wants.has('Shift') !== e.shiftKey || wants.has('Alt') !== e.altKey) return false;
  return e.key.toLowerCase() === key.toLowerCase();
}

/** How the help shows an accelerator: ⌘ on macOS, Ctrl elsewhere. */
export function acceleratorKeys(accelerator: string, isMac: boolean): string[] {
  return accelerator.split('+').map((k) => (k === 'CmdOrCtrl' ? (isMac ? '⌘' : 'Ctrl') : k));
}
