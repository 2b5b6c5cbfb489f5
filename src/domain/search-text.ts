/**
 * Kazakh letters and ё folded to the Russian letters people type in their
 * place on a keyboard without a Kazakh layout: "Жумабек" finds "Жұмабек".
 */
export const SEARCH_FOLD_FROM = 'әғқңөұүһіё';
export const SEARCH_FOLD_TO = 'агкноуухие';

/** Lower-case a search text and fold its Kazakh letters; the database folds names the same way. */
export function foldSearchText(text: string): string {
  let folded = '';
  for (const character of text.toLocaleLowerCase('kk')) {
    const index = SEARCH_FOLD_FROM.indexOf(character);
    folded += index === -1 ? character : SEARCH_FOLD_TO[index];
  }
  return folded;
}

/** Split a search into its words, folded; a name matches when it contains every word, in any order. */
export function searchWords(text: string): string[] {
  return foldSearchText(text).split(/\s+/).filter((word) => word !== '');
}
