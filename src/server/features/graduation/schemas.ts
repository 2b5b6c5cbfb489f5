import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { studentIdList } from '../movements/schemas.js';
import { studentListItem } from '../students/schemas.js';

export const graduationCandidatesQuery = z.object({
  grade: z.coerce.number().int().min(0).max(13).describe('Grade 9 or the school\'s final grade'),
});

export const eligibleStudent = studentListItem.extend({
  altynBelgiCandidate: z.boolean(),
  altynBelgiConfirmed: z.boolean(),
  altynBelgiWarning: z.boolean().describe('A final-grade Altyn Belgi candidate whose confirmation is not checked'),
  externalStudy: z.boolean().describe('The study form has the external_study flag, so any departure date is accepted'),
});

export const notReadyStudent = z.object({
  student: studentListItem,
  missing: z.array(z.string()).describe('Indicator codes to fill: attestat series, number and issue date first, then catalogue order'),
});

export const graduationCandidatesSchema = z.object({
  departureWindow: z.object({ from: dateString, to: dateString }).describe('June of the school year being closed; external-study students are not limited'),
  eligible: z.array(eligibleStudent),
  notReady: z.array(notReadyStudent),
});
export type GraduationCandidates = z.infer<typeof graduationCandidatesSchema>;

const studentIds = studentIdList('graduation.student_ids_duplicate');

export const graduateBody = z
  .object({
    studentIds,
    documentKind: z.string().min(1).max(64).describe('Code from the documentKinds dictionary'),
    departureDate: dateString,
    orderDate: dateString,
    orderNumber: z.string().trim().min(1).max(50),
    destination: z.string().min(1).max(64).describe('Code from the destinations dictionary'),
    country: z.string().trim().max(64).nullish().describe('ISO 3166-1 alpha-2; required for a destination with the requires_country flag, ignored otherwise'),
  })
  .strict();
export type GraduateBody = z.infer<typeof graduateBody>;

export const graduateResult = z.object({
  batchId: z.uuid().describe('The movements of this graduation share it'),
  graduated: z.number().int(),
});

export const graduatesQuery = z.object({
  grade: z.coerce.number().int().min(0).max(13).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the IIN or of a name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type GraduatesQuery = z.infer<typeof graduatesQuery>;

export const graduateItem = studentListItem.extend({
  enrolmentId: z.number().int(),
  graduationYear: z.number().int().nullable().describe('The calendar year the school year ended: 2026 for 2025–2026'),
  documentKind: z.string().nullable(),
  graduatedAt: z.iso.datetime().nullable().describe('When the graduation was recorded'),
  undoUntil: dateString.nullable().describe('Last Almaty date on which the graduation can be undone; null once that date has passed'),
  canUndo: z.boolean().describe('Inside the undo window and the graduation is still the student\'s latest movement'),
});
export type GraduateItem = z.infer<typeof graduateItem>;

export const graduatesSchema = z.object({ items: z.array(graduateItem), total: z.number().int() });
