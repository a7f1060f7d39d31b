/**
 * Wires the domain services on one open database. Its own module (not context.ts) so that
 * modules taking services need not import the composition root, which imports them.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActionsService } from './actions/actions-service.ts';
import { createAssessmentScope } from './assessments/assessment-scope.ts';
import { createAssessmentsService } from './assessments/assessments-service.ts';
import { createClientsService } from './clients/clients-service.ts';
import { createAssessmentSettingsService } from './dimension-settings/assessment-settings-service.ts';
import { createEvidenceService } from './evidence/evidence-service.ts';
import { createFrameworksService } from './frameworks/frameworks-service.ts';
import { createAnswersService } from './respondents/answers-service.ts';
import { createRespondentsService } from './respondents/respondents-service.ts';
import { createSettingsService } from './settings/settings-service.ts';
import { type Clock, systemClock } from './storage/clock.ts';
import type { Db } from './storage/database.ts';

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
