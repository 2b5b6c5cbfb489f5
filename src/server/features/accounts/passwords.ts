import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 2.2 hashes with argon2id by default (19 MiB, 2 passes).
// Its Algorithm enum is a const enum, which isolatedModules cannot import, so
// the code relies on the default and the account tests check the `$argon2id$` prefix.

/** Hashes a password with argon2id into a PHC string (`$argon2id$v=19$...`). */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

/** Checks a password against a stored PHC string; false also for a malformed hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
