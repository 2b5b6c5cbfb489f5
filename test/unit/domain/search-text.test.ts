import { describe, expect, it } from 'vitest';
import { foldSearchText, searchWords } from '../../../src/domain/search-text.js';

describe('foldSearchText', () => {
  it('folds Kazakh letters to their Russian look-alikes', () => {
    expect(foldSearchText('Жұмабек Әсем Ғалым Қайрат Іңкәр Өмір Үміт Һ Ёлка')).toBe('жумабек асем галым кайрат инкар омир умит х елка');
  });

  it('leaves digits and Latin letters as they are, lower-cased', () => {
    expect(foldSearchText('0509 ABC')).toBe('0509 abc');
  });
});

describe('searchWords', () => {
  it('splits on any whitespace and drops empty words', () => {
    expect(searchWords('  Айгерім   Жұмабек ')).toEqual(['айгерим', 'жумабек']);
  });
});
