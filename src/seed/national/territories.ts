import type { territories } from '../../db/schema.js';
import type { NationalPlan } from './plan.js';

type TerritoryRow = typeof territories.$inferInsert;

export const SYNTHETIC_KATO_VERSION = 'synthetic';

/** Returns the synthetic region, district, rural district and settlement rows above the plan's schools, parents first. */
export function planTerritories(plan: NationalPlan): TerritoryRow[] {
  const rows = new Map<string, TerritoryRow>();
  const add = (row: Omit<TerritoryRow, 'katoVersion'>) => {
    if (!rows.has(row.kato)) rows.set(row.kato, { ...row, katoVersion: SYNTHETIC_KATO_VERSION });
  };

  add({ kato: '000000000', level: 'country', typeCode: 0, nameRu: 'Республика Казахстан', nameKk: 'Қазақстан Республикасы', parentKato: null });

  for (const school of plan.schools) {
    const region = `${school.kato.slice(0, 2)}0000000`;
    const district = `${school.kato.slice(0, 4)}00000`;
    const ruralDistrict = `${school.kato.slice(0, 6)}000`;
    const number = `${school.region}-${school.district}`;

    add({ kato: region, level: 'oblast', typeCode: 0, nameRu: `Область ${school.region} (синтетическая)`, nameKk: `${school.region}-облыс (синтетикалық)`, parentKato: '000000000' });
    add({ kato: district, level: 'district', typeCode: 2, nameRu: `Район ${number}`, nameKk: `${number} ауданы`, parentKato: region });
    add({ kato: ruralDistrict, level: 'sub_district', typeCode: 2, nameRu: `Сельский округ ${number}-${school.village}`, nameKk: `${number}-${school.village} ауылдық округі`, parentKato: district });
    add({ kato: school.kato, level: 'settlement', typeCode: 2, nameRu: `с.${villageName(school.kato)}`, nameKk: `${villageName(school.kato)} а.`, parentKato: ruralDistrict });
  }

  return [...rows.values()];
}

const VILLAGE_NAMES = ['Жаңаталап', 'Ақсу', 'Қарабұлақ', 'Көктерек', 'Бірлік', 'Жалғызағаш', 'Таңбалы', 'Сарыөзек', 'Қызылжар', 'Береке'];

/** Name a village from a short list, numbered by its code so that names differ. */
export function villageName(kato: string): string {
  return `${VILLAGE_NAMES[Number(kato.slice(4, 6)) % VILLAGE_NAMES.length]}-${kato.slice(2, 6)}`;
}
