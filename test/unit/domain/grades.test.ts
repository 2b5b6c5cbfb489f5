import { describe, expect, it } from 'vitest';
import {
  GRADES,
  admissionGrade,
  graduatingGrades,
  isGraduatingGrade,
  isValidGrade,
  nextGrade,
} from '../../../src/domain/grades.js';

describe('grades', () => {
  it('runs from 0 to 13', () => {
    expect(GRADES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it.each([0, 5, 13])('accepts grade %i', (grade) => {
    expect(isValidGrade(grade)).toBe(true);
  });

  it.each([-1, 14, 5.5, Number.NaN, '5'])('rejects grade %s', (grade) => {
    expect(isValidGrade(grade)).toBe(false);
  });

  it('graduates grade 9 and the final grade', () => {
    expect(graduatingGrades(11)).toEqual([9, 11]);
    expect(graduatingGrades(12)).toEqual([9, 12]);
    expect(graduatingGrades(13)).toEqual([9, 13]);
  });

  it('tells graduating grades apart', () => {
    expect(isGraduatingGrade(9, 11)).toBe(true);
    expect(isGraduatingGrade(11, 11)).toBe(true);
    expect(isGraduatingGrade(11, 12)).toBe(false);
    expect(isGraduatingGrade(12, 12)).toBe(true);
    expect(isGraduatingGrade(10, 11)).toBe(false);
  });

  it('transfers to the next grade up to 13', () => {
    expect(nextGrade(0)).toBe(1);
    expect(nextGrade(8)).toBe(9);
    expect(nextGrade(12)).toBe(13);
    expect(nextGrade(13)).toBeNull();
    expect(nextGrade(14)).toBeNull();
    expect(nextGrade(2.5)).toBeNull();
  });

  it('admits basic graduates to the grade after', () => {
    expect(admissionGrade()).toBe(10);
    expect(admissionGrade(10)).toBe(11);
    expect(admissionGrade(11)).toBe(12);
  });
});
