import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { schoolMoves } from '../../../db/schema.js';

/**
 * Close every open request for the student, because the student left the
 * school the requests were addressed to. Returns how many it closed.
 */
export async function closeOpenRequests(tx: Executor, studentId: number, now: Date): Promise<number> {
  const closed = await tx
    .update(schoolMoves)
    .set({ state: 'closed', decidedAt: now, updatedAt: now })
    .where(and(eq(schoolMoves.studentId, studentId), eq(schoolMoves.state, 'requested')))
    .returning({ id: schoolMoves.id });

  return closed.length;
}
