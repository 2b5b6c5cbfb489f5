import { z } from 'zod';

export const errorBodySchema = z.object({
  code: z.string().describe('Stable error code, e.g. student.iin_invalid; clients translate it.'),
  message: z.string().describe('The error in the language of Accept-Language.'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('Values the message names, for clients that translate `code` themselves'),
  errors: z
    .array(z.object({ field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
    .optional(),
});

/** The error responses every API route may give. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
} as const;

export const dateString = z.iso.date().describe('YYYY-MM-DD');

/** Positive integer id from a path parameter. */
export const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Headers of a bulk POST: the optional key that makes a repeat of the request return the first result. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('8-100 letters, digits, "-" or "_", new for each distinct request; a repeat with the same key and body returns the first response and writes nothing'),
});
