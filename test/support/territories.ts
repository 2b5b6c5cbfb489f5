import type { Executor } from '../../src/db/client.js';
import { organizations, territories } from '../../src/db/schema.js';

type TerritoryRow = typeof territories.$inferInsert;

const VERSION = 'test';

/**
 * Two oblasts with two districts each and a settlement in every district,
 * under the country, with KATO codes of the real shape (the names are
 * invented). Settlements: 596430100 and 593230100 in oblast 59, 116430100 and
 * 113230100 in oblast 11.
 */
export const TEST_TERRITORIES: TerritoryRow[] = [
  { kato: '000000000', katoVersion: VERSION, level: 'country', typeCode: 0, nameKk: 'Қазақстан Республикасы', nameRu: 'Республика Казахстан', parentKato: null },
  ...['59', '11'].flatMap((oblast): TerritoryRow[] => [
    { kato: `${oblast}0000000`, katoVersion: VERSION, level: 'oblast', typeCode: 0, nameKk: `${oblast} облысы`, nameRu: `Область ${oblast}`, parentKato: '000000000' },
    ...['64', '32'].flatMap((district): TerritoryRow[] => [
      { kato: `${oblast}${district}00000`, katoVersion: VERSION, level: 'district', typeCode: 2, nameKk: `${oblast}${district} ауданы`, nameRu: `Район ${oblast}${district}`, parentKato: `${oblast}0000000` },
      { kato: `${oblast}${district}30000`, katoVersion: VERSION, level: 'sub_district', typeCode: 2, nameKk: `${oblast}${district}3 а.о.`, nameRu: `С.о. ${oblast}${district}3`, parentKato: `${oblast}${district}00000` },
      { kato: `${oblast}${district}30100`, katoVersion: VERSION, level: 'settlement', typeCode: 2, nameKk: `${oblast}${district}301 а.`, nameRu: `с.${oblast}${district}301`, parentKato: `${oblast}${district}30000` },
    ]),
  ]),
];

/** The settlement of each test district, by district code. */
export const SETTLEMENT_OF_DISTRICT: Record<string, string> = {
  '596400000': '596430100',
  '593200000': '593230100',
  '116400000': '116430100',
  '113200000': '113230100',
};

export async function insertTestTerritories(db: Executor): Promise<void> {
  await db.insert(territories).values(TEST_TERRITORIES).onConflictDoNothing();
}

/** Insert a school in the settlement of a test district. */
export async function insertSchoolInDistrict(db: Executor, school: { id: number; district: string; nameKk?: string; nameRu?: string; finalGrade?: number }): Promise<void> {
  await db.insert(organizations).values({
    id: school.id,
    nameKk: school.nameKk ?? `№${school.id} мектеп`,
    nameRu: school.nameRu ?? `Школа №${school.id}`,
    kato: SETTLEMENT_OF_DISTRICT[school.district],
    finalGrade: school.finalGrade ?? 11,
  });
}
