import { schoolYearOf } from '../../../domain/school-year.js';
import type { AppContext } from '../../context.js';

/**
 * Returns the school year whose year-end work is done today: the one today
 * belongs to, so in June 2026 it is 2025 (2025–2026). Transferred and admitted
 * students are moved into the next one.
 */
export function closingSchoolYear(context: AppContext): number {
  return schoolYearOf(context.clock.today());
}
