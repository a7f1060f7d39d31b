/**
 * The Electron host's wiring, run against a stand-in for the few Electron APIs it calls
 * (the real binary cannot be downloaded on these machines).
 */
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-db.ts';
import { ipcChannel, MENU_CHANNEL, METHOD_NAMES } from '../contract/method-names.ts';
import type { ElectronLike, MenuItemTemplate } from './electron-like.ts';
import { startElectronHost } from './wire.ts';

type Listener = (...args: any[]) => any;

function fakeElectron(options: { userData: string; locale?: string; gotLock?: boolean }) {
  const appListeners = new Map<string, Listener[]>();
  const handlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const state = {
    quit: false,
    exitCode: null as number | null,
    menu: null as MenuItemTemplate[] | null,
    errors: [] as string[],
    permission: null as Listener | null,
    permissionCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
    download: null as Listener | null,
    opened: [] as string[],
    toOpen: [] as string[],
    asked: [] as string[],
    answer: 0,
  };

  class FakeWebContents {
    listeners = new Map<string, Listener>();
    openHandler: Listener | null = null;
    sent: unknown[][] = [];
    on(event: string, l: Listener) {
      this.listeners.set(event, l);
    }
    setWindowOpenHandler(h: Listener) {
      this.openHandler = h;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    /** What the page answers: the outbox's pending count, before and after a flush. */
    outbox: { pending: number; afterFlush: number } | null = null;
    scripts: string[] = [];
    async executeJavaScript(code: string) {
      this.scripts.push(code);
      if (!this.outbox) return 0;
      return code.includes('flush') ? this.outbox.afterFlush : this.outbox.pending;
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    loaded: string | null = null;
    focused = 0;
    restored = 0;
    minimized = false;
    constructor(public options: Record<string, any>) {
      windows.push(this);
    }
    async loadFile(path: string) {
      this.loaded = path;
    }
    windowListeners = new Map<string, Listener>();
    closed = 0;
    once() {}
    on(event: string, l: Listener) {
      this.windowListeners.set(event, l);
    }
    close() {
      this.closed++;
    }
    show() {}
    focus() {
      this.focused++;
    }
    restore() {
      this.restored++;
    }
    isMinimized() {
      return this.minimized;
    }
  }

  const electron: ElectronLike = {
    app: {
      name: 'CX Maturity Studio',
      requestSingleInstanceLock: () => options.gotLock ?? true,
      quit: () => {
        state.quit = true;
      },
      exit: (code) => {
        state.exitCode = code ?? 0;
      },
      whenReady: async () => undefined,
      on: (event, listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      getPath: () => options.userData,
      getVersion: () => '9.9.9',
      getLocale: () => options.locale ?? 'en-US',
    },
    BrowserWindow: FakeWindow as unknown as ElectronLike['BrowserWindow'],
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template) => template,
      setApplicationMenu: (menu) => {
        state.menu = menu as MenuItemTemplate[];
      },
    },
    dialog: {
      showMessageBox: async () => ({}),
      showErrorBox: (_title, content) => void state.errors.push(content),
      showMessageBoxSync: (o) => {
        state.asked.push(o.message);
        return state.answer;
      },
      showOpenDialog: async () => ({ canceled: false, filePaths: state.toOpen }),
    },
    shell: {
      openPath: async (path) => {
        state.opened.push(path);
        return '';
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h) => {
          state.permission = h;
        },
        setPermissionCheckHandler: (h) => {
          state.permissionCheck = h;
        },
        webRequest: {
          onBeforeRequest: (l) => {
            state.beforeRequest = l;
          },
        },
        on: (_event, listener) => {
          state.download = listener;
        },
      },
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    for (const l of appListeners.get(event) ?? []) l(...args);
  };
  return { electron, handlers, windows, state, emit };
}

const paths = { preload: '/app/out/preload/preload.cjs', rendererIndex: '/app/out/renderer/index.html' };
/** An IPC call from the app's own page. */
const appEvent = { senderFrame: { url: `${pathToFileURL(paths.rendererIndex).href}#/assessments` } };
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function userData() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('Electron host wiring', () => {
  it('opens one window with the secure options and the preload', async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: paths.preload,
    });
    expect(fake.windows[0]?.loaded).toBe(paths.rendererIndex);
  });

  it('registers exactly one IPC handler per contract method, each answering with the envelope', async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    expect([...fake.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    const info = await fake.handlers.get(ipcChannel('app.info'))?.(appEvent, {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9' } });
    expect(info.value.databasePath.startsWith(fake.electron.app.getPath('userData'))).toBe(true);
    const bad = await fake.handlers.get(ipcChannel('assessments.create'))?.(appEvent, { title: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('blocks navigation away, new windows and webviews, and denies permission requests', async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const contents = fake.windows[0]?.webContents;
    expect(contents?.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents?.listeners.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, 'https://example.com');
    expect(prevented).toBe(true);
    let webviewPrevented = false;
    contents?.listeners.get('will-attach-webview')?.({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    let granted: boolean | null = null;
    fake.state.permission?.({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      expect(fake.state.permissionCheck?.({}, permission)).toBe(false);
    }
  });

  it("answers IPC calls only from the app's own page, not from a foreign frame", async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const call = (event: unknown) => fake.handlers.get(ipcChannel('app.info'))?.(event, {});
    expect(await call(appEvent)).toMatchObject({ ok: true });
    for (const url of ['https://example.com/', 'file:///tmp/evil.html', 'file:///app/out/renderer/other.html', 'data:text/html,x']) {
      expect(await call({ senderFrame: { url } }), url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call({ senderFrame: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("lets the window load only the renderer's own files, not every file: URL", async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const cancelled = (url: string) => {
      let answer: { cancel?: boolean } = {};
      fake.state.beforeRequest?.({ url }, (r: { cancel?: boolean }) => (answer = r));
      return answer.cancel === true;
    };
    expect(cancelled('file:///app/out/renderer/index.html')).toBe(false);
    expect(cancelled('file:///app/out/renderer/assets/index-abc.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('file:///app/out/renderer/../main/main.js')).toBe(true);
    expect(cancelled('file:///app/out/renderer-other/x.js')).toBe(true);
    expect(cancelled('https://example.com/x.js')).toBe(true);
  });

  it('quits when another instance holds the lock, and focuses the window on a second launch', async () => {
    const second = fakeElectron({ userData: userData(), gotLock: false });
    expect(await startElectronHost(second.electron, paths, 'linux')).toBeNull();
    expect(second.state.quit).toBe(true);
    expect(second.windows).toHaveLength(0);

    const first = fakeElectron({ userData: userData() });
    const host = await startElectronHost(first.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const window = first.windows[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    first.emit('second-instance');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
  });

  it('builds the native menu in the system language and rebuilds it when the language changes', async () => {
    const fake = fakeElectron({ userData: userData(), locale: 'ja-JP' });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const labels = () => fake.state.menu?.map((m) => m.label);
    expect(labels()).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
    const file = fake.state.menu?.[0]?.submenu ?? [];
    file[0]?.click?.();
    expect(fake.windows[0]?.webContents.sent).toContainEqual([MENU_CHANNEL, 'new-assessment']);
    await fake.handlers.get(ipcChannel('settings.update'))?.(appEvent, { language: 'es' });
    expect(labels()).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    const help = fake.state.menu?.[3]?.submenu ?? [];
    expect(help[0]?.label).toMatch(/CX Maturity Studio/);
  });

  it('shows a clear message and exits when the database cannot be opened', async () => {
    const fake = fakeElectron({ userData: '/nonexistent/folder/for/sure' });
    expect(await startElectronHost(fake.electron, paths, 'linux')).toBeNull();
    expect(fake.state.errors[0]).toMatch(/does not exist/);
    expect(fake.state.exitCode).toBe(1);
  });
});

describe('menu Import…', () => {
  it('opens the file dialog in the main process and hands the chosen package to the window', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const file = join(mkdtempSync(join(tmpdir(), 'cxms-menu-')), 'kit.cxa.json');
    writeFileSync(file, '{}');
    fake.state.toOpen = [file];
    fake.state.menu?.[0]?.submenu?.[1]?.click?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.windows[0]?.webContents.sent).toContainEqual([MENU_CHANNEL, 'import-file', { name: 'kit.cxa.json', content: '{}' }]);
  });
});

describe('downloads', () => {
  it('opens a saved Word report in the system word processor, and nothing else', async () => {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const finish = (path: string, outcome: string) => {
      let done: Listener = () => {};
      fake.state.download?.({}, { getSavePath: () => path, once: (_e: string, l: Listener) => (done = l) });
      done({}, outcome);
    };
    finish('/home/ana/Contoso (en).docx', 'completed');
    finish('/home/ana/Contoso.cxa.json', 'completed');
    finish('/home/ana/Other.docx', 'cancelled');
    expect(fake.state.opened).toEqual(['/home/ana/Contoso (en).docx']);
  });
});

describe('opening a package file with the app', () => {
  it('passes a .cxa or .cxa.json given to a second launch to the window, with its content', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    const dir = mkdtempSync(join(tmpdir(), 'cxms-open-'));
    const file = join(dir, 'Contoso - Baseline.cxa.json');
    writeFileSync(file, '{"format":"cx-maturity-assessment"}');
    const cxa = join(dir, 'Kit.cxa');
    writeFileSync(cxa, '{"format":"cx-maturity-kit"}');
    fake.emit('second-instance', {}, [
      '/opt/cx/cx-maturity-studio',
      '--flag',
      file,
      join(dir, 'missing.cxa.json'),
      cxa,
      join(dir, 'notes.json'),
    ]);
    const sent = fake.windows[0]?.webContents.sent ?? [];
    expect(sent).toContainEqual([
      MENU_CHANNEL,
      'import-file',
      { name: 'Contoso - Baseline.cxa.json', content: '{"format":"cx-maturity-assessment"}' },
    ]);
    expect(sent).toContainEqual([
      MENU_CHANNEL,
      'import-file',
      { name: 'missing.cxa.json', error: 'missing.cxa.json could not be read (ENOENT).' },
    ]);
    expect(sent).toContainEqual([MENU_CHANNEL, 'import-file', { name: 'Kit.cxa', content: '{"format":"cx-maturity-kit"}' }]);
    expect(sent.filter((m) => (m[2] as { name?: string })?.name === 'notes.json')).toEqual([]);
  });
});

describe('closing the window', () => {
  async function tryClose(outbox: { pending: number; afterFlush: number } | null, answer = 0) {
    const fake = fakeElectron({ userData: userData() });
    const host = await startElectronHost(fake.electron, paths, 'linux');
    cleanups.push(() => host?.context.close());
    fake.state.answer = answer;
    const window = fake.windows[0];
    if (!window) throw new Error('no window');
    window.webContents.outbox = outbox;
    let prevented = false;
    window.windowListeners.get('close')?.({ preventDefault: () => (prevented = true) });
    await new Promise((r) => setTimeout(r, 20));
    return { window, prevented, asked: fake.state.asked };
  }

  it('closes at once when the page has nothing unsent (or no outbox)', async () => {
    const { window, asked } = await tryClose(null);
    expect(window.closed).toBe(1);
    expect(asked).toEqual([]);
    expect(window.webContents.scripts[0]).toContain('window.cxOutbox?.pending()');
  });

  it('lets the page send its unsent changes first, then closes without asking', async () => {
    const { window, prevented, asked } = await tryClose({ pending: 3, afterFlush: 0 });
    expect(prevented).toBe(true);
    expect(window.webContents.scripts.some((s) => s.includes('flush()'))).toBe(true);
    expect(window.closed).toBe(1);
    expect(asked).toEqual([]);
  });

  it('asks when changes still cannot be saved: keeping the app open, or closing and losing them', async () => {
    const kept = await tryClose({ pending: 2, afterFlush: 2 }, 0);
    expect(kept.asked).toEqual(['Some changes could not be saved yet. Close anyway and lose them?']);
    expect(kept.window.closed).toBe(0);
    const discarded = await tryClose({ pending: 2, afterFlush: 1 }, 1);
    expect(discarded.window.closed).toBe(1);
  });
});
