import type { z } from 'zod';
import { countPendingDepartures, readPendingDepartures } from '../../departures/list-pending-departures.js';
import { studentPageQuery, type PendingDepartureItem } from '../../departures/schemas.js';
import type { ContingentKey, KeyedRow } from '../../departures/student-page.js';
import { departureColumns, schoolColumns } from '../departure-columns.js';
import { defineExportList } from '../export-list.js';
import { keysetPages } from '../keyset-pages.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

const pendingDeparturesExportQuery = studentPageQuery.omit({ page: true, pageSize: true });
type PendingDeparturesExportQuery = z.infer<typeof pendingDeparturesExportQuery>;

/** The Pending departure tab: students who wait for the receiving school to accept them, with that school, the departure date and the order. */
export const pendingDeparturesExport = defineExportList<PendingDeparturesExportQuery, KeyedRow<PendingDepartureItem>>({
  name: 'pending-departures',
  description:
    'The school\'s students pending departure to another school, with the receiving school and its territory, the departure date and the order, with the tab\'s grade, letter and search filters, as an .xlsx file.',
  query: pendingDeparturesExportQuery,

  title: (_query, { t }) => t('excel:lists.pendingDepartures'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<KeyedRow<PendingDepartureItem>>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.item),
    ...schoolColumns<KeyedRow<PendingDepartureItem>>(context.t('departures:columns.receivingSchool'), context, (row) => row.item.receivingSchool),
    ...departureColumns<KeyedRow<PendingDepartureItem>>(['departureDate', 'orderNumber', 'orderDate'], context, (row) => row.item.departure),
  ],

  count: (query, { db, organization }) => countPendingDepartures(db, organization.id, query),

  pages: (query, { db, organization }) =>
    keysetPages((after: ContingentKey | null, limit) => readPendingDepartures(db, organization.id, query, { after, limit }), (row) => row.key),
});
