/**
 * Looks up interface strings outside React (the native menu, dialogs) in the same locale
 * files the renderer uses, with i18next-style {{name}} placeholders.
 */

import en from '../../../assets/locales/en.json' with { type: 'json' };
import es from '../../../assets/locales/es.json' with { type: 'json' };
import ja from '../../../assets/locales/ja.json' with { type: 'json' };
import zhHans from '../../../assets/locales/zh-Hans.json' with { type: 'json' };
import zhHant from '../../../assets/locales/zh-Hant.json' with { type: 'json' };
import type { Language } from '../../contract/framework-schema.ts';

type Tree = { [key: string]: string | Tree };
export const LOCALES: Record<Language, Tree> = { en, es, ja, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const template = lookup(LOCALES[language], key) ?? lookup(LOCALES.en, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
