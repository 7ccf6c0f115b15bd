// An opened file's content hash (worked out beside opening, see hashSource): two files with the
// same name, header and size (one digit changed) share the signature that keys their mapping,
// not the hash.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../../src/lib/engine/content-hash';
import { fileSource } from '../../src/cli/file-source';
import { hashSource } from '../../src/worker/engine/open-source';
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
    const [fileA, fileB] = [write('a', `${header}A,2024-01-05,1500.00\nB,2024-02-01,9000.00\n`), write('b', `${header}A,2024-01-05,1500.00\nB,2024-02-01,9900.00\n`)];
    const [a, b] = [await t.open(fileA), await t.open(fileB)];
    expect(a.sizeBytes).toBe(b.sizeBytes);
    expect(a.signature).toBe(b.signature);
    const [hashA, hashB] = [await hashSource(fileSource(fileA, t.database)), await hashSource(fileSource(fileB, t.database))];
    expect(hashA).toMatch(/^sha256-list-4MiB:[0-9a-f]{64}$/);
    expect(hashA).not.toBe(hashB);
  });

  it('is the same however the bytes are read: the command line and the page agree', async () => {
    for (const name of ['orders-basic.csv', 'orders.parquet']) {
      const file = path.join(FIXTURES, name);
      expect(await hashSource(fileSource(file, t.database))).toBe(await contentHashOf(new Uint8Array(readFileSync(file))));
    }
  });
});
