/**
 * The Electron host, written against ElectronLike so that tests can run it without the
 * Electron binary: single-instance lock, the secure window, one IPC handler per contract
 * method, navigation and new windows blocked, the native menu.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_MAX_CHARS } from '../contract/api.ts';
import type { Language } from '../contract/framework-schema.ts';
import { matchLanguage } from '../contract/languages.ts';
import { ipcChannel, MENU_CHANNEL, METHOD_NAMES } from '../contract/method-names.ts';
import { type AppContext, openWithRecovery } from '../services/context.ts';
import { translate } from '../services/i18n/translate.ts';
import { DATABASE_FILE_NAME } from '../services/storage/paths.ts';
import type { ElectronLike, WindowLike } from './electron-like.ts';
import { buildMenuTemplate } from './menu.ts';
import { mainWindowOptions } from './window-options.ts';

export interface HostPaths {
  preload: string;
  rendererIndex: string;
}

export interface RunningHost {
  context: AppContext;
  window: () => WindowLike | null;
}

export async function startElectronHost(
  electron: ElectronLike,
  paths: HostPaths,
  platform = process.platform,
): Promise<RunningHost | null> {
  const { app, BrowserWindow, ipcMain, Menu, dialog, session } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let mainWindow: WindowLike | null = null;
  // Package files the app was asked to open (double-click, "Open with"), before and after the window exists.
  const pendingFiles: string[] = packageFilesIn(process.argv);
  const openFiles = () => {
    if (!mainWindow) return;
    for (const path of pendingFiles.splice(0)) {
      const file = readPackageFile(path);
      mainWindow.webContents.send(MENU_CHANNEL, 'import-file', file);
    }
  };
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Relative paths are relative to where the second launch was started.
    const cwd = typeof workingDirectory === 'string' ? workingDirectory : process.cwd();
    pendingFiles.push(...packageFilesIn(Array.isArray(argv) ? argv : []).map((p) => resolve(cwd, p)));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    openFiles();
  });
  // macOS hands files over with this event instead of argv.
  app.on('open-file', (event, path) => {
    (event as { preventDefault(): void }).preventDefault();
    pendingFiles.push(path as string);
    openFiles();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  // Every web contents: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => lockDown(contents as WindowLike['webContents']));

  await app.whenReady();
  // The app needs no camera, microphone, notification, geolocation...: every request and check is refused.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // A file: page's CSP 'self' covers every file: URL: the window may load only the renderer's own files.
  const rendererFolder = dirname(paths.rendererIndex);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAppRequest(details.url, rendererFolder) }),
  );
  // A Word report, once saved (the save dialog asks where), opens in the system's word processor.
  session.defaultSession.on('will-download', (_event, item) => {
    // A package is saved as .cxa, the extension the installers register with the system.
    if (item.getFilename?.().toLowerCase().endsWith('.cxa')) {
      item.setSaveDialogOptions?.({ filters: [{ name: 'CX Maturity Studio package', extensions: ['cxa'] }] });
    }
    item.once('done', (_e, state) => {
      const path = item.getSavePath();
      if (state === 'completed' && path.toLowerCase().endsWith('.docx')) void electron.shell.openPath(path);
    });
  });

  const databasePath = join(app.getPath('userData'), DATABASE_FILE_NAME);
  let context: AppContext;
  try {
    const language = matchLanguage([app.getLocale()]) ?? 'en';
    context = openWithRecovery({ databasePath, host: 'electron', version: app.getVersion(), backupOnStart: true }, ({ newest }) => {
      if (!newest) return false;
      // Offered, not imposed: the damaged file is already kept aside either way.
      const choice = dialog.showMessageBoxSync({
        type: 'warning',
        title: 'CX Maturity Studio',
        message: translate(language, 'recovery.question', { date: newest.createdAt.slice(0, 16).replace('T', ' ') }),
        buttons: [translate(language, 'recovery.restore'), translate(language, 'recovery.startEmpty')],
        defaultId: 0,
        cancelId: 1,
      });
      return choice === 0;
    });
  } catch (e) {
    dialog.showErrorBox('CX Maturity Studio', (e as Error).message);
    app.exit(1);
    return null;
  }

  const language = (): Language => context.services.settings.get().language ?? matchLanguage([app.getLocale()]) ?? 'en';
  const refreshMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(language(), {
          isMac: platform === 'darwin',
          send: (command) => {
            if (command !== 'import') return mainWindow?.webContents.send(MENU_CHANNEL, command);
            // The page may not open a file dialog from a menu click (no user gesture): the main process does.
            void dialog
              .showOpenDialog({ properties: ['openFile'], filters: [{ name: 'CX Maturity Studio', extensions: PACKAGE_EXTENSIONS }] })
              .then(({ canceled, filePaths }) => {
                if (canceled) return;
                pendingFiles.push(...filePaths);
                openFiles();
              });
          },
          about: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: translate(language(), 'menu.about'),
              message: `CX Maturity Studio ${app.getVersion()}`,
              detail: translate(language(), 'about.detail'),
            }),
        }),
      ),
    );

  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, input) => {
      // Only the app's own page may call the API (not a frame or page from anywhere else).
      if (!isAppFrame(event, paths.rendererIndex)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the app.' } };
      }
      const result = await context.dispatch(method, input);
      if (method === 'settings.update' && result.ok) refreshMenu();
      return result;
    });
  }
  refreshMenu();

  const createWindow = () => {
    const window = new BrowserWindow(mainWindowOptions(paths.preload));
    lockDown(window.webContents);
    window.once('ready-to-show', () => {
      window.show();
      openFiles();
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    // The window closes only once the page's unsent changes are saved, or the person discards them.
    let closing = false;
    window.on('close', (event) => {
      if (closing) return;
      event.preventDefault();
      void settleOutbox(window, () => confirmDiscard(language())).then((close) => {
        if (!close) return;
        closing = true;
        window.close();
      });
    });
    void window.loadFile(paths.rendererIndex);
    mainWindow = window;
  };
  createWindow();
  const confirmDiscard = (lang: Language) =>
    dialog.showMessageBoxSync({
      type: 'warning',
      title: 'CX Maturity Studio',
      message: translate(lang, 'closing.unsaved'),
      buttons: [translate(lang, 'closing.keepOpen'), translate(lang, 'closing.discard')],
      defaultId: 0,
      cancelId: 0,
    }) === 1;
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });
  const backupTimer = setInterval(
    () => {
      try {
        context.backupIfChanged();
      } catch {
        // A failed periodic backup must not stop the app; the next one tries again.
      }
    },
    5 * 60 * 1000,
  );
  app.on('will-quit', () => {
    clearInterval(backupTimer);
    context.close();
  });
  return { context, window: () => mainWindow };
}

/**
 * Before the window closes: asks the page how many changes are not yet saved (the renderer's
 * outbox, `window.cxOutbox`: `pending()` a count, `flush()` a promise that sends them), lets
 * it send them, and asks the person only when some still could not be saved. A page without
 * the outbox, or that does not answer, counts as nothing unsent. True: close now.
 */
export async function settleOutbox(window: WindowLike, confirmDiscard: () => boolean): Promise<boolean> {
  const ask = async (code: string): Promise<number> => {
    try {
      const answer = await window.webContents.executeJavaScript(code);
      return typeof answer === 'number' && Number.isFinite(answer) ? answer : 0;
    } catch {
      return 0;
    }
  };
  if ((await ask('window.cxOutbox?.pending() ?? 0')) === 0) return true;
  const left = await ask(
    'Promise.resolve(window.cxOutbox?.flush()).then(() => window.cxOutbox?.pending() ?? 0, () => window.cxOutbox?.pending() ?? 0)',
  );
  return left === 0 || confirmDiscard();
}

/** The extensions a package may have: .cxa (registered with the system), and .cxa.json as before. */
export const PACKAGE_EXTENSIONS = ['cxa', 'json'];

/** The package files (.cxa, .cxa.json) among command-line arguments. */
export function packageFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => /\.cxa(\.json)?$/i.test(arg));
}

/** True when an IPC call comes from the app's own page (its index.html, loaded from disk). */
export function isAppFrame(event: unknown, rendererIndex: string): boolean {
  const url = (event as { senderFrame?: { url?: string } | null } | null)?.senderFrame?.url;
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' && fileURLToPath(parsed) === resolve(rendererIndex);
  } catch {
    return false;
  }
}

/** True for what the window may load: the renderer folder's files, and in-page data: and blob: URLs. */
export function isAppRequest(url: string, rendererFolder: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true;
  if (!url.startsWith('file:')) return false;
  try {
    const inside = relative(resolve(rendererFolder), fileURLToPath(url));
    return !inside.startsWith('..') && !isAbsolute(inside);
  } catch {
    return false;
  }
}

/** Reads a package for the window; a file that cannot be read becomes a message instead. */
function readPackageFile(path: string): { name: string; content?: string; error?: string } {
  const name = basename(path);
  try {
    if (statSync(path).size > PACKAGE_MAX_CHARS) return { name, error: `${name} is larger than 50 MB.` };
    return { name, content: readFileSync(path, 'utf8') };
  } catch (e) {
    return { name, error: `${name} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` };
  }
}

function lockDown(contents: WindowLike['webContents']) {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
