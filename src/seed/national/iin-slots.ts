import { addDays } from '../../domain/dates.js';
import { makeIin, type Sex } from '../../domain/iin.js';

/** Birth days in a grade's window: from 1 September of one year to 31 August of the next. */
const WINDOW_DAYS = 365;

// Serials 4000-8999: at about 1,100 births a day in Kazakhstan (an estimate), real
// serials of one birth date stay far lower, and 9000-9999 belong to the demo school.
const FIRST_SERIAL_BLOCK = 400;
const SERIAL_BLOCKS = 500;

/** Distinct IINs the generator can give the students of one grade: 365 days × 2 sexes × 500 serial blocks. */
export const SLOTS_PER_GRADE = WINDOW_DAYS * 2 * SERIAL_BLOCKS;

// A multiplier coprime with SLOTS_PER_GRADE (2^3 · 5^4 · 73) spreads neighbouring slots over dates and sexes.
const SPREAD = 7919;

export interface SlotIdentity {
  iin: string;
  birthDate: string;
  sex: Sex;
}

/**
 * Returns the synthetic identity of slot `slot` (0 to SLOTS_PER_GRADE - 1) of
 * a grade: a birth date in the grade's window, a sex and a valid IIN. Two
 * slots of one grade never share an IIN, and the windows of two grades do not overlap.
 */
export function slotIdentity(schoolYear: number, grade: number, slot: number): SlotIdentity {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_GRADE) {
    throw new RangeError(`Invalid IIN slot ${slot}: a grade has ${SLOTS_PER_GRADE} synthetic IINs`);
  }

  const spread = (slot * SPREAD) % SLOTS_PER_GRADE;
  const day = spread % WINDOW_DAYS;
  const rest = Math.floor(spread / WINDOW_DAYS);
  const sex: Sex = rest % 2 === 0 ? 'male' : 'female';
  const block = FIRST_SERIAL_BLOCK + Math.floor(rest / 2);

  // Students of grade g in school year Y were born from 1 September Y-6-g to 31 August Y-5-g.
  const birthDate = addDays(`${schoolYear - 6 - grade}-09-01`, day);

  // The last serial digit has the weight 11 in the first check sum, so changing
  // it keeps that sum and moves the second one: one of the first two digits always gives a check digit.
  for (let last = 0; last < 10; last += 1) {
    const iin = makeIin(birthDate, sex, block * 10 + last);
    if (iin !== null) return { iin, birthDate, sex };
  }

  throw new Error(`No valid IIN for ${birthDate}, ${sex}, serials ${block * 10}-${block * 10 + 9}`);
}
