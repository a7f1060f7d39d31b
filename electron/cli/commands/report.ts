import { defaultPaper } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import { LANGUAGES, type Language } from '../../contract/framework-schema.ts';
import { writeFileAtomic } from '../../services/files/write-file-atomic.ts';
import { brandingForReport } from '../../services/report/report-context.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the Word report of an assessment',
  usage: `Usage: npm run cli -- report <assessment-id> --out <file.docx> [--lang <en|es|ja|zh-Hans|zh-Hant>]
                              [--anonymize] [--paper A4|Letter] [--no-appendix] [--db <file>]

Writes the editable Word report: executive summary, methodology, results with charts,
one section per dimension, respondent spread, KPIs, team discussion, action plan, sources,
and the appendix of every answer (left out with --no-appendix). --lang defaults to the
assessment's language; --paper to Letter for en and es, A4 otherwise. --anonymize replaces
respondent names by their roles. The file is written completely or not at all.`,
  valueOptions: ['out', 'lang', 'paper'],
  flags: ['anonymize', 'no-appendix'],
  async run(args, io) {
    const [id] = args.positionals;
    const out = args.options.out;
    if (!id) throw new AppError('VALIDATION', 'Name the assessment (its id; see npm run cli -- list).');
    if (typeof out !== 'string') throw new AppError('VALIDATION', 'Say where to write the report: --out <file.docx>.');
    const lang = args.options.lang;
    if (lang !== undefined && !LANGUAGES.includes(lang as Language))
      throw new AppError('VALIDATION', `--lang must be one of ${LANGUAGES.join(', ')}.`);
    const paper = args.options.paper;
    if (paper !== undefined && paper !== 'A4' && paper !== 'Letter') throw new AppError('VALIDATION', '--paper must be A4 or Letter.');
    const context = openCliContext(args);
    try {
      const language = (lang as Language | undefined) ?? context.services.assessments.get(id).language;
      const branding = context.services.settings.get().branding;
      // The report's modules (docx, charts, jsdom, fonts) load only for this command.
      const { buildReport } = await import('../../services/report/build-report.ts');
      const content = await buildReport(context.services, id, {
        language,
        paper: (paper as 'A4' | 'Letter' | undefined) ?? defaultPaper(language),
        anonymize: args.options.anonymize === true,
        includeAppendix: args.options['no-appendix'] !== true,
        branding: brandingForReport(branding),
      });
      writeFileAtomic(out, content);
      io.out(`Wrote ${out}`);
      return 0;
    } finally {
      context.close();
    }
  },
};
