import type { FieldError } from '../../http/errors.js';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const PASSWORD_MIN_LENGTH = 8;
// Argon2 accepts any length; the cap only keeps a request from hashing megabytes.
export const PASSWORD_MAX_LENGTH = 256;

export function checkUsername(username: string): FieldError[] {
  if (USERNAME_PATTERN.test(username)) return [];
  return [{ field: 'username', code: 'user.username_invalid', params: { min: 3, max: 64 } }];
}

export function checkPassword(password: string): FieldError[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ field: 'password', code: 'user.password_too_short', params: { min: PASSWORD_MIN_LENGTH } }];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [{ field: 'password', code: 'user.password_too_long', params: { max: PASSWORD_MAX_LENGTH } }];
  }
  return [];
}
