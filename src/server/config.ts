/** Server settings, read once from the environment at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's data folder, used when databaseUrl is not set. */
  dataDir: string;
  databaseUrl?: string;
  /** Password of the demo `operator` account; a random one is printed when unset. */
  demoPassword?: string;
  adminPassword?: string;
  logLevel: string;
  /** Send the session cookie only over HTTPS; set behind a TLS-terminating proxy. */
  secureCookies: boolean;
  /** Read the client address from X-Forwarded-For, for the login limits and the audit log; set behind a proxy. */
  trustProxy: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number from 0 to 65535, got "${env.PORT}"`);
  }

  return {
    port,
    host: env.HOST ?? 'localhost',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    demoPassword: env.KONTINGENT_DEMO_PASSWORD || undefined,
    adminPassword: env.KONTINGENT_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
