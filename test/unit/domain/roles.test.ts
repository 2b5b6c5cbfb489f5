import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '../../../src/db/schema.js';
import { ROLES, canWriteSchoolData, isRole, scopeRequirement, watchesTerritory } from '../../../src/domain/roles.js';

describe('roles', () => {
  it('match the roles the database accepts', () => {
    expect([...USER_ROLES]).toEqual([...ROLES]);
  });

  it('let only operators and administrators write', () => {
    expect(ROLES.filter(canWriteSchoolData)).toEqual(['operator', 'admin']);
  });

  it('give every role but the operator many schools', () => {
    expect(ROLES.filter(watchesTerritory)).toEqual(['district', 'region', 'ministry', 'admin']);
  });

  it('bind each role to its scope', () => {
    expect(ROLES.map((role) => [role, scopeRequirement(role)])).toEqual([
      ['operator', { kind: 'organization' }],
      ['district', { kind: 'territory', level: 'district' }],
      ['region', { kind: 'territory', level: 'oblast' }],
      ['ministry', { kind: 'none' }],
      ['admin', { kind: 'none' }],
    ]);
  });

  it('recognizes role names', () => {
    expect(isRole('region')).toBe(true);
    expect(isRole('boss')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
