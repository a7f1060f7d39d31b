import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment } from '../../contract/api.ts';
import type { Action, Workspace } from '../../contract/capture-types.ts';
import { parseCsv } from '../exports/csv.ts';

let ctx: ReturnType<typeof openTestContext>;
let a: Assessment;
beforeEach(async () => {
  ctx = openTestContext();
  a = await ctx.ok('assessments.create', { clientName: 'Contoso', title: 'Plan', language: 'es', assessorName: '', assessorFirm: '' });
});
afterEach(() => ctx.dispose());

const actions = async () => (await ctx.ok<Workspace>('capture.get', { assessmentId: a.id })).actions;

describe('action plan', () => {
  it('starts with the framework’s three preparation actions, in the assessment’s language, with due dates', async () => {
    const plan = await actions();
    expect(plan).toHaveLength(3);
    expect(plan.map((x) => x.defaultActionId)).toEqual(['act.01', 'act.02', 'act.03']);
    // The stepping test clock starts at 2026-03-01T09:00:01Z; act.01 is due 30 days later.
    expect(plan[0]?.due).toBe('2026-03-31');
    expect(plan[0]?.title).not.toMatch(/^Define/); // Spanish, not English
    expect(plan.every((x) => x.status === 'not-started' && x.owner.length > 0)).toBe(true);
  });

  it('takes a recommendation over in one click, keeping its dimension, horizon, impact and effort', async () => {
    const fw = (await ctx.ok<Workspace>('capture.get', { assessmentId: a.id })).framework;
    const rec = fw.recommendations.find((r) => r.dimensionId === 'contact-channels');
    const action = await ctx.ok<Action>('actions.fromRecommendation', { assessmentId: a.id, recommendationId: rec?.id });
    expect(action).toMatchObject({
      recommendationId: rec?.id,
      dimensionIds: ['contact-channels'],
      horizon: rec?.horizon,
      impact: rec?.impact,
      effort: rec?.effort,
      title: rec?.title.es,
    });
  });

  it('creates by hand, edits, moves to done, removes and restores', async () => {
    const created = await ctx.ok<Action>('actions.create', {
      assessmentId: a.id,
      title: 'Publicar horarios por canal',
      dimensionIds: ['hours-of-operation'],
      owner: 'Lucía Pérez',
      due: '2026-06-30',
      impact: 3,
      effort: 1,
      kpiId: 'kpi.service-level',
      kpiTarget: 80,
    });
    expect(created).toMatchObject({ status: 'not-started', horizon: '3-12m', impact: 3, effort: 1, kpiTarget: 80 });
    const done = await ctx.ok<Action>('actions.update', { id: created.id, status: 'done', notes: 'Publicado en la web' });
    expect(done).toMatchObject({ status: 'done', notes: 'Publicado en la web', title: 'Publicar horarios por canal' });
    await ctx.ok('actions.remove', { id: created.id });
    expect((await actions()).map((x) => x.id)).not.toContain(created.id);
    await ctx.ok('actions.restore', { id: created.id });
    expect((await actions()).map((x) => x.id)).toContain(created.id);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title: must not be empty'],
    ['a due date that is not a date', { due: '31/02/2026' }, 'due: must be a date YYYY-MM-DD'],
    ['an impossible date', { due: '2026-02-31' }, 'due: must be a date YYYY-MM-DD'],
    ['impact 7', { impact: 7 }, 'impact: must be 1, 2 or 3'],
    ['an owner with control characters', { owner: 'Ana\u0007' }, 'owner: must not contain control characters'],
    ['an unknown dimension', { dimensionIds: ['nope'] }, 'dimensionIds.0: "nope" is not a dimension'],
  ])('refuses %s with a message and keeps the plan as it was', async (_label, patch, message) => {
    const before = await actions();
    const first = before[0] as Action;
    const result = await ctx.call('actions.update', { id: first.id, ...patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(message) } });
    expect(await actions()).toEqual(before);
  });

  it('allows a due date in the past (the screen warns)', async () => {
    const first = (await actions())[0] as Action;
    expect(await ctx.ok('actions.update', { id: first.id, due: '2020-01-15' })).toMatchObject({ due: '2020-01-15' });
  });
});

describe('CSV exports', () => {
  it('writes the plan as CSV that reads back the same, with a BOM and headers in the chosen language', async () => {
    const first = (await actions())[0] as Action;
    await ctx.ok('actions.update', {
      id: first.id,
      title: 'Taller "CES", fase 1, con comas',
      notes: 'línea 1\nlínea 2',
      owner: '=SUM(A1)',
    });
    const csv = await ctx.ok<{ fileName: string; content: string }>('exports.csv', { assessmentId: a.id, kind: 'actions', language: 'es' });
    expect(csv.fileName).toBe('Contoso - Plan - actions.csv');
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.content);
    expect(rows[0]?.slice(0, 5)).toEqual(['Acción', 'Descripción', 'Dimensiones', 'Responsable', 'Fecha límite']);
    expect(rows[1]?.[0]).toBe('Taller "CES", fase 1, con comas');
    expect(rows[1]?.[3]).toBe("'=SUM(A1)"); // a formula is never run by the spreadsheet
    expect(rows[1]?.[11]).toBe('línea 1\nlínea 2');
    expect(rows[1]?.[4]).toBe(first.due);
    expect(rows).toHaveLength(4);
  });

  it('writes answers and scores', async () => {
    const r = await ctx.ok<{ id: string }>('respondents.add', { assessmentId: a.id, name: 'Ana', role: 'QA lead', kind: 'interviewee' });
    await ctx.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: r.id, level: 3, note: 'nota, con coma' });
    const answers = parseCsv(
      (await ctx.ok<{ content: string }>('exports.csv', { assessmentId: a.id, kind: 'answers', language: 'en' })).content,
    );
    expect(answers[1]).toEqual(expect.arrayContaining(['seg.01', 'Ana', 'QA lead', '3', 'nota, con coma']));
    const scores = parseCsv(
      (await ctx.ok<{ content: string }>('exports.csv', { assessmentId: a.id, kind: 'scores', language: 'en' })).content,
    );
    const seg = scores.find((row) => row[1] === 'customer-segmentation');
    // One answer of level 3: score 3, percent (3 − 1) / 4 × 100 = 50, coverage 1 of 6 questions.
    expect(seg?.slice(3, 7)).toEqual(['3', '50', '3', String(1 / 6)]);
  });
});
