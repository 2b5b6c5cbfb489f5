import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The LibreOffice of Debian's libreoffice-calc-nogui package; LIBREOFFICE_PATH points elsewhere. */
export const LIBREOFFICE = process.env.LIBREOFFICE_PATH ?? 'libreoffice';

/** Comma-separated, double quotes, UTF-8 (character set 76), from line 1: LibreOffice's CSV filter options. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

/** A conversion starts LibreOffice afresh; 120 s is far above what it takes on two cores. */
const CONVERSION_TIMEOUT_MS = 120_000;

export const libreOfficeAvailable = spawnSync(LIBREOFFICE, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

// CI installs LibreOffice, so there a missing one fails the run instead of skipping the checks.
if (!libreOfficeAvailable && process.env.CI) {
  throw new Error(`CI is set but "${LIBREOFFICE} --version" failed: install Debian's libreoffice-calc-nogui`);
}

export const LIBREOFFICE_MISSING = `skipped: "${LIBREOFFICE}" is not installed (apt-get install libreoffice-calc-nogui)`;

const execFileAsync = promisify(execFile);

/**
 * Converts .xlsx files to CSV text with `libreoffice --headless --convert-to
 * csv`, as a user's LibreOffice would read them. Each call runs with its own
 * profile folder, so parallel test files do not share one.
 */
export async function convertToCsv(files: Record<string, Buffer>): Promise<Record<string, string>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'kontingent-lo-'));

  try {
    const inputs = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        const file = path.join(folder, `${name}.xlsx`);
        await writeFile(file, bytes);
        return file;
      }),
    );

    await execFileAsync(
      LIBREOFFICE,
      [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', folder, ...inputs],
      { timeout: CONVERSION_TIMEOUT_MS },
    );

    const texts: Record<string, string> = {};
    for (const name of Object.keys(files)) texts[name] = await readFile(path.join(folder, `${name}.csv`), 'utf8');
    return texts;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
