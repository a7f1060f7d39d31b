/** Maps every contract method to the service call that implements it. */
import type { AppInfo, MethodParsedInput, MethodResult } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { MethodName } from '../../contract/method-names.ts';
import type { BackupFile, BackupReason } from '../backups/backup-files.ts';
import { listBackups } from '../backups/backup-files.ts';
import type { Services } from '../services.ts';

/** What the handlers need of the host: its database path, backups and restore. */
export interface HandlerHost {
  readonly databasePath: string;
  backup: (reason: BackupReason) => BackupFile;
  restore: (nameOrPath: string) => { restoredFrom: string; safetyBackup: string };
}

import { assessmentCsv } from '../exports/assessment-csv.ts';
import type { PackageService } from '../packages/package-service.ts';
import { brandingForReport } from '../report/report-context.ts';
import { reportFileName } from '../report/report-file-name.ts';
import { scoreAssessment } from '../scoring/assessment-scores.ts';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

export function createHandlers(services: Services, packages: PackageService, info: () => AppInfo, host: HandlerHost): Handlers {
  const { assessments, clients, frameworks, settings, respondents, answers, settingsOfAssessment, evidence, scope } = services;
  return {
    'app.info': () => info(),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'clients.list': () => clients.list(),
    'clients.create': (input) => clients.create(input),
    'clients.update': (input) => clients.update(input),
    'assessments.list': (input) => assessments.list(input),
    'assessments.get': (input) => assessments.get(input.id),
    'assessments.create': (input) => assessments.create(input),
    'assessments.rename': (input) => assessments.rename(input.id, input.title),
    'assessments.delete': (input) => assessments.delete(input.id),
    'assessments.restore': (input) => assessments.restore(input.id),
    'frameworks.list': () => frameworks.list(),
    'frameworks.get': (input) => frameworks.get(input.id, input.version),
    'frameworks.validate': (input) => frameworks.validate(input.content),
    'frameworks.import': (input) => frameworks.import(input.content),
    'capture.get': ({ assessmentId }) => ({
      assessment: assessments.get(assessmentId),
      framework: scope.readable(assessmentId).framework,
      respondents: respondents.list(assessmentId),
      answers: answers.list(assessmentId),
      consensus: answers.listConsensus(assessmentId),
      dimensionSettings: settingsOfAssessment.listDimensions(assessmentId),
      kpis: settingsOfAssessment.listKpis(assessmentId),
      discussion: settingsOfAssessment.listDiscussion(assessmentId),
      evidence: evidence.list(assessmentId),
      actions: services.actions.list(assessmentId),
    }),
    'respondents.add': (input) => respondents.add(input),
    'respondents.update': (input) => respondents.update(input),
    'respondents.remove': (input) => respondents.remove(input.id),
    'respondents.restore': (input) => respondents.restore(input.id),
    'answers.set': (input) => answers.set(input),
    'consensus.set': (input) => answers.setConsensus(input),
    'dimensions.set': (input) => settingsOfAssessment.setDimension(input),
    'kpis.set': (input) => settingsOfAssessment.setKpi(input),
    'discussion.set': (input) => settingsOfAssessment.setDiscussion(input),
    'evidence.addReference': (input) => evidence.addReference(input),
    'evidence.addFile': (input) => evidence.addFile(input),
    'evidence.update': (input) => evidence.update(input),
    'evidence.remove': (input) => evidence.remove(input.id),
    'packages.export': (input) => packages.export(input.assessmentId),
    'packages.import': (input) => packages.import(input.content, input.onConflict),
    'packages.exportKit': (input) => packages.exportKit(input.assessmentId, input.respondentId),
    'samples.openDemo': () => packages.openDemo(),
    'scores.get': (input) => scoreAssessment(services, input.assessmentId),
    'actions.create': ({ assessmentId, ...fields }) => services.actions.create(assessmentId, fields),
    'actions.fromRecommendation': ({ assessmentId, recommendationId }) =>
      services.actions.createFromRecommendation(assessmentId, recommendationId, assessments.get(assessmentId).language),
    'actions.update': ({ id, ...fields }) => services.actions.update(id, fields),
    'actions.remove': (input) => services.actions.remove(input.id),
    'actions.restore': (input) => services.actions.restore(input.id),
    'exports.csv': (input) => assessmentCsv(services, input.assessmentId, input.kind, input.language),
    'reports.create': async ({ assessmentId, branding, ...options }) => {
      // The report's modules (docx, charts, jsdom, fonts) load only when a report is made.
      const { buildReport } = await import('../report/build-report.ts');
      const content = await buildReport(services, assessmentId, { ...options, branding: brandingForReport(branding) });
      const a = assessments.get(assessmentId);
      return { fileName: reportFileName(a.client.name, a.title, options.language), contentBase64: content.toString('base64') };
    },
    'backups.list': () => listBackups(host.databasePath).map(({ name, size, createdAt, reason }) => ({ name, size, createdAt, reason })),
    'backups.create': () => {
      const { name, size, createdAt, reason } = host.backup('manual');
      return { name, size, createdAt, reason };
    },
    'backups.restore': (input) => {
      // Over the API only a backup the app lists can be restored, never any path or file name.
      if (!listBackups(host.databasePath).some((b) => b.name === input.name)) {
        throw new AppError('VALIDATION', 'This backup cannot be restored: it is not one of the backups listed.');
      }
      return host.restore(input.name);
    },
  };
}
