import { isUniqueViolation } from '../../../db/errors.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import type { Language } from '../../../i18n/resources.js';
import type { AppContext } from '../../context.js';
import { badRequest, conflict } from '../../http/errors.js';
import { getOrganization } from '../organizations/get-organization.js';
import { analyseImport } from './analyse-import.js';
import { applyImport, type ImportResult } from './apply-import.js';
import { readSheet } from './read-sheet.js';
import { MAX_REPORTED_PROBLEMS } from './schemas.js';

/**
 * Imports a file into the school's contingent in one transaction: the checks
 * of the preview run again on locked rows, and one problem rejects the whole
 * file with every problem listed, so nothing is written. `actorUserId` is
 * null for the command line.
 */
export async function commitImport(context: AppContext, actorUserId: number | null, organizationId: number, bytes: Buffer, language: Language): Promise<ImportResult> {
  const file = await readSheet(bytes);
  const today = context.clock.today();

  try {
    return await context.db.transaction(async (tx) => {
      await getOrganization(tx, organizationId);

      const { checked, plan, problems } = await analyseImport(tx, organizationId, file, { language, today, forUpdate: true });
      if (problems.length > 0) throw badRequest('import.invalid', problems.slice(0, MAX_REPORTED_PROBLEMS), { count: problems.length });

      return applyImport(tx, organizationId, plan, {
        actorUserId,
        now: context.clock.now(),
        schoolYear: schoolYearOf(today),
        file: { type: file.type, rows: checked.rowCount },
      });
    });
  } catch (error) {
    // Another request added one of these IINs meanwhile: its transaction won, this one wrote nothing.
    if (isUniqueViolation(error)) throw conflict('import.conflict');
    throw error;
  }
}
