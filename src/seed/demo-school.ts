import { eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/client.js';
import { enrolments, events, organizations, passportValues, students, users } from '../db/schema.js';
import type { Clock } from '../domain/clock.js';
import { schoolYearOf } from '../domain/school-year.js';
import { createUser } from '../server/features/accounts/create-user.js';
import { generatePassword } from '../server/features/accounts/generate-password.js';
import { planPassports } from './demo/passport-plans.js';
import { dictionaryCode, generatePassport } from './demo/passports.js';
import { SeededRandom } from './demo/random.js';
import { generateDemoStudents, type DemoStudent } from './demo/students.js';
import { DEMO_SETTLEMENT_KATO, ensureDemoTerritoryPath } from './demo/territory-path.js';
import { seedDictionaries } from './seed-dictionaries.js';

export const DEMO_ORGANIZATION = {
  id: 17009,
  nameKk: '«Кішкенекөл қазақ мектеп-гимназиясы» КММ',
  nameRu: 'КГУ «Кишкенекольская казахская школа-гимназия»',
  kato: DEMO_SETTLEMENT_KATO,
  finalGrade: 11,
} as const;

export interface DemoSeedOptions {
  clock: Clock;
  /** Password of the `operator` account; a random one is generated and returned when unset. */
  password?: string;
  /** Password of the `admin` account, with the same rule. */
  adminPassword?: string;
}

export interface DemoSeedResult {
  seeded: boolean;
  students: number;
  /** Set only when generated: the caller prints it once and keeps it nowhere else. */
  password?: string;
  adminPassword?: string;
}

// Fixed seeds make every run produce the same students and passports.
const STUDENT_SEED = 17009;
const PASSPORT_SEED = 596430100;

// Rows per INSERT for passport values: 1,000 rows of 3 columns stay far below PostgreSQL's 65,535 parameters.
const PASSPORT_BATCH_SIZE = 1000;

/**
 * Creates the demo school with about 250 students of grades 0-11 in the
 * current school year, their passports, and the accounts `operator` and
 * `admin`, in one transaction. Does nothing when any organization exists.
 */
export async function seedDemoSchool(db: Executor, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const schoolYear = schoolYearOf(options.clock.today());
  const demoStudents = generateDemoStudents(new SeededRandom(STUDENT_SEED), schoolYear);
  checkStudyForms(demoStudents);

  return db.transaction(async (tx) => {
    // Two servers starting at once on an empty database must not both seed.
    await tx.execute(sql`lock table organizations in exclusive mode`);
    const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(organizations);
    if (count > 0) return { seeded: false, students: 0 };

    await seedDictionaries(tx);
    await ensureDemoTerritoryPath(tx);
    await tx.insert(organizations).values(DEMO_ORGANIZATION);

    await insertStudents(tx, demoStudents, schoolYear);

    const password = await createAccountUnlessTaken(tx, 'operator', options.password, DEMO_ORGANIZATION.id);
    const adminPassword = await createAccountUnlessTaken(tx, 'admin', options.adminPassword, null);

    await tx.insert(events).values({ name: 'demo.seeded', organizationId: DEMO_ORGANIZATION.id, data: { students: demoStudents.length, schoolYear } });

    return { seeded: true, students: demoStudents.length, password, adminPassword };
  });
}

async function insertStudents(tx: Transaction, demoStudents: DemoStudent[], schoolYear: number): Promise<void> {
  const inserted = await tx
    .insert(students)
    .values(
      demoStudents.map((student) => ({
        iin: student.iin,
        lastName: student.lastName,
        firstName: student.firstName,
        middleName: student.middleName,
        nameSortKey: student.nameSortKey,
        birthDate: student.birthDate,
        sex: student.sex,
      })),
    )
    .returning({ id: students.id, iin: students.iin });
  const idByIin = new Map(inserted.map((row) => [row.iin, row.id]));

  await tx.insert(enrolments).values(
    demoStudents.map((student) => ({
      studentId: idByIin.get(student.iin)!,
      organizationId: DEMO_ORGANIZATION.id,
      schoolYear,
      grade: student.grade,
      letter: student.letter,
      letterSortKey: student.letterSortKey,
      studyForm: student.studyForm,
      status: 'active' as const,
    })),
  );

  const random = new SeededRandom(PASSPORT_SEED);
  const plans = planPassports(demoStudents, schoolYear);
  const context = { finalGrade: DEMO_ORGANIZATION.finalGrade };

  const rows = demoStudents.flatMap((student, index) => {
    const values = generatePassport(random, student, { ...context, grade: student.grade }, plans[index]);
    return Object.entries(values).map(([indicatorCode, value]) => ({
      studentId: idByIin.get(student.iin)!,
      organizationId: DEMO_ORGANIZATION.id,
      indicatorCode,
      value,
    }));
  });

  for (let start = 0; start < rows.length; start += PASSPORT_BATCH_SIZE) {
    await tx.insert(passportValues).values(rows.slice(start, start + PASSPORT_BATCH_SIZE));
  }
}

/** Creates the account and returns its password when it was generated; leaves an existing account alone. */
async function createAccountUnlessTaken(tx: Transaction, username: 'operator' | 'admin', password: string | undefined, organizationId: number | null): Promise<string | undefined> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) return undefined;

  const chosen = password ?? generatePassword();
  await createUser(tx, { username, password: chosen, role: username, organizationId });

  return password === undefined ? chosen : undefined;
}

function checkStudyForms(demoStudents: DemoStudent[]): void {
  for (const studyForm of new Set(demoStudents.map((student) => student.studyForm))) dictionaryCode('studyForms', studyForm);
}
