import type { Executor } from '../../../db/client.js';
import { events } from '../../../db/schema.js';

export interface EventInput {
  /** Event name, as `<subject>.<past participle>`: student.created, student.updated. */
  name: string;
  actorUserId: number | null;
  organizationId: number | null;
  subjectId: number | null;
  /** Field names and ids only: never values, which may be personal data. */
  data?: Record<string, unknown>;
  createdAt: Date;
}

/** Append an event; call it inside the transaction that made the change. */
export async function recordEvent(db: Executor, input: EventInput): Promise<void> {
  await db.insert(events).values({ ...input, data: input.data ?? {} });
}
