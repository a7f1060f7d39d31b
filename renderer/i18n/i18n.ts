/** i18next over the shared locale files in assets/locales (the native menu reads them too). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../assets/locales/en.json';
import es from '../../assets/locales/es.json';
import ja from '../../assets/locales/ja.json';
import zhHans from '../../assets/locales/zh-Hans.json';
import zhHant from '../../assets/locales/zh-Hant.json';
import type { Language } from '../../electron/contract/framework-schema.ts';
import { matchLanguage } from '../../electron/contract/languages.ts';

export const resources = {
  en: { translation: en },
  es: { translation: es },
  ja: { translation: ja },
  'zh-Hans': { translation: zhHans },
  'zh-Hant': { translation: zhHant },
} as const;

export function initI18n(language: Language) {
  return i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The language of a first run: the system's, where it is one of the five. */
export function systemLanguage(): Language {
  return matchLanguage(navigator.languages ?? [navigator.language]) ?? 'en';
}

export { i18next };
