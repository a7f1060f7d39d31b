/**
 * Writes the published JSON Schemas from the zod schemas (tests check they are up to date):
 * assets/schemas/framework.schema.json and assets/schemas/assessment-package.schema.json.
 */
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../electron/services/frameworks/framework-json-schema.ts';
import { packageJsonSchema } from '../electron/services/packages/package-json-schema.ts';

for (const [name, schema] of [
  ['framework.schema.json', frameworkJsonSchema()],
  ['assessment-package.schema.json', packageJsonSchema()],
] as const) {
  const path = new URL(`../assets/schemas/${name}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
