/** App settings, kept in the database so they travel with it. */
import type { Settings } from '../../contract/api.ts';
import { LANGUAGES, type Language } from '../../contract/framework-schema.ts';
import type { Db } from '../storage/database.ts';

export function createSettingsService(db: Db) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');

  function get(): Settings {
    const language = read.get('language')?.value;
    return {
      language: LANGUAGES.includes(language as Language) ? (language as Language) : null,
    };
  }

  function update(patch: { language?: Language | null }): Settings {
    db.transaction(() => {
      if (patch.language === null) remove.run('language');
      else if (patch.language) write.run('language', patch.language);
    })();
    return get();
  }

  return { get, update };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
