/** The framework that ships with the app: complete, consistent, traceable to its sources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeFrameworkSchema, LANGUAGES, type LocalizedText } from '../../electron/contract/framework-schema.ts';
import { frameworkJsonSchema } from '../../electron/services/frameworks/framework-json-schema.ts';
import { localizedTexts } from '../../electron/services/frameworks/frameworks-service.ts';
import { referenceProblems } from '../../electron/services/frameworks/validate-framework.ts';

const root = join(import.meta.dirname, '..', '..');
const raw = JSON.parse(readFileSync(join(root, 'assets', 'frameworks', 'cx-ces-digital.json'), 'utf8'));
const fw = completeFrameworkSchema.parse(raw);
const dimensions = fw.sections.flatMap((s) => s.dimensions);
const questions = dimensions.flatMap((d) => d.questions);

/** The practices of seeds 002, 003 and 004 that must each appear in a question. */
const REQUIRED_PRACTICES = [
  'stakeholder-buy-in',
  'design-around-customer',
  'work-back-from-technology',
  'voice-of-customer',
  'digital-efficiency-journey',
  'single-customer-view',
  'journey-maps',
  'measure-strategy-against-expectations',
  'segment-digital-journeys',
  'focus-kpis-beyond-aht',
  'channel-awareness',
  'channel-switching',
  'workforce-analytics',
  'keep-voice',
  'journeys-over-touchpoints',
  'quantify-drivers',
  'shared-vision',
  'redesign-from-feedback',
  'behavioural-psychology',
  'digital-journeys',
  'frontline-empowerment',
  'journey-centred-metrics',
  'cross-functional-governance',
  'early-wins',
  'measurement-goals',
  'quality-inside',
  'qa-monitoring-coaching',
  'agent-self-scoring',
  'online-response-expectation',
  'bad-experience-churn',
];

describe('the shipped framework', () => {
  it('validates against the complete five-language schema, with every reference resolved', () => {
    expect(referenceProblems(fw)).toEqual([]);
    expect(fw.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has the seven CES dimensions and the five digital lenses, in order', () => {
    expect(fw.sections.map((s) => [s.id, s.dimensions.map((d) => d.title.en)])).toEqual([
      [
        'ces',
        [
          'Customer segmentation',
          'Priority and high-value customers',
          'Contact reasons',
          'Contact channels',
          'Hours of operation',
          'CX measurements and objectives',
          'Business and customer intelligence',
        ],
      ],
      ['digital', ['Business strategy', 'Customers', 'Customer journeys', 'Competitors', 'Pioneers']],
    ]);
  });

  it('uses the glossary for level names and dimension titles', () => {
    expect(fw.levels.map((l) => l.ja)).toEqual(['初期段階', '発展段階', '定義段階', '管理段階', '最適化段階']);
    expect(fw.levels.map((l) => l['zh-Hant'])).toEqual(['初始級', '發展級', '定義級', '管理級', '最佳化級']);
    expect(fw.levels.map((l) => l.es)).toEqual(['Inicial', 'En desarrollo', 'Definido', 'Gestionado', 'Optimizado']);
    const title = (id: string) => dimensions.find((d) => d.id === id)?.title as LocalizedText;
    expect(title('contact-channels')).toMatchObject({
      es: 'Canales de contacto',
      ja: '応対チャネル',
      'zh-Hans': '联络渠道',
      'zh-Hant': '聯絡管道',
    });
    expect(title('contact-reasons')).toMatchObject({ es: 'Motivos de contacto', 'zh-Hant': '聯絡原因' });
  });

  it('has 4 to 8 questions per dimension and at least 60 in all, each with five distinct levels', () => {
    for (const d of dimensions) expect(d.questions.length, d.id).toBeGreaterThanOrEqual(4);
    for (const d of dimensions) expect(d.questions.length, d.id).toBeLessThanOrEqual(8);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const q of questions) {
      for (const lang of LANGUAGES) expect(new Set(q.levels.map((l) => l[lang])).size, `${q.id} ${lang}`).toBe(5);
      expect(q.evidence.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.sources.length, q.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('is translated: no text in another language equals the English, and zh-Hant is not zh-Hans', () => {
    const texts = [...localizedTexts(fw)] as LocalizedText[];
    expect(texts.length).toBeGreaterThan(900);
    const sameAsEnglish = texts.filter((t) => LANGUAGES.some((l) => l !== 'en' && t[l] === t.en)).map((t) => t.en);
    expect(sameAsEnglish).toEqual([]);
    const hantIsHans = texts.filter((t) => t['zh-Hant'] === t['zh-Hans']).map((t) => t.en);
    expect(hantIsHans).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = [
      ...fw.sections.map((s) => s.id),
      ...dimensions.map((d) => d.id),
      ...questions.map((q) => q.id),
      ...fw.recommendations.map((r) => r.id),
      ...fw.kpis.map((k) => k.id),
    ];
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('has recommendations for every level band of every dimension', () => {
    for (const d of dimensions) {
      const bands = new Set(fw.recommendations.filter((r) => r.dimensionId === d.id).map((r) => r.band));
      expect([...bands].sort(), d.id).toEqual(['1-2', '3', '4-5']);
    }
  });

  it('traces every required practice to real questions through the coverage list', () => {
    const questionIds = new Set(questions.map((q) => q.id));
    for (const c of fw.coverage) for (const q of c.questions) expect(questionIds.has(q), `${c.practice} -> ${q}`).toBe(true);
    const covered = new Set(fw.coverage.filter((c) => c.questions.length > 0).map((c) => c.practice));
    expect(REQUIRED_PRACTICES.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('has the five discussion questions, the three preparation actions, the KPI catalogue and the sources', () => {
    expect(fw.discussionQuestions).toHaveLength(5);
    expect(fw.defaultActions).toHaveLength(3);
    for (const a of fw.defaultActions) expect(a.assignedTo.en.length).toBeGreaterThan(0);
    const kpis = fw.kpis.map((k) => k.id);
    for (const id of [
      'kpi.abandonment-rate',
      'kpi.average-speed-of-answer',
      'kpi.average-handle-time',
      'kpi.service-level',
      'kpi.first-contact-resolution',
      'kpi.customer-satisfaction',
      'kpi.quality-score',
      'kpi.digital-containment',
      'kpi.channel-switching-rate',
    ]) {
      expect(kpis).toContain(id);
    }
    expect(fw.kpis.find((k) => k.id === 'kpi.abandonment-rate')).toMatchObject({ unit: 'percent', higherIsBetter: false });
    expect(fw.kpis.find((k) => k.id === 'kpi.first-contact-resolution')).toMatchObject({ unit: 'percent', higherIsBetter: true });
    expect(fw.sources.map((s) => s.id).sort()).toEqual([
      'cc-cx-practical-guide',
      'ces-planning',
      'digital-service-strategy',
      'mckinsey-ceo-guide',
    ]);
  });

  it('publishes a JSON Schema that matches the zod schema', () => {
    const committed = JSON.parse(readFileSync(join(root, 'assets', 'schemas', 'framework.schema.json'), 'utf8'));
    // If this fails: npx tsx scripts/generate-schemas.ts
    expect(committed).toEqual(frameworkJsonSchema());
  });
});

it('publishes the assessment package JSON Schema, matching the zod schema the importer uses', async () => {
  const { packageJsonSchema } = await import('../../electron/services/packages/package-json-schema.ts');
  const committed = JSON.parse(readFileSync(join(root, 'assets', 'schemas', 'assessment-package.schema.json'), 'utf8'));
  // If this fails: npx tsx scripts/generate-schemas.ts
  expect(committed).toEqual(packageJsonSchema());
});
