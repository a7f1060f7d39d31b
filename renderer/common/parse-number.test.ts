/** Numbers typed with a decimal point or a decimal comma, checked by hand. */
import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber } from './parse-number.ts';

describe('parseLocaleNumber', () => {
  it('reads a decimal comma and a decimal point in Spanish', () => {
    expect(parseLocaleNumber('12,5')).toBe(12.5);
    expect(parseLocaleNumber('12.5')).toBe(12.5);
    expect(parseLocaleNumber('12.345,6')).toBe(12345.6);
    expect(parseLocaleNumber('12,345.6')).toBe(12345.6);
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('8,5')).toBe(8.5);
    expect(parseLocaleNumber('0,125')).toBe(0.125);
    // As es-419 writes (and the app shows) twelve hundred.
    expect(parseLocaleNumber('1,200')).toBe(1200);
  });

  it('never turns "12.345,6" into 12.3456', () => {
    expect(parseLocaleNumber('12.345,6')).toBe(12345.6);
  });

  it('reads grouping commas and points', () => {
    expect(parseLocaleNumber('1,200')).toBe(1200);
    expect(parseLocaleNumber('1,234,567')).toBe(1234567);
    expect(parseLocaleNumber('12,5')).toBe(12.5);
    expect(parseLocaleNumber('-3.25')).toBe(-3.25);
    expect(parseLocaleNumber('1.234.567')).toBe(1234567);
  });

  it('says empty text is no value and anything else that is not a number is refused', () => {
    expect(parseLocaleNumber('  ')).toBeNull();
    for (const bad of ['abc', '12a', '1,2,3', '1.2.3', '1.234,5,6', '--1', ',', '.']) expect(parseLocaleNumber(bad)).toBeUndefined();
  });

  it('formats as the language writes numbers, es as Latin-American Spanish, and reads its own output back', () => {
    expect(formatLocaleNumber(12345.6, 'es')).toBe('12,345.6');
    expect(formatLocaleNumber(12345.6, 'en')).toBe('12,345.6');
    expect(formatLocaleNumber(8.5, 'es')).toBe('8.5');
    for (const language of ['en', 'es', 'ja', 'zh-Hans', 'zh-Hant']) {
      for (const n of [0, 8.5, 1200, 12345.6, -3.25]) expect(parseLocaleNumber(formatLocaleNumber(n, language))).toBe(n);
    }
  });
});
