/** Vitest global set-up of the unit tests: builds out/ once (the built main bundle and CLI are tested). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
  execFileSync('npm', ['run', 'build'], { cwd: join(import.meta.dirname, '..', '..'), stdio: 'pipe' });
}
