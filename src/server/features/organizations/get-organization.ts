import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations } from '../../../db/schema.js';
import { notFound } from '../../http/errors.js';

export interface TerritoryStep {
  kato: string;
  level: string;
  names: { kk: string; ru: string };
}

export interface OrganizationView {
  id: number;
  names: { kk: string; ru: string };
  kato: string;
  finalGrade: number;
  /** From the country down to the school's settlement. */
  territoryPath: TerritoryStep[];
}

export async function getOrganization(db: Executor, organizationId: number): Promise<OrganizationView> {
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw notFound('organization.not_found');

  return {
    id: organization.id,
    names: { kk: organization.nameKk, ru: organization.nameRu },
    kato: organization.kato,
    finalGrade: organization.finalGrade,
    territoryPath: await loadTerritoryPath(db, organization.kato),
  };
}

/** Walk the classifier from a territory up to the root; one statement whatever the depth. */
export async function loadTerritoryPath(db: Executor, kato: string): Promise<TerritoryStep[]> {
  const result = (await db.execute(sql`
    with recursive path as (
      select kato, level, name_kk, name_ru, parent_kato, 0 as depth from territories where kato = ${kato}
      union all
      select t.kato, t.level, t.name_kk, t.name_ru, t.parent_kato, path.depth + 1
      from territories t join path on t.kato = path.parent_kato
      where path.depth < 10
    )
    select kato, level, name_kk, name_ru, depth from path order by depth desc
  `)) as unknown as { rows: Array<{ kato: string; level: string; name_kk: string; name_ru: string }> };

  return result.rows.map((row) => ({ kato: row.kato, level: row.level, names: { kk: row.name_kk, ru: row.name_ru } }));
}
