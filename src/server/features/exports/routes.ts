import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { almatyDate } from '../../../domain/clock.js';
import { LANGUAGES, type Language } from '../../../i18n/resources.js';
import { languageFromHeader, translate } from '../../../i18n/translate.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { getOrganization, type OrganizationView } from '../organizations/get-organization.js';
import type { AnyExportList, ExportContext } from './export-list.js';
import { almatyTimeOfDay, displayDate } from './export-time.js';
import { exportContentDisposition } from './file-name.js';
import { EXPORT_LISTS } from './lists/index.js';
import { recordExport } from './record-export.js';
import { ExportAbortedError, XLSX_CONTENT_TYPE, writeWorkbook } from './write-workbook.js';

const languageQuery = z.enum(LANGUAGES).optional().describe('Language of the headers and values; Accept-Language when absent');

/** Registers GET /api/v1/organizations/:orgId/exports/<name> for every list of EXPORT_LISTS. */
export function exportRoutes(app: FastifyInstance, context: AppContext): void {
  for (const list of EXPORT_LISTS) registerExportRoute(app, context, list);
}

function registerExportRoute(app: FastifyInstance, context: AppContext, list: AnyExportList): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const querystring = list.query.extend({ language: languageQuery });

  routes.get(
    `/api/v1/organizations/:orgId/exports/${list.name}`,
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['exports'],
        description: `${list.description} Every row of the filtered list from all pages. Each export is recorded in the audit log as the event export.created.`,
        params: z.object({ orgId: idParam }),
        querystring,
        produces: [XLSX_CONTENT_TYPE, 'application/json'],
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { orgId } = request.params as { orgId: number };
      assertOrganizationAccess(user, orgId);
      const organization = await getOrganization(context.db, orgId);

      const { language: requested, ...query } = request.query as { language?: Language } & Record<string, unknown>;
      const language = requested ?? languageFromHeader(request.headers['accept-language']);
      const exportContext = await buildContext(context, organization, language);

      // The count and the first page are read before any byte is sent, so their failures still get a JSON error.
      const rows = await list.count(query, exportContext);
      const pages = list.pages(query, exportContext)[Symbol.asyncIterator]();
      const first = await pages.next();

      const filters = list.auditFilters(query);
      await recordExport(context.db, user.id, orgId, { list: list.name, filters, rows, language }, exportContext.now);

      const title = list.title(query, exportContext);
      const output = new PassThrough();
      const layout = { sheetName: title, titleLines: titleLines(title, list.describeFilters(query, exportContext), exportContext), columns: list.columns(query, exportContext) };
      writeWorkbook(output, layout, withFirstPage(first, pages)).catch((error: unknown) => failExport(request, list, output, error));

      const nameParts = [title, ...(filters.grade !== undefined ? [exportContext.t('common:grade', { grade: filters.grade })] : []), ...(typeof filters.letter === 'string' ? [filters.letter] : [])];
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', exportContentDisposition(list.name, nameParts, exportContext.now))
        .header('cache-control', 'no-store')
        // The file is a stream, so the JSON response schemas (errors only) do not apply to it.
        .send(output as never);
    },
  );
}

async function buildContext(context: AppContext, organization: OrganizationView, language: Language): Promise<ExportContext> {
  return {
    db: context.db,
    organization,
    language,
    t: (key, params) => translate(language, key, params),
    dictionaries: await listDictionaries(context.db),
    today: context.clock.today(),
    now: context.clock.now(),
  };
}

/** The school's name, then the list with its filters and the moment of the export. */
function titleLines(title: string, filters: string[], { organization, language, now, t }: ExportContext): string[] {
  const school = language === 'kk' ? organization.names.kk : organization.names.ru;
  const list = filters.length > 0 ? `${title}: ${filters.join(', ')}` : title;
  const generated = t('excel:export.generated', { date: displayDate(almatyDate(now)), time: almatyTimeOfDay(now) });

  return [school, `${list}. ${generated}`];
}

async function* withFirstPage<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;

  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Ends a broken export. The status line is already sent, so the client sees a
 * cut-off download. The log names the list and the error's class and code
 * only: a database error's text can carry the search text, which may be a name.
 */
function failExport(request: FastifyRequest, list: AnyExportList, output: PassThrough, error: unknown): void {
  if (!(error instanceof ExportAbortedError)) {
    const failure = error as { name?: string; code?: string; cause?: { code?: string } };
    request.log.error({ list: list.name, error: failure?.name, code: failure?.code ?? failure?.cause?.code }, 'export failed');
  }
  output.destroy(error instanceof Error ? error : new Error(String(error)));
}
