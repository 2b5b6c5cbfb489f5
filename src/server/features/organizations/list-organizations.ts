import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations } from '../../../db/schema.js';
import type { SessionUser } from '../auth/sessions.js';

export interface OrganizationSummary {
  id: number;
  names: { kk: string; ru: string };
  kato: string;
  finalGrade: number;
}

/**
 * List the schools a user may open: every school for an administrator, the
 * operator's own school for an operator. `q` matches the id, the KATO code or
 * a part of either name.
 */
export async function listOrganizations(
  db: Executor,
  user: SessionUser,
  query: { q?: string; page: number; pageSize: number },
): Promise<{ items: OrganizationSummary[]; total: number }> {
  const conditions: SQL[] = [];
  if (user.role !== 'admin') conditions.push(eq(organizations.id, user.organizationId ?? -1));

  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(
      or(ilike(organizations.nameKk, pattern), ilike(organizations.nameRu, pattern), ilike(organizations.kato, pattern), ilike(sql`${organizations.id}::text`, pattern))!,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(organizations).where(where);
  const rows = await db
    .select()
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  return {
    items: rows.map((row) => ({ id: row.id, names: { kk: row.nameKk, ru: row.nameRu }, kato: row.kato, finalGrade: row.finalGrade })),
    total: Number(total),
  };
}
