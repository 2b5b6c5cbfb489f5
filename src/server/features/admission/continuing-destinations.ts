import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { dictionaryEntries } from '../../../db/schema.js';
import { DICTIONARY_FLAGS } from '../../../domain/dictionaries.js';

/**
 * Select the destination codes that mean "continues at this school". Inactive
 * entries count too, because a graduation recorded with an entry stays valid
 * after the administrator retires it.
 */
export function continuingDestinationCodes(db: Executor) {
  return db
    .select({ code: dictionaryEntries.code })
    .from(dictionaryEntries)
    .where(and(eq(dictionaryEntries.dictionary, 'destinations'), sql`${DICTIONARY_FLAGS.continuesAtSchool} = any(${dictionaryEntries.flags})`));
}

export async function loadContinuingDestinations(db: Executor): Promise<Set<string>> {
  const rows = await continuingDestinationCodes(db);
  return new Set(rows.map((row) => row.code));
}
