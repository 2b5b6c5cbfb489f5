import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a terminal and typed by hand.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Generates a random password of `length` characters (16 give about 93 bits). */
export function generatePassword(length = 16): string {
  let password = '';
  for (let index = 0; index < length; index += 1) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}
