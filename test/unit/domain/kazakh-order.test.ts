import { describe, expect, it } from 'vitest';
import {
  CLASS_LETTERS,
  KAZAKH_ALPHABET,
  compareKazakh,
  isClassLetter,
  kazakhSortKey,
  nameSortKey,
  normalizeClassLetter,
} from '../../../src/domain/kazakh-order.js';

/** Compares two texts by their sort keys as plain strings, the way a database compares the stored keys. */
function byKey(a: string, b: string): number {
  const keyA = kazakhSortKey(a);
  const keyB = kazakhSortKey(b);

  if (keyA === keyB) {
    return 0;
  }

  return keyA < keyB ? -1 : 1;
}

describe('Kazakh alphabet', () => {
  it('has 42 letters with Ұ before Ү and І after Ы', () => {
    expect(KAZAKH_ALPHABET).toHaveLength(42);
    expect(KAZAKH_ALPHABET.join('')).toBe('АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ');
  });

  it('sorts sample letters with the Kazakh collator', () => {
    const letters = ['І', 'Ү', 'Ұ', 'Қ', 'Ғ', 'Б', 'Ә', 'А'];

    expect([...letters].sort(compareKazakh)).toEqual(['А', 'Ә', 'Б', 'Ғ', 'Қ', 'Ұ', 'Ү', 'І']);
  });

  it('sorts sample letters by key', () => {
    const letters = ['І', 'Ү', 'Ұ', 'Қ', 'Ғ', 'Б', 'Ә', 'А'];

    expect([...letters].sort(byKey)).toEqual(['А', 'Ә', 'Б', 'Ғ', 'Қ', 'Ұ', 'Ү', 'І']);
  });

  it('orders the keys of every pair of letters as the alphabet', () => {
    for (let i = 0; i < KAZAKH_ALPHABET.length; i += 1) {
      for (let j = 0; j < KAZAKH_ALPHABET.length; j += 1) {
        const keyOrder = Math.sign(byKey(KAZAKH_ALPHABET[i], KAZAKH_ALPHABET[j]));
        const lowerKeyOrder = Math.sign(byKey(KAZAKH_ALPHABET[i].toLowerCase(), KAZAKH_ALPHABET[j]));

        expect(keyOrder, `${KAZAKH_ALPHABET[i]} vs ${KAZAKH_ALPHABET[j]}`).toBe(Math.sign(i - j));
        expect(lowerKeyOrder, `lower-case ${KAZAKH_ALPHABET[i]} vs ${KAZAKH_ALPHABET[j]}`).toBe(Math.sign(i - j));
      }
    }
  });

  it('agrees with the Kazakh collator on the whole alphabet', () => {
    const reversed = [...KAZAKH_ALPHABET].reverse();

    expect(reversed.sort(compareKazakh)).toEqual([...KAZAKH_ALPHABET]);
  });
});

describe('kazakhSortKey', () => {
  it('encodes each character as 3 digits', () => {
    expect(kazakhSortKey('А')).toBe('200');
    expect(kazakhSortKey('я')).toBe('241');
    expect(kazakhSortKey('Ан Б')).toMatch(/^[0-9]{12}$/);
  });

  it('ignores case', () => {
    expect(kazakhSortKey('ҰЛДАНА')).toBe(kazakhSortKey('ұлдана'));
    expect(kazakhSortKey('Іңкәр')).toBe(kazakhSortKey('іҢКӘР'));
  });

  it('puts a space before letters', () => {
    expect(byKey('Ан Б', 'Ана')).toBe(-1);
    expect(byKey('Ан', 'Ан Б')).toBe(-1);
  });

  it('orders punctuation, digits, Kazakh, Latin, then other characters', () => {
    const texts = ['ά', 'Z', 'A', 'Я', 'А', '9', '0', '-', ' '];
    const sorted = [...texts].sort(byKey);

    expect(sorted).toEqual([' ', '-', '0', '9', 'А', 'Я', 'A', 'Z', 'ά']);
  });

  it('gives other characters a fixed width ordered by code point', () => {
    expect(kazakhSortKey('ά')).toBe('9990000940');
    expect(kazakhSortKey('😀')).toBe('9990128512');
    expect(byKey('ά', 'ώ')).toBe(-1);
    expect(byKey('😀Я', '😀А')).toBe(1);
  });

  it('trims and collapses whitespace', () => {
    expect(kazakhSortKey('  Ан \t Б ')).toBe(kazakhSortKey('Ан Б'));
  });

  it('composes decomposed letters', () => {
    expect(kazakhSortKey('И\u0306')).toBe(kazakhSortKey('Й'));
  });

  it('sorts names with І, Ү and Ұ where the Russian collator does not', () => {
    const names = ['Ілияс', 'Үмбетов', 'Ұлықбек', 'Ыбырай', 'Исаев', 'Уәлиев', 'Ясауи', 'Ахметов'];
    const expected = ['Ахметов', 'Исаев', 'Уәлиев', 'Ұлықбек', 'Үмбетов', 'Ыбырай', 'Ілияс', 'Ясауи'];

    expect([...names].sort(byKey)).toEqual(expected);
    expect([...names].sort(compareKazakh)).toEqual(expected);
    expect([...names].sort(new Intl.Collator('ru').compare)).not.toEqual(expected);
    expect([...names].sort()).not.toEqual(expected);
  });

  it('stores keys that sort alike in any collation', () => {
    const names = ['Ілияс', 'Үмбетов', 'Ұлықбек', 'Ыбырай', 'Ахметов', 'Әлиев'];
    const keys = names.map(kazakhSortKey);

    expect([...keys].sort(new Intl.Collator('ru').compare)).toEqual([...keys].sort());
    expect([...keys].sort(new Intl.Collator('en-US').compare)).toEqual([...keys].sort());
  });
});

describe('nameSortKey', () => {
  it('sorts by last, first, then middle name', () => {
    const people: [string, string, string?][] = [
      ['Ұлықбеков', 'Арман', 'Серікұлы'],
      ['Үсенов', 'Әлібек'],
      ['Ан', 'Бек'],
      ['Ан', 'Ай', 'Болатқызы'],
      ['Ан', 'Ай'],
      ['Ана', 'Айгерім'],
      ['Ілиясов', 'Ерлан'],
    ];

    const sorted = [...people].sort((a, b) => {
      const keyA = nameSortKey(...a);
      const keyB = nameSortKey(...b);
      return keyA < keyB ? -1 : 1;
    });

    expect(sorted.map((person) => person.join(' '))).toEqual([
      'Ан Ай',
      'Ан Ай Болатқызы',
      'Ан Бек',
      'Ана Айгерім',
      'Ұлықбеков Арман Серікұлы',
      'Үсенов Әлібек',
      'Ілиясов Ерлан',
    ]);
  });

  it('ends a last name before a longer one with a space', () => {
    expect(nameSortKey('Ан', 'Ярослав') < nameSortKey('Ан Бек', 'Айдар')).toBe(true);
  });

  it('ignores an empty middle name', () => {
    expect(nameSortKey('Ан', 'Ай', '')).toBe(nameSortKey('Ан', 'Ай'));
    expect(nameSortKey('Ан', 'Ай', null)).toBe(nameSortKey('Ан', 'Ай'));
  });
});

describe('class letters', () => {
  it('uses all 42 letters', () => {
    expect(CLASS_LETTERS).toHaveLength(42);
    expect(isClassLetter('Ә')).toBe(true);
    expect(isClassLetter('І')).toBe(true);
  });

  it.each(['A', 'ә', 'АБ', '', '1'])('rejects "%s"', (letter) => {
    expect(isClassLetter(letter)).toBe(false);
  });

  it('normalizes case and Latin look-alikes', () => {
    expect(normalizeClassLetter(' ә ')).toBe('Ә');
    expect(normalizeClassLetter('A')).toBe('А');
    expect(normalizeClassLetter('a')).toBe('А');
    expect(normalizeClassLetter('Q')).toBeNull();
  });
});
