import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations } from '../../../db/schema.js';
import { isFinalGrade, type FinalGrade } from '../../../domain/grades.js';
import { notFound } from '../../http/errors.js';

/** Load the school's final grade: 11, 12 or 13. A missing school is a 404. */
export async function loadFinalGrade(db: Executor, organizationId: number): Promise<FinalGrade> {
  const [organization] = await db.select({ finalGrade: organizations.finalGrade }).from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw notFound('organization.not_found');

  if (!isFinalGrade(organization.finalGrade)) {
    throw new Error(`School ${organizationId} has the final grade ${organization.finalGrade}; expected 11, 12 or 13`);
  }

  return organization.finalGrade;
}
