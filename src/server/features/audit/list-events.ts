import { and, count, desc, eq, gte, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { events, users } from '../../../db/schema.js';
import { addDays, fixedClock } from '../../../domain/clock.js';

export interface AuditQuery {
  /** An event name, or a prefix ending in a dot such as `auth.`. */
  name?: string;
  /** Events done by this account or about it. */
  userId?: number;
  organizationId?: number;
  /** First and last Almaty date, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  name: string;
  createdAt: Date;
  actor: { id: number; username: string } | null;
  organizationId: number | null;
  subjectId: number | null;
  /** Field names, ids, counts and client addresses; never personal data. */
  data: Record<string, unknown>;
}

/** Read a page of the audit log, newest first. */
export async function listAuditEvents(db: Executor, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  const where = and(...auditConditions(query));

  const [{ total }] = await db.select({ total: count() }).from(events).where(where);

  const rows = await db
    .select({ event: events, actorUsername: users.username })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorUserId))
    .where(where)
    .orderBy(desc(events.createdAt), desc(events.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const items = rows.map(({ event, actorUsername }) => ({
    id: event.id,
    name: event.name,
    createdAt: event.createdAt,
    actor: event.actorUserId !== null && actorUsername !== null ? { id: event.actorUserId, username: actorUsername } : null,
    organizationId: event.organizationId,
    subjectId: event.subjectId,
    data: event.data,
  }));

  return { items, total: Number(total) };
}

/** List the distinct event names in the log, for the filter. */
export async function listAuditEventNames(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ name: events.name }).from(events).orderBy(events.name);
  return rows.map((row) => row.name);
}

function auditConditions(query: AuditQuery): SQL[] {
  const conditions: SQL[] = [];

  if (query.name) {
    const escaped = query.name.replace(/[\\%_]/g, (character) => `\\${character}`);
    conditions.push(query.name.endsWith('.') ? like(events.name, `${escaped}%`) : eq(events.name, query.name));
  }

  // Subjects of account events are user ids; other events name students or schools, whose ids may coincide.
  if (query.userId !== undefined) {
    conditions.push(or(eq(events.actorUserId, query.userId), and(eq(events.subjectId, query.userId), sql`(${events.name} like 'auth.%' or ${events.name} like 'user.%')`))!);
  }

  if (query.organizationId !== undefined) conditions.push(eq(events.organizationId, query.organizationId));

  // Midnight in Almaty, with the UTC offset in force on that date.
  if (query.from) conditions.push(gte(events.createdAt, fixedClock(`${query.from}T00:00`).now()));
  if (query.to) conditions.push(lt(events.createdAt, fixedClock(`${addDays(query.to, 1)}T00:00`).now()));

  return conditions;
}
