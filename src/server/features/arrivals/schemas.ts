import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { departureRecordSchema, schoolViewSchema } from '../departures/schemas.js';
import { studentDetail, studentListItem } from '../students/schemas.js';

export const acceptArrivalBody = z
  .object({
    grade: z.number().int().min(0).max(13),
    letter: z.string().trim().min(1).max(2),
    studyForm: z.string().min(1).max(64).optional().describe('Code from the studyForms dictionary; the form at the sending school when absent'),
    orderNumber: z.string().trim().min(1).max(50).describe('The receiving school\'s order of arrival'),
    orderDate: dateString,
  })
  .strict();
export type AcceptArrivalBody = z.infer<typeof acceptArrivalBody>;

export const acceptArrivalResult = z.object({ movementId: z.number().int(), student: studentDetail });

export const rejectArrivalBody = z
  .object({ reason: z.string().trim().min(1).max(500).describe('Why the receiving school rejects the student; the sending school reads it') })
  .strict();

export const rejectArrivalResult = z.object({ movementId: z.number().int() });

export const pendingArrivalItem = studentListItem.extend({
  moveId: z.number().int(),
  departure: departureRecordSchema.nullable(),
  sendingSchool: schoolViewSchema,
});
export type PendingArrivalItem = z.infer<typeof pendingArrivalItem>;
export const pendingArrivalPage = z.object({ items: z.array(pendingArrivalItem), total: z.number().int() });

const name = z.string().trim().min(1).max(100);

export const registerArrivalBody = z
  .object({
    iin: z.string().trim().max(20),
    lastName: name,
    firstName: name,
    middleName: z.string().trim().max(100).nullish(),
    grade: z.number().int().min(0).max(13),
    letter: z.string().trim().min(1).max(2),
    studyForm: z.string().min(1).max(64).default('full_time'),
    orderNumber: z.string().trim().min(1).max(50).describe('The school\'s order of arrival'),
    orderDate: dateString,
  })
  .strict();
export type RegisterArrivalBody = z.infer<typeof registerArrivalBody>;
