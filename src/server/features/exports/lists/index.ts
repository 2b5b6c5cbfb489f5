import type { AnyExportList } from '../export-list.js';
import { admissionCandidatesExport, admittedExport } from './admission.js';
import { contingentExport } from './contingent.js';
import { departedExport } from './departed.js';
import { graduatesExport } from './graduates.js';
import { graduationNotReadyExport, graduationReadyExport } from './graduation-candidates.js';
import { pendingArrivalsExport } from './pending-arrivals.js';
import { pendingDeparturesExport } from './pending-departures.js';
import { transferNotReadyExport, transferReadyExport, transferredExport } from './transfer.js';

/**
 * Every list that "Export to Excel" serves, each at
 * /api/v1/organizations/:orgId/exports/<name>. A new list is one file in this
 * folder and one entry here.
 */
export const EXPORT_LISTS: AnyExportList[] = [
  contingentExport,
  graduatesExport,
  departedExport,
  pendingDeparturesExport,
  pendingArrivalsExport,
  graduationReadyExport,
  graduationNotReadyExport,
  transferReadyExport,
  transferNotReadyExport,
  transferredExport,
  admissionCandidatesExport,
  admittedExport,
];
