import type { Executor } from '../../db/client.js';
import { territories } from '../../db/schema.js';

type TerritoryRow = typeof territories.$inferInsert;

const VERSION = 'NK RK 11-2025';

/** The demo school's settlement and its ancestors, as in the KATO edition NK RK 11-2025. */
export const DEMO_TERRITORY_PATH: TerritoryRow[] = [
  { kato: '000000000', katoVersion: VERSION, level: 'country', typeCode: 0, nameRu: 'Республика Казахстан', nameKk: 'Қазақстан Республикасы', parentKato: null },
  { kato: '590000000', katoVersion: VERSION, level: 'oblast', typeCode: 0, nameRu: 'Северо-Казахстанская область', nameKk: 'Солтүстік Қазақстан облысы', parentKato: '000000000' },
  { kato: '596400000', katoVersion: VERSION, level: 'district', typeCode: 2, nameRu: 'Уалихановский район', nameKk: 'Уәлиханов ауданы', parentKato: '590000000' },
  { kato: '596430000', katoVersion: VERSION, level: 'sub_district', typeCode: 2, nameRu: 'Кишкенекольский с.о.', nameKk: 'Кішкенекөл а.о.', parentKato: '596400000' },
  { kato: '596430100', katoVersion: VERSION, level: 'settlement', typeCode: 2, nameRu: 'с.Кишкенеколь', nameKk: 'Кішкенекөл а.', parentKato: '596430000' },
];

/** Inserts the territories of the path that are missing and leaves imported ones as they are. */
export async function ensureDemoTerritoryPath(db: Executor): Promise<void> {
  await db.insert(territories).values(DEMO_TERRITORY_PATH).onConflictDoNothing({ target: territories.kato });
}

export const DEMO_SETTLEMENT_KATO = '596430100';
