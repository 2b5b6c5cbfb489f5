import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DEMO_PASSWORD = 'e2e-demo-password';

export interface RunningServer {
  baseUrl: string;
  /** Stop with SIGTERM, as an administrator does, and remove a data folder this function created. */
  stop(): Promise<void>;
  /** Kill the process at once, as a power cut does, and wait until it is gone. The data folder stays. */
  kill(): Promise<void>;
}

export interface ServerOptions {
  /** An existing PGlite data folder to serve, which stop() keeps; by default a new one that stop() removes. */
  dataDir?: string;
  /** Runs on the data folder before the server starts, e.g. to add schools and accounts. */
  prepare?: (dataDir: string) => Promise<void>;
}

/**
 * Start the real server (`src/server/main.ts`, serving the built UI) on a free
 * port, by default with a new PGlite data folder, so it seeds the demo school
 * unless `prepare` already added a school. Set DATABASE_URL in `env` to serve
 * a PostgreSQL database instead. Run `npm run build:web` first; `npm test` does.
 */
export async function startServer(env: Record<string, string> = {}, options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'kontingent-e2e-'));
  const port = await freePort();

  try {
    await options.prepare?.(dataDir);
  } catch (error) {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      KONTINGENT_DEMO_PASSWORD: DEMO_PASSWORD,
      KONTINGENT_ADMIN_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);

  return {
    baseUrl,
    stop: async () => {
      await stopProcess(child);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;

      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  // The first start seeds the demo school; 60 s is far above what it takes on two cores.
  const deadline = Date.now() + 60_000;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);

    const healthy = await fetch(`${baseUrl}/api/v1/health`).then((response) => response.ok, () => false);
    if (healthy) return;

    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  child.kill('SIGKILL');
  throw new Error(`the server did not answer within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();

  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
