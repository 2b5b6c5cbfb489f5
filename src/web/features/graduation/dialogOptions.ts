import type { Dayjs } from 'dayjs';
import { DICTIONARY_FLAGS } from '../../../domain/dictionaries.js';
import { appliesToGrade, hasFlag } from '../../../domain/graduation/rule-entry.js';
import type { Language } from '../../../i18n/resources.js';
import { API_DATE_FORMAT } from '../../shared/dates.js';
import type { DictionaryEntry } from '../../shared/useDictionaries.js';

export interface Option {
  value: string;
  label: string;
}

const KAZAKHSTAN = 'KZ';

function toOptions(entries: DictionaryEntry[], language: Language): Option[] {
  return entries.map((entry) => ({ value: entry.code, label: entry.names[language] }));
}

/**
 * Document kinds that may be issued in the grade: active entries whose grades
 * include it. The Altyn Belgi attestat is offered only in the school's final
 * grade, even where an administrator added other grades to it.
 */
export function documentKindOptions(entries: DictionaryEntry[] | undefined, language: Language, grade: number, finalGrade: number): Option[] {
  const offered = (entries ?? []).filter(
    (entry) => entry.active && appliesToGrade(entry, grade) && (grade === finalGrade || !hasFlag(entry, DICTIONARY_FLAGS.altynBelgi)),
  );
  return toOptions(offered, language);
}

/** Destinations after school that apply to the grade, active entries only. */
export function destinationOptions(entries: DictionaryEntry[] | undefined, language: Language, grade: number): Option[] {
  return toOptions((entries ?? []).filter((entry) => entry.active && appliesToGrade(entry, grade)), language);
}

/** Tells whether the chosen destination needs a country of departure. */
export function requiresCountry(entries: DictionaryEntry[] | undefined, destination: string | undefined): boolean {
  const entry = (entries ?? []).find((candidate) => candidate.code === destination);
  return entry !== undefined && hasFlag(entry, DICTIONARY_FLAGS.requiresCountry);
}

/** Countries of departure, Kazakhstan left out, in the alphabetical order of the UI language. */
export function countryOptions(entries: DictionaryEntry[] | undefined, language: Language): Option[] {
  const collator = new Intl.Collator(language);

  return toOptions((entries ?? []).filter((entry) => entry.code !== KAZAKHSTAN), language).sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * Returns the dates a departure may take for the selected students: the June
 * window from the server, or null (any date) when every one of them is in
 * external study.
 */
export function departureLimit(window: { from: string; to: string }, students: { externalStudy: boolean }[]): { from: string; to: string } | null {
  return students.length > 0 && students.every((student) => student.externalStudy) ? null : window;
}

export function isOutsideLimit(date: Dayjs, limit: { from: string; to: string } | null): boolean {
  if (!limit) return false;

  const day = date.format(API_DATE_FORMAT);
  return day < limit.from || day > limit.to;
}

/** Tells whether an order date lies after `today` ('YYYY-MM-DD' in Asia/Almaty). */
export function isAfterToday(date: Dayjs, today: string): boolean {
  return date.format(API_DATE_FORMAT) > today;
}

/** Tells whether a date lies before `day` ('YYYY-MM-DD'). */
export function isBefore(date: Dayjs, day: string): boolean {
  return date.format(API_DATE_FORMAT) < day;
}

/** Returns 1 September that opened the school year whose June is `window`: the earliest order date. */
export function schoolYearStartOf(window: { from: string }): string {
  return `${Number(window.from.slice(0, 4)) - 1}-09-01`;
}
