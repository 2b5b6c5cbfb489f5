import { completePassport } from '../../test/support/complete-passport.js';
import { insertSchool, insertStudents } from '../../test/support/fixtures.js';
import type { BenchContext } from './context.js';

// Generated students are born from 2008 to 2020, so this date keeps the IINs of these schools apart from theirs.
const FIXTURE_BIRTH_DATE = '2005-01-15';

/** Fixture schools take ids from here on, above the generated ones (100,000 and up) of any plan under 800,000 schools. */
export const FIRST_FIXTURE_SCHOOL = 900_000;

/**
 * Adds a school outside the generated dataset with `count` students of each
 * listed grade, all with complete passports; returns their ids by grade.
 */
export async function createFixtureSchool(context: BenchContext, schoolId: number, grades: number[], count: number): Promise<Map<number, number[]>> {
  await insertSchool(context.db, { id: schoolId });

  const byGrade = new Map<number, number[]>();
  for (const grade of grades) {
    const seeds = Array.from({ length: count }, (_, index) => ({
      lastName: `Оқушы${index}`,
      firstName: 'Әлия',
      grade,
      letter: index % 2 === 0 ? 'А' : 'Ә',
      birthDate: FIXTURE_BIRTH_DATE,
      passport: completePassport(grade),
    }));
    byGrade.set(grade, await insertStudents(context.db, schoolId, seeds, context.plan.schoolYear));
  }

  return byGrade;
}
