import { z } from 'zod';
import { SCHOOL_MOVE_STATES } from '../../../db/schema.js';
import { schoolViewSchema } from '../departures/schemas.js';

export const requestMoveBody = z.object({ iin: z.string().trim().max(20) }).strict();

export const requestMoveResult = z.object({
  moveId: z.number().int(),
  school: schoolViewSchema.describe('The school that holds the student now and receives the request'),
});

export const declineRequestBody = z
  .object({ reason: z.string().trim().min(1).max(500).describe('Why the sending school declines; the requesting school reads it') })
  .strict();

export const schoolMovesQuery = z.object({
  side: z.enum(['sending', 'receiving']).describe('sending: moves out of this school; receiving: moves into it'),
  states: z
    .string()
    .max(200)
    .default('requested')
    .transform((text) => text.split(',').filter((state) => state !== ''))
    .pipe(z.array(z.enum(SCHOOL_MOVE_STATES)).min(1))
    .describe('Comma-separated states, e.g. requested,declined'),
  days: z.coerce.number().int().min(1).max(366).default(30).describe('Moves that ended more than this many days ago are left out'),
});
export type SchoolMovesQuery = z.infer<typeof schoolMovesQuery>;

export const schoolMoveSummary = z.object({
  id: z.number().int(),
  state: z.enum(SCHOOL_MOVE_STATES),
  iin: z.string(),
  student: z
    .object({ id: z.number().int(), lastName: z.string(), firstName: z.string(), middleName: z.string().nullable(), grade: z.number().int(), letter: z.string() })
    .nullable()
    .describe('The student as the sending school has them; null for the receiving school of a request, which knows only the IIN it typed'),
  fromSchool: schoolViewSchema,
  toSchool: schoolViewSchema,
  decisionReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type SchoolMoveSummary = z.infer<typeof schoolMoveSummary>;

export const schoolMovesResult = z.object({ items: z.array(schoolMoveSummary) });
