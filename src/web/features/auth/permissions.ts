import { canWriteSchoolData, watchesTerritory, type Role } from '../../../domain/roles.js';
import { useMe } from './useMe.js';

/** The KATO code of the whole country: the root of the classifier. */
export const COUNTRY_KATO = '000000000';

/** Tell whether the logged-in user may change school data; false while the user is loading. */
export function useCanWrite(): boolean {
  const me = useMe();
  return me.data ? canWriteSchoolData(me.data.role) : false;
}

/** Return the territory whose progress a user starts from: their own for district and region staff, the country for the others. */
export function homeTerritoryOf(user: { role: Role; territoryKato: string | null }): string {
  return user.territoryKato ?? COUNTRY_KATO;
}

/** Return the first page after login: the year-end progress for district, region and ministry staff, the contingent for the others. */
export function homePathOf(role: Role): string {
  return watchesTerritory(role) && role !== 'admin' ? '/progress' : '/contingent';
}
