import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { loginThrottles, organizations, territories, users, type UserRole } from '../../../db/schema.js';

export interface UserSummary {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
  organizationNames: { kk: string; ru: string } | null;
  territoryKato: string | null;
  territoryNames: { kk: string; ru: string } | null;
  disabled: boolean;
  /** Set while failed logins keep the account locked. */
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface UserListQuery {
  /** Part of the username. */
  q?: string;
  role?: UserRole;
  page: number;
  pageSize: number;
}

/** List accounts by username, without password hashes, with their school or territory and lock state. */
export async function listUsers(db: Executor, query: UserListQuery, now: Date): Promise<{ items: UserSummary[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(sql`${users.organizationId}::text`, pattern), ilike(sql`${users.territoryKato}`, pattern))!);
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(users).where(where);

  const rows = await db
    .select({
      user: users,
      organizationNameKk: organizations.nameKk,
      organizationNameRu: organizations.nameRu,
      territoryNameKk: territories.nameKk,
      territoryNameRu: territories.nameRu,
      lockedUntil: loginThrottles.lockedUntil,
      lastLoginAt: sql<Date | string | null>`(select max(e.created_at) from events e where e.subject_id = ${users.id} and e.name = 'auth.login')`,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(territories, eq(territories.kato, users.territoryKato))
    .leftJoin(loginThrottles, and(eq(loginThrottles.scope, 'account'), eq(loginThrottles.key, users.username)))
    .where(where)
    .orderBy(asc(users.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const items = rows.map((row): UserSummary => ({
    id: row.user.id,
    username: row.user.username,
    role: row.user.role,
    organizationId: row.user.organizationId,
    organizationNames: row.organizationNameKk !== null ? { kk: row.organizationNameKk, ru: row.organizationNameRu! } : null,
    territoryKato: row.user.territoryKato,
    territoryNames: row.territoryNameKk !== null ? { kk: row.territoryNameKk, ru: row.territoryNameRu! } : null,
    disabled: row.user.disabled,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    lastLoginAt: row.lastLoginAt === null ? null : new Date(row.lastLoginAt),
    createdAt: row.user.createdAt,
  }));

  return { items, total: Number(total) };
}
