/**
 * The names of every API method, as a plain list. The sandboxed preload imports only this
 * file (no zod), and both hosts register exactly these names.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'clients.list',
  'clients.create',
  'clients.update',
  'assessments.list',
  'assessments.get',
  'assessments.create',
  'assessments.rename',
  'assessments.delete',
  'assessments.restore',
  'frameworks.list',
  'frameworks.get',
  'frameworks.validate',
  'frameworks.import',
  'capture.get',
  'respondents.add',
  'respondents.update',
  'respondents.remove',
  'respondents.restore',
  'answers.set',
  'consensus.set',
  'dimensions.set',
  'kpis.set',
  'discussion.set',
  'evidence.addReference',
  'evidence.addFile',
  'evidence.update',
  'evidence.remove',
  'packages.export',
  'packages.import',
  'packages.exportKit',
  'samples.openDemo',
  'scores.get',
  'actions.create',
  'actions.fromRecommendation',
  'actions.update',
  'actions.remove',
  'actions.restore',
  'exports.csv',
  'reports.create',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Commands the native menu sends to the window (File > New assessment, ...). */
export const MENU_COMMANDS = ['new-assessment', 'import', 'export', 'settings', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel of a method, shared by main and preload. */
export const ipcChannel = (method: MethodName) => `api:${method}`;
export const MENU_CHANNEL = 'menu:command';
