import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { organizations, territories } from '../../../db/schema.js';
import { isFinalGrade } from '../../../domain/grades.js';
import { badRequest, conflict, notFound, type FieldError } from '../../http/errors.js';
import { recordEvent } from '../events/record-event.js';

export interface OrganizationFields {
  nameKk: string;
  nameRu: string;
  /** The KATO code of the school's settlement (any territory of the classifier). */
  kato: string;
  /** 11, 12 or 13. */
  finalGrade: number;
}

export interface SavedOrganization extends OrganizationFields {
  id: number;
}

const NAME_MAX_LENGTH = 300;

/**
 * Register a school under the id it has in the national education database.
 * Throws `organization.invalid` (400) with field errors, and
 * `organization.id_taken` (409) for an id in use.
 */
export async function createOrganization(db: Executor, input: SavedOrganization, options: { actorUserId?: number; now: Date }): Promise<SavedOrganization> {
  try {
    return await db.transaction(async (tx) => {
      const errors = [...checkId(input.id), ...(await checkFields(tx, input))];
      if (errors.length > 0) throw badRequest('organization.invalid', errors);

      const [created] = await tx.insert(organizations).values({ ...trimNames(input), createdAt: options.now }).onConflictDoNothing({ target: organizations.id }).returning();
      if (!created) throw conflict('organization.id_taken', { organizationId: input.id }, [{ field: 'id', code: 'organization.id_taken', params: { organizationId: input.id } }]);

      await recordEvent(tx, { name: 'organization.created', actorUserId: options.actorUserId ?? null, organizationId: created.id, subjectId: created.id, data: { fields: Object.keys(input) }, createdAt: options.now });
      return pick(created);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('organization.id_taken', { organizationId: input.id }, [{ field: 'id', code: 'organization.id_taken', params: { organizationId: input.id } }]);
    throw error;
  }
}

/** Change a school's names, KATO code or final grade. Throws `organization.not_found` (404) and `organization.invalid` (400). */
export async function updateOrganization(db: Executor, organizationId: number, change: Partial<OrganizationFields>, options: { actorUserId?: number; now: Date }): Promise<SavedOrganization> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
    if (!current) throw notFound('organization.not_found');

    const next = trimNames({ ...pick(current), ...definedOnly(change) });
    const errors = await checkFields(tx, next);
    if (errors.length > 0) throw badRequest('organization.invalid', errors);

    const [updated] = await tx.update(organizations).set(next).where(eq(organizations.id, organizationId)).returning();
    const fields = (Object.keys(next) as (keyof SavedOrganization)[]).filter((field) => next[field] !== current[field]);

    if (fields.length > 0) {
      await recordEvent(tx, { name: 'organization.updated', actorUserId: options.actorUserId ?? null, organizationId, subjectId: organizationId, data: { fields }, createdAt: options.now });
    }

    return pick(updated);
  });
}

function checkId(id: number): FieldError[] {
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? [] : [{ field: 'id', code: 'organization.id_invalid' }];
}

async function checkFields(db: Executor, fields: OrganizationFields): Promise<FieldError[]> {
  const errors: FieldError[] = [];

  for (const field of ['nameKk', 'nameRu'] as const) {
    const name = fields[field].trim();
    if (name === '') errors.push({ field, code: 'organization.name_required' });
    else if (name.length > NAME_MAX_LENGTH) errors.push({ field, code: 'organization.name_too_long', params: { max: NAME_MAX_LENGTH } });
  }

  if (!isFinalGrade(fields.finalGrade)) errors.push({ field: 'finalGrade', code: 'organization.final_grade_invalid' });

  const [territory] = /^\d{9}$/.test(fields.kato) ? await db.select({ kato: territories.kato }).from(territories).where(eq(territories.kato, fields.kato)) : [];
  if (!territory) errors.push({ field: 'kato', code: 'organization.kato_not_found', params: { kato: fields.kato } });

  return errors;
}

function trimNames<T extends OrganizationFields>(fields: T): T {
  return { ...fields, nameKk: fields.nameKk.trim(), nameRu: fields.nameRu.trim() };
}

function definedOnly<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function pick(row: typeof organizations.$inferSelect): SavedOrganization {
  return { id: row.id, nameKk: row.nameKk, nameRu: row.nameRu, kato: row.kato, finalGrade: row.finalGrade };
}
