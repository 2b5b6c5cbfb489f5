import { openDatabase } from '../../../src/db/client.js';
import { organizations } from '../../../src/db/schema.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { createUser } from '../../../src/server/features/accounts/create-user.js';
import { DEMO_ORGANIZATION, seedDemoSchool } from '../../../src/seed/demo-school.js';
import { seedDictionaries } from '../../../src/seed/seed-dictionaries.js';
import { DEMO_PASSWORD } from './server.js';

/** A second school in the demo school's village, for the tests that move students between schools. */
export const SECOND_SCHOOL = {
  id: 17010,
  nameKk: '«Кішкенекөл № 2 орта мектебі» КММ',
  nameRu: 'КГУ «Кишкенекольская средняя школа № 2»',
  kato: DEMO_ORGANIZATION.kato,
  finalGrade: 11,
} as const;

/** The operator of the second school; the password is DEMO_PASSWORD. */
export const SECOND_OPERATOR = 'operator2';

/**
 * Returns a `prepare` for startServer that seeds the demo school as the server
 * would on `today`, then adds the second school and its operator, so the
 * server starts with two schools.
 */
export function seedTwoSchools(today: string): (dataDir: string) => Promise<void> {
  return async (dataDir) => {
    const database = await openDatabase({ dataDir });
    try {
      await seedDictionaries(database.db);
      await seedDemoSchool(database.db, { clock: fixedClock(today), password: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
      await database.db.insert(organizations).values(SECOND_SCHOOL);
      await createUser(database.db, { username: SECOND_OPERATOR, password: DEMO_PASSWORD, role: 'operator', organizationId: SECOND_SCHOOL.id });
    } finally {
      await database.close();
    }
  };
}
