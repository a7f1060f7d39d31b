import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, AssessmentSummary } from '../../contract/api.ts';
import type { Answer, Evidence, Respondent, Workspace } from '../../contract/capture-types.ts';
import { evidenceFolder } from '../context.ts';

let ctx: ReturnType<typeof openTestContext>;
let a: Assessment;
let ana: Respondent;
beforeEach(async () => {
  ctx = openTestContext();
  a = await ctx.ok('assessments.create', { clientName: 'Contoso', title: 'Baseline', language: 'en', assessorName: '', assessorFirm: '' });
  ana = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'Ana Ruiz', role: 'Head of contact centre', kind: 'interviewee' });
});
afterEach(() => ctx.dispose());

const q = 'seg.01';
const workspace = () => ctx.ok<Workspace>('capture.get', { assessmentId: a.id });

describe('respondents', () => {
  it('adds respondents in order, updates them, removes and restores them', async () => {
    const ken = await ctx.ok<Respondent>('respondents.add', {
      assessmentId: a.id,
      name: 'Kenji Sato',
      role: 'WFM lead',
      kind: 'interviewee',
    });
    expect(ken.position).toBe(2);
    await ctx.ok('respondents.update', { id: ken.id, role: 'WFM manager' });
    await ctx.ok('respondents.remove', { id: ken.id });
    let w = await workspace();
    expect(w.respondents.map((r) => [r.name, r.role, r.deletedAt !== null])).toEqual([
      ['Ana Ruiz', 'Head of contact centre', false],
      ['Kenji Sato', 'WFM manager', true],
    ]);
    await ctx.ok('respondents.restore', { id: ken.id });
    w = await workspace();
    expect(w.respondents[1]?.deletedAt).toBeNull();
  });

  it('refuses a kind that is not consultant, self or interviewee', async () => {
    expect(await ctx.call('respondents.add', { assessmentId: a.id, name: 'X', kind: 'observer' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('kind:') },
    });
  });
});

describe('answers', () => {
  it('saves a level, then a note, and marks the assessment in progress', async () => {
    await ctx.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 3 });
    const answer = await ctx.ok<Answer>('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, note: 'Deck seen 🙂' });
    expect(answer).toMatchObject({ level: 3, na: false, note: 'Deck seen 🙂' });
    const w = await workspace();
    expect(w.answers).toHaveLength(1);
    expect(w.assessment.status).toBe('in-progress');
    const list = await ctx.ok<AssessmentSummary[]>('assessments.list');
    expect(list[0]?.updatedAt).toBe(w.assessment.updatedAt);
  });

  it('N/A needs a reason and clears the level; a level clears N/A', async () => {
    await ctx.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 4 });
    const noReason = await ctx.call('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, na: true });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('naReason') } });
    expect((await workspace()).answers[0]).toMatchObject({ level: 4, na: false });
    const na = await ctx.ok<Answer>('answers.set', {
      assessmentId: a.id,
      questionId: q,
      respondentId: ana.id,
      na: true,
      naReason: 'No segments in a B2B-only centre',
    });
    expect(na).toMatchObject({ level: null, na: true, naReason: 'No segments in a B2B-only centre' });
    const back = await ctx.ok<Answer>('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 2 });
    expect(back).toMatchObject({ level: 2, na: false, naReason: '' });
  });

  it('cleans notes: line breaks kept, vertical tab becomes a line break, other control characters removed', async () => {
    const answer = await ctx.ok<Answer>('answers.set', {
      assessmentId: a.id,
      questionId: q,
      respondentId: ana.id,
      note: 'line one\u000bline two\r\nthree\u0000\u0007 — 顧客 🚀',
    });
    expect(answer.note).toBe('line one\nline two\nthree — 顧客 🚀');
  });

  it.each([
    ['a level of 6', { level: 6 }, 'level: must be a level from 1 to 5'],
    ['a level "abc"', { level: 'abc' }, 'level: must be a level from 1 to 5'],
    ['a level of 2.5', { level: 2.5 }, 'level: must be a whole level from 1 to 5'],
    ['a 100,000-character note', { note: 'x'.repeat(100_000) }, 'note: must be at most 20,000 characters'],
    ['a level and N/A at once', { level: 3, na: true, naReason: 'r' }, 'either a level or N/A'],
    ['a question not in the framework', { questionId: 'zzz.99', level: 3 }, 'questionId: "zzz.99" is not a question'],
  ])('refuses %s and keeps the answer saved before', async (_label, patch, message) => {
    await ctx.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 3, note: 'kept' });
    const result = await ctx.call('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, ...patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(message) } });
    expect((await workspace()).answers).toEqual([expect.objectContaining({ questionId: q, level: 3, note: 'kept' })]);
  });

  it('refuses answers for a removed respondent and for a deleted assessment', async () => {
    await ctx.ok('respondents.remove', { id: ana.id });
    expect(await ctx.call('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 3 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Ana Ruiz was removed') },
    });
    await ctx.ok('respondents.restore', { id: ana.id });
    await ctx.ok('assessments.delete', { id: a.id });
    expect(await ctx.call('answers.set', { assessmentId: a.id, questionId: q, respondentId: ana.id, level: 3 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Restore it') },
    });
  });
});

describe('consensus, targets, KPIs, discussion', () => {
  it('sets and clears a consensus with its rationale', async () => {
    const c = await ctx.ok('consensus.set', { assessmentId: a.id, questionId: q, level: 3, rationale: 'Deck exists but is not used' });
    expect(c).toMatchObject({ level: 3, na: false, rationale: 'Deck exists but is not used' });
    expect(await ctx.ok('consensus.set', { assessmentId: a.id, questionId: q, level: null, rationale: '' })).toBeNull();
    expect((await workspace()).consensus).toEqual([]);
  });

  it('sets a dimension target and importance, with defaults for the other', async () => {
    expect(await ctx.ok('dimensions.set', { assessmentId: a.id, dimensionId: 'contact-channels', target: 5 })).toEqual({
      dimensionId: 'contact-channels',
      target: 5,
      importance: 2,
    });
    expect(await ctx.ok('dimensions.set', { assessmentId: a.id, dimensionId: 'contact-channels', importance: 3 })).toMatchObject({
      target: 5,
      importance: 3,
    });
    expect(await ctx.call('dimensions.set', { assessmentId: a.id, dimensionId: 'contact-channels', target: 0 })).toMatchObject({
      ok: false,
    });
    expect(await ctx.call('dimensions.set', { assessmentId: a.id, dimensionId: 'nope', target: 3 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('dimensionId') },
    });
  });

  it('records a KPI baseline and target with unit and source, and a discussion note', async () => {
    expect(
      await ctx.ok('kpis.set', {
        assessmentId: a.id,
        kpiId: 'kpi.abandonment-rate',
        current: 8.5,
        target: 5,
        unit: 'percent',
        source: 'ACD report',
      }),
    ).toEqual({ kpiId: 'kpi.abandonment-rate', current: 8.5, target: 5, unit: 'percent', source: 'ACD report' });
    expect(await ctx.ok('kpis.set', { assessmentId: a.id, kpiId: 'kpi.abandonment-rate', current: null })).toMatchObject({
      current: null,
      target: 5,
    });
    expect(await ctx.call('kpis.set', { assessmentId: a.id, kpiId: 'kpi.abandonment-rate', current: 'lots' })).toMatchObject({ ok: false });
    await ctx.ok('discussion.set', { assessmentId: a.id, questionId: 'disc.01', notes: 'Plan exists; cost-led.' });
    expect((await workspace()).discussion).toEqual([{ questionId: 'disc.01', notes: 'Plan exists; cost-led.' }]);
  });
});

describe('evidence', () => {
  it('adds a reference and a file (copied under its hash), updates strength, removes', async () => {
    const ref = await ctx.ok<Evidence>('evidence.addReference', {
      assessmentId: a.id,
      questionId: q,
      name: 'Segmentation deck',
      location: 'SharePoint › Marketing',
      strength: 'medium',
    });
    expect(ref).toMatchObject({ kind: 'reference', strength: 'medium', sha256: null });
    const content = Buffer.from('IVR menu map v3');
    const file = await ctx.ok<Evidence>('evidence.addFile', {
      assessmentId: a.id,
      questionId: q,
      fileName: 'ivr-map.pdf',
      contentBase64: content.toString('base64'),
      strength: 'high',
    });
    expect(file).toMatchObject({ kind: 'file', name: 'ivr-map.pdf', size: content.length });
    // sha256("IVR menu map v3"), computed with `printf 'IVR menu map v3' | sha256sum`
    expect(file.sha256).toBe('01804a3100b81c11a97f1da28602468dd899cdf3f6633992e2ed0a62e2b27d03');
    const stored = join(evidenceFolder(ctx.path), file.sha256 as string);
    expect(readFileSync(stored).equals(content)).toBe(true);
    expect(await ctx.ok('evidence.update', { id: ref.id, strength: 'low' })).toMatchObject({ strength: 'low' });
    await ctx.ok('evidence.remove', { id: ref.id });
    expect((await workspace()).evidence.map((e) => e.id)).toEqual([file.id]);
    expect(existsSync(stored)).toBe(true);
  });

  it('refuses a file over 25 MB and data that is not base64', async () => {
    const big = await ctx.call('evidence.addFile', {
      assessmentId: a.id,
      questionId: q,
      fileName: 'huge.mp4',
      contentBase64: 'A'.repeat(40 * 1024 * 1024),
      strength: 'low',
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('at most 25 MB') } });
    const garbage = await ctx.call('evidence.addFile', {
      assessmentId: a.id,
      questionId: q,
      fileName: 'x',
      contentBase64: '@@@',
      strength: 'low',
    });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await workspace()).evidence).toEqual([]);
  });
});
