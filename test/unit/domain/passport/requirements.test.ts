import { describe, expect, it } from 'vitest';
import { PASSPORT_INDICATORS } from '../../../../src/domain/passport/catalogue.js';
import { isRequired } from '../../../../src/domain/passport/fill.js';
import { passportRequirements, type Requirement } from '../../../../src/domain/passport/requirements.js';

/** Evaluate a requirement as the progress query does in SQL. */
function holds(requirement: Requirement, values: Record<string, unknown>, grade: number, finalGrade: number): boolean {
  const { grades, when } = requirement;
  let inGrade: boolean;
  if (grades === 'all') inGrade = true;
  else if (grades === 'graduating') inGrade = grade === 9 || grade === finalGrade;
  else if (grades === 'final') inGrade = grade === finalGrade;
  else inGrade = grades.includes(grade);

  return inGrade && (when === undefined || values[when.indicator] === when.equals);
}

describe('passport requirements', () => {
  const requirements = passportRequirements();

  it('leaves out the indicators that are never required', () => {
    const codes = requirements.map((requirement) => requirement.code);

    expect(codes).toContain('citizenship');
    expect(codes).toContain('attestat_series');
    expect(codes).not.toContain('phone');
    expect(codes).not.toContain('profession');
  });

  it('states a when rule with the grades of the indicator it names', () => {
    expect(requirements.find((requirement) => requirement.code === 'altyn_belgi_confirmed')).toEqual({
      code: 'altyn_belgi_confirmed',
      grades: 'final',
      when: { indicator: 'altyn_belgi_candidate', equals: true },
    });
    expect(requirements.find((requirement) => requirement.code === 'citizenship_country')).toEqual({
      code: 'citizenship_country',
      grades: 'all',
      when: { indicator: 'citizenship', equals: 'foreign' },
    });
  });

  it('agrees with isRequired in every grade and for every controlling value', () => {
    const controllingValues = [{}, ...requirements.filter((requirement) => requirement.when).map((requirement) => ({ [requirement.when!.indicator]: requirement.when!.equals }))];
    const disagreements: string[] = [];

    for (const finalGrade of [11, 12, 13]) {
      for (let grade = 0; grade <= 13; grade += 1) {
        for (const values of controllingValues) {
          for (const indicator of PASSPORT_INDICATORS) {
            const requirement = requirements.find((candidate) => candidate.code === indicator.code);
            const expected = isRequired(indicator, values, { grade, finalGrade });
            const actual = requirement !== undefined && holds(requirement, values, grade, finalGrade);
            if (expected !== actual) disagreements.push(`${indicator.code} in grade ${grade}/${finalGrade} with ${JSON.stringify(values)}`);
          }
        }
      }
    }

    expect(disagreements).toEqual([]);
  });
});
