import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { territories } from '../../../db/schema.js';
import { COUNTRY_KATO, COUNTRY_TERRITORY, deriveParentKato } from './kato-parent.js';
import { parseKatoCsv, type KatoRow } from './parse-kato-csv.js';

/** Counts of the file's rows; the country root that the import may add is not counted. */
export interface KatoImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  total: number;
}

type TerritoryRow = typeof territories.$inferInsert;

// 1,000 rows of 7 columns stay far below PostgreSQL's 65,535 parameters per statement.
const BATCH_SIZE = 1000;

/**
 * Imports a KATO CSV file into the territory classifier in one transaction.
 * New codes are inserted, changed ones updated, codes absent from the file
 * stay as they are, and the parent of each row is derived from its code.
 * Throws KatoImportError, writing nothing, when any line is invalid. Running
 * it again with the same file changes nothing.
 */
export async function importKato(db: Executor, csvText: string): Promise<KatoImportResult> {
  const rows = parseKatoCsv(csvText);
  const result: KatoImportResult = { inserted: 0, updated: 0, unchanged: 0, total: rows.length };
  if (rows.length === 0) return result;

  return db.transaction(async (tx) => {
    // Blocks a concurrent import between the read below and the writes.
    await tx.execute(sql`lock table territories in share row exclusive mode`);

    const existing = await tx.select().from(territories);
    const existingByKato = new Map(existing.map((territory) => [territory.kato, territory]));
    const fileKatos = new Set(rows.map((row) => row.kato));
    const exists = (kato: string) => fileKatos.has(kato) || existingByKato.has(kato);

    const writes: TerritoryRow[] = [];
    if (!existingByKato.has(COUNTRY_KATO)) writes.push({ ...COUNTRY_TERRITORY, katoVersion: rows[0].katoVersion, parentKato: null });

    for (const row of rows) {
      const territory = toTerritory(row, deriveParentKato(row.kato, row.level, exists));
      const current = existingByKato.get(row.kato);

      if (!current) {
        result.inserted += 1;
        writes.push(territory);
      } else if (differs(current, territory)) {
        result.updated += 1;
        writes.push(territory);
      } else {
        result.unchanged += 1;
      }
    }

    for (let start = 0; start < writes.length; start += BATCH_SIZE) {
      await upsertTerritories(tx, writes.slice(start, start + BATCH_SIZE));
    }

    return result;
  });
}

function toTerritory(row: KatoRow, parentKato: string): TerritoryRow {
  return {
    kato: row.kato,
    katoVersion: row.katoVersion,
    level: row.level,
    typeCode: row.typeCode,
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    parentKato,
  };
}

function differs(current: TerritoryRow, next: TerritoryRow): boolean {
  return (
    current.katoVersion !== next.katoVersion ||
    current.level !== next.level ||
    current.typeCode !== next.typeCode ||
    current.nameKk !== next.nameKk ||
    current.nameRu !== next.nameRu ||
    (current.parentKato ?? null) !== (next.parentKato ?? null)
  );
}

async function upsertTerritories(db: Executor, batch: TerritoryRow[]): Promise<void> {
  await db
    .insert(territories)
    .values(batch)
    .onConflictDoUpdate({
      target: territories.kato,
      set: {
        katoVersion: sql`excluded.kato_version`,
        level: sql`excluded.level`,
        typeCode: sql`excluded.type_code`,
        nameKk: sql`excluded.name_kk`,
        nameRu: sql`excluded.name_ru`,
        parentKato: sql`excluded.parent_kato`,
      },
      setWhere: sql`(${territories.katoVersion}, ${territories.level}, ${territories.typeCode}, ${territories.nameKk}, ${territories.nameRu}, ${territories.parentKato})
        is distinct from (excluded.kato_version, excluded.level, excluded.type_code, excluded.name_kk, excluded.name_ru, excluded.parent_kato)`,
    });
}
