import type { Labels } from '../labels.js';

export type DictionaryName = 'documentKinds' | 'destinations' | 'studyForms' | 'departureReasons' | 'aidCategories';

/**
 * A starting entry of a dictionary. Rules test `code` and `flags`, never the
 * names. `grades` lists the grades the entry applies to, and an empty list
 * means every grade.
 */
export interface DictionaryEntrySeed {
  code: string;
  names: Labels;
  flags: string[];
  grades: number[];
}
