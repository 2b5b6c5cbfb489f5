import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { dictionaryEntries } from '../../../db/schema.js';
import { isDictionaryName } from '../../../domain/dictionaries.js';
import { badRequest, conflict, notFound, type FieldError } from '../../http/errors.js';
import { recordEvent } from '../events/record-event.js';
import type { DictionaryEntryView } from './list-dictionaries.js';

export interface EntryNames {
  kk: string;
  ru: string;
  en: string;
}

const CODE_PATTERN = /^[a-z0-9_]{1,64}$/;
const NAME_MAX_LENGTH = 300;

/**
 * Add an entry at the end of an administrator's dictionary. Throws
 * `dictionary.not_found` (404) for the fixed countries list or an unknown
 * name, `dictionary.invalid` (400) and `dictionary.code_taken` (409).
 */
export async function createDictionaryEntry(
  db: Executor,
  dictionary: string,
  input: { code: string; names: EntryNames; active?: boolean },
  options: { actorUserId?: number; now: Date },
): Promise<DictionaryEntryView> {
  if (!isDictionaryName(dictionary)) throw notFound('dictionary.not_found', { dictionary });

  const errors = [...(CODE_PATTERN.test(input.code) ? [] : [{ field: 'code', code: 'dictionary.code_invalid' }]), ...checkNames(input.names)];
  if (errors.length > 0) throw badRequest('dictionary.invalid', errors);

  return db.transaction(async (tx) => {
    const [{ lastOrder }] = await tx
      .select({ lastOrder: sql<number>`coalesce(max(${dictionaryEntries.sortOrder}), 0)::int` })
      .from(dictionaryEntries)
      .where(eq(dictionaryEntries.dictionary, dictionary));

    const [created] = await tx
      .insert(dictionaryEntries)
      .values({ dictionary, code: input.code, ...columnsOf(trimmed(input.names)), active: input.active ?? true, sortOrder: Number(lastOrder) + 10 })
      .onConflictDoNothing()
      .returning();
    if (!created) throw conflict('dictionary.code_taken', { code: input.code }, [{ field: 'code', code: 'dictionary.code_taken', params: { code: input.code } }]);

    await recordEvent(tx, { name: 'dictionary.entry_created', actorUserId: options.actorUserId ?? null, organizationId: null, subjectId: null, data: { dictionary, code: input.code }, createdAt: options.now });
    return toView(created);
  });
}

/**
 * Rename an entry or switch it on or off. An entry with a flag cannot be
 * switched off, because rules find it by that flag (`dictionary.flagged_entry`, 409).
 */
export async function updateDictionaryEntry(
  db: Executor,
  dictionary: string,
  code: string,
  change: { names?: Partial<EntryNames>; active?: boolean },
  options: { actorUserId?: number; now: Date },
): Promise<DictionaryEntryView> {
  if (!isDictionaryName(dictionary)) throw notFound('dictionary.not_found', { dictionary });

  return db.transaction(async (tx) => {
    const where = and(eq(dictionaryEntries.dictionary, dictionary), eq(dictionaryEntries.code, code));
    const [current] = await tx.select().from(dictionaryEntries).where(where).for('update');
    if (!current) throw notFound('dictionary.entry_not_found', { dictionary, code });

    const names = trimmed({ kk: current.nameKk, ru: current.nameRu, en: current.nameEn, ...definedNames(change.names) });
    const errors = checkNames(names);
    if (errors.length > 0) throw badRequest('dictionary.invalid', errors);

    const active = change.active ?? current.active;
    if (!active && current.flags.length > 0) throw conflict('dictionary.flagged_entry', { code, flags: current.flags.join(', ') });

    const [updated] = await tx.update(dictionaryEntries).set({ ...columnsOf(names), active }).where(where).returning();

    const fields = [
      ...(['kk', 'ru', 'en'] as const).filter((language) => names[language] !== current[`name${capitalize(language)}`]).map((language) => `names.${language}`),
      ...(active !== current.active ? ['active'] : []),
    ];
    if (fields.length > 0) {
      await recordEvent(tx, { name: 'dictionary.entry_updated', actorUserId: options.actorUserId ?? null, organizationId: null, subjectId: null, data: { dictionary, code, fields }, createdAt: options.now });
    }

    return toView(updated);
  });
}

function checkNames(names: EntryNames): FieldError[] {
  return (['kk', 'ru', 'en'] as const).flatMap((language): FieldError[] => {
    const name = names[language].trim();
    if (name === '') return [{ field: `names.${language}`, code: 'dictionary.name_required' }];
    if (name.length > NAME_MAX_LENGTH) return [{ field: `names.${language}`, code: 'dictionary.name_too_long', params: { max: NAME_MAX_LENGTH } }];
    return [];
  });
}

function trimmed(names: EntryNames): EntryNames {
  return { kk: names.kk.trim(), ru: names.ru.trim(), en: names.en.trim() };
}

function definedNames(names: Partial<EntryNames> = {}): Partial<EntryNames> {
  return Object.fromEntries(Object.entries(names).filter(([, value]) => value !== undefined));
}

function columnsOf(names: EntryNames) {
  return { nameKk: names.kk, nameRu: names.ru, nameEn: names.en };
}

function capitalize(language: 'kk' | 'ru' | 'en'): 'Kk' | 'Ru' | 'En' {
  return `${language[0].toUpperCase()}${language[1]}` as 'Kk' | 'Ru' | 'En';
}

function toView(row: typeof dictionaryEntries.$inferSelect): DictionaryEntryView {
  return { code: row.code, names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn }, active: row.active, flags: row.flags, grades: row.grades };
}
