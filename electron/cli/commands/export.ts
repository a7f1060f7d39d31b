import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../contract/errors.ts';
import { LANGUAGES, type Language } from '../../contract/framework-schema.ts';
import { assessmentCsv } from '../../services/exports/assessment-csv.ts';
import { writeFileAtomic } from '../../services/files/write-file-atomic.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write one assessment as a package (.cxa)',
  usage: `Usage:
  npm run cli -- export <assessment-id> --out <file.cxa> [--db <file>]
  npm run cli -- export <assessment-id> --csv --out <folder> [--lang <en|es|ja|zh-Hans|zh-Hant>] [--db <file>]

Writes the assessment, with its respondents, answers, notes, evidence references,
consensus, targets, KPIs, discussion notes and action plan, as one package file
(docs/package-format.md). With --csv, writes answers.csv, scores.csv and actions.csv
(UTF-8 with BOM, headers in --lang, default the assessment's language) into the folder.
Files are written completely or not at all.`,
  valueOptions: ['out', 'lang'],
  flags: ['csv'],
  run(args, io) {
    const [id] = args.positionals;
    const out = args.options.out;
    if (!id) throw new AppError('VALIDATION', 'Name the assessment to export (its id; see npm run cli -- list).');
    if (typeof out !== 'string') throw new AppError('VALIDATION', 'Say where to write the package: --out <file.cxa>.');
    const lang = args.options.lang;
    if (lang !== undefined && !LANGUAGES.includes(lang as Language)) {
      throw new AppError('VALIDATION', `--lang must be one of ${LANGUAGES.join(', ')}.`);
    }
    const context = openCliContext(args);
    try {
      if (args.options.csv) {
        const language = (lang as Language | undefined) ?? context.services.assessments.get(id).language;
        try {
          mkdirSync(out, { recursive: true });
        } catch (e) {
          throw new AppError('STORAGE', `Cannot create the folder ${out}: ${(e as Error).message}.`);
        }
        for (const kind of ['answers', 'scores', 'actions'] as const) {
          const file = join(out, `${kind}.csv`);
          writeFileAtomic(file, assessmentCsv(context.services, id, kind, language).content);
          io.out(`Wrote ${file}`);
        }
        return 0;
      }
      const result = context.packages.export(id);
      writeFileAtomic(out, result.content);
      io.out(`Wrote ${out}`);
      return 0;
    } finally {
      context.close();
    }
  },
};
