/** Writes assets/schemas/framework.schema.json from the zod schema (a test checks it is up to date). */
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../electron/services/frameworks/framework-json-schema.ts';

const path = new URL('../assets/schemas/framework.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
