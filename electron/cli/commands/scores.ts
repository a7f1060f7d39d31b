import { AppError } from '../../contract/errors.ts';
import { formatPercent, formatScore } from '../../contract/scores.ts';
import { scoreAssessment } from '../../services/scoring/assessment-scores.ts';
import { toScoresJson } from '../../services/scoring/compute-scores.ts';
import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const scoresCommand: Command = {
  name: 'scores',
  summary: 'print the scores of an assessment',
  usage: `Usage: npm run cli -- scores <assessment-id> [--json] [--db <file>]

Prints the overall, section and dimension scores, gaps and priorities.
--json prints { overall, sections: [{ id, ...Score }], dimensions: [{ id, sectionId, ...Score,
target, importance, gap, priority }], percentToTarget } where Score = { score, percent,
level, coverage }: full precision; score 1-5, percent 0-100, coverage 0-1, null when unscored.`,
  flags: ['json'],
  run(args, io) {
    const [id] = args.positionals;
    if (!id) throw new AppError('VALIDATION', 'Name the assessment (its id; see npm run cli -- list).');
    const context = openCliContext(args);
    try {
      context.services.assessments.get(id);
      const report = scoreAssessment(context.services, id);
      if (args.options.json) {
        io.out(JSON.stringify(toScoresJson(report), null, 2));
        return 0;
      }
      const fw = context.services.scope.readable(id).framework;
      const title = (dimensionId: string) =>
        fw.sections.flatMap((s) => s.dimensions).find((d) => d.id === dimensionId)?.title.en ?? dimensionId;
      const sectionTitle = (sectionId: string) => fw.sections.find((s) => s.id === sectionId)?.title.en ?? sectionId;
      io.out(
        `Overall: ${formatScore(report.overall.score)} (${formatPercent(report.overall.percent)}), ${formatPercent(report.overall.coverage * 100)} answered; ${formatPercent(report.percentToTarget)} to target`,
      );
      for (const s of report.sections) io.out(`${sectionTitle(s.id)}: ${formatScore(s.score)}`);
      for (const d of report.dimensions) {
        io.out(
          `  ${title(d.id).padEnd(40)} ${formatScore(d.score).padStart(4)}  target ${d.target}  gap ${formatScore(d.gap).padStart(4)}  priority ${formatScore(d.priority)}`,
        );
      }
      return 0;
    } finally {
      context.close();
    }
  },
};
