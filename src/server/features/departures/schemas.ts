import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { studentDetail, studentListItem } from '../students/schemas.js';

const names = z.object({ kk: z.string(), ru: z.string() });

export const schoolViewSchema = z.object({
  id: z.number().int(),
  names,
  kato: z.string(),
  territory: z.array(names).describe('From the region down to the settlement'),
});

export const departureRecordSchema = z.object({
  reason: z.string().describe('Code from the departureReasons dictionary'),
  departureDate: dateString,
  orderDate: dateString,
  orderNumber: z.string(),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2, for a reason with the requires_country flag'),
  receivingOrganizationId: z.number().int().nullable().describe('For a reason with the to_school_in_kazakhstan flag'),
});

export const processDepartureBody = z
  .object({
    reason: z.string().min(1).max(64).describe('Code from the departureReasons dictionary'),
    departureDate: dateString,
    orderDate: dateString,
    orderNumber: z.string().trim().min(1).max(50),
    country: z.string().trim().max(64).nullish().describe('ISO 3166-1 alpha-2; required for a reason with the requires_country flag, ignored otherwise'),
    receivingOrganizationId: z
      .number()
      .int()
      .positive()
      .max(2_147_483_647)
      .nullish()
      .describe('The receiving school; required for a reason with the to_school_in_kazakhstan flag, ignored otherwise'),
  })
  .strict();
export type ProcessDepartureBody = z.infer<typeof processDepartureBody>;

export const processDepartureResult = z.object({
  movementId: z.number().int(),
  moveId: z.number().int().nullable().describe('The pending move, for a departure to another school'),
  student: studentDetail,
});

export const studentPageQuery = z.object({
  grade: z.coerce.number().int().min(0).max(13).optional(),
  letter: z.string().trim().min(1).max(2).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the IIN or of a name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});

export const departedItem = studentListItem.extend({ departure: departureRecordSchema.nullable() });
export type DepartedItem = z.infer<typeof departedItem>;
export const departedPage = z.object({ items: z.array(departedItem), total: z.number().int() });

export const pendingDepartureItem = studentListItem.extend({
  moveId: z.number().int(),
  departure: departureRecordSchema.nullable(),
  receivingSchool: schoolViewSchema,
});
export type PendingDepartureItem = z.infer<typeof pendingDepartureItem>;
export const pendingDeparturePage = z.object({ items: z.array(pendingDepartureItem), total: z.number().int() });

export const schoolSearchQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the name, the id, a KATO code or its start, or part of a territory name'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const schoolSearchResult = z.object({ items: z.array(schoolViewSchema) });

export const cancelDepartureResult = z.object({ movementId: z.number().int(), student: studentDetail });
