/** Opens the database and wires every service: what each host (Electron, browser, CLI) starts from. */
import { readFileSync } from 'node:fs';
import type { AppInfo } from '../contract/api.ts';
import { LANGUAGES } from '../contract/framework-schema.ts';
import { createDispatch, type Dispatch } from './api/dispatch.ts';
import { createHandlers } from './api/handlers.ts';
import { createAssessmentsService } from './assessments/assessments-service.ts';
import { createClientsService } from './clients/clients-service.ts';
import { createFrameworksService } from './frameworks/frameworks-service.ts';
import { createSettingsService } from './settings/settings-service.ts';
import { type Clock, systemClock } from './storage/clock.ts';
import { type Db, openDatabase } from './storage/database.ts';

export function createServices(db: Db, clock: Clock = systemClock()) {
  const clients = createClientsService(db, clock);
  const frameworks = createFrameworksService(db, clock);
  const assessments = createAssessmentsService(db, clock, clients, frameworks);
  const settings = createSettingsService(db);
  return { clients, frameworks, assessments, settings };
}
export type Services = ReturnType<typeof createServices>;

export interface AppContext {
  db: Db;
  services: Services;
  dispatch: Dispatch;
  close: () => void;
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

export function openAppContext(options: { databasePath: string; host: AppInfo['host']; clock?: Clock; version?: string }): AppContext {
  const db = openDatabase(options.databasePath);
  const services = createServices(db, options.clock);
  const info = (): AppInfo => ({
    name: 'CX Maturity Studio',
    version: options.version ?? appVersion(),
    host: options.host,
    databasePath: options.databasePath,
    languages: LANGUAGES,
  });
  const dispatch = createDispatch(createHandlers(services, info));
  return { db, services, dispatch, close: () => db.close() };
}
