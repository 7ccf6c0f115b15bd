// Opening a file gives its content hash beside the signature: two files with the same name,
// header and size (one digit changed) share the signature that keys their mapping, not the hash.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../../src/lib/engine/content-hash';
import { FIXTURES, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
const dir = mkdtempSync(path.join(tmpdir(), 'cvm-hash-'));
/** `orders.csv` in its own folder: the same name for both files. */
const write = (folder: string, text: string) => {
  mkdirSync(path.join(dir, folder));
  const file = path.join(dir, folder, 'orders.csv');
  writeFileSync(file, text);
  return file;
};

beforeAll(async () => {
  t = await startEngine();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the content hash of an opened file', () => {
  it('differs for two files with the same name, header and size, while their signature is the same', async () => {
    const header = 'customer,date,amount\n';
    const a = await t.open(write('a', `${header}A,2024-01-05,1500.00\nB,2024-02-01,9000.00\n`));
    const b = await t.open(write('b', `${header}A,2024-01-05,1500.00\nB,2024-02-01,9900.00\n`));
    expect(a.sizeBytes).toBe(b.sizeBytes);
    expect(a.signature).toBe(b.signature);
    expect(a.contentHash).toBeTruthy();
    expect(a.contentHash).not.toBe(b.contentHash);
  });

  it('is the same however the bytes are read: the command line and the page agree', async () => {
    for (const name of ['orders-basic.csv', 'orders.parquet']) {
      const opened = await t.open(name);
      expect(opened.contentHash).toBe(await contentHashOf(new Uint8Array(readFileSync(path.join(FIXTURES, name)))));
    }
  });
});
