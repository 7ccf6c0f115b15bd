// `npm run rfm -- FILE --segment NAME --out FILE.csv`: one segment's customers, written by the same
// SQL as the segment page's download, so the file is the full scores CSV's rows of that segment.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rfm } from './helpers/cli-run';

const FILE = 'test/fixtures/segment-page/orders.csv';
const outDir = mkdtempSync(path.join(tmpdir(), 'cvm-cli-segment-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));


const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');

describe('npm run rfm --segment', () => {
  it('writes only the named segment\'s rows of the scores CSV, named as the summary prints it or by id', async () => {
    const all = path.join(outDir, 'all.csv');
    const atRisk = path.join(outDir, 'at-risk.csv');
    const byId = path.join(outDir, 'at-risk-id.csv');
    const common = [FILE, '--as-of', '2024-07-01', '--bins', '2'];
    // One after another: three engines at once are slow on a small machine.
    const whole = await rfm(...common, '--out', all);
    const named = await rfm(...common, '--segment', 'at risk', '--out', atRisk);
    const id = await rfm(...common, '--segment', 'at_risk', '--out', byId);
    expect([whole.code, named.code, id.code]).toEqual([0, 0, 0]);
    const [header, ...rows] = lines(all);
    const expected = rows.filter((row) => row.split(',')[8] === 'At Risk');
    expect(expected.length).toBeGreaterThan(0);
    expect(lines(atRisk)).toEqual([header, ...expected]);
    expect(lines(byId)).toEqual(lines(atRisk));
    expect(named.stdout).toContain(`Scores of the ${expected.length} customers of At Risk written to ${atRisk}`);
  }, 300_000);

  it('refuses a name that is no segment, listing the segments, and writes nothing', async () => {
    const out = path.join(outDir, 'none.csv');
    const result = await rfm(FILE, '--segment', 'Whales', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^--segment "Whales" is no segment of this analysis; its segments: Champions, .*Lost, Others$/);
    expect(() => readFileSync(out)).toThrow();
  }, 120_000);

  it('needs --out', async () => {
    const result = await rfm(FILE, '--segment', 'Lost');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--segment needs --out FILE\.csv/);
  });
});
