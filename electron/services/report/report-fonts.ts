/**
 * Fonts of the report. In the document: fonts that Word has on Windows and macOS (Arial
 * for Latin text; Yu Gothic, Microsoft YaHei and Microsoft JhengHei for East Asian text)
 * with the language tags Word uses to pick glyphs and proofing. In the charts: Noto Sans
 * TTF files (from the @expo-google-fonts packages), which resvg needs as files.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import type { Language } from '../../contract/framework-schema.ts';

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
const WEIGHTS = ['400Regular', '600SemiBold', '700Bold'] as const;

const SCRIPT_OF: Record<Language, ChartScript> = { en: 'latin', es: 'latin', ja: 'ja', 'zh-Hans': 'sc', 'zh-Hant': 'tc' };

/** The font-family the charts of a report in this language are drawn with (passed to the components' fontFamily). */
export function chartFontFamily(language: Language): string {
  const main = PACKAGES[SCRIPT_OF[language]].family;
  return main === 'Noto Sans' ? '"Noto Sans", "Noto Sans JP"' : `"${main}", "Noto Sans"`;
}

const require = createRequire(import.meta.url);
const resolved = new Map<string, string>();

/**
 * The path of a font file that native code (resvg) can open. Inside a packaged app the
 * file may sit in an asar archive, which only Electron's fs can read: then the unpacked
 * copy is used when there is one, else the file is copied once to a temporary folder.
 */
function fontFile(script: ChartScript, weight: (typeof WEIGHTS)[number]): string {
  const key = `${script}/${weight}`;
  const known = resolved.get(key);
  if (known) return known;
  const { pkg, file } = PACKAGES[script];
  let path = require.resolve(`${pkg}/${weight}/${file}_${weight}.ttf`);
  if (path.includes(`.asar${sep}`)) {
    const unpacked = path.replace(`.asar${sep}`, `.asar.unpacked${sep}`);
    if (existsSync(unpacked)) path = unpacked;
    else {
      const dir = join(tmpdir(), 'cx-maturity-report-fonts');
      mkdirSync(dir, { recursive: true });
      const copy = join(dir, basename(path));
      if (!existsSync(copy)) copyFileSync(path, copy);
      path = copy;
    }
  }
  resolved.set(key, path);
  return path;
}

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFF65]/;

/**
 * The TTF files to rasterise a chart of this language: Noto Sans for Latin text, the
 * language's CJK font, and a CJK font as fallback when a Latin-language chart holds CJK
 * text (a Japanese respondent's name in an English report, say). Loading only what is
 * needed keeps each chart fast.
 */
export function chartFontFiles(language: Language, text: string): string[] {
  const scripts = new Set<ChartScript>(['latin', SCRIPT_OF[language]]);
  if (KANA.test(text)) scripts.add('ja');
  else if (HAN.test(text) && SCRIPT_OF[language] === 'latin') scripts.add('ja');
  return [...scripts].flatMap((s) => WEIGHTS.map((w) => fontFile(s, w)));
}

/** The family resvg falls back to for text whose font-family names no loaded font. */
export function chartDefaultFamily(language: Language): string {
  return PACKAGES[SCRIPT_OF[language]].family;
}
