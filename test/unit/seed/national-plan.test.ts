import { describe, expect, it } from 'vitest';
import { parseIin } from '../../../src/domain/iin.js';
import { SLOTS_PER_GRADE, slotIdentity } from '../../../src/seed/national/iin-slots.js';
import { FIRST_SCHOOL_ID, LARGE_SCHOOL_SIZE, planNationalDataset } from '../../../src/seed/national/plan.js';
import { planTerritories } from '../../../src/seed/national/territories.js';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('national dataset plan', () => {
  const plan = planNationalDataset({ students: 100_000, schools: 200, schoolYear: 2025 });

  it('adds up to the requested totals', () => {
    expect(plan.schools).toHaveLength(200);
    expect(sum(plan.schools.map((school) => school.students))).toBe(100_000);

    for (const school of plan.schools) {
      expect(sum(school.gradeCounts), `school ${school.id}`).toBe(school.students);
      expect(school.gradeCounts).toHaveLength(12);
    }
  });

  it('gives the same plan for the same options', () => {
    const again = planNationalDataset({ students: 100_000, schools: 200, schoolYear: 2025 });
    expect(again).toEqual(plan);

    const otherSeed = planNationalDataset({ students: 100_000, schools: 200, schoolYear: 2025, seed: 7 });
    expect(otherSeed.schools.map((school) => school.students)).not.toEqual(plan.schools.map((school) => school.students));
  });

  it('makes every 100th school a 3,000-student school outside region 1', () => {
    const large = plan.schools.filter((school) => school.large);

    expect(large.map((school) => school.index)).toEqual([0, 100]);
    expect(large.every((school) => school.students === LARGE_SCHOOL_SIZE)).toBe(true);
    expect(large.every((school) => school.region !== 1)).toBe(true);
    expect(Math.max(...plan.schools.filter((school) => !school.large).map((school) => school.students))).toBeLessThan(LARGE_SCHOOL_SIZE);
  });

  it('puts about 30% of the students in region 1', () => {
    const regionOne = sum(plan.schools.filter((school) => school.region === 1).map((school) => school.students));

    expect(regionOne / 100_000).toBeGreaterThan(0.2);
    expect(regionOne / 100_000).toBeLessThan(0.4);
  });

  it('numbers schools from the first id', () => {
    expect(plan.schools[0].id).toBe(FIRST_SCHOOL_ID);
    expect(plan.schools[199].id).toBe(FIRST_SCHOOL_ID + 199);
  });

  it('offsets IIN slots by the students of earlier schools', () => {
    const [first, second, third] = plan.schools;

    expect(first.gradeOffsets).toEqual(Array(12).fill(0));
    expect(second.gradeOffsets).toEqual(first.gradeCounts);
    expect(third.gradeOffsets).toEqual(first.gradeCounts.map((count, grade) => count + second.gradeCounts[grade]));
  });

  it('rejects totals outside the supported range', () => {
    expect(() => planNationalDataset({ students: 100, schools: 50, schoolYear: 2025 })).toThrow(RangeError);
    expect(() => planNationalDataset({ students: 10_000_000, schools: 100, schoolYear: 2025 })).toThrow(/2,000 a school/);
    expect(() => planNationalDataset({ students: 1000, schools: 10, regions: 21, schoolYear: 2025 })).toThrow(/regions/);
    expect(() => planNationalDataset({ students: 0, schools: 10, schoolYear: 2025 })).toThrow(/students/);
  });

  it('keeps small datasets without large schools', () => {
    const small = planNationalDataset({ students: 2000, schools: 20, schoolYear: 2025 });

    expect(small.schools.some((school) => school.large)).toBe(false);
    expect(sum(small.schools.map((school) => school.students))).toBe(2000);
  });
});

describe('synthetic territories', () => {
  const plan = planNationalDataset({ students: 20_000, schools: 40, schoolYear: 2025 });
  const rows = planTerritories(plan);
  const byCode = new Map(rows.map((row) => [row.kato, row]));

  it('links every school settlement up to the country', () => {
    for (const school of plan.schools) {
      const levels: string[] = [];
      for (let code: string | null | undefined = school.kato; code; code = byCode.get(code)?.parentKato) levels.push(byCode.get(code)!.level);

      expect(levels).toEqual(['settlement', 'sub_district', 'district', 'oblast', 'country']);
    }
  });

  it('uses 9-digit codes of regions 80-99', () => {
    for (const row of rows.filter((candidate) => candidate.level !== 'country')) {
      expect(row.kato).toMatch(/^(8\d|9\d)\d{7}$/);
    }
  });
});

describe('synthetic IIN slots', () => {
  it('gives valid, distinct IINs that match birth date and sex', () => {
    const seen = new Set<string>();

    for (let slot = 0; slot < 20_000; slot += 1) {
      const identity = slotIdentity(2025, 4, slot);
      const parsed = parseIin(identity.iin);

      expect(parsed, identity.iin).toEqual({ ok: true, birthDate: identity.birthDate, sex: identity.sex });
      expect(seen.has(identity.iin), identity.iin).toBe(false);
      seen.add(identity.iin);
    }
  });

  it('keeps birth dates in the grade window', () => {
    // Grade 4 in school year 2025-2026: born from 1 September 2015 to 31 August 2016.
    for (const slot of [0, 1, 364, 365, 100_000, SLOTS_PER_GRADE - 1]) {
      const { birthDate } = slotIdentity(2025, 4, slot);
      expect(birthDate >= '2015-09-01', birthDate).toBe(true);
      expect(birthDate <= '2016-08-31', birthDate).toBe(true);
    }
  });

  it('uses serials 4000 to 8999', () => {
    for (const slot of [0, 7, SLOTS_PER_GRADE - 1]) {
      const serial = Number(slotIdentity(2025, 0, slot).iin.slice(7, 11));
      expect(serial).toBeGreaterThanOrEqual(4000);
      expect(serial).toBeLessThanOrEqual(8999);
    }
  });

  it('mixes sexes among neighbouring slots', () => {
    const sexes = new Set(Array.from({ length: 10 }, (_, slot) => slotIdentity(2025, 9, slot).sex));
    expect(sexes).toEqual(new Set(['male', 'female']));
  });

  it('rejects a slot beyond the grade capacity', () => {
    expect(() => slotIdentity(2025, 0, SLOTS_PER_GRADE)).toThrow(RangeError);
    expect(() => slotIdentity(2025, 0, -1)).toThrow(RangeError);
  });
});
