/**
 * The bridge between the sandboxed page and the main process: one named function per
 * contract method, plus the menu listener. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, MENU_CHANNEL, METHOD_NAMES } from '../contract/method-names.ts';

const api: Record<string, unknown> = {};
for (const method of METHOD_NAMES) {
  api[method] = (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {});
}
api.onMenuCommand = (listener: (command: string, payload?: unknown) => void) => {
  const handler = (_event: unknown, command: string, payload?: unknown) => listener(command, payload);
  ipcRenderer.on(MENU_CHANNEL, handler);
  return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
