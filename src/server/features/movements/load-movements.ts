import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { movements } from '../../../db/schema.js';

export type MovementRow = typeof movements.$inferSelect;

/**
 * Load the movements of many students in one statement, by student id. Each
 * list is oldest first by id, because the movements of one batch share their time.
 */
export async function loadMovements(db: Executor, studentIds: number[]): Promise<Map<number, MovementRow[]>> {
  const byStudent = new Map<number, MovementRow[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return byStudent;

  const rows = await db.select().from(movements).where(inArray(movements.studentId, studentIds)).orderBy(asc(movements.id));

  for (const row of rows) byStudent.get(row.studentId)!.push(row);
  return byStudent;
}
