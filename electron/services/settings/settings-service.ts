/** App settings, kept in the database so they travel with it. */
import type { ReportBranding, Settings } from '../../contract/api.ts';
import { LANGUAGES, type Language } from '../../contract/framework-schema.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

export function createSettingsService(db: Db) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');

  function get(): Settings {
    const language = read.get('language')?.value;
    let branding: ReportBranding | null = null;
    try {
      const raw = read.get('branding')?.value;
      if (raw) branding = JSON.parse(raw) as ReportBranding;
    } catch {
      branding = null;
    }
    return {
      language: LANGUAGES.includes(language as Language) ? (language as Language) : null,
      branding,
    };
  }

  function update(patch: { language?: Language | null; branding?: ReportBranding }): Settings {
    writeTransaction(db, () => {
      if (patch.language === null) remove.run('language');
      else if (patch.language) write.run('language', patch.language);
      if (patch.branding) write.run('branding', JSON.stringify(patch.branding));
    })();
    return get();
  }

  return { get, update };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
