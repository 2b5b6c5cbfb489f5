import { describe, expect, it } from 'vitest';
import { groupClasses } from '../../src/server/features/exports/lists/contingent.js';

const schoolClass = (grade: number, size: number) => ({ grade, letterSortKey: '200', size });

describe('groupClasses', () => {
  it('takes consecutive classes together up to the limit', () => {
    const groups = groupClasses([schoolClass(1, 400), schoolClass(2, 500), schoolClass(3, 200), schoolClass(4, 900)], 1000);

    expect(groups.map((group) => group.map((item) => item.grade))).toEqual([[1, 2], [3], [4]]);
  });

  it('keeps a class larger than the limit alone', () => {
    const groups = groupClasses([schoolClass(1, 20), schoolClass(2, 2500), schoolClass(3, 30)], 1000);

    expect(groups.map((group) => group.map((item) => item.grade))).toEqual([[1], [2], [3]]);
  });

  it('returns no group for no class', () => {
    expect(groupClasses([], 1000)).toEqual([]);
  });
});
