import { AID_CATEGORIES } from './dictionaries/aid-categories.js';
import { DEPARTURE_REASONS } from './dictionaries/departure-reasons.js';
import { DESTINATIONS } from './dictionaries/destinations.js';
import { DOCUMENT_KINDS } from './dictionaries/document-kinds.js';
import { STUDY_FORMS } from './dictionaries/study-forms.js';
import type { DictionaryEntrySeed, DictionaryName } from './dictionaries/types.js';

export type { DictionaryEntrySeed, DictionaryName } from './dictionaries/types.js';

export const DICTIONARY_NAMES: readonly DictionaryName[] = [
  'documentKinds',
  'destinations',
  'studyForms',
  'departureReasons',
  'aidCategories',
];

/** The entries each dictionary starts with. The product seeds them into the database, where administrators edit them. */
export const DEFAULT_DICTIONARIES: Record<DictionaryName, DictionaryEntrySeed[]> = {
  documentKinds: DOCUMENT_KINDS,
  destinations: DESTINATIONS,
  studyForms: STUDY_FORMS,
  departureReasons: DEPARTURE_REASONS,
  aidCategories: AID_CATEGORIES,
};

export function isDictionaryName(value: string): value is DictionaryName {
  return (DICTIONARY_NAMES as readonly string[]).includes(value);
}

/** Flags that rules test on dictionary entries. */
export const DICTIONARY_FLAGS = {
  altynBelgi: 'altyn_belgi',
  withDistinction: 'with_distinction',
  continuesAtSchool: 'continues_at_school',
  requiresCountry: 'requires_country',
  externalStudy: 'external_study',
  toSchoolInKazakhstan: 'to_school_in_kazakhstan',
  noCategory: 'no_category',
} as const;
