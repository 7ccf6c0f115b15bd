import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPathClash } from '../../src/cli/output-paths';

const dir = mkdtempSync(path.join(tmpdir(), 'cvm-paths-'));
const input = path.join(dir, 'orders.csv');
writeFileSync(input, 'customer,date,amount\n');
mkdirSync(path.join(dir, 'sub'));
symlinkSync(input, path.join(dir, 'link.csv'));
linkSync(input, path.join(dir, 'hard.csv'));
symlinkSync(dir, path.join(dir, 'dir-link'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (flag: string, file: string) => ({ flag, file });

describe('findPathClash', () => {
  it('lets distinct outputs next to the input through, existing or not', () => {
    writeFileSync(path.join(dir, 'old-scores.csv'), 'x');
    expect(findPathClash(input, [out('--out', path.join(dir, 'old-scores.csv')), out('--rejected', path.join(dir, 'sub', 'rejected.csv'))])).toBeNull();
    expect(findPathClash(input, [])).toBeNull();
  });

  it('finds the input however the output spells it: relative, with .. and ., through a symlink or a hard link', () => {
    const relative = path.relative(process.cwd(), input);
    for (const spelling of [input, relative, `./${relative}`, `${dir}/./sub/../orders.csv`, path.join(dir, 'link.csv'), path.join(dir, 'hard.csv'), path.join(dir, 'dir-link', 'orders.csv')]) {
      expect(findPathClash(relative, [out('--rejected', path.join(dir, 'r.csv')), out('--out', spelling)]), spelling).toEqual({ kind: 'input', flag: '--out', file: spelling });
    }
  });

  it('finds two outputs naming one file, also one that does not exist yet', () => {
    const a = path.join(dir, 'a.csv');
    expect(findPathClash(input, [out('--out', a), out('--rejected', `${dir}/sub/../a.csv`)])).toEqual({
      kind: 'outputs',
      flags: ['--out', '--rejected'],
      file: `${dir}/sub/../a.csv`,
    });
    expect(findPathClash(input, [out('--out', path.join(dir, 'dir-link', 'new.csv')), out('--out-movement', path.join(dir, 'new.csv'))])).toMatchObject({
      kind: 'outputs',
      flags: ['--out', '--out-movement'],
    });
  });
});
