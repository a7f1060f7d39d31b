/**
 * A stand-in for the `electron` module that runs the app's start-up as Electron would and
 * writes what happened to CXMS_STANDIN_REPORT (JSON), then exits:
 * app ready, the window created and shown, the IPC handlers, the menu, the session's
 * handlers, and a second launch with the file CXMS_STANDIN_OPEN.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const env = process.env;
const listeners = new Map();
const handlers = new Map();
const windows = [];
const report = { windows: [], channels: [], menu: null, sent: [], permissionDenied: null, checkDenied: null, calls: {}, errors: [] };

export const app = {
  name: 'CX Maturity Studio',
  requestSingleInstanceLock: () => true,
  quit: () => {},
  exit: (code) => finish(code ?? 0),
  whenReady: async () => {
    setTimeout(drive, 0);
  },
  on: (event, listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  },
  getPath: () => env.CXMS_STANDIN_USERDATA,
  getVersion: () => '0.0.0-stand-in',
  getLocale: () => 'en-US',
};

class WebContents {
  listeners = new Map();
  on(event, l) {
    this.listeners.set(event, l);
  }
  setWindowOpenHandler(h) {
    this.openHandler = h;
  }
  send(...args) {
    report.sent.push(args);
  }
  async executeJavaScript() {
    return 0;
  }
}

export class BrowserWindow {
  webContents = new WebContents();
  onceListeners = {};
  once(event, l) {
    this.onceListeners[event] = l;
  }
  constructor(options) {
    this.options = options;
    windows.push(this);
  }
  async loadFile(path) {
    this.loaded = path;
  }
  on() {}
  close() {}
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

export const ipcMain = { handle: (channel, listener) => void handlers.set(channel, listener) };
export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => {
    report.menu = JSON.parse(JSON.stringify(menu));
  },
};
export const dialog = {
  showMessageBox: async () => ({}),
  showErrorBox: (_title, content) => void report.errors.push(content),
  showMessageBoxSync: () => 1,
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const shell = { openPath: async () => '' };
let beforeRequest = null;
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => h({}, 'media', (granted) => (report.permissionDenied = granted === false)),
    setPermissionCheckHandler: (h) => (report.checkDenied = h({}, 'media') === false),
    webRequest: { onBeforeRequest: (l) => (beforeRequest = l) },
    on: () => {},
  },
};
export default { app, BrowserWindow, ipcMain, Menu, dialog, shell, session };

function emit(event, ...args) {
  for (const l of listeners.get(event) ?? []) l(...args);
}

async function drive() {
  const started = Date.now();
  while (!(windows.length > 0 && report.menu && handlers.size > 0)) {
    if (Date.now() - started > 30_000) return finish(1);
    await new Promise((r) => setTimeout(r, 20));
  }
  const window = windows[0];
  window.onceListeners['ready-to-show']?.();
  if (env.CXMS_STANDIN_OPEN) emit('second-instance', {}, [process.execPath, env.CXMS_STANDIN_OPEN], process.cwd());
  const call = async (url) => handlers.get('api:app.info')?.({ senderFrame: { url } }, {});
  report.calls.own = await call(pathToFileURL(window.loaded).href);
  report.calls.foreign = await call('https://example.com/');
  const cancelled = (url) => {
    let answer = {};
    beforeRequest?.({ url }, (r) => (answer = r));
    return answer.cancel === true;
  };
  report.requests = { own: cancelled(pathToFileURL(window.loaded).href), other: cancelled('file:///etc/hosts') };
  finish(0);
}

function finish(code) {
  report.windows = windows.map((w) => ({ options: w.options, loaded: w.loaded ?? null, shown: w.shown === true }));
  report.channels = [...handlers.keys()];
  writeFileSync(env.CXMS_STANDIN_REPORT, JSON.stringify(report));
  process.exit(code);
}
