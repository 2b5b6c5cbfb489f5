import type { Executor } from '../../../db/client.js';
import type { Language } from '../../../i18n/resources.js';
import { recordEvent } from '../events/record-event.js';

/** The name of the audit event of an export; its data names the list, the filters and the number of rows. */
export const EXPORT_EVENT = 'export.created';

export interface ExportAudit {
  list: string;
  /** Filters without personal values: a search text is recorded only as `search: true`. */
  filters: Record<string, string | number | boolean>;
  rows: number;
  language: Language;
}

/**
 * Records who exported which list with how many rows. It is written before
 * the first byte of the file is sent, so an export that breaks off is in the
 * log too.
 */
export async function recordExport(db: Executor, actorUserId: number, organizationId: number, audit: ExportAudit, now: Date): Promise<void> {
  await recordEvent(db, { name: EXPORT_EVENT, actorUserId, organizationId, subjectId: null, data: { ...audit }, createdAt: now });
}
