import type { Language } from '../../../i18n/resources.js';
import { localizedName } from '../../shared/localizedName.js';

interface NamedSchool {
  id: number;
  names: { kk: string; ru: string };
  territory?: { kk: string; ru: string }[];
}

/** Returns "Name (ID: 17009)" in the UI language; schools have no English names, so English shows the Russian one. */
export function schoolLabel(school: NamedSchool, language: Language): string {
  return `${localizedName(school.names, language)} (ID: ${school.id})`;
}

/** Returns the school's territory as "Region → District → Settlement", or '' when it is unknown. */
export function territoryText(school: NamedSchool, language: Language): string {
  return (school.territory ?? []).map((names) => localizedName(names, language)).join(' → ');
}
