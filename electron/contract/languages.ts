/** The interface languages: their own names, and how a system locale maps to one. */
import type { Language } from './framework-schema.ts';

/** Each language's name in itself, as the language menus show it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  ja: '日本語',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** Picks the supported language closest to a system locale such as "zh-TW" or "es-MX". */
export function matchLanguage(locales: readonly string[]): Language | null {
  for (const raw of locales) {
    const locale = raw.replace('_', '-').toLowerCase();
    if (/^zh-(hant|tw|hk|mo)/.test(locale)) return 'zh-Hant';
    if (locale.startsWith('zh')) return 'zh-Hans';
    if (locale.startsWith('ja')) return 'ja';
    if (locale.startsWith('es')) return 'es';
    if (locale.startsWith('en')) return 'en';
  }
  return null;
}
