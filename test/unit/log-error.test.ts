import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { serializeError } from '../../src/server/http/log-error.js';

const IIN = '080215650123';

/** A PostgreSQL unique violation as node-postgres reports it. */
function uniqueViolation(): Error {
  return Object.assign(new Error('duplicate key value violates unique constraint "students_iin_key"'), {
    severity: 'ERROR',
    code: '23505',
    detail: `Key (iin)=(${IIN}) already exists.`,
    constraint: 'students_iin_key',
    table: 'students',
  });
}

describe('serializeError', () => {
  it('drops the parameters of a failed query', () => {
    const error = new DrizzleQueryError('insert into "students" ("iin", "last_name") values ($1, $2)', [IIN, 'Жасұланова'], uniqueViolation());

    const logged = JSON.stringify(serializeError(error));

    expect(logged).not.toContain(IIN);
    expect(logged).not.toContain('Жасұланова');
    expect(logged).toContain('values ($1, $2)');
    expect(logged).toContain('students_iin_key');
    expect(logged).toContain('23505');
  });

  it('drops the detail of a database error', () => {
    const logged = serializeError(uniqueViolation());

    expect(logged).toEqual({ type: 'Error', message: 'database error 23505', stack: '', code: '23505', severity: 'ERROR', constraint: 'students_iin_key', table: 'students', column: undefined, schema: undefined, routine: undefined });
  });

  it('keeps the message of a programming error', () => {
    const logged = serializeError(new TypeError('cannot read properties of undefined'));

    expect(logged).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
    expect(String(logged.stack)).toContain('log-error.test.ts');
  });
});
