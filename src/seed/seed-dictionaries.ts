import type { Executor } from '../db/client.js';
import { dictionaryEntries } from '../db/schema.js';
import { DEFAULT_DICTIONARIES, DICTIONARY_NAMES } from '../domain/dictionaries.js';

/**
 * Inserts the default dictionary entries whose (dictionary, code) is not in
 * the database yet, in one statement, and returns how many it inserted.
 * Existing entries keep an administrator's names, flags and order.
 * NOTE: an entry an administrator deleted comes back on the next run, so the
 * administration screens should deactivate entries (active = false), not delete them.
 */
export async function seedDictionaries(db: Executor): Promise<number> {
  const rows = DICTIONARY_NAMES.flatMap((dictionary) =>
    DEFAULT_DICTIONARIES[dictionary].map((entry, index) => ({
      dictionary,
      code: entry.code,
      nameKk: entry.names.kk,
      nameRu: entry.names.ru,
      nameEn: entry.names.en,
      flags: entry.flags,
      grades: entry.grades,
      sortOrder: (index + 1) * 10,
    })),
  );

  const inserted = await db.insert(dictionaryEntries).values(rows).onConflictDoNothing().returning({ code: dictionaryEntries.code });
  return inserted.length;
}
