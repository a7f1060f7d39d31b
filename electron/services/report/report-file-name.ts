/** The report's file name: client, title and language, safe on every system. */
import type { Language } from '../../contract/framework-schema.ts';
import { packageFileName } from '../packages/export-package.ts';

export function reportFileName(clientName: string, title: string, language: Language): string {
  return packageFileName(clientName, title).replace(/\.cxa$/, ` (${language}).docx`);
}
