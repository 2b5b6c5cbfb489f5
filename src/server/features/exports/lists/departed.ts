import type { z } from 'zod';
import { countDeparted, readDeparted } from '../../departures/list-departed.js';
import { studentPageQuery, type DepartedItem } from '../../departures/schemas.js';
import type { ContingentKey, KeyedRow } from '../../departures/student-page.js';
import { departureColumns } from '../departure-columns.js';
import { defineExportList } from '../export-list.js';
import { keysetPages } from '../keyset-pages.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

const departedExportQuery = studentPageQuery.omit({ page: true, pageSize: true });
type DepartedExportQuery = z.infer<typeof departedExportQuery>;

/** The Departed tab: students whose departure out of the register was processed, with its date, reason, country and order. */
export const departedExport = defineExportList<DepartedExportQuery, KeyedRow<DepartedItem>>({
  name: 'departed',
  description: 'The school\'s departed students with the departure date, reason, country and order, with the tab\'s grade, letter and search filters, as an .xlsx file.',
  query: departedExportQuery,

  title: (_query, { t }) => t('excel:lists.departed'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<KeyedRow<DepartedItem>>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.item),
    ...departureColumns<KeyedRow<DepartedItem>>(['departureDate', 'reason', 'country', 'orderNumber', 'orderDate'], context, (row) => row.item.departure),
  ],

  count: (query, { db, organization }) => countDeparted(db, organization.id, query),

  pages: (query, { db, organization }) =>
    keysetPages((after: ContingentKey | null, limit) => readDeparted(db, organization.id, query, { after, limit }), (row) => row.key),
});
