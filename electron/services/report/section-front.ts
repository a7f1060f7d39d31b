/** The front of the report: cover, contents, executive summary (written from the data), methodology. */
import { BorderStyle, HeadingLevel, ImageRun, LineRuleType, Paragraph, type Table, TableOfContents, TextRun } from 'docx';
import { bullet, dataTable, heading, type PageGeometry, para, pngSize, runs, type Theme, tiles } from './docx-kit.ts';
import type { ReportContext } from './report-context.ts';
import { cleanLine } from './sanitize.ts';
import { bandOf } from './section-dimensions.ts';

type Block = Paragraph | Table | TableOfContents;

export function cover(ctx: ReportContext, t: Theme, page: PageGeometry, date: Date): Block[] {
  const { s, assessment, options } = ctx;
  const firm = ctx.line(options.branding?.firmName || assessment.assessorFirm);
  const assessorRaw = cleanLine(assessment.assessorName);
  // When anonymized and the assessor is also a respondent, their name gives way too.
  const assessor = assessorRaw && ctx.people.scrub(assessorRaw) === assessorRaw ? ctx.line(assessorRaw) : '';
  const blocks: Block[] = [];
  const logo = options.branding?.logoPng;
  const size = logo ? pngSize(logo) : null;
  if (logo && size) {
    const scale = Math.min(1, 220 / size.width, 90 / size.height);
    blocks.push(
      new Paragraph({
        spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: 'png',
            data: logo,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            altText: { name: 'logo', title: firm || 'Logo', description: firm ? `${firm} logo` : 'Logo' },
          }),
        ],
      }),
    );
  }
  if (firm) blocks.push(para([new TextRun({ text: firm, bold: true, size: 26, color: t.accent === 'FFFFFF' ? '262626' : t.accent })]));
  blocks.push(
    new Paragraph({
      spacing: { before: Math.round(page.height * 0.16), after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: 36, color: t.accent, space: 12 } },
      children: [],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(s.documentKind) }),
    new Paragraph({ style: 'Subtitle', children: runs(ctx.line(assessment.client.name)) }),
    para([new TextRun({ text: ctx.line(assessment.title), size: 26, color: '404040' })]),
    new Paragraph({ spacing: { before: 720 }, children: runs(ctx.labelled(s.dateLabel, ctx.date(date)), { color: '404040' }) }),
  );
  const by = [assessor, firm].filter(Boolean).join(', ');
  if (by) blocks.push(para(ctx.fill(s.preparedBy, { name: by })));
  blocks.push(para(ctx.fill(s.preparedFor, { client: ctx.line(assessment.client.name) })));
  blocks.push(
    para(ctx.labelled(s.frameworkLabel, `${ctx.pick(ctx.framework.title)} (${cleanLine(ctx.framework.version)})`), { style: 'Small' }),
  );
  blocks.push(
    new Paragraph({
      spacing: { before: 1200 },
      children: [
        new TextRun({ text: s.confidential.toLocaleUpperCase(ctx.language), bold: true, color: t.accent, size: 18, characterSpacing: 40 }),
      ],
    }),
  );
  return blocks;
}

export function contents(ctx: ReportContext): Block[] {
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: runs(ctx.s.contents) }),
    new TableOfContents(ctx.s.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/** Strongest three scored dimensions. */
export function strengths(ctx: ReportContext) {
  return ctx.scores.dimensions
    .filter((d) => d.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, 3);
}

export function executiveSummary(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const { s, scores } = ctx;
  const client = ctx.line(ctx.assessment.client.name);
  const overall = scores.overall;
  const blocks: Block[] = [heading(1, s.executiveSummary)];

  blocks.push(
    tiles(t, page.contentTwips, [
      { label: s.overallScore, value: ctx.score(overall.score), sub: overall.score === null ? '' : `${ctx.percent(overall.percent)}` },
      { label: s.maturityLevel, value: overall.level ? String(overall.level) : '—', sub: ctx.levelName(overall.level) },
      { label: s.percentToTarget, value: ctx.percent(scores.percentToTarget) },
      { label: s.coverage, value: ctx.percent(overall.coverage * 100) },
      { label: s.respondents, value: String(ctx.respondents.length) },
    ]),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  );

  const sentences: string[] = [];
  if (overall.score === null) sentences.push(s.summaryUnscored);
  else {
    sentences.push(
      ctx.fill(s.summaryOverall, {
        client,
        score: ctx.score(overall.score),
        percent: ctx.percent(overall.percent),
        level: overall.level ?? '',
        levelName: ctx.levelName(overall.level),
      }),
    );
    if (scores.percentToTarget !== null) sentences.push(ctx.fill(s.summaryToTarget, { percent: ctx.percent(scores.percentToTarget) }));
  }
  blocks.push(para(sentences.join(ctx.language.startsWith('zh') || ctx.language === 'ja' ? '' : ' ')));

  const scoredSections = scores.sections.filter((x) => x.score !== null);
  if (scoredSections.length > 1) {
    const items = scoredSections.map((x) =>
      ctx.fill(s.sectionItem, { section: ctx.pick(ctx.framework.sections.find((f) => f.id === x.id)?.title), score: ctx.score(x.score) }),
    );
    blocks.push(para(ctx.fill(s.summarySections, { list: ctx.list(items) })));
  }

  const top = strengths(ctx);
  if (top.length > 0) {
    blocks.push(
      para(
        ctx.fill(s.summaryStrengths, {
          list: ctx.list(top.map((d) => ctx.fill(s.strengthItem, { dimension: ctx.dimensionTitle(d.id), score: ctx.score(d.score) }))),
        }),
      ),
    );
  }
  const gaps = scores.gaps.slice(0, 3);
  if (overall.score !== null) {
    blocks.push(
      para(
        gaps.length === 0
          ? s.summaryNoGaps
          : ctx.fill(s.summaryGaps, {
              list: ctx.list(
                gaps.map((d) => ctx.fill(s.gapItem, { dimension: ctx.dimensionTitle(d.id), score: ctx.score(d.score), target: d.target })),
              ),
            }),
      ),
    );
  }

  const consensusCount = ctx.consensus.filter((c) => c.level !== null || c.na).length;
  const basis = [ctx.fill(s.summaryBasis, { count: ctx.respondents.length, consensus: consensusCount })];
  if (overall.coverage < 1) basis.push(ctx.fill(s.summaryCoverage, { percent: ctx.percent(overall.coverage * 100) }));
  blocks.push(para(basis.join(ctx.language.startsWith('zh') || ctx.language === 'ja' ? '' : ' ')));
  // Where to start: the framework's first recommendation for each priority gap's level band.
  const horizonOrder = { '0-3m': 0, '3-12m': 1, '12m+': 2 } as const;
  const starts = gaps.flatMap((d) => {
    if (d.level === null) return [];
    const band = bandOf(d.level);
    const rec = ctx.framework.recommendations
      .filter((r) => r.dimensionId === d.id && r.band === band)
      .sort((a, b) => horizonOrder[a.horizon] - horizonOrder[b.horizon] || b.impact - a.impact || a.effort - b.effort)[0];
    return rec
      ? [ctx.fill(s.startItem, { dimension: ctx.dimensionTitle(d.id), action: ctx.pick(rec.title), horizon: s.horizons[rec.horizon] })]
      : [];
  });
  if (starts.length > 0) {
    blocks.push(para(s.whereToStart, { bold: true, keepNext: true }));
    for (const item of starts) blocks.push(bullet(item));
  }
  blocks.push(para(s.summaryNext));
  return blocks;
}

export function methodology(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const { s, framework } = ctx;
  const blocks: Block[] = [heading(1, s.methodology), para(s.methodologyIntro), para(s.methodologyScoring)];

  blocks.push(heading(2, s.maturityScale));
  const described = framework.levelDescriptions;
  blocks.push(
    dataTable(
      t,
      page.contentTwips,
      described
        ? [
            { header: s.levelCol, width: 9, align: 'center' },
            { header: s.nameCol, width: 19 },
            { header: s.meaningCol, width: 72 },
          ]
        : [
            { header: s.levelCol, width: 15, align: 'center' },
            { header: s.nameCol, width: 85 },
          ],
      framework.levels.map((level, i) => {
        const row = [String(i + 1), { text: ctx.pick(level), bold: true }];
        return described ? [...row, ctx.pick(described[i])] : row;
      }),
    ),
  );

  blocks.push(heading(2, s.respondentsHeading));
  if (ctx.respondents.length === 0) blocks.push(para(s.noRespondents));
  else {
    const byRole = new Map<string, number>();
    for (const r of ctx.respondents) {
      const role = ctx.line(r.role) || s.roleNotGiven;
      byRole.set(role, (byRole.get(role) ?? 0) + 1);
    }
    blocks.push(para(ctx.fill(s.respondentsIntro, { count: ctx.respondents.length }), { keepNext: true }));
    blocks.push(
      dataTable(
        t,
        Math.round(page.contentTwips * 0.7),
        [
          { header: s.roleCol, width: 75 },
          { header: s.countCol, width: 25, align: 'right' },
        ],
        [...byRole.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], ctx.language)).map(([role, n]) => [role, String(n)]),
      ),
    );
  }

  blocks.push(heading(2, s.coverageHeading));
  const total = ctx.scores.questions.length;
  const answered = ctx.scores.questions.filter((q) => q.answered).length;
  blocks.push(para(ctx.fill(s.coverageSentence, { answered, total, percent: ctx.percent(total ? (answered / total) * 100 : 0) })));
  const thin = ctx.scores.dimensions.filter((d) => d.coverage < 0.5);
  for (const d of thin) blocks.push(bullet(ctx.labelled(ctx.dimensionTitle(d.id), ctx.percent(d.coverage * 100))));
  return blocks;
}
