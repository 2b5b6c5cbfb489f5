import type { Logger } from 'drizzle-orm/logger';

export type StatementCounter = Logger & { measure<T>(action: () => Promise<T>): Promise<{ result: T; statements: number }> };

/** Counts the SQL statements that Drizzle sends while `measure` runs its action. */
export function statementCounter(): StatementCounter {
  let counting = false;
  let statements = 0;

  return {
    logQuery: () => {
      if (counting) statements += 1;
    },
    measure: async (action) => {
      statements = 0;
      counting = true;
      try {
        const result = await action();
        return { result, statements };
      } finally {
        counting = false;
      }
    },
  };
}
