import { openDatabase } from '../db/client.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { clockFromEnv, rehearsalDate } from '../domain/clock.js';
import { seedDemoSchool } from '../seed/demo-school.js';
import { seedDictionaries } from '../seed/seed-dictionaries.js';
import { buildApp, loggerOptions } from './app.js';
import { readConfig } from './config.js';

const config = readConfig();
const clock = clockFromEnv();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((error: unknown) => {
  if (!(error instanceof DataDirInUseError)) throw error;

  console.error(error.message);
  process.exit(1);
});

try {
  const app = await buildApp(
    { db: database.db, databaseKind: database.kind, clock, rehearsalDate: rehearsalDate(process.env), secureCookies: config.secureCookies },
    { logger: loggerOptions(config.logLevel), serveWeb: true, trustProxy: config.trustProxy },
  );

  await seedDictionaries(database.db);
  const demo = await seedDemoSchool(database.db, { clock, password: config.demoPassword, adminPassword: config.adminPassword });
  if (demo.seeded) {
    app.log.info({ students: demo.students }, 'seeded the demo school 17009 and the accounts operator and admin');
    // Printed once, on the console only: the generated passwords of the new demo accounts.
    console.log(`\n  Demo login: operator / ${demo.password ?? '(the password in KONTINGENT_DEMO_PASSWORD)'}`);
    if (demo.adminPassword) console.log(`  Admin login: admin / ${demo.adminPassword}\n`);
  }

  if (rehearsalDate(process.env)) app.log.warn({ today: clock.today() }, 'KONTINGENT_TODAY is set: the application rehearses this date');

  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: database.kind }, `Kontingent is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      app.log.info({ signal }, 'stopping');
      await app.close();
      await database.close();
      process.exit(0);
    });
  }
} catch (error) {
  await database.close();
  throw error;
}
