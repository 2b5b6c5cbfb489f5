import { kazakhSortKey, nameSortKey, CLASS_LETTERS } from '../../domain/kazakh-order.js';
import { generateName } from '../demo/names.js';
import { generatePassport, type PassportPlan } from '../demo/passports.js';
import type { SeededRandom } from '../demo/random.js';
import { slotIdentity } from './iin-slots.js';
import { FINAL_GRADE, GRADES, type NationalPlan, type SchoolPlan } from './plan.js';
import { seededRandomFor } from './seeds.js';
import { villageName } from './territories.js';

/** One generated student with the enrolment and passport, in the column names of the database. */
export interface GeneratedStudent {
  iin: string;
  last_name: string;
  first_name: string;
  middle_name: string | null;
  name_sort_key: string;
  birth_date: string;
  sex: 'male' | 'female';
  organization_id: number;
  grade: number;
  letter: string;
  letter_sort_key: string;
  study_form: string;
  passport: Record<string, unknown>;
}

const CLASS_SIZE = 25;

/** Share of passports with one required indicator left empty, as a school has some work left in June. */
const INCOMPLETE_SHARE = 0.03;
const ALTYN_BELGI_CANDIDATE_SHARE = 0.04;
const ALTYN_BELGI_CONFIRMED_SHARE = 0.6;
const EXTERNAL_STUDY_SHARE = 0.01;
const HOME_SCHOOLING_SHARE = 0.003;

const ATTESTAT_SERIES: Record<number, string> = { 9: 'НОБ', [FINAL_GRADE]: 'ЖОБ' };
const STREETS = ['Абай', 'Бейбітшілік', 'Мектеп', 'Жастар', 'Тәуелсіздік', 'Ыбырай Алтынсарин', 'Қонаев', 'Сәтбаев'];

/**
 * Generates the students of one school, grade by grade and class by class,
 * with synthetic IINs, names and complete passports except a few gaps.
 */
export function generateSchoolStudents(plan: NationalPlan, school: SchoolPlan): GeneratedStudent[] {
  const random = seededRandomFor(plan.seed, 'students', school.index);
  const passportRandom = seededRandomFor(plan.seed, 'passports', school.index);
  const rows: GeneratedStudent[] = [];

  for (const grade of GRADES) {
    const count = school.gradeCounts[grade];
    const letters = CLASS_LETTERS.slice(0, Math.max(1, Math.ceil(count / CLASS_SIZE)));

    for (let place = 0; place < count; place += 1) {
      const slot = school.gradeOffsets[grade] + place;
      const { iin, birthDate, sex } = slotIdentity(plan.schoolYear, grade, slot);
      const name = generateName(random, sex);
      const letter = letters[Math.floor((place * letters.length) / count)];
      const studyForm = studyFormFor(random, grade);

      const student = { ...name, grade, studyForm };
      const passport = generatePassport(passportRandom, student, { grade, finalGrade: FINAL_GRADE }, passportPlan(passportRandom, plan.schoolYear, grade, slot));
      localizePassport(passport, passportRandom, school);

      rows.push({
        iin,
        last_name: name.lastName,
        first_name: name.firstName,
        middle_name: name.middleName,
        name_sort_key: nameSortKey(name.lastName, name.firstName, name.middleName),
        birth_date: birthDate,
        sex,
        organization_id: school.id,
        grade,
        letter,
        letter_sort_key: kazakhSortKey(letter),
        study_form: studyForm,
        passport,
      });
    }
  }

  return rows;
}

function studyFormFor(random: SeededRandom, grade: number): string {
  if (grade === FINAL_GRADE && random.chance(EXTERNAL_STUDY_SHARE)) return 'external_study';
  if (random.chance(HOME_SCHOOLING_SHARE)) return 'home_schooling';
  return 'full_time';
}

function passportPlan(random: SeededRandom, schoolYear: number, grade: number, slot: number): PassportPlan {
  const plan: PassportPlan = { missing: [] };

  const series = ATTESTAT_SERIES[grade];
  if (series) {
    // Attestats are issued in June, when the school year closes; the slot makes the number unique within the series.
    plan.attestat = { series, number: String(slot).padStart(7, '0'), issueDate: `${schoolYear + 1}-06-${grade === 9 ? '05' : '10'}` };
  }

  if (grade === FINAL_GRADE && random.chance(ALTYN_BELGI_CANDIDATE_SHARE)) {
    plan.altynBelgi = random.chance(ALTYN_BELGI_CONFIRMED_SHARE) ? 'confirmed' : 'candidate';
  }

  if (random.chance(INCOMPLETE_SHARE)) plan.missing.push(series ? 'attestat_number' : 'address');

  return plan;
}

/** Puts the school's settlement into the values that the demo generator fills for its own village. */
function localizePassport(passport: Record<string, unknown>, random: SeededRandom, school: SchoolPlan): void {
  if ('territorial_affiliation' in passport) passport.territorial_affiliation = school.kato;
  if ('residence_area' in passport) passport.residence_area = school.large ? 'urban' : 'rural';
  if ('address' in passport) passport.address = `${villageName(school.kato)} а., ${random.pick(STREETS)} к., ${random.integer(1, 80)}`;
}
