// The order dates do not depend on the machine's time zone: `npm run rfm` on timestamps written
// with offsets near midnight prints the same report under zones from UTC-8 to UTC+14
// (test/fixtures/import/locale/README: dates-with-zones.csv keeps every date as written).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = 'test/fixtures/import/locale/dates-with-zones.csv';
const COLUMNS = ['--customer', 'Email', '--date', 'Created at', '--amount', 'Total', '--order', 'Name'];

function rfmIn(tz: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/rfm.ts', FILE, ...COLUMNS, '--as-of', '2024-04-01'],
      { cwd: ROOT, encoding: 'utf8', timeout: 55_000, env: { ...process.env, TZ: tz } },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout });
      },
    );
  });
}

describe('npm run rfm under other time zones', () => {
  it('prints the dates as written, and the same report, in UTC+14, UTC-8 and UTC+5:30', async () => {
    const runs = await Promise.all(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map(rfmIn));
    for (const run of runs) expect(run.code).toBe(0);
    expect(runs[0].stdout).toContain('6 of 6 rows used · orders from 2024-02-01 to 2024-03-31');
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[2].stdout).toBe(runs[0].stdout);
  }, 60_000);
});
