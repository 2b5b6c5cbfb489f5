import { DEFAULT_DICTIONARIES, type DictionaryName } from '../../domain/dictionaries.js';
import { PASSPORT_INDICATORS } from '../../domain/passport/catalogue.js';
import { hasValue, isRequired, type PassportContext } from '../../domain/passport/fill.js';
import type { Indicator } from '../../domain/passport/types.js';
import type { SeededRandom } from './random.js';
import type { DemoStudent } from './students.js';

export type PassportValues = Record<string, unknown>;

export interface Attestat {
  series: string;
  number: string;
  issueDate: string;
}

/** Plan of a demo passport: the values beyond the common ones, and how it departs from a complete one. */
export interface PassportPlan {
  /** Indicator codes left empty although they may be required. */
  missing: string[];
  altynBelgi?: 'candidate' | 'confirmed';
  /** For grades 9 and 11: the graduation document. */
  attestat?: Attestat;
}

const STREETS = ['Абай', 'Шоқан Уәлиханов', 'Бейбітшілік', 'Мектеп', 'Жастар', 'Тәуелсіздік', 'Ыбырай Алтынсарин'];

/**
 * Fills a demo student's passport: every indicator required for the student's
 * grade gets a plausible value, except the codes in `plan.missing`.
 * Throws when the catalogue requires an indicator this generator cannot fill,
 * so a catalogue change shows up in the demo seed's test.
 */
export function generatePassport(random: SeededRandom, student: Pick<DemoStudent, 'middleName' | 'grade'>, context: PassportContext, plan: PassportPlan): PassportValues {
  const russian = student.middleName?.endsWith('вич') || student.middleName?.endsWith('вна');
  const aidRecipient = random.chance(0.08);
  const needsTransport = random.chance(0.1);

  const known: PassportValues = {
    citizenship: 'kazakhstan',
    nationality: russian ? 'Орыс' : 'Қазақ',
    native_language: russian ? 'ru' : 'kk',
    instruction_language: 'kk',
    territorial_affiliation: '596430100',
    residence_area: 'rural',
    address: `Кішкенекөл а., ${random.pick(STREETS)} к., ${random.integer(1, 60)}`,
    studies_in_special_classes: false,
    needs_boarding_school: false,
    needs_transport: needsTransport,
    distance_to_school_km: needsTransport ? random.integer(3, 25) : null,
    targeted_social_assistance: aidRecipient,
    // An amount in tenge, made up for the demo.
    subsistence_level: aidRecipient ? 46_228 : null,
    aid_category: aidRecipient ? dictionaryCode('aidCategories', 'targeted_social_assistance_family') : dictionaryCode('aidCategories', 'none'),
    free_meals: aidRecipient || student.grade <= 4,
    large_family: random.chance(0.25),
    parental_care_status: 'no',
    has_disability: false,
    inclusive_education: false,
    special_educational_needs: false,
    attestat_series: plan.attestat?.series ?? null,
    attestat_number: plan.attestat?.number ?? null,
    attestat_issue_date: plan.attestat?.issueDate ?? null,
    altyn_belgi_candidate: plan.altynBelgi !== undefined,
    altyn_belgi_confirmed: plan.altynBelgi === undefined ? null : plan.altynBelgi === 'confirmed',
  };

  const values: PassportValues = {};
  const skipped = new Set(plan.missing);

  // A value can make another indicator required (a `when` rule), so repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;

    for (const indicator of PASSPORT_INDICATORS) {
      if (skipped.has(indicator.code) || hasValue(values[indicator.code]) || !isRequired(indicator, values, context)) continue;

      values[indicator.code] = hasValue(known[indicator.code]) ? known[indicator.code] : fallbackValue(indicator);
      changed = true;
    }
  }

  return values;
}

/** Returns the code after checking that the default dictionary has it, so a renamed code fails loudly. */
export function dictionaryCode(dictionary: DictionaryName, code: string): string {
  if (!DEFAULT_DICTIONARIES[dictionary].some((entry) => entry.code === code)) {
    throw new Error(`The default dictionary "${dictionary}" has no code "${code}"; update the demo seed`);
  }
  return code;
}

function fallbackValue(indicator: Indicator): unknown {
  if (indicator.type === 'boolean') return false;
  if (indicator.type === 'number') return indicator.min ?? 0;
  if (indicator.type === 'choice' && indicator.options?.length) return indicator.options[0].code;

  const dictionary = indicator.dictionary as DictionaryName | undefined;
  if (indicator.type === 'choice' && dictionary && DEFAULT_DICTIONARIES[dictionary]?.length) return DEFAULT_DICTIONARIES[dictionary][0].code;

  throw new Error(`The demo seed has no value for the required indicator "${indicator.code}" (${indicator.type}); add one to generatePassport`);
}
