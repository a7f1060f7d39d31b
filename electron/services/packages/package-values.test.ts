/**
 * A package can never hold what the API refuses: each value the API refuses is refused with
 * the path of the problem, or normalised exactly as the API saves it. Replace names both
 * sides and keeps what it replaces in the Deleted list; merge does not trust a clock from the
 * future.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, AssessmentSummary, ImportOutcome } from '../../contract/api.ts';
import type { Workspace } from '../../contract/capture-types.ts';

const demo = readFileSync(join(process.cwd(), 'assets', 'samples', 'demo.cxa.json'), 'utf8');
let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

const RESPONDENT = '6f1c2b1e-8c55-4a38-9b54-0d6f7c1e2a01';
function pkg(edit: (a: any) => void = () => {}) {
  const p = {
    format: 'cx-maturity-assessment',
    formatVersion: 1,
    framework: { id: 'cx-ces-digital', version: '1.0.0' },
    assessment: {
      id: '0b7a4c7e-1d2f-4a9b-8c3d-5e6f7a8b9c0d',
      title: 'Fabrikam pilot',
      language: 'en',
      client: { name: 'Fabrikam' },
      respondents: [{ id: RESPONDENT, name: 'Ana', role: 'Lead', kind: 'interviewee' }],
      answers: [{ questionId: 'seg.01', respondentId: RESPONDENT, level: 2, na: false }],
      consensus: [],
      dimensionSettings: [],
      actions: [] as unknown[],
    },
  };
  edit(p.assessment);
  return JSON.stringify(p);
}
const action = (due: string) => ({
  id: '3c9e1f52-7a1b-4c2d-9e3f-4a5b6c7d8e9f',
  title: 'Fix routing',
  dimensionIds: [],
  owner: '',
  due,
  status: 'not-started',
  horizon: '0-3m',
  impact: 2,
  effort: 2,
});

async function refusedAt(content: string, path: string) {
  const result = await ctx.call('packages.import', { content });
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(path) } });
  expect(await ctx.ok<AssessmentSummary[]>('assessments.list', {})).toEqual([]);
}

describe('package values the API refuses', () => {
  it('still imports the demo package and a plain one', async () => {
    expect((await ctx.ok<ImportOutcome>('packages.import', { content: demo })).outcome).toBe('imported');
    expect((await ctx.ok<ImportOutcome>('packages.import', { content: pkg() })).adjustments).toEqual([]);
  });

  it('gives an N/A answer without a reason the reason "not given", says so, and the next edit of its note saves', async () => {
    const content = pkg((a) => {
      a.answers[0] = { questionId: 'seg.01', respondentId: RESPONDENT, level: null, na: true };
    });
    const outcome = await ctx.ok<ImportOutcome>('packages.import', { content });
    expect(outcome.adjustments).toEqual([expect.stringContaining('assessment.answers[0].naReason')]);
    const w = await ctx.ok<Workspace>('capture.get', { assessmentId: outcome.assessment.id });
    expect(w.answers[0]).toMatchObject({ na: true, naReason: 'not given' });
    await ctx.ok('answers.set', { assessmentId: outcome.assessment.id, questionId: 'seg.01', respondentId: RESPONDENT, note: 'edited' });
  });

  it('refuses control characters in names with the path', async () => {
    await refusedAt(
      pkg((a) => {
        a.title = 'Fabrikam\u0007pilot';
      }),
      'assessment.title',
    );
    await refusedAt(
      pkg((a) => {
        a.client.name = 'Fab\trikam';
      }),
      'assessment.client.name',
    );
    await refusedAt(
      pkg((a) => {
        a.respondents[0].name = 'A\nna';
      }),
      'assessment.respondents[0].name',
    );
  });

  it('trims names as the API does', async () => {
    const outcome = await ctx.ok<ImportOutcome>('packages.import', {
      content: pkg((a) => {
        a.title = '  Fabrikam pilot  ';
      }),
    });
    expect(outcome.assessment.title).toBe('Fabrikam pilot');
  });

  it('refuses impossible due dates with the path', async () => {
    for (const due of ['0000-00-00', '2026-02-30']) {
      await refusedAt(
        pkg((a) => {
          a.actions = [action(due)];
        }),
        'assessment.actions[0].due',
      );
    }
    const ok = await ctx.ok<ImportOutcome>('packages.import', { content: pkg((a) => (a.actions = [action('2026-02-28')])) });
    expect(ok.outcome).toBe('imported');
  });

  it('refuses a level of 6 with the path', async () => {
    await refusedAt(
      pkg((a) => {
        a.answers[0].level = 6;
      }),
      'assessment.answers[0].level',
    );
  });
});

describe('replace names both sides and keeps what it replaces', () => {
  it('a "Fabrikam pilot" carrying the id of Contoso: the conflict names both; Replace moves Contoso to the Deleted list', async () => {
    const contoso = await ctx.ok<Assessment>('assessments.create', {
      clientName: 'Contoso',
      title: 'Q3 review',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
    });
    const r = await ctx.ok('respondents.add', { assessmentId: contoso.id, name: 'Kenji', role: '', kind: 'interviewee' });
    await ctx.ok('answers.set', { assessmentId: contoso.id, questionId: 'seg.01', respondentId: r.id, level: 4 });
    await ctx.ok('answers.set', { assessmentId: contoso.id, questionId: 'seg.02', respondentId: r.id, level: 3 });
    const content = pkg((a) => {
      a.id = contoso.id;
    });
    const conflict = await ctx.call('packages.import', { content });
    expect(conflict).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/Contoso \/ Q3 review.*2 answers.*Fabrikam \/ Fabrikam pilot.*1 answers/),
        details: {
          here: { title: 'Q3 review', client: 'Contoso', answers: 2, updatedAt: expect.any(String) },
          incoming: { title: 'Fabrikam pilot', client: 'Fabrikam', answers: 1 },
        },
      },
    });
    const outcome = await ctx.ok<ImportOutcome>('packages.import', { content, onConflict: 'replace' });
    expect(outcome.assessment.title).toBe('Fabrikam pilot');
    expect(outcome.replaced).toMatchObject({ title: 'Q3 review', client: 'Contoso', answers: 2, deleted: true });
    const deleted = await ctx.ok<AssessmentSummary[]>('assessments.list', { deleted: true });
    expect(deleted.map((d) => d.title)).toEqual(['Q3 review']);
    const restored = await ctx.ok<Assessment>('assessments.restore', { id: outcome.replaced?.id });
    const w = await ctx.ok<Workspace>('capture.get', { assessmentId: restored.id });
    expect(w.answers.map((x) => x.level).sort()).toEqual([3, 4]);
  });
});

describe('merge does not trust a clock from the future', () => {
  it('an answer stamped 2099 is listed as a conflict, not applied', async () => {
    const first = await ctx.ok<ImportOutcome>('packages.import', { content: pkg() });
    await ctx.ok('answers.set', { assessmentId: first.assessment.id, questionId: 'seg.01', respondentId: RESPONDENT, level: 4 });
    const future = pkg((a) => {
      a.answers[0] = { ...a.answers[0], level: 1, updatedAt: '2099-01-01T00:00:00Z' };
    });
    const merged = await ctx.ok<ImportOutcome>('packages.import', { content: future, onConflict: 'merge' });
    expect(merged.merge?.updated).toBe(0);
    expect(merged.merge?.conflicts).toEqual([expect.objectContaining({ kind: 'answer', questionId: 'seg.01' })]);
    const w = await ctx.ok<Workspace>('capture.get', { assessmentId: first.assessment.id });
    expect(w.answers[0]?.level).toBe(4);
  });
});
