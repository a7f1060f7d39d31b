/** Opens the database and wires every service: what each host (Electron, browser, CLI) starts from. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppInfo } from '../contract/api.ts';
import { LANGUAGES } from '../contract/framework-schema.ts';
import { createActionsService } from './actions/actions-service.ts';
import { createDispatch, type Dispatch } from './api/dispatch.ts';
import { createHandlers } from './api/handlers.ts';
import { createAssessmentsService } from './assessments/assessments-service.ts';
import { createAnswersService } from './capture/answers-service.ts';
import { createAssessmentScope } from './capture/assessment-scope.ts';
import { createAssessmentSettingsService } from './capture/assessment-settings-service.ts';
import { createEvidenceService } from './capture/evidence-service.ts';
import { createRespondentsService } from './capture/respondents-service.ts';
import { createClientsService } from './clients/clients-service.ts';
import { createFrameworksService } from './frameworks/frameworks-service.ts';
import { createPackageService, type PackageService } from './packages/package-service.ts';
import { createSettingsService } from './settings/settings-service.ts';
import { type Clock, systemClock } from './storage/clock.ts';
import { type Db, openDatabase } from './storage/database.ts';

/** The folder beside the database where evidence files are copied. */
export function evidenceFolder(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), 'cx-maturity-evidence') : join(dirname(databasePath), 'evidence');
}

export function createServices(db: Db, clock: Clock = systemClock(), dataFolder = join(tmpdir(), 'cx-maturity-evidence')) {
  const clients = createClientsService(db, clock);
  const frameworks = createFrameworksService(db, clock);
  const scope = createAssessmentScope(db, clock, frameworks);
  const actions = createActionsService(db, clock, scope);
  const assessments = createAssessmentsService(db, clock, clients, frameworks, (a) => actions.addDefaults(a.id, a.language, a.createdAt));
  const settings = createSettingsService(db);
  const respondents = createRespondentsService(db, clock, scope);
  const answers = createAnswersService(db, clock, scope, respondents);
  const settingsOfAssessment = createAssessmentSettingsService(db, clock, scope);
  const evidence = createEvidenceService(db, clock, scope, dataFolder);
  return { clients, frameworks, assessments, settings, scope, respondents, answers, settingsOfAssessment, evidence, actions };
}
export type Services = ReturnType<typeof createServices>;

export interface AppContext {
  db: Db;
  services: Services;
  packages: PackageService;
  dispatch: Dispatch;
  close: () => void;
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

export function openAppContext(options: { databasePath: string; host: AppInfo['host']; clock?: Clock; version?: string }): AppContext {
  const db = openDatabase(options.databasePath);
  const services = createServices(db, options.clock ?? systemClock(), evidenceFolder(options.databasePath));
  const version = options.version ?? appVersion();
  const info = (): AppInfo => ({
    name: 'CX Maturity Studio',
    version,
    host: options.host,
    databasePath: options.databasePath,
    languages: LANGUAGES,
  });
  const packages = createPackageService(db, options.clock ?? systemClock(), services, version);
  const dispatch = createDispatch(createHandlers(services, packages, info));
  return { db, services, packages, dispatch, close: () => db.close() };
}
