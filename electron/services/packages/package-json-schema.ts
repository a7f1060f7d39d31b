/** The JSON Schema of the assessment package, generated from the zod schema the importer uses. */
import { z } from 'zod';
import { packageSchema } from '../../contract/package-schema.ts';

export function packageJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packageSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://cx-maturity-studio.invalid/schemas/assessment-package.schema.json',
    title: 'CX Maturity Studio assessment package (.cxa.json)',
    description: 'One assessment, self-contained: see docs/package-format.md.',
  };
}
