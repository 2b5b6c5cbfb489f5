import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isLanguage, type Language } from '../../../i18n/resources.js';
import { languageFromHeader } from '../../../i18n/translate.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses } from '../../http/schemas.js';
import { recordEvent } from '../events/record-event.js';
import { progressWorkbook } from './export-progress.js';
import { getProgress } from './get-progress.js';

const counts = {
  active: z.number().int().describe('Students in the contingent'),
  notReady: z.number().int().describe('Active students with a required passport value missing'),
  graduated: z.number().int().describe('Graduates of the school year'),
  transferred: z.number().int().describe('Moved to the next grade, not undone; counted in the grade left'),
  admitted: z.number().int().describe('Grade-9 graduates admitted back, not undone; counted in grade 9'),
  pending: z.number().int().describe('Departures and arrivals waiting for the other school'),
};
const countsSchema = z.object(counts);
const gradeCounts = z.object({ grade: z.number().int(), ...counts });
const names = z.object({ kk: z.string(), ru: z.string() });
const territoryStep = z.object({ kato: z.string(), level: z.string(), names });

const progressSchema = z.object({
  territory: territoryStep.extend({ path: z.array(territoryStep) }),
  schoolYear: z.number().int().describe('Calendar year the school year starts: 2025 for 2025–2026'),
  grouping: z.enum(['territories', 'schools']),
  groupings: z.array(z.enum(['territories', 'schools'])),
  rows: z.array(
    z.object({
      kind: z.enum(['territory', 'school']),
      kato: z.string(),
      organizationId: z.number().int().nullable(),
      level: z.string().nullable(),
      names,
      schools: z.number().int(),
      totals: countsSchema,
      grades: z.array(gradeCounts),
    }),
  ),
  totals: countsSchema,
  grades: z.array(gradeCounts),
});

const katoParams = z.object({ kato: z.string().regex(/^\d{9}$/).describe('A 9-digit KATO code; 000000000 is the country') });

const progressQuery = z.object({
  by: z.enum(['territories', 'schools']).optional().describe('Rows per child oblast or district (country and oblast only) or per school; the default is the first the territory offers'),
  schoolYear: z.coerce.number().int().min(2000).max(2100).optional().describe('Default: the school year today belongs to'),
});

export function progressRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/territories/:kato/progress',
    {
      config: { access: { territory: 'params.kato', mode: 'read' } },
      schema: {
        tags: ['progress'],
        description: 'Year-end progress of the schools under a territory: per grade, active, not ready, graduated, transferred, admitted and pending students.',
        params: katoParams,
        querystring: progressQuery,
        response: { 200: progressSchema, ...errorResponses },
      },
    },
    async (request) =>
      getProgress(context.db, request.params.kato, { schoolYear: request.query.schoolYear ?? schoolYearOf(context.clock.today()), grouping: request.query.by }),
  );

  routes.get(
    '/api/v1/territories/:kato/progress/export',
    {
      config: { access: { territory: 'params.kato', mode: 'read' } },
      schema: {
        tags: ['progress'],
        description: 'The progress table as an Excel (.xlsx) file.',
        params: katoParams,
        querystring: progressQuery.extend({ lang: z.enum(['kk', 'ru', 'en']).optional().describe('Language of the headers; default: Accept-Language') }),
      },
    },
    async (request, reply) => {
      const schoolYear = request.query.schoolYear ?? schoolYearOf(context.clock.today());
      const progress = await getProgress(context.db, request.params.kato, { schoolYear, grouping: request.query.by });
      const language: Language = isLanguage(request.query.lang) ? request.query.lang : languageFromHeader(request.headers['accept-language']);

      const user = currentUser(request);
      await recordEvent(context.db, {
        name: 'export.progress',
        actorUserId: user.id,
        organizationId: null,
        subjectId: null,
        data: { kato: request.params.kato, schoolYear, grouping: progress.grouping, rows: progress.rows.length },
        createdAt: context.clock.now(),
      });

      const fileName = `progress-${request.params.kato}-${schoolYear}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(progressWorkbook(progress, language));
    },
  );
}
