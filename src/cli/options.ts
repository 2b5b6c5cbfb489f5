import { isRole, type Role } from '../domain/roles.js';
import { UsageError } from './io.js';

/** Parse a positive integer option such as --org, or throw a UsageError naming it. */
export function parseId(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0 || Number(value) > 2_147_483_647) {
    throw new UsageError(`${option} must be a positive integer, got "${value}"`);
  }
  return Number(value);
}

export function parseRole(value: string | undefined): Role {
  if (!isRole(value)) throw new UsageError('--role must be one of operator, district, region, ministry, admin');
  return value;
}

/** Parse --org or --territory of `user update`, where "none" clears the field. */
export function parseClearable<T>(value: string | undefined, parse: (text: string) => T): T | null | undefined {
  if (value === undefined) return undefined;
  return value === 'none' ? null : parse(value);
}

export function parseKato(option: string, value: string): string {
  if (!/^\d{9}$/.test(value)) throw new UsageError(`${option} must be a 9-digit KATO code, got "${value}"`);
  return value;
}

export function parseBoolean(option: string, value: string): boolean {
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new UsageError(`${option} must be true or false, got "${value}"`);
}
