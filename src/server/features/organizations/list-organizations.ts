import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations } from '../../../db/schema.js';
import type { SessionUser } from '../auth/sessions.js';
import { territorySubtree } from '../territories/scope.js';

export interface OrganizationSummary {
  id: number;
  names: { kk: string; ru: string };
  kato: string;
  finalGrade: number;
}

/**
 * List the schools a user may open: every school for an administrator and
 * ministry staff, the schools under their territory for district and region
 * staff, the operator's own school for an operator. `q` matches the id, the
 * KATO code or a part of either name.
 */
export async function listOrganizations(
  db: Executor,
  user: SessionUser,
  query: { q?: string; page: number; pageSize: number },
): Promise<{ items: OrganizationSummary[]; total: number }> {
  const conditions: SQL[] = [scopeCondition(user)];

  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(
      or(ilike(organizations.nameKk, pattern), ilike(organizations.nameRu, pattern), ilike(organizations.kato, pattern), ilike(sql`${organizations.id}::text`, pattern))!,
    );
  }
  const where = and(...conditions);

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

function scopeCondition(user: SessionUser): SQL {
  switch (user.role) {
    case 'admin':
    case 'ministry':
      return sql`true`;
    case 'operator':
      return eq(organizations.id, user.organizationId ?? -1);
    case 'district':
    case 'region':
      return user.territoryKato === null ? sql`false` : sql`${organizations.kato} in ${territorySubtree(user.territoryKato)}`;
  }
}
