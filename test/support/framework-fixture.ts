/** The small custom framework of test/fixtures, as text or as an object to break in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const path = join(import.meta.dirname, '..', 'fixtures', 'frameworks', 'retail-banking.json');
export const customFrameworkPath = path;
export const customFrameworkText = () => readFileSync(path, 'utf8');
export const customFramework = (): any => JSON.parse(customFrameworkText());
