import { z } from 'zod';
import { schoolYearOf } from '../../../../domain/school-year.js';
import { listAdmissionCandidates } from '../../admission/list-admission-candidates.js';
import type { AdmissionCandidateItem } from '../../admission/schemas.js';
import { listMovedStudents } from '../../movements/list-moved-students.js';
import type { MovedStudent } from '../../movements/schemas.js';
import { defineExportList } from '../export-list.js';
import { studentColumns } from '../student-columns.js';
import { movedColumns } from './transfer.js';

const noFilters = z.object({});

/** The grade-9 graduates of this school year who continue at the school and wait for admission. */
export const admissionCandidatesExport = defineExportList<Record<string, never>, AdmissionCandidateItem>({
  name: 'admission-candidates',
  description: 'The grade-9 graduates who continue at the school and are not admitted yet, as an .xlsx file.',
  query: noFilters,

  title: (_query, { t }) => t('excel:lists.admissionCandidates'),
  describeFilters: () => [],
  auditFilters: () => ({}),

  columns: (_query, context) => [
    ...studentColumns<AdmissionCandidateItem>(['number', 'id', 'iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (student) => student),
    { header: context.t('yearEnd:admission.admissionGrade'), type: 'number', width: 12, value: (student) => student.admissionGrade },
  ],

  count: async (_query, { db, organization, today }) => (await listAdmissionCandidates(db, organization.id, schoolYearOf(today))).length,

  async *pages(_query, { db, organization, today }) {
    yield await listAdmissionCandidates(db, organization.id, schoolYearOf(today));
  },
});

/** The graduates admitted into the next grade this school year. */
export const admittedExport = defineExportList<Record<string, never>, MovedStudent>({
  name: 'admitted',
  description: 'The graduates admitted this school year, with the grade they came from, as an .xlsx file.',
  query: noFilters,

  title: (_query, { t }) => t('excel:lists.admitted'),
  describeFilters: () => [],
  auditFilters: () => ({}),
  columns: (_query, context) => movedColumns(context),

  count: async (_query, { db, organization, today }) => (await listMovedStudents(db, organization.id, 'admission', schoolYearOf(today))).length,

  async *pages(_query, { db, organization, today }) {
    yield await listMovedStudents(db, organization.id, 'admission', schoolYearOf(today));
  },
});
