import { afterEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, ExportedPackage, ImportOutcome } from '../../contract/api.ts';
import type { Respondent, Workspace } from '../../contract/capture-types.ts';

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
});
function fresh() {
  const ctx = openTestContext();
  disposers.push(ctx.dispose);
  return ctx;
}

async function consultantSetup() {
  const consultant = fresh();
  const a = await consultant.ok<Assessment>('assessments.create', {
    clientName: 'Contoso',
    title: 'Baseline',
    language: 'en',
    assessorName: 'Ana',
    assessorFirm: 'NW',
  });
  const ken = await consultant.ok<Respondent>('respondents.add', {
    assessmentId: a.id,
    name: 'Kenji',
    role: 'WFM lead',
    kind: 'interviewee',
  });
  const mei = await consultant.ok<Respondent>('respondents.add', { assessmentId: a.id, name: 'Mei', role: 'QA lead', kind: 'interviewee' });
  await consultant.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: ken.id, level: 2 });
  return { consultant, a, ken, mei };
}

describe('respondent kits', () => {
  it('goes out with one respondent as a self-assessment, comes back with their answers, and joins as that respondent', async () => {
    const { consultant, a, ken, mei } = await consultantSetup();
    const kit = await consultant.ok<ExportedPackage>('packages.exportKit', { assessmentId: a.id, respondentId: mei.id });
    const kitPkg = JSON.parse(kit.content);
    expect(kitPkg.kit).toEqual({ respondentId: mei.id, respondentName: 'Mei' });
    expect(kitPkg.assessment.respondents).toEqual([expect.objectContaining({ id: mei.id, kind: 'self' })]);
    expect(kitPkg.assessment.answers).toEqual([]);

    // On Mei's machine: a second database.
    const respondent = fresh();
    await respondent.ok('packages.import', { content: kit.content });
    await respondent.ok('answers.set', {
      assessmentId: a.id,
      questionId: 'seg.01',
      respondentId: mei.id,
      level: 4,
      note: 'Segments in CRM',
    });
    await respondent.ok('answers.set', {
      assessmentId: a.id,
      questionId: 'seg.02',
      respondentId: mei.id,
      na: true,
      naReason: 'Not my area',
    });
    const back = await respondent.ok<ExportedPackage>('packages.export', { assessmentId: a.id });

    // Without a choice, the consultant's import is refused with the choices named.
    expect(await consultant.call('packages.import', { content: back.content })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { choices: ['replace', 'keep-both', 'merge'] } },
    });
    const merged = await consultant.ok<ImportOutcome>('packages.import', { content: back.content, onConflict: 'merge' });
    expect(merged.outcome).toBe('merged');
    expect(merged.merge).toMatchObject({ added: 2, updated: 0, conflicts: [] });
    const w = await consultant.ok<Workspace>('capture.get', { assessmentId: a.id });
    expect(w.answers.filter((x) => x.respondentId === mei.id).map((x) => [x.questionId, x.level, x.na])).toEqual([
      ['seg.01', 4, false],
      ['seg.02', null, true],
    ]);
    expect(w.answers.find((x) => x.respondentId === ken.id)?.level).toBe(2);
    expect(w.respondents.map((r) => r.name)).toEqual(['Kenji', 'Mei']);

    // The same kit again changes nothing.
    const again = await consultant.ok<ImportOutcome>('packages.import', { content: back.content, onConflict: 'merge' });
    expect(again.merge).toMatchObject({ added: 0, updated: 0, conflicts: [] });
    expect((await consultant.ok<Workspace>('capture.get', { assessmentId: a.id })).answers).toEqual(w.answers);

    // A newer kit updates only what changed.
    await respondent.ok('answers.set', {
      assessmentId: a.id,
      questionId: 'seg.01',
      respondentId: mei.id,
      level: 5,
      note: 'Segments in CRM',
    });
    const newer = await respondent.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    const third = await consultant.ok<ImportOutcome>('packages.import', { content: newer.content, onConflict: 'merge' });
    expect(third.merge).toMatchObject({ added: 0, updated: 1, conflicts: [] });
  });

  it('lists a conflict instead of overwriting an answer changed on both sides', async () => {
    const { consultant, a, ken } = await consultantSetup();
    const exported = await consultant.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    const pkg = JSON.parse(exported.content);
    // The package says 5 for Kenji, but older than the consultant's change below.
    const answer = pkg.assessment.answers.find((x: { respondentId: string }) => x.respondentId === ken.id);
    answer.level = 5;
    answer.updatedAt = '2000-01-01T00:00:00.000Z';
    await consultant.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: ken.id, level: 3 });
    const result = await consultant.ok<ImportOutcome>('packages.import', { content: JSON.stringify(pkg), onConflict: 'merge' });
    expect(result.merge?.conflicts).toEqual([
      expect.objectContaining({ kind: 'answer', questionId: 'seg.01', respondentId: ken.id, local: '3', incoming: '5' }),
    ]);
    const w = await consultant.ok<Workspace>('capture.get', { assessmentId: a.id });
    expect(w.answers.find((x) => x.respondentId === ken.id)?.level).toBe(3);
  });

  it('replaces, or keeps both with new ids', async () => {
    const { consultant, a, ken } = await consultantSetup();
    const exported = await consultant.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    await consultant.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: ken.id, level: 5 });
    const replaced = await consultant.ok<ImportOutcome>('packages.import', { content: exported.content, onConflict: 'replace' });
    expect(replaced.outcome).toBe('replaced');
    expect((await consultant.ok<Workspace>('capture.get', { assessmentId: a.id })).answers.map((x) => x.level)).toEqual([2]);
    const copy = await consultant.ok<ImportOutcome>('packages.import', { content: exported.content, onConflict: 'keep-both' });
    expect(copy.outcome).toBe('copied');
    expect(copy.assessment.id).not.toBe(a.id);
    expect(copy.assessment.title).toBe('Baseline (2)');
    const list = await consultant.ok<Assessment[]>('assessments.list');
    expect(list).toHaveLength(2);
    const copyWs = await consultant.ok<Workspace>('capture.get', { assessmentId: copy.assessment.id });
    expect(copyWs.respondents.map((r) => r.name)).toEqual(['Kenji', 'Mei']);
    expect(copyWs.respondents.map((r) => r.id)).not.toContain(ken.id);
  });
});

describe('merge edge cases', () => {
  it('keeps an action removed here, and lists an action changed on the other side as a conflict', async () => {
    const { consultant, a } = await consultantSetup();
    const exported = await consultant.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    const plan = (await consultant.ok<Workspace>('capture.get', { assessmentId: a.id })).actions;
    await consultant.ok('actions.remove', { id: plan[0]?.id });
    const pkg = JSON.parse(exported.content);
    pkg.assessment.actions[1].status = 'done';
    pkg.assessment.actions[1].owner = 'Client PM';
    const result = await consultant.ok<ImportOutcome>('packages.import', { content: JSON.stringify(pkg), onConflict: 'merge' });
    expect(result.merge?.conflicts).toEqual([expect.objectContaining({ kind: 'action', itemId: plan[1]?.id })]);
    const after = (await consultant.ok<Workspace>('capture.get', { assessmentId: a.id })).actions;
    expect(after.map((x) => x.id)).toEqual([plan[1]?.id, plan[2]?.id]);
    expect(after[0]?.status).toBe('not-started');
  });

  it('refuses timestamps that are not times, and cleans control characters from package notes', async () => {
    const { consultant, a, ken } = await consultantSetup();
    const exported = await consultant.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    const bad = JSON.parse(exported.content);
    bad.assessment.answers[0].updatedAt = 'zzz';
    expect(await consultant.call('packages.import', { content: JSON.stringify(bad), onConflict: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('assessment.answers[0].updatedAt') },
    });
    const noisy = JSON.parse(exported.content);
    noisy.assessment.answers[0].note = 'bell\u0007 and\u000bbreak';
    // Later than the answer here, and not in this machine's future (a stamp from the future is
    // not trusted: it is listed as a conflict instead).
    noisy.assessment.answers[0].updatedAt = '2026-03-01T09:02:00.000Z';
    await consultant.ok('packages.import', { content: JSON.stringify(noisy), onConflict: 'merge' });
    const w = await consultant.ok<Workspace>('capture.get', { assessmentId: a.id });
    expect(w.answers.find((x) => x.respondentId === ken.id)?.note).toBe('bell and\nbreak');
  });

  it('asks to restore an assessment in the trash before merging into it', async () => {
    const { consultant, a } = await consultantSetup();
    const exported = await consultant.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    await consultant.ok('assessments.delete', { id: a.id });
    expect(await consultant.call('packages.import', { content: exported.content })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('deleted assessments') },
    });
    expect(await consultant.call('packages.import', { content: exported.content, onConflict: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Restore it') },
    });
  });
});
