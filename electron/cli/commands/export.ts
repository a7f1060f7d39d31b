import { AppError } from '../../contract/errors.ts';
import { writeFileAtomic } from '../../services/files/write-file-atomic.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write one assessment as a package (.cxa.json)',
  usage: `Usage: npm run cli -- export <assessment-id> --out <file.cxa.json> [--db <file>]

Writes the assessment, with its respondents, answers, notes, evidence references,
consensus, targets, KPIs and discussion notes, as one package file (docs/package-format.md).
The file is written completely or not at all.`,
  valueOptions: ['out'],
  run(args, io) {
    const [id] = args.positionals;
    const out = args.options.out;
    if (!id) throw new AppError('VALIDATION', 'Name the assessment to export (its id; see npm run cli -- list).');
    if (typeof out !== 'string') throw new AppError('VALIDATION', 'Say where to write the package: --out <file.cxa.json>.');
    const context = openCliContext(args);
    try {
      const result = context.packages.export(id);
      writeFileAtomic(out, result.content);
      io.out(`Wrote ${out}`);
      return 0;
    } finally {
      context.close();
    }
  },
};
