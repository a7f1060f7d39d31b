/** Export and import of assessment packages, and the demo assessment that ships with the app. */

import demo from '../../../assets/samples/demo.cxa.json' with { type: 'json' };
import type { Assessment, ExportedPackage, ImportOutcome } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Services } from '../services.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { buildPackage, packageFileName } from './export-package.ts';
import { type ConflictChoice, createPackageImporter } from './import-package.ts';

export function createPackageService(
  db: Db,
  clock: Clock,
  services: Services,
  appVersion: string,
  backupBeforeImport: () => void = () => {},
) {
  const importer = createPackageImporter(db, clock, services, backupBeforeImport);
  return {
    export(assessmentId: string): ExportedPackage {
      const pkg = buildPackage(services, assessmentId, appVersion, clock());
      return {
        fileName: packageFileName(pkg.assessment.client.name, pkg.assessment.title),
        content: `${JSON.stringify(pkg, null, 2)}\n`,
      };
    },
    import: (text: string, onConflict?: ConflictChoice): ImportOutcome => importer.importText(text, onConflict),
    /**
     * A respondent kit: the assessment with just one respondent (as a self-assessment) and
     * their answers so far, for them to fill in on their own machine and send back.
     */
    exportKit(assessmentId: string, respondentId: string): ExportedPackage {
      const pkg = buildPackage(services, assessmentId, appVersion, clock());
      const person = pkg.assessment.respondents.find((r) => r.id === respondentId && !r.removedAt);
      if (!person) throw new AppError('NOT_FOUND', 'This respondent is not part of the assessment (or was removed).');
      pkg.kit = { respondentId, respondentName: person.name };
      pkg.assessment.respondents = [{ ...person, kind: 'self' }];
      pkg.assessment.answers = pkg.assessment.answers.filter((x) => x.respondentId === respondentId);
      pkg.assessment.consensus = [];
      pkg.assessment.kpis = [];
      pkg.assessment.discussion = [];
      pkg.assessment.evidence = [];
      pkg.assessment.actions = [];
      return {
        fileName: packageFileName(pkg.assessment.client.name, `${pkg.assessment.title} - ${person.name}`),
        content: `${JSON.stringify(pkg, null, 2)}\n`,
      };
    },
    /** Opens the demo: imported on first use, restored if it was deleted. */
    openDemo(): Assessment {
      const id = (demo as { assessment: { id: string } }).assessment.id;
      const existing =
        services.assessments.list({}).find((a) => a.id === id) ?? services.assessments.list({ deleted: true }).find((a) => a.id === id);
      if (existing) return existing.deletedAt ? services.assessments.restore(id) : services.assessments.get(id);
      return importer.importText(JSON.stringify(demo)).assessment;
    },
  };
}

export type PackageService = ReturnType<typeof createPackageService>;
