import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { dictionaryEntries } from '../../../db/schema.js';
import { COUNTRIES } from './countries.js';

export interface DictionaryEntryView {
  code: string;
  names: { kk: string; ru: string; en: string };
  active: boolean;
  flags: string[];
  grades: number[];
}

export type Dictionaries = Record<string, DictionaryEntryView[]>;

/** Read the administrator's dictionaries from the database, and add the fixed `countries` list. */
export async function listDictionaries(db: Executor): Promise<Dictionaries> {
  const rows = await db
    .select()
    .from(dictionaryEntries)
    .orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.sortOrder), asc(dictionaryEntries.code));

  const dictionaries: Dictionaries = {};
  for (const row of rows) {
    dictionaries[row.dictionary] ??= [];
    dictionaries[row.dictionary].push({
      code: row.code,
      names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
      active: row.active,
      flags: row.flags,
      grades: row.grades,
    });
  }

  dictionaries.countries = COUNTRIES;
  return dictionaries;
}

/** Collect, by dictionary, the codes a new value may take: those of active entries. */
export async function loadActiveCodes(db: Executor): Promise<Record<string, string[]>> {
  const dictionaries = await listDictionaries(db);

  return Object.fromEntries(
    Object.entries(dictionaries).map(([name, entries]) => [name, entries.filter((entry) => entry.active).map((entry) => entry.code)]),
  );
}
