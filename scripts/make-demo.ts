/**
 * Writes assets/samples/demo.cxa.json: a fictional contact centre assessed by three
 * respondents, most questions answered with notes, consensus on disagreements, targets set.
 * Levels and notes are seeded (the same on every run); ids are new on each run.
 * Run: npx tsx scripts/make-demo.ts
 */
import { writeFileSync } from 'node:fs';
import { openAppContext } from '../electron/services/context.ts';
import { buildPackage } from '../electron/services/packages/export-package.ts';
import { tempDbPath } from '../test/support/temp-db.ts';

let seed = 20261126;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const tmp = tempDbPath();
const ctx = openAppContext({ databasePath: tmp.path, host: 'browser', version: 'demo' });
const s = ctx.services;
const fw = s.frameworks.builtIn();

const assessment = s.assessments.create({
  clientName: 'Northwind Utilities',
  title: 'Contact centre CX maturity review 2026',
  language: 'en',
  assessorName: 'Elena Marsh',
  assessorFirm: 'Harbour Lane Consulting',
});
s.clients.update({
  id: assessment.client.id,
  industry: 'Energy and water utility',
  location: 'Leeds, United Kingdom',
  contactName: 'Priya Natarajan',
});
const people = [
  s.respondents.add({ assessmentId: assessment.id, name: 'Priya Natarajan', role: 'Head of contact centre', kind: 'interviewee' }),
  s.respondents.add({ assessmentId: assessment.id, name: 'Tomás Rivera', role: 'WFM lead', kind: 'interviewee' }),
  s.respondents.add({ assessmentId: assessment.id, name: 'Grace Okafor', role: 'QA lead', kind: 'interviewee' }),
];

// Where this fictional centre stands, dimension by dimension (before noise).
const baseline: Record<string, number> = {
  'customer-segmentation': 2.4,
  'priority-customers': 2.1,
  'contact-reasons': 3.2,
  'contact-channels': 2.8,
  'hours-of-operation': 3.6,
  'cx-measurement': 3.1,
  'business-intelligence': 1.9,
  'business-strategy': 2.6,
  customers: 2.5,
  'customer-journeys': 2.0,
  competitors: 1.8,
  pioneers: 1.6,
};
const seen = [
  'shown on screen during the interview and consistent with the answer',
  'described verbally; the document was promised by email',
  'exists, but was last updated more than a year ago',
  'not available; the team relies on individual knowledge',
  'seen in the weekly operations pack',
];
const remarks = [
  'Agreed quickly; the team sees this as a known weakness.',
  'Answer differs between sites: the Leeds site is ahead of Cardiff.',
  'Improving since the new CRM went live in spring.',
  'Owner unclear; two managers each thought the other was responsible.',
  'Strong practice in the complaints team, not yet elsewhere.',
];

const disagreements: string[] = [];
for (const dimension of fw.sections.flatMap((x) => x.dimensions)) {
  s.settingsOfAssessment.setDimension({
    assessmentId: assessment.id,
    dimensionId: dimension.id,
    target: ['contact-reasons', 'cx-measurement', 'customer-journeys'].includes(dimension.id) ? 5 : 4,
    importance: ['cx-measurement', 'customer-journeys', 'business-intelligence', 'priority-customers'].includes(dimension.id)
      ? 3
      : pick([1, 2, 2]),
  });
  for (const question of dimension.questions) {
    if (random() < 0.1) continue; // a few questions not reached in the workshop
    const levels: number[] = [];
    for (const person of people) {
      if (random() < 0.05) {
        s.answers.set({
          assessmentId: assessment.id,
          questionId: question.id,
          respondentId: person.id,
          na: true,
          naReason: 'Not in this respondent’s area of responsibility.',
        });
        continue;
      }
      const level = Math.min(5, Math.max(1, Math.round((baseline[dimension.id] ?? 2.5) + (random() - 0.5) * 2.2)));
      levels.push(level);
      const evidence = question.evidence[0]?.en.replace(/\.$/, '') ?? 'Evidence';
      const note = random() < 0.7 ? `${evidence}: ${pick(seen)}.${random() < 0.4 ? ` ${pick(remarks)}` : ''}` : '';
      s.answers.set({ assessmentId: assessment.id, questionId: question.id, respondentId: person.id, level, note });
    }
    if (levels.length && Math.max(...levels) - Math.min(...levels) >= 2) disagreements.push(question.id);
  }
}
// The consultant settled some of the disagreements in the consensus session.
for (const questionId of disagreements.slice(0, Math.ceil(disagreements.length * 0.6))) {
  const levels = s.answers
    .list(assessment.id)
    .filter((a) => a.questionId === questionId && a.level !== null)
    .map((a) => a.level as number);
  const agreed = Math.round(levels.reduce((x, y) => x + y, 0) / levels.length);
  s.answers.setConsensus({
    assessmentId: assessment.id,
    questionId,
    level: agreed,
    rationale: 'Settled in the consensus session: the evidence supports the middle view; the higher score reflected one team only.',
  });
}
const kpiValues: Record<string, [number, number, string]> = {
  'kpi.abandonment-rate': [8.5, 5, 'Telephony platform report, last 3 months'],
  'kpi.average-speed-of-answer': [95, 30, 'Telephony platform report, last 3 months'],
  'kpi.average-handle-time': [412, 380, 'Telephony platform report'],
  'kpi.service-level': [62, 80, 'WFM daily report'],
  'kpi.first-contact-resolution': [68, 78, 'Post-contact survey (n = 2,140)'],
  'kpi.customer-satisfaction': [74, 82, 'Post-contact survey (n = 2,140)'],
  'kpi.quality-score': [81, 88, 'QA monitoring, 4 evaluators'],
};
for (const [kpiId, [current, target, source]] of Object.entries(kpiValues)) {
  const kpi = fw.kpis.find((k) => k.id === kpiId);
  if (kpi) s.settingsOfAssessment.setKpi({ assessmentId: assessment.id, kpiId, current, target, unit: kpi.unit, source });
}
const discussion = fw.discussionQuestions;
if (discussion[0]) {
  s.settingsOfAssessment.setDiscussion({
    assessmentId: assessment.id,
    questionId: discussion[0].id,
    notes:
      'A contact-centre plan exists but is a cost plan; the team agreed it needs customer outcomes and a link to the 2027 business plan.',
  });
}
if (discussion[4]) {
  s.settingsOfAssessment.setDiscussion({
    assessmentId: assessment.id,
    questionId: discussion[4].id,
    notes: 'Billing complaints (about 18% of contacts) could feed the billing redesign project directly; nobody sends them today.',
  });
}
const firstQuestion = fw.sections[0]?.dimensions[0]?.questions[0];
if (firstQuestion) {
  s.evidence.addReference({
    assessmentId: assessment.id,
    questionId: firstQuestion.id,
    name: 'Customer segmentation deck (Marketing, 2025)',
    location: 'SharePoint › Marketing › Strategy',
    strength: 'medium',
  });
}

// Two actions taken over from the recommendations of the largest gaps, one already under way.
const journeysRec = fw.recommendations.find((r) => r.dimensionId === 'customer-journeys' && r.band === '1-2');
const intelligenceRec = fw.recommendations.find((r) => r.dimensionId === 'business-intelligence' && r.band === '1-2');
if (journeysRec) {
  const action = s.actions.createFromRecommendation(assessment.id, journeysRec.id, 'en');
  s.actions.update(action.id, { owner: 'Priya Natarajan', due: '2027-02-28', status: 'in-progress' });
}
if (intelligenceRec) {
  const action = s.actions.createFromRecommendation(assessment.id, intelligenceRec.id, 'en');
  s.actions.update(action.id, { owner: 'Tomás Rivera', due: '2027-04-30' });
}

const pkg = buildPackage(s, assessment.id, 'demo', '2026-11-26T09:00:00.000Z');
pkg.assessment.createdAt = '2026-11-20T09:00:00.000Z';
pkg.assessment.updatedAt = '2026-11-24T17:30:00.000Z';
writeFileSync(new URL('../assets/samples/demo.cxa.json', import.meta.url), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(
  `demo: ${pkg.assessment.answers.length} answers, ${pkg.assessment.consensus.length} consensus, ${disagreements.length} disagreements`,
);
ctx.close();
tmp.cleanup();
