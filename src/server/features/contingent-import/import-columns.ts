import { choiceLookup } from '../../../domain/contingent-import/cells.js';
import type { RowCheckContext } from '../../../domain/contingent-import/check-row.js';
import type { ImportColumnSpec, StudentField } from '../../../domain/contingent-import/columns.js';
import type { ActiveDictionaryCodes } from '../../../domain/passport/validate.js';
import { LANGUAGES, type Language } from '../../../i18n/resources.js';
import { translate } from '../../../i18n/translate.js';
import type { Dictionaries } from '../dictionaries/list-dictionaries.js';
import { SPREADSHEET_INDICATORS } from '../exports/passport-columns.js';

/**
 * The catalogue keys of each student column's title. The first is the title
 * of the export and the template; the others are names people also use.
 */
const STUDENT_FIELD_TITLES: Record<StudentField, string[]> = {
  iin: ['contingent:columns.iin'],
  lastName: ['contingent:columns.lastName'],
  firstName: ['contingent:columns.firstName'],
  middleName: ['contingent:columns.middleName'],
  grade: ['contingent:columns.grade', 'excel:import.gradeAlias'],
  letter: ['contingent:columns.letter'],
  studyForm: ['passport:personal.studyForm'],
  birthDate: ['passport:personal.birthDate'],
  sex: ['passport:personal.sex'],
};

/**
 * Builds the columns an import file may have: the student columns, then each
 * spreadsheet indicator of the passport, recognised by their titles in
 * Kazakh, Russian and English. `language` sets the label of a column in
 * messages about it.
 */
export function importColumnSpecs(language: Language): ImportColumnSpec[] {
  const studentSpecs = (Object.entries(STUDENT_FIELD_TITLES) as Array<[StudentField, string[]]>).map(([field, keys]) => ({
    field,
    titles: LANGUAGES.flatMap((titleLanguage) => keys.map((key) => translate(titleLanguage, key))),
    label: translate(language, keys[0]),
  }));

  const indicatorSpecs = SPREADSHEET_INDICATORS.map((indicator): ImportColumnSpec => ({
    field: `passport.${indicator.code}`,
    titles: LANGUAGES.map((titleLanguage) => indicator.labels[titleLanguage]),
    label: indicator.labels[language],
  }));

  return [...studentSpecs, ...indicatorSpecs];
}

/** Builds what a row check needs from the dictionaries: the value lookups, the active codes and today. */
export function rowCheckContext(dictionaries: Dictionaries, today: string): RowCheckContext {
  const names = (entry: { names: Record<Language, string> }) => LANGUAGES.map((language) => entry.names[language]);
  const studyForms = dictionaries.studyForms ?? [];

  const choices = new Map(
    SPREADSHEET_INDICATORS.filter((indicator) => indicator.type === 'choice').map((indicator) => {
      const options = (indicator.options ?? []).map((option) => ({ code: option.code, names: LANGUAGES.map((language) => option.labels[language]) }));
      const entries = indicator.dictionary ? (dictionaries[indicator.dictionary] ?? []).map((entry) => ({ code: entry.code, names: names(entry) })) : [];
      return [indicator.code, choiceLookup([...options, ...entries])] as const;
    }),
  );

  return {
    studyForms: choiceLookup(studyForms.map((entry) => ({ code: entry.code, names: names(entry) }))),
    activeStudyForms: studyForms.filter((entry) => entry.active).map((entry) => entry.code),
    sexes: choiceLookup([
      { code: 'male', names: [...LANGUAGES.map((language) => translate(language, 'common:sex.male')), 'М', 'M'] },
      { code: 'female', names: [...LANGUAGES.map((language) => translate(language, 'common:sex.female')), 'Ж', 'F'] },
    ]),
    choices,
    activeCodes: activeCodesOf(dictionaries),
    today,
  };
}

function activeCodesOf(dictionaries: Dictionaries): ActiveDictionaryCodes {
  return Object.fromEntries(Object.entries(dictionaries).map(([name, entries]) => [name, entries.filter((entry) => entry.active).map((entry) => entry.code)]));
}
