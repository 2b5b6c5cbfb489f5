import { z } from 'zod';
import { USER_ROLES } from '../../../db/schema.js';
import { PASSWORD_MAX_LENGTH } from './validate-account.js';

const names = z.object({ kk: z.string(), ru: z.string() });
const katoCode = z.string().regex(/^\d{9}$/).describe('A 9-digit KATO code');
const organizationId = z.number().int().positive().max(2_147_483_647);

export const userSummary = z.object({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(USER_ROLES),
  organizationId: z.number().int().nullable(),
  organizationNames: names.nullable(),
  territoryKato: z.string().nullable(),
  territoryNames: names.nullable(),
  disabled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable().describe('Set while failed logins keep the account locked'),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const userListQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the username, the school id or the KATO code'),
  role: z.enum(USER_ROLES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const userListSchema = z.object({ items: z.array(userSummary), total: z.number().int() });

export const createUserBody = z
  .object({
    username: z.string().trim().toLowerCase().max(64),
    role: z.enum(USER_ROLES),
    organizationId: organizationId.nullish().describe('The school of an operator'),
    territoryKato: katoCode.nullish().describe('A district for district staff, an oblast for region staff'),
    password: z.string().max(PASSWORD_MAX_LENGTH).optional().describe('Left out: a random password is generated and returned once'),
  })
  .strict();

export const updateUserBody = z
  .object({
    role: z.enum(USER_ROLES).optional().describe('A new role starts from an empty scope: send the school or territory that fits it'),
    organizationId: organizationId.nullable().optional(),
    territoryKato: katoCode.nullable().optional(),
    disabled: z.boolean().optional().describe('true ends the account\'s sessions and refuses its logins'),
  })
  .strict();

export const setPasswordBody = z
  .object({ password: z.string().max(PASSWORD_MAX_LENGTH).optional().describe('Left out: a random password is generated and returned once') })
  .strict();

export const createdUserSchema = z.object({
  user: z.object({ id: z.number().int(), username: z.string(), role: z.enum(USER_ROLES), organizationId: z.number().int().nullable(), territoryKato: z.string().nullable() }),
  password: z.string().nullable().describe('The generated password, shown once; null when the request gave one'),
});
