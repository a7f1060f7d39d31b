import { PACKAGE_MAX_CHARS } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';
import { readInputFile } from '../read-input-file.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'import a package (.cxa); prints the assessment id',
  usage: `Usage: npm run cli -- import <package.cxa> [--on-conflict replace|keep-both|merge] [--db <file>]

Imports one assessment package (.cxa; .cxa.json files of earlier versions import too), all
or nothing: a damaged or invalid package is refused with the path of the problem, and the
database is left unchanged. Prints the assessment id.
When the assessment is already in the app, the import is refused unless --on-conflict says
what to do: replace it, keep both (the copy gets new ids), or merge (missing answers are
added, answers changed later in the package are updated, other differences are listed as
conflicts and the app's version is kept).`,
  valueOptions: ['on-conflict'],
  run(args, io) {
    const choice = args.options['on-conflict'];
    if (choice !== undefined && choice !== 'replace' && choice !== 'keep-both' && choice !== 'merge') {
      throw new AppError('VALIDATION', '--on-conflict must be replace, keep-both or merge.');
    }
    const text = readInputFile(args.positionals[0], 'package', PACKAGE_MAX_CHARS);
    const context = openCliContext(args);
    try {
      const result = context.packages.import(text, choice);
      io.out(result.assessment.id);
      for (const note of result.adjustments) io.err(`Adjusted: ${note}`);
      if (result.replaced) {
        const r = result.replaced;
        io.err(
          `Replaced: "${r.client} / ${r.title}" (${r.answers} answers) was moved to the Deleted list as ${r.id}; restore it from there if needed.`,
        );
      }
      if (result.merge) {
        const m = result.merge;
        io.err(`Merged: ${m.added} added, ${m.updated} updated, ${m.unchanged} unchanged, ${m.conflicts.length} conflicts.`);
        for (const c of m.conflicts) {
          io.err(
            `  conflict (${c.kind}) ${[c.questionId, c.respondentId, c.itemId].filter(Boolean).join(' ')}: kept ${c.local}; package had ${c.incoming}`,
          );
        }
      }
      return 0;
    } finally {
      context.close();
    }
  },
};
