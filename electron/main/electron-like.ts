/**
 * The few Electron APIs the main process uses, as an interface: the real module is passed
 * in production, a stand-in in tests (the Electron binary cannot run on every machine).
 */
export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
  on(event: 'will-navigate' | 'will-attach-webview', listener: (event: { preventDefault(): void }, ...args: unknown[]) => void): void;
  send(channel: string, ...args: unknown[]): void;
  executeJavaScript(code: string): Promise<unknown>;
  id?: number;
}

export interface WindowLike {
  webContents: WebContentsLike;
  loadFile(path: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): void;
  on(event: 'closed', listener: () => void): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  close(): void;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
}

/** The menu roles the app uses (a subset of Electron's). */
export type MenuRole =
  | 'close'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu' | 'normal' | 'radio' | 'checkbox';
  accelerator?: string;
  checked?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface DownloadItemLike {
  getSavePath(): string;
  getFilename?(): string;
  setSaveDialogOptions?(options: { filters?: { name: string; extensions: string[] }[] }): void;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): void;
}

/** What the main process reads of an IPC call: the frame that sent it. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface ElectronLike {
  app: {
    requestSingleInstanceLock(): boolean;
    quit(): void;
    exit(code?: number): void;
    whenReady(): Promise<unknown>;
    on(event: string, listener: (...args: unknown[]) => void): unknown;
    getPath(name: 'userData'): string;
    getVersion(): string;
    getLocale(): string;
    name: string;
  };
  BrowserWindow: new (options: Record<string, unknown>) => WindowLike;
  ipcMain: { handle(channel: string, listener: (event: IpcEventLike, input: unknown) => unknown): void };
  Menu: {
    buildFromTemplate(template: MenuItemTemplate[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  dialog: {
    showMessageBox(options: { type?: string; title?: string; message: string; detail?: string; buttons?: string[] }): Promise<unknown>;
    showErrorBox(title: string, content: string): void;
    showOpenDialog(options: {
      properties: Array<'openFile'>;
      filters?: { name: string; extensions: string[] }[];
    }): Promise<{ canceled: boolean; filePaths: string[] }>;
    showMessageBoxSync(options: {
      type?: string;
      title?: string;
      message: string;
      buttons?: string[];
      defaultId?: number;
      cancelId?: number;
    }): number;
  };
  session: {
    defaultSession: {
      setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
      setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
      webRequest: {
        onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
      };
      on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown;
    };
  };
  shell: { openPath(path: string): Promise<string> };
}
