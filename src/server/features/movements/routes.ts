import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ENROLMENT_STATUSES, MOVEMENT_KINDS, SCHOOL_MOVE_STATES } from '../../../db/schema.js';
import type { AppContext } from '../../context.js';
import { dateString, errorResponses, idParam } from '../../http/schemas.js';
import { departureRecordSchema } from '../departures/schemas.js';
import { listMovements } from './list-movements.js';
import { addTrajectoryDetails } from './trajectory-details.js';

const graduationRecord = z.object({
  graduationYear: z.number().int(),
  documentKind: z.string(),
  departureDate: dateString,
  orderDate: dateString,
  orderNumber: z.string(),
  destination: z.string(),
  country: z.string().nullable(),
});

const enrolmentState = z.object({
  organizationId: z.number().int(),
  schoolYear: z.number().int(),
  grade: z.number().int(),
  letter: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  studyForm: z.string(),
  graduation: graduationRecord.nullable(),
  departure: departureRecordSchema.nullish().describe('Recorded by departures, arrivals and their undo'),
});

const schoolName = z.object({ id: z.number().int(), names: z.object({ kk: z.string(), ru: z.string() }) });

const trajectoryStep = z.object({
  id: z.number().int(),
  batchId: z.uuid(),
  kind: z.enum(MOVEMENT_KINDS),
  before: enrolmentState.nullable().describe('Null for the first admission'),
  after: enrolmentState,
  orderNumber: z.string().nullable(),
  orderDate: dateString.nullable(),
  createdAt: z.iso.datetime(),
  actor: z.object({ id: z.number().int(), username: z.string() }).nullable(),
  undoesMovementId: z.number().int().nullable(),
  undoneBy: z.number().int().nullable().describe('Id of the undo movement that reversed this one'),
  organization: schoolName.describe('The school where the movement was recorded'),
  schoolMove: z
    .object({
      id: z.number().int(),
      state: z.enum(SCHOOL_MOVE_STATES),
      fromOrganization: schoolName,
      toOrganization: schoolName,
      decisionReason: z.string().nullable(),
      decidedAt: z.iso.datetime().nullable(),
    })
    .nullable()
    .describe('For the departure that started a move between schools and the arrival or undo that ended it: how the move went'),
});

export function movementRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/students/:id/movements',
    {
      config: { access: { student: 'params.id', mode: 'read' } },
      schema: {
        tags: ['movements'],
        description: 'The student\'s trajectory: every movement, oldest first, also those at earlier schools. Only the school that has the student now may read it.',
        params: z.object({ id: idParam }),
        response: { 200: z.array(trajectoryStep), ...errorResponses },
      },
    },
    async (request) => addTrajectoryDetails(context.db, await listMovements(context.db, request.params.id)),
  );
}
