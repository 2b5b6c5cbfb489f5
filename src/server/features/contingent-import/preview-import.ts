import type { Language } from '../../../i18n/resources.js';
import type { AppContext } from '../../context.js';
import { getOrganization } from '../organizations/get-organization.js';
import { analyseImport } from './analyse-import.js';
import { readSheet } from './read-sheet.js';
import { MAX_REPORTED_PROBLEMS, type ImportPreview } from './schemas.js';

/** Reads and checks an import file and says what it would change, writing nothing. */
export async function previewImport(context: AppContext, organizationId: number, bytes: Buffer, language: Language): Promise<ImportPreview> {
  await getOrganization(context.db, organizationId);
  const file = await readSheet(bytes);

  const { checked, plan, problems } = await analyseImport(context.db, organizationId, file, { language, today: context.clock.today(), forUpdate: false });

  return {
    fileType: file.type,
    rows: checked.rowCount,
    create: plan.creates.length,
    returning: plan.creates.filter((create) => create.existing !== null).length,
    update: plan.updates.length,
    unchanged: plan.unchanged,
    columns: checked.columns.map(({ letter, title, field }) => ({ column: letter, title, field })),
    ignoredColumns: checked.ignored.map(({ letter, title }) => ({ column: letter, title })),
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    problemCount: problems.length,
  };
}
