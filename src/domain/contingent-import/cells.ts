import { formatIsoDate, isRealDate } from '../dates.js';
import { IIN_LENGTH } from '../iin.js';

/**
 * A spreadsheet cell as the file readers return it: text, a number, a yes/no
 * cell, a date cell (midnight UTC of the date shown) or nothing.
 */
export type RawCell = string | number | boolean | Date | null;

/** A problem with one cell, before it is tied to a row and a column. */
export interface CellProblem {
  code: string;
  params?: Record<string, string | number>;
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Record<string, string | number>): CellResult<T> => ({ ok: false, problem: params ? { code, params } : { code } });

/** Tells whether a cell is empty: no value or only spaces. */
export function isBlankCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Returns a cell as text: numbers without exponent or grouping, a date cell
 * as YYYY-MM-DD, a yes/no cell as "true" or "false". Spaces at both ends are
 * removed, and every non-breaking space becomes a plain one.
 */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateOfCell(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return String(cell);

  return cell.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
}

function dateOfCell(cell: Date): string {
  return formatIsoDate({ year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() });
}

/**
 * Reads an IIN. Spaces inside the number are dropped. A number cell of 11
 * digits gets back the leading zero that the spreadsheet removed: IINs of
 * people born in 2000–2009 start with 0, and a number has no leading zeros,
 * so the 12-digit text is the only one it can come from.
 */
export function parseIinCell(cell: RawCell): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) {
    const digits = cell.toFixed(0);
    return digits.length === IIN_LENGTH - 1 ? `0${digits}` : digits;
  }

  return cellText(cell).replace(/\s+/g, '');
}

const GRADE_TEXT = [/^(\d{1,2})$/u, /^(\d{1,2})\s*-?\s*(класс|сынып|grade)$/iu, /^grade\s*(\d{1,2})$/iu];

/** Reads a grade written as 11, "11 класс", "11-сынып" or "Grade 11". */
export function parseGradeCell(cell: RawCell): CellResult<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? ok(cell) : fail('student.grade_invalid', { min: 0, max: 13 });

  const text = cellText(cell);
  for (const pattern of GRADE_TEXT) {
    const match = pattern.exec(text);
    if (match) return ok(Number(match[1]));
  }

  return fail('student.grade_invalid', { min: 0, max: 13 });
}

/** Reads a number from a number cell or from text with a decimal comma or point and spaces between digit groups. */
export function parseNumberCell(cell: RawCell): CellResult<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('import.number_invalid');
  if (typeof cell !== 'string') return fail('import.number_invalid');

  const text = cellText(cell).replace(/\s+/g, '').replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return fail('import.number_invalid');

  return ok(Number(text));
}

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date from a date cell or from text as DD.MM.YYYY (also with / or -
 * between the parts) or YYYY-MM-DD, and returns it as YYYY-MM-DD. Years of
 * two digits are rejected, because the century would be a guess.
 */
export function parseDateCell(cell: RawCell): CellResult<string> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('import.date_invalid') : ok(dateOfCell(cell));
  if (typeof cell !== 'string') return fail('import.date_invalid');

  const text = cellText(cell);
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);

  const parts = dayFirst
    ? { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) }
    : yearFirst
      ? { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: Number(yearFirst[3]) }
      : null;
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) return fail('import.date_invalid');

  return ok(formatIsoDate(parts));
}

/**
 * Folds a title or a value for comparison: Unicode NFC, lower case, quotation
 * marks and a trailing required-field star removed, runs of spaces made one.
 */
export function foldWord(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/["'«»„“”‘’`]/g, '')
    .replace(/\*+\s*$/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const YES_WORDS = new Set(['да', 'иә', 'иа', 'ия', 'yes', 'y', 'true', '1', '+']);
const NO_WORDS = new Set(['нет', 'жоқ', 'жок', 'no', 'n', 'false', '0', '-']);

/** Reads yes or no: a yes/no cell, 1 or 0, or the words Да/Нет, Иә/Жоқ, Yes/No, true/false. */
export function parseBooleanCell(cell: RawCell): CellResult<boolean> {
  if (typeof cell === 'boolean') return ok(cell);

  const word = foldWord(cellText(cell));
  if (YES_WORDS.has(word)) return ok(true);
  if (NO_WORDS.has(word)) return ok(false);

  return fail('import.boolean_invalid');
}

/** Finds the code of a choice whose code or name in any language matches the cell, ignoring case and quotes. */
export function parseChoiceCell(cell: RawCell, choices: ReadonlyMap<string, string>): CellResult<string> {
  const code = choices.get(foldWord(cellText(cell)));
  return code === undefined ? fail('import.choice_unknown', { value: cellText(cell).slice(0, 100) }) : ok(code);
}

/** Builds the lookup of parseChoiceCell: every code and every name of every choice, folded, to the choice's code. */
export function choiceLookup(choices: ReadonlyArray<{ code: string; names: readonly string[] }>): Map<string, string> {
  const lookup = new Map<string, string>();

  for (const choice of choices) {
    for (const name of [choice.code, ...choice.names]) {
      const key = foldWord(name);
      // The first choice keeps a name that two choices share, so a lookup never changes with the order of later entries.
      if (key !== '' && !lookup.has(key)) lookup.set(key, choice.code);
    }
  }

  return lookup;
}
