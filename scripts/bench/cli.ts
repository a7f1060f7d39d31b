/**
 * The built command line (out/cli/main.js) against the machine's floor: plain Node opening the
 * same database with better-sqlite3 and listing the assessments. Budgets: `list`,
 * `scores --json` and `export` at most 3x the floor; `report` at most 1.5 s for the demo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../test/support/temp-db.ts';
import { measure, type Timing } from './measure.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_RATIO_BUDGET = 3;
export const CLI_REPORT_BUDGET_MS = 1500;

export interface CliBench {
  floor: Timing;
  commands: { timing: Timing; ratio: number; budget: string; met: boolean }[];
}

export async function benchCli(runs = 7): Promise<CliBench> {
  const cli = join(root, 'out', 'cli', 'main.js');
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build:electron'], { cwd: root, stdio: 'ignore' });
  const work = tempDir('cxms-bench-cli-');
  try {
    const db = join(work.dir, 'bench.sqlite');
    const node = (args: string[]) => {
      const r = spawnSync(process.execPath, args, { cwd: work.dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    const id = node([cli, 'import', join(root, 'assets', 'samples', 'demo.cxa.json'), '--db', db]).trim();
    const floorScript = `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}); const d = new D(${JSON.stringify(db)}); console.log(d.prepare('SELECT * FROM assessments').all().length); d.close();`;
    const floor = await measure('plain Node: open the database, list (the floor)', runs, () => node(['-e', floorScript]), 1);
    const commands: CliBench['commands'] = [];
    for (const [name, args, budgetMs] of [
      ['cli list', ['list'], null],
      ['cli scores --json', ['scores', id, '--json'], null],
      ['cli export', ['export', id, '--out', join(work.dir, 'out.cxa')], null],
      ['cli report (demo)', ['report', id, '--out', join(work.dir, 'demo.docx')], CLI_REPORT_BUDGET_MS],
    ] as const) {
      const timing = await measure(name, runs, () => node([cli, ...args, '--db', db]), 1);
      const ratio = timing.p50 / floor.p50;
      commands.push(
        budgetMs === null
          ? { timing, ratio, budget: `p50 ≤ ${CLI_RATIO_BUDGET}× floor`, met: ratio <= CLI_RATIO_BUDGET }
          : { timing, ratio, budget: `p50 ≤ ${budgetMs} ms`, met: timing.p50 <= budgetMs },
      );
    }
    return { floor, commands };
  } finally {
    work.cleanup();
  }
}

export function printCliBench({ floor, commands }: CliBench) {
  console.log('\nThe built command line (node out/cli/main.js), a process each run, against plain Node');
  console.log(
    `${'measure'.padEnd(52)}${'runs'.padStart(6)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'× floor'.padStart(9)}  budget`,
  );
  const row = (t: Timing, ratio: string, verdict: string) =>
    console.log(
      `${t.name.padEnd(52)}${String(t.runs).padStart(6)}${t.p50.toFixed(1).padStart(10)}${t.p95.toFixed(1).padStart(10)}${ratio.padStart(9)}  ${verdict}`,
    );
  row(floor, '1.00', '');
  for (const c of commands) row(c.timing, c.ratio.toFixed(2), `${c.budget}: ${c.met ? 'met' : 'NOT MET'}`);
}
