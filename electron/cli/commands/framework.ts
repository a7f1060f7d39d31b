import { FRAMEWORK_MAX_CHARS, type FrameworkSummary } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';
import { readInputFile } from '../read-input-file.ts';

const describe = (f: FrameworkSummary) =>
  `${f.id} ${f.version}${f.builtIn ? ' (ships with the app)' : ''}: ${f.title.en} — ${f.dimensionCount} dimensions, ${f.questionCount} questions; complete in ${f.completeLanguages.join(', ')}`;

export const frameworkCommand: Command = {
  name: 'framework',
  summary: 'list, validate or import assessment frameworks',
  usage: `Usage:
  npm run cli -- framework list [--json] [--db <file>]
  npm run cli -- framework validate <file.json>
  npm run cli -- framework import <file.json> [--db <file>]

A framework file has the shape of assets/schemas/framework.schema.json. English texts are
required; es, ja, zh-Hans and zh-Hant are optional (the app falls back to English, marked).
validate prints every problem with its path and changes nothing; import stores the
framework (each id and version once; a changed framework needs a new version).`,
  flags: ['json'],
  run(args, io) {
    const [sub, file] = args.positionals;
    if (sub !== 'list' && sub !== 'validate' && sub !== 'import') {
      throw new AppError('VALIDATION', 'Say what to do: framework list, framework validate <file> or framework import <file>.');
    }
    const context = openCliContext(args);
    try {
      const { frameworks } = context.services;
      if (sub === 'list') {
        const all = frameworks.list();
        io.out(args.options.json ? JSON.stringify(all, null, 2) : all.map(describe).join('\n'));
        return 0;
      }
      const text = readInputFile(file, 'framework', FRAMEWORK_MAX_CHARS);
      if (sub === 'validate') {
        const check = frameworks.validate(text);
        if (check.ok && check.summary) {
          io.out(`Valid: ${describe(check.summary)}`);
          return 0;
        }
        io.err(`${file} is not a valid framework (${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}):`);
        for (const p of check.problems) io.err(`  ${p.path}: ${p.message}`);
        return 1;
      }
      const summary = frameworks.import(text);
      io.out(`Imported: ${describe(summary)}`);
      return 0;
    } finally {
      context.close();
    }
  },
};
