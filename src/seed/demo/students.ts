import { addDays } from '../../domain/dates.js';
import { makeIin, type Sex } from '../../domain/iin.js';
import { kazakhSortKey, nameSortKey } from '../../domain/kazakh-order.js';
import { generateName } from './names.js';
import type { SeededRandom } from './random.js';

export interface DemoStudent {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  nameSortKey: string;
  birthDate: string;
  sex: Sex;
  grade: number;
  letter: string;
  letterSortKey: string;
  studyForm: string;
}

/** Class letters and the number of students of each grade 0-11: 250 students in total. */
const GRADE_PLAN: { grade: number; letters: string[]; students: number }[] = [
  { grade: 0, letters: ['А'], students: 18 },
  { grade: 1, letters: ['А', 'Ә'], students: 22 },
  { grade: 2, letters: ['А', 'Ә'], students: 21 },
  { grade: 3, letters: ['А', 'Ә', 'Б'], students: 24 },
  { grade: 4, letters: ['А', 'Ә'], students: 20 },
  { grade: 5, letters: ['А', 'Ә', 'Б'], students: 23 },
  { grade: 6, letters: ['А', 'Ә'], students: 21 },
  { grade: 7, letters: ['А', 'Ә'], students: 22 },
  { grade: 8, letters: ['А', 'Ә'], students: 20 },
  { grade: 9, letters: ['А', 'Ә'], students: 22 },
  { grade: 10, letters: ['А'], students: 17 },
  { grade: 11, letters: ['А'], students: 20 },
];

/** Students of grade 11 in external study, and the one home-schooled student, by their place in the list. */
const EXTERNAL_STUDY = { grade: 11, indexes: [17, 18, 19] };
const HOME_SCHOOLING = { grade: 4, index: 5 };

// Serials 9000-9999 are a synthetic range chosen to stay clear of real
// people's IINs: the serial counts the IINs issued for one birth date, and
// real counts stay far lower. No range is reserved for test data, so this
// makes a collision unlikely, not impossible.
const FIRST_SYNTHETIC_SERIAL = 9000;

/** Generates the demo students of `schoolYear`, in grade and letter order, each with a unique synthetic IIN. */
export function generateDemoStudents(random: SeededRandom, schoolYear: number): DemoStudent[] {
  const students: DemoStudent[] = [];
  let serial = FIRST_SYNTHETIC_SERIAL;

  for (const { grade, letters, students: count } of GRADE_PLAN) {
    for (let index = 0; index < count; index += 1) {
      const sex: Sex = random.chance(0.5) ? 'male' : 'female';
      const name = generateName(random, sex);
      const birthDate = birthDateFor(random, schoolYear, grade);

      let iin = makeIin(birthDate, sex, serial);
      while (iin === null) {
        serial += 1;
        iin = makeIin(birthDate, sex, serial);
      }
      serial += 1;

      // Consecutive blocks keep each class together: with 2 letters, the first half is А.
      const letter = letters[Math.floor((index * letters.length) / count)];

      students.push({
        iin,
        ...name,
        nameSortKey: nameSortKey(name.lastName, name.firstName, name.middleName),
        birthDate,
        sex,
        grade,
        letter,
        letterSortKey: kazakhSortKey(letter),
        studyForm: studyFormFor(grade, index),
      });
    }
  }

  return students;
}

/**
 * Picks a birth date in the year Y - 6 - g for a student of grade g in school
 * year Y. About one student in six is born up to two months earlier or later.
 */
function birthDateFor(random: SeededRandom, schoolYear: number, grade: number): string {
  const firstDay = `${schoolYear - 6 - grade}-01-01`;
  const offset = random.chance(5 / 6) ? random.integer(0, 364) : random.pick([random.integer(-60, -1), random.integer(365, 424)]);
  return addDays(firstDay, offset);
}

function studyFormFor(grade: number, index: number): string {
  if (grade === EXTERNAL_STUDY.grade && EXTERNAL_STUDY.indexes.includes(index)) return 'external_study';
  if (grade === HOME_SCHOOLING.grade && index === HOME_SCHOOLING.index) return 'home_schooling';
  return 'full_time';
}
