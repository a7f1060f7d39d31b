/**
 * A number as a person types it, in any of the app's languages: "12.5", "12,5", "12.345,6",
 * "12,345.6", "1 234,5". Spanish-speaking markets write both a decimal point and a decimal
 * comma, so both are accepted: where a point and a comma both appear, the last one is the
 * decimal separator; a lone comma is a decimal comma ("12,5"), except when exactly three
 * digits follow it after a non-zero whole part: "1,200" is twelve hundred, as es-419,
 * English, Japanese and Chinese write it (and as the app shows it).
 * Returns null for empty text and undefined for text that is not a number.
 */
export function parseLocaleNumber(text: string): number | null | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return null;
  if (!/^[-+]?[\d.,]+$/.test(compact) || !/\d/.test(compact)) return undefined;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    // The decimal separator appears once, after every grouping separator.
    if (compact.split(decimal).length > 2) return undefined;
    normal = compact.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    const commas = compact.split(',').length - 1;
    const grouping = /^[-+]?[1-9]\d{0,2},\d{3}$/.test(compact);
    if (commas > 1 || grouping) {
      if (!/^[-+]?\d{1,3}(,\d{3})+$/.test(compact)) return undefined;
      normal = compact.replace(/,/g, '');
    } else normal = compact.replace(',', '.');
  } else if (compact.split('.').length > 2) {
    // "1.234.567": points as grouping.
    if (!/^[-+]?\d{1,3}(\.\d{3})+$/.test(compact)) return undefined;
    normal = compact.replace(/\./g, '');
  } else normal = compact;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** A number shown as the language writes it, es as es-419 ("12,345.6"), so that parseLocaleNumber reads it back. */
export function formatLocaleNumber(value: number, language: string): string {
  const locale = language === 'es' ? 'es-419' : language;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
