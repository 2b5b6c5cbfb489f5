import type { FastifyInstance } from 'fastify';
import { XLSX_CONTENT_TYPE } from '../exports/write-workbook.js';
import { MAX_IMPORT_FILE_BYTES } from './limits.js';
import { fileTooLarge } from './read-sheet.js';

/**
 * Media types under which an import file may come as the raw request body.
 * The web client sends application/octet-stream; the others are what curl
 * and browsers name .xlsx and .csv files (Windows names .csv after Excel).
 */
export const UPLOAD_CONTENT_TYPES = ['application/octet-stream', XLSX_CONTENT_TYPE, 'text/csv', 'application/vnd.ms-excel'];

/**
 * An upload this much larger than the limit is cut off at once. A smaller one
 * is read to the end before the "too large" answer, because a browser that is
 * still sending may not read an answer that arrives early.
 */
const MAX_DRAINED_BYTES = 8 * MAX_IMPORT_FILE_BYTES;

/**
 * Reads a raw upload into a Buffer. Past the size limit the bytes are counted
 * and dropped, and the request gets the translated "file too large" error.
 */
export function registerUploadParser(app: FastifyInstance): void {
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, (request, payload, done) => {
    if (Number(request.headers['content-length']) > MAX_DRAINED_BYTES) {
      done(fileTooLarge(), undefined);
      return;
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };

    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_IMPORT_FILE_BYTES) chunks.push(chunk);
      if (size > MAX_DRAINED_BYTES) {
        payload.destroy();
        finish(fileTooLarge());
      }
    });
    payload.on('end', () => finish(size > MAX_IMPORT_FILE_BYTES ? fileTooLarge() : null, Buffer.concat(chunks)));
    payload.on('error', (error) => finish(error));
  });
}
