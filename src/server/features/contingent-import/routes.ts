import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageFromHeader, translate } from '../../../i18n/translate.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { XLSX_CONTENT_TYPE } from '../exports/write-workbook.js';
import { commitImport } from './commit-import.js';
import { importFileError } from './import-error.js';
import { previewImport } from './preview-import.js';
import { UPLOAD_CONTENT_TYPES, registerUploadParser } from './read-upload.js';
import { importPreviewSchema, importResultSchema, templateQuery } from './schemas.js';
import { buildTemplate } from './template.js';

const UPLOAD_HELP =
  'The request body is the file itself (.xlsx or .csv, at most 10 MB), sent as application/octet-stream; its type is judged by its content.';

export function contingentImportRoutes(app: FastifyInstance, context: AppContext): void {
  registerUploadParser(app);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });

  routes.post(
    '/api/v1/organizations/:orgId/contingent-import/preview',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['contingent-import'],
        description: `Check an import file and count the students it would add and update; nothing is written. ${UPLOAD_HELP}`,
        params: organizationParams,
        consumes: UPLOAD_CONTENT_TYPES,
        response: { 200: importPreviewSchema, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return previewImport(context, request.params.orgId, uploadedFile(request), languageFromHeader(request.headers['accept-language']));
    },
  );

  routes.post(
    '/api/v1/organizations/:orgId/contingent-import',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['contingent-import'],
        description: `Import a file into the school's contingent in one transaction: every row or, when one has a problem, none (400 import.invalid with every problem). ${UPLOAD_HELP}`,
        params: organizationParams,
        consumes: UPLOAD_CONTENT_TYPES,
        response: { 200: importResultSchema, 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const user = currentUser(request);
      assertOrganizationAccess(user, request.params.orgId);
      return commitImport(context, user.id, request.params.orgId, uploadedFile(request), languageFromHeader(request.headers['accept-language']));
    },
  );

  routes.get(
    '/api/v1/contingent-import/template',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['contingent-import'],
        description: 'The .xlsx template to fill for an import, with column titles, drop-down lists and instructions in Kazakh or Russian.',
        querystring: templateQuery,
        produces: [XLSX_CONTENT_TYPE, 'application/json'],
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { language } = request.query;
      const file = await buildTemplate(language, await listDictionaries(context.db));
      const name = `${translate(language, 'excel:template.fileName')}.xlsx`;

      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="kontingent-import-template-${language}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(file as never);
    },
  );
}

/** The raw file of an upload; a request without one is an empty file, and a JSON or form body is not a spreadsheet. */
function uploadedFile(request: FastifyRequest): Buffer {
  const body = request.body as unknown;
  if (body === undefined || body === null || body === '') throw importFileError('import.file_empty');
  if (!Buffer.isBuffer(body)) throw importFileError('import.not_spreadsheet');

  return body;
}
