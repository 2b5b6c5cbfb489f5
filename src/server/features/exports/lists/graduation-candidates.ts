import { z } from 'zod';
import { indicatorByCode } from '../../../../domain/passport/catalogue.js';
import { listGraduationCandidates } from '../../graduation/list-candidates.js';
import { graduationCandidatesQuery, type GraduationCandidates } from '../../graduation/schemas.js';
import { defineExportList, type ExportContext } from '../export-list.js';
import { studentColumns } from '../student-columns.js';

type EligibleStudent = GraduationCandidates['eligible'][number];
type NotReadyStudent = GraduationCandidates['notReady'][number];

const readyQuery = graduationCandidatesQuery.extend({
  letter: z.string().trim().min(1).max(2).optional().describe('The letter filter of the list'),
});
type ReadyQuery = z.infer<typeof readyQuery>;
type NotReadyQuery = z.infer<typeof graduationCandidatesQuery>;

/** Loads the grade's candidates; a graduating grade has at most a few hundred students, so they come as one page. */
function loadCandidates(grade: number, { db, organization, today }: ExportContext): Promise<GraduationCandidates> {
  return listGraduationCandidates(db, organization.id, grade, today);
}

function readyStudents(candidates: GraduationCandidates, query: ReadyQuery): EligibleStudent[] {
  const letter = query.letter?.toLocaleUpperCase('kk');
  return letter ? candidates.eligible.filter((student) => student.letter === letter) : candidates.eligible;
}

/** The students of one graduating grade who are ready to graduate, with the letter filter of the Graduation tab. */
export const graduationReadyExport = defineExportList<ReadyQuery, EligibleStudent>({
  name: 'graduation-ready',
  description: 'The students of grade 9 or of the final grade who are ready to graduate, as an .xlsx file.',
  query: readyQuery,

  title: (_query, { t }) => t('excel:lists.graduationReady'),
  describeFilters: (query, { t }) => [
    t('common:grade', { grade: query.grade }),
    ...(query.letter ? [t('excel:export.filters.letter', { letter: query.letter.toLocaleUpperCase('kk') })] : []),
  ],
  auditFilters: (query) => ({ grade: query.grade, ...(query.letter ? { letter: query.letter.toLocaleUpperCase('kk') } : {}) }),

  columns: (query, context) => {
    const columns = studentColumns<EligibleStudent>(['number', 'id', 'iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (student) => student);
    if (query.grade !== context.organization.finalGrade) return columns;

    const { t } = context;
    return [
      ...columns,
      {
        header: t('graduation:columns.altynBelgi'),
        type: 'text',
        width: 18,
        value: (student) => {
          if (student.altynBelgiConfirmed) return t('graduation:altynBelgi.confirmed');
          return student.altynBelgiWarning ? t('graduation:altynBelgi.unconfirmed') : null;
        },
      },
    ];
  },

  count: async (query, context) => readyStudents(await loadCandidates(query.grade, context), query).length,

  async *pages(query, context) {
    yield readyStudents(await loadCandidates(query.grade, context), query);
  },
});

/** The students of one graduating grade who cannot graduate yet, with the indicators each still lacks. */
export const graduationNotReadyExport = defineExportList<NotReadyQuery, NotReadyStudent>({
  name: 'graduation-not-ready',
  description: 'The students of grade 9 or of the final grade who are not ready to graduate, with the indicators to fill, as an .xlsx file.',
  query: graduationCandidatesQuery,

  title: (_query, { t }) => t('excel:lists.graduationNotReady'),
  describeFilters: (query, { t }) => [t('common:grade', { grade: query.grade })],
  auditFilters: (query) => ({ grade: query.grade }),

  columns: (_query, context) => [
    ...studentColumns<NotReadyStudent>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'letter'], context, (row) => row.student),
    { header: context.t('graduation:columns.missing'), type: 'text', width: 60, value: (row) => missingLabels(row.missing, context) },
  ],

  count: async (query, context) => (await loadCandidates(query.grade, context)).notReady.length,

  async *pages(query, context) {
    yield (await loadCandidates(query.grade, context)).notReady;
  },
});

/** Names the indicators to fill, in the order of the list, separated by semicolons. */
function missingLabels(codes: string[], { language }: ExportContext): string {
  return codes.map((code) => indicatorByCode(code)?.labels[language] ?? code).join('; ');
}
