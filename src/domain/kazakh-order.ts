/** The 42 letters of the Kazakh Cyrillic alphabet, in alphabet order. */
export const KAZAKH_ALPHABET = [
  'А', 'Ә', 'Б', 'В', 'Г', 'Ғ', 'Д', 'Е', 'Ё', 'Ж', 'З', 'И', 'Й', 'К', 'Қ', 'Л', 'М', 'Н', 'Ң', 'О', 'Ө',
  'П', 'Р', 'С', 'Т', 'У', 'Ұ', 'Ү', 'Ф', 'Х', 'Һ', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'І', 'Ь', 'Э', 'Ю', 'Я',
] as const;

export type KazakhLetter = (typeof KAZAKH_ALPHABET)[number];

export const CLASS_LETTERS: readonly KazakhLetter[] = KAZAKH_ALPHABET;

const CLASS_LETTER_SET = new Set<string>(CLASS_LETTERS);

/** Latin capitals that look like Cyrillic ones, as typed into class letters by mistake. */
const LATIN_LOOKALIKES: Record<string, KazakhLetter> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};

export function isClassLetter(s: string): s is KazakhLetter {
  return CLASS_LETTER_SET.has(s);
}

/**
 * Returns the class letter that `input` means: trimmed, upper-cased, with a
 * Latin look-alike replaced by its Cyrillic letter. Returns null when the
 * result is not a letter of the Kazakh alphabet.
 */
export function normalizeClassLetter(input: string): KazakhLetter | null {
  const upper = input.trim().normalize('NFC').toUpperCase();
  const letter = LATIN_LOOKALIKES[upper] ?? upper;
  return isClassLetter(letter) ? letter : null;
}

export const kazakhCollator = new Intl.Collator('kk');

/** Compares two texts in Kazakh alphabet order, for sorting in memory. */
export function compareKazakh(a: string, b: string): number {
  return kazakhCollator.compare(a, b);
}

/** Digits per character in a sort key, except for characters outside the table below. */
export const SORT_KEY_DIGITS = 3;

/** Key of the separator between name parts: lower than every character, space included. */
const NAME_SEPARATOR_KEY = '000';

const WHITESPACE_KEY = '001';

/** Punctuation and symbols in the order of the Unicode collation algorithm's root order. */
const PUNCTUATION = [
  '_', '-', '‐', '–', '—', ',', ';', ':', '!', '?', '.', '…', "'", '‘', '’', '"', '“', '”', '«', '»',
  '(', ')', '[', ']', '{', '}', '@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|',
  '~', '$', '№',
];

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

function buildKeyTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (chars: readonly string[], first: number) =>
    chars.forEach((char, index) => table.set(char, String(first + index).padStart(SORT_KEY_DIGITS, '0')));

  add(PUNCTUATION, 10);
  add(DIGITS, 100);
  add(KAZAKH_ALPHABET, 200);
  add(LATIN, 300);

  return table;
}

const KEY_TABLE = buildKeyTable();

/**
 * Prefix of the key of a character outside the table. The 7 digits after it
 * are the code point, so such a character takes 10 digits. The prefix is
 * higher than every 3-digit key, so no key is a prefix of another and
 * comparison stays aligned character by character.
 */
const UNKNOWN_PREFIX = '999';

function characterKey(char: string): string {
  if (/\s/u.test(char)) {
    return WHITESPACE_KEY;
  }

  const upper = char.toUpperCase();
  const known = KEY_TABLE.get(upper) ?? KEY_TABLE.get(char);
  if (known) {
    return known;
  }

  return UNKNOWN_PREFIX + String(char.codePointAt(0)).padStart(7, '0');
}

/**
 * Returns a digits-only key whose plain string order (PostgreSQL "C", en_US or
 * any other collation) is the Kazakh alphabet order of `text`, ignoring case.
 * Each character takes 3 digits: whitespace, then punctuation, then digits,
 * then the Kazakh letters, then Latin letters. Any other character comes after
 * those and takes 10 digits ordered by code point. Whitespace is trimmed and
 * runs of it count as one space.
 */
export function kazakhSortKey(text: string): string {
  const normalized = text.normalize('NFC').trim().replace(/\s+/gu, ' ');

  let key = '';
  for (const char of normalized) {
    key += characterKey(char);
  }

  return key;
}

/** Returns the sort key of "last first middle", where each name part ends before any character of a longer one. */
export function nameSortKey(lastName: string, firstName: string, middleName?: string | null): string {
  const parts = [lastName, firstName];
  if (middleName && middleName.trim() !== '') {
    parts.push(middleName);
  }

  return parts.map(kazakhSortKey).join(NAME_SEPARATOR_KEY);
}
