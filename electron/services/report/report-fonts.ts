/**
 * Fonts of the report. In the document: fonts that Word has on Windows and macOS (Arial
 * for Latin text; Yu Gothic, Microsoft YaHei and Microsoft JhengHei for East Asian text)
 * with the language tags Word uses to pick glyphs and proofing. In the charts: Noto Sans
 * TTF files (from the @expo-google-fonts packages), which resvg needs as files, subset to
 * each chart's characters.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../contract/framework-schema.ts';
import { type ParsedFont, parseFont, subsetFont } from './font-subset.ts';

export interface DocumentFonts {
  /** Latin text. */
  latin: string;
  /** East Asian text, when the report language needs a particular one. */
  eastAsia?: string;
  /** w:lang val: Latin text. */
  lang: string;
  /** w:lang eastAsia: East Asian text. */
  eastAsiaLang: string;
}

export const DOCUMENT_FONTS: Record<Language, DocumentFonts> = {
  en: { latin: 'Arial', lang: 'en-GB', eastAsiaLang: 'ja-JP' },
  es: { latin: 'Arial', lang: 'es-419', eastAsiaLang: 'ja-JP' },
  ja: { latin: 'Arial', eastAsia: 'Yu Gothic', lang: 'en-US', eastAsiaLang: 'ja-JP' },
  'zh-Hans': { latin: 'Arial', eastAsia: 'Microsoft YaHei', lang: 'en-US', eastAsiaLang: 'zh-CN' },
  'zh-Hant': { latin: 'Arial', eastAsia: 'Microsoft JhengHei', lang: 'en-US', eastAsiaLang: 'zh-TW' },
};

type ChartScript = 'latin' | 'ja' | 'sc' | 'tc';

const PACKAGES: Record<ChartScript, { pkg: string; file: string; family: string }> = {
  latin: { pkg: '@expo-google-fonts/noto-sans', file: 'NotoSans', family: 'Noto Sans' },
  ja: { pkg: '@expo-google-fonts/noto-sans-jp', file: 'NotoSansJP', family: 'Noto Sans JP' },
  sc: { pkg: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC', family: 'Noto Sans SC' },
  tc: { pkg: '@expo-google-fonts/noto-sans-tc', file: 'NotoSansTC', family: 'Noto Sans TC' },
};
/** The weights the charts use: text, semibold cell values, bold markers. */
type Weight = '400Regular' | '600SemiBold' | '700Bold';

const SCRIPT_OF: Record<Language, ChartScript> = { en: 'latin', es: 'latin', ja: 'ja', 'zh-Hans': 'sc', 'zh-Hant': 'tc' };

/** The font-family the charts of a report in this language are drawn with (passed to the components' fontFamily). */
export function chartFontFamily(language: Language): string {
  const main = PACKAGES[SCRIPT_OF[language]].family;
  return main === 'Noto Sans' ? '"Noto Sans", "Noto Sans JP"' : `"${main}", "Noto Sans"`;
}

const require = createRequire(import.meta.url);
const parsed = new Map<string, ParsedFont>();

/** A font of the packages, read once (fs reads inside an asar archive too) and kept parsed. */
function font(script: ChartScript, weight: Weight): ParsedFont {
  const key = `${script}/${weight}`;
  let f = parsed.get(key);
  if (!f) {
    const { pkg, file } = PACKAGES[script];
    f = parseFont(readFileSync(require.resolve(`${pkg}/${weight}/${file}_${weight}.ttf`)));
    parsed.set(key, f);
  }
  return f;
}

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFF65]/;

/** Characters every chart may draw besides its text (ellipsis of wrapped labels, dashes, spaces). */
const EXTRA = ' …–—·!0123456789.,%\u00A0';

/**
 * The TTF files to rasterise an SVG of this language with, written to a temporary folder
 * and removed by `dispose`: Noto Sans for Latin text, the language's CJK font, and a CJK
 * font as fallback when a Latin-language chart holds CJK text (a Japanese respondent's
 * name in an English report, say). Each is subset to the characters of the SVG
 * (font-subset.ts), in the weights it uses.
 */
export function chartFonts(language: Language, svg: string): { files: string[]; dispose: () => void } {
  const scripts = new Set<ChartScript>(['latin', SCRIPT_OF[language]]);
  if (KANA.test(svg)) scripts.add('ja');
  else if (HAN.test(svg) && SCRIPT_OF[language] === 'latin') scripts.add('ja');
  const weights: Weight[] = ['400Regular'];
  if (/font-weight="?(600|semibold)/i.test(svg) || /font-weight:\s*(600|semibold)/i.test(svg)) weights.push('600SemiBold');
  if (/font-weight="?(700|bold)/i.test(svg) || /font-weight:\s*(700|bold)/i.test(svg)) weights.push('700Bold');
  const codePoints = new Set<number>();
  for (const ch of svg + EXTRA) codePoints.add(ch.codePointAt(0) as number);

  const dir = mkdtempSync(join(tmpdir(), 'cx-report-fonts-'));
  const files: string[] = [];
  for (const script of scripts) {
    for (const weight of weights) {
      const subset = subsetFont(font(script, weight), codePoints);
      if (!subset) continue;
      const path = join(dir, `${PACKAGES[script].file}_${weight}.ttf`);
      writeFileSync(path, subset);
      files.push(path);
    }
  }
  return { files, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The family resvg falls back to for text whose font-family names no loaded font. */
export function chartDefaultFamily(language: Language): string {
  return PACKAGES[SCRIPT_OF[language]].family;
}
