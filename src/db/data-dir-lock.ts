import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'kontingent.pid';

/** Error: another live process has locked the PGlite data folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(`The data folder ${dataDir} is in use by process ${ownerPid}. Stop that Kontingent server first, or set DATA_DIR to another folder.`);
    this.name = 'DataDirInUseError';
  }
}

/**
 * Take the PGlite data folder for this process. PGlite has no lock of its own,
 * and two processes writing one folder corrupt it, so a second server (or a
 * CLI command while the server runs) stops with a clear error instead.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(lockPath, 'wx');
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      return () => unlinkSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;

      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (isRunning(owner) && owner !== process.pid) {
        throw new DataDirInUseError(dataDir, owner);
      }

      // The owner stopped without removing its lock: take the folder over.
      unlinkSync(lockPath);
    }
  }

  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;

  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
