import { describe, expect, it } from 'vitest';
import { people } from './anonymize.ts';
import { distinctNotes, summarizeNotes } from './notes-summary.ts';
import { breakLongRuns, cleanLine, cleanText, truncate, userText, ZERO_WIDTH_SPACE } from './sanitize.ts';

/** What XML 1.0 forbids: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
);

describe('cleanText', () => {
  it('removes every character XML 1.0 forbids, and keeps emoji, CJK and markup characters', () => {
    const hostile = `a\u0000b\u0001\u0008c\u000Bd\u000Ce\u000Ef\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k <&>"' 顧客 🚀 👩‍💻 é`;
    const clean = cleanText(hostile);
    expect(clean).not.toMatch(FORBIDDEN);
    expect(clean).toBe(`abc\nd\nefghijk <&>"' 顧客 🚀 👩‍💻 é`);
  });

  it('turns CRLF, tabs and Unicode line separators into line breaks and spaces; cleanLine keeps one line', () => {
    expect(cleanText('one\r\ntwo\rthree\tfour\u2028five')).toBe('one\ntwo\nthree four\nfive');
    expect(cleanLine('  one\n two\t three  ')).toBe('one two three');
    expect(cleanText(null)).toBe('');
    expect(cleanText(42)).toBe('42');
  });

  it('composes to NFC', () => {
    expect(cleanText('Tom\u0061\u0301s')).toBe('Tomás');
  });
});

describe('breakLongRuns', () => {
  it('puts a zero-width space every 40 characters into a 300-character run, and leaves words alone', () => {
    const run = 'x'.repeat(300);
    const broken = breakLongRuns(`short words ${run} end`);
    const parts = broken.split(' ')[2]?.split(ZERO_WIDTH_SPACE) ?? [];
    expect(parts).toHaveLength(8);
    expect(parts.every((p) => p.length <= 40)).toBe(true);
    expect(broken.replaceAll(ZERO_WIDTH_SPACE, '')).toBe(`short words ${run} end`);
    expect(breakLongRuns('a normal sentence with words')).toBe('a normal sentence with words');
  });

  it('breaks URLs and never splits an emoji or a combined character', () => {
    const url = `https://example.com/${'segment/'.repeat(20)}`;
    expect(breakLongRuns(url)).toContain(ZERO_WIDTH_SPACE);
    const emoji = '👩‍💻'.repeat(60);
    const broken = breakLongRuns(emoji);
    for (const part of broken.split(ZERO_WIDTH_SPACE)) expect(part).toMatch(/^(👩‍💻)+$/u);
    expect(breakLongRuns(broken)).toBe(broken);
  });
});

describe('truncate and userText', () => {
  it('shortens at a word boundary with an ellipsis', () => {
    expect(truncate('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(truncate('short', 20)).toBe('short');
    expect([...truncate('🚀'.repeat(50), 10)]).toHaveLength(11);
  });

  it('cleans, trims, shortens and breaks a 5,000-character note', () => {
    const note = `\u0007${'n'.repeat(5000)}\u000B`;
    const out = userText(note, 320);
    expect(out).not.toMatch(FORBIDDEN);
    expect(out.replaceAll(ZERO_WIDTH_SPACE, '').length).toBeLessThanOrEqual(321);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('notes summary', () => {
  it('drops repeats and notes contained in longer ones', () => {
    const notes = [
      'Deck exists, but was last updated more than a year ago.',
      'deck exists, but was last updated more than a year ago',
      'Deck exists, but was last updated more than a year ago. Improving since the new CRM.',
      'Owner unclear.',
      '',
    ];
    expect(distinctNotes(notes)).toEqual([
      'Deck exists, but was last updated more than a year ago. Improving since the new CRM.',
      'Owner unclear.',
    ]);
    expect(summarizeNotes(notes, 1, (s) => s.slice(0, 4))).toEqual({ shown: ['Deck'], more: 1 });
  });
});

describe('people', () => {
  const respondents = [
    { id: 'a', name: 'Tomás Rivera', role: 'WFM lead', kind: 'interviewee' as const, position: 1, deletedAt: null },
    { id: 'b', name: '山田太郎', role: '', kind: 'interviewee' as const, position: 2, deletedAt: null },
  ];
  it('names people by name and role, or by number and role when anonymized, and scrubs names from free text', () => {
    expect(people(respondents, { anonymize: false, numbered: (n) => `R${n}` }).label('a')).toBe('Tomás Rivera (WFM lead)');
    const anon = people(respondents, { anonymize: true, numbered: (n) => `Respondent ${n}` });
    expect(anon.label('a')).toBe('Respondent 1 (WFM lead)');
    expect(anon.label('b')).toBe('Respondent 2');
    expect(anon.scrub('Tomás Rivera said so; Rivera agreed with 山田太郎さん. Tomás too.')).toBe(
      'Respondent 1 said so; Respondent 1 agreed with Respondent 2さん. Respondent 1 too.',
    );
    expect(anon.scrub('Riverside is not a name')).toBe('Riverside is not a name');
  });
});
