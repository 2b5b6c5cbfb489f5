import type { BenchContext } from './context.js';

/** Build the body of a graduation on a June day of the school year being closed, for grade 9 or the final grade. */
export function graduationBody(context: BenchContext, studentIds: number[], grade: number, destination = 'continues_at_school') {
  const june = `${context.plan.schoolYear + 1}-06-12`;
  return {
    studentIds,
    documentKind: grade === 9 ? 'basic_secondary_attestat' : 'general_secondary_attestat',
    departureDate: june,
    orderDate: june,
    orderNumber: '45-Б',
    destination,
  };
}

export const organizationPath = (schoolId: number, action: string) => `/api/v1/organizations/${schoolId}/${action}`;
