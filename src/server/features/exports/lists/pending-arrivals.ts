import type { z } from 'zod';
import { countPendingArrivals, readPendingArrivals } from '../../arrivals/list-pending-arrivals.js';
import type { PendingArrivalItem } from '../../arrivals/schemas.js';
import { studentPageQuery } from '../../departures/schemas.js';
import type { ContingentKey, KeyedRow } from '../../departures/student-page.js';
import { departureColumns, schoolColumns } from '../departure-columns.js';
import { defineExportList } from '../export-list.js';
import { keysetPages } from '../keyset-pages.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

const pendingArrivalsExportQuery = studentPageQuery.omit({ page: true, pageSize: true });
type PendingArrivalsExportQuery = z.infer<typeof pendingArrivalsExportQuery>;

/**
 * The Pending arrival tab: students other schools sent to this one, with the
 * sending school, the departure date and the sending school's order. Grade
 * and letter are those at the sending school.
 */
export const pendingArrivalsExport = defineExportList<PendingArrivalsExportQuery, KeyedRow<PendingArrivalItem>>({
  name: 'pending-arrivals',
  description:
    'The students other schools sent to this school that wait for its acceptance, with the sending school and its territory, the departure date and the order, with the tab\'s grade, letter and search filters, as an .xlsx file.',
  query: pendingArrivalsExportQuery,

  title: (_query, { t }) => t('excel:lists.pendingArrivals'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<KeyedRow<PendingArrivalItem>>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.item),
    ...schoolColumns<KeyedRow<PendingArrivalItem>>(context.t('arrivals:columns.sendingSchool'), context, (row) => row.item.sendingSchool),
    ...departureColumns<KeyedRow<PendingArrivalItem>>(['departureDate', 'orderNumber', 'orderDate'], context, (row) => row.item.departure),
  ],

  count: (query, { db, organization }) => countPendingArrivals(db, organization.id, query),

  pages: (query, { db, organization }) =>
    keysetPages((after: ContingentKey | null, limit) => readPendingArrivals(db, organization.id, query, { after, limit }), (row) => row.key),
});
