/** Export and import of assessment packages, and the demo assessment that ships with the app. */

import demo from '../../../assets/samples/demo.cxa.json' with { type: 'json' };
import type { Assessment, ExportedPackage } from '../../contract/api.ts';
import type { Services } from '../context.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { buildPackage, packageFileName } from './export-package.ts';
import { createPackageImporter } from './import-package.ts';

export function createPackageService(db: Db, clock: Clock, services: Services, appVersion: string) {
  const importer = createPackageImporter(db, clock, services);
  return {
    export(assessmentId: string): ExportedPackage {
      const pkg = buildPackage(services, assessmentId, appVersion, clock());
      return {
        fileName: packageFileName(pkg.assessment.client.name, pkg.assessment.title),
        content: `${JSON.stringify(pkg, null, 2)}\n`,
      };
    },
    import: (text: string): Assessment => importer.importText(text),
    /** Opens the demo: imported on first use, restored if it was deleted. */
    openDemo(): Assessment {
      const id = (demo as { assessment: { id: string } }).assessment.id;
      const existing =
        services.assessments.list({}).find((a) => a.id === id) ?? services.assessments.list({ deleted: true }).find((a) => a.id === id);
      if (existing) return existing.deletedAt ? services.assessments.restore(id) : services.assessments.get(id);
      return importer.importText(JSON.stringify(demo));
    },
  };
}

export type PackageService = ReturnType<typeof createPackageService>;
