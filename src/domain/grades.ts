/** Grades of a school: 0 is the pre-school class, 1-13 the grades of general education. */
export const GRADES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

export type Grade = (typeof GRADES)[number];

/** The school's last grade, where general secondary education ends. */
export type FinalGrade = 11 | 12 | 13;

export const FINAL_GRADES: readonly FinalGrade[] = [11, 12, 13];

/** The grade where basic secondary education ends. */
export const BASIC_GRADUATION_GRADE = 9;

export function isValidGrade(n: unknown): n is Grade {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 13;
}

export function isFinalGrade(n: unknown): n is FinalGrade {
  return n === 11 || n === 12 || n === 13;
}

/** Returns the grades whose students graduate at the end of the year: 9 and the school's final grade. */
export function graduatingGrades(finalGrade: FinalGrade): number[] {
  return [BASIC_GRADUATION_GRADE, finalGrade];
}

export function isGraduatingGrade(grade: number, finalGrade: number): boolean {
  return grade === BASIC_GRADUATION_GRADE || grade === finalGrade;
}

/** Returns the grade a student is transferred to, or null for grade 13 and for a number that is no grade. */
export function nextGrade(grade: number): Grade | null {
  if (!isValidGrade(grade) || grade === 13) {
    return null;
  }

  return (grade + 1) as Grade;
}

/**
 * Returns the grade that graduates of basic secondary education enter when
 * they stay at the school: 10 after grade 9, 11 or 12 where basic education
 * ends in grade 10 or 11.
 */
export function admissionGrade(basicGraduationGrade: number = BASIC_GRADUATION_GRADE): number {
  return basicGraduationGrade + 1;
}
