import { PACKAGE_MAX_CHARS } from '../../contract/api.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';
import { readInputFile } from '../read-input-file.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'import a package (.cxa.json); prints the assessment id',
  usage: `Usage: npm run cli -- import <package.cxa.json> [--db <file>]

Imports one assessment package, all or nothing: a damaged or invalid package is refused
with the path of the problem, and the database is left unchanged. Prints the assessment id.`,
  run(args, io) {
    const text = readInputFile(args.positionals[0], 'package', PACKAGE_MAX_CHARS);
    const context = openCliContext(args);
    try {
      io.out(context.packages.import(text).id);
      return 0;
    } finally {
      context.close();
    }
  },
};
