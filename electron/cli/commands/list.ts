import type { Command } from '../command.ts';
import { openCliContext } from '../open-context.ts';

export const listCommand: Command = {
  name: 'list',
  summary: 'list the assessments (most recently changed first)',
  usage: `Usage: npm run cli -- list [--json] [--deleted] [--search <text>] [--db <file>]

Lists the assessments, most recently changed first.

  --json           print JSON (an array of { id, title, status, language, clientId, clientName, updatedAt, deletedAt })
  --deleted        list deleted assessments instead (they can be restored in the app)
  --search <text>  only assessments whose title or client contains the text
  --db <file>      database file (default: the app's own database)`,
  valueOptions: ['search'],
  flags: ['json', 'deleted'],
  run(args, io) {
    const context = openCliContext(args);
    try {
      const rows = context.services.assessments.list({
        search: typeof args.options.search === 'string' ? args.options.search : undefined,
        deleted: args.options.deleted === true,
      });
      if (args.options.json) {
        io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      if (rows.length === 0) {
        io.out('No assessments yet. Create one in the app (npm start or npm run serve), or import a package.');
        return 0;
      }
      for (const r of rows) {
        io.out([r.id, r.updatedAt.slice(0, 16).replace('T', ' '), r.status, r.language, `${r.clientName} — ${r.title}`].join('\t'));
      }
      return 0;
    } finally {
      context.close();
    }
  },
};
