import { formatIsoDate, isRealDate, parseIsoDate } from './dates.js';

export type IinErrorReason = 'length' | 'non_digit' | 'century_digit' | 'birth_date' | 'check_digit';

export type Sex = 'male' | 'female';

export type IinParseResult =
  | { ok: true; birthDate: string; sex: Sex }
  | { ok: false; reason: IinErrorReason };

export const IIN_LENGTH = 12;

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Century (first year) of each odd digit 7; the even digit after it has the same century. */
const CENTURY_BY_MALE_DIGIT: Record<number, number> = { 1: 1800, 3: 1900, 5: 2000 };

function weightedSumMod11(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += digits[i] * weights[i];
  }

  return sum % 11;
}

/**
 * Computes the 12th digit of an IIN from its first 11 digits: the sum of the
 * digits weighted 1..11 mod 11, or, when that is 10, the sum weighted
 * 3..11,1,2 mod 11. Returns null when the second sum is 10 too, because no IIN
 * with these first 11 digits exists. Throws a RangeError unless `first11` is
 * exactly 11 ASCII digits.
 */
export function computeIinCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) {
    throw new RangeError(`Invalid IIN prefix "${first11}": expected 11 digits`);
  }

  const digits = [...first11].map(Number);

  const first = weightedSumMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) {
    return first;
  }

  const second = weightedSumMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Parses a Kazakhstan IIN and returns the birth date and sex it encodes, or the first rule it breaks. */
export function parseIin(value: string): IinParseResult {
  if (value.length !== IIN_LENGTH) {
    return { ok: false, reason: 'length' };
  }

  if (!/^[0-9]{12}$/.test(value)) {
    return { ok: false, reason: 'non_digit' };
  }

  const centuryDigit = Number(value[6]);
  const maleDigit = centuryDigit % 2 === 1 ? centuryDigit : centuryDigit - 1;
  const century = CENTURY_BY_MALE_DIGIT[maleDigit];
  if (century === undefined) {
    return { ok: false, reason: 'century_digit' };
  }

  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: 'birth_date' };
  }

  if (computeIinCheckDigit(value.slice(0, 11)) !== Number(value[11])) {
    return { ok: false, reason: 'check_digit' };
  }

  return {
    ok: true,
    birthDate: formatIsoDate({ year, month, day }),
    sex: centuryDigit === maleDigit ? 'male' : 'female',
  };
}

export function isValidIin(value: string): boolean {
  return parseIin(value).ok;
}

/**
 * Builds the IIN of a person born on `birthDate` ('YYYY-MM-DD', years 1800-2099)
 * with the 4-digit `serial` (0-9999). Returns null when no check digit exists
 * for this serial, so the caller tries the next one. Throws a RangeError for a
 * date or serial outside those ranges.
 */
export function makeIin(birthDate: string, sex: Sex, serial: number): string | null {
  const date = parseIsoDate(birthDate);
  if (!date || date.year < 1800 || date.year > 2099) {
    throw new RangeError(`Invalid birth date "${birthDate}": expected a real date YYYY-MM-DD in 1800-2099`);
  }

  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) {
    throw new RangeError(`Invalid IIN serial ${serial}: expected an integer from 0 to 9999`);
  }

  const maleDigit = 1 + 2 * (Math.floor(date.year / 100) - 18);
  const centuryDigit = sex === 'male' ? maleDigit : maleDigit + 1;

  const first11 =
    String(date.year % 100).padStart(2, '0') +
    String(date.month).padStart(2, '0') +
    String(date.day).padStart(2, '0') +
    String(centuryDigit) +
    String(serial).padStart(4, '0');

  const checkDigit = computeIinCheckDigit(first11);
  return checkDigit === null ? null : first11 + String(checkDigit);
}
