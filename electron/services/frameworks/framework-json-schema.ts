/** The JSON Schema published for people who write their own framework, generated from the zod schema. */
import { z } from 'zod';
import { frameworkSchema } from '../../contract/framework-schema.ts';

export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frameworkSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://cx-maturity-studio.invalid/schemas/framework.schema.json',
    title: 'CX Maturity Studio assessment framework',
    description:
      'An assessment framework: sections, dimensions, questions with five level descriptors, recommendations, KPIs, sources. English texts are required; es, ja, zh-Hans and zh-Hant are optional and fall back to English.',
  };
}
