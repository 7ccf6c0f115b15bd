// The hash a kept dataset and a snapshot know their data by: the same bytes give the same hash
// however the file is read, and one changed digit gives another.
import { describe, expect, it } from 'vitest';
import { contentHash, contentHashOf, sameContent } from '../../src/lib/engine/content-hash';

const text = (s: string) => new TextEncoder().encode(s);

describe('content hash', () => {
  it('tells apart two files of the same size and header that differ in one digit', async () => {
    const a = text('customer,date,amount\nA,2024-01-01,1500.00\nB,2024-02-01,9000.00\n');
    const b = text('customer,date,amount\nA,2024-01-01,1500.00\nB,2024-02-01,9900.00\n');
    expect(a.length).toBe(b.length);
    expect(await contentHashOf(a)).not.toBe(await contentHashOf(b));
    expect(await contentHashOf(a)).toBe(await contentHashOf(text(new TextDecoder().decode(a))));
  });

  it('reads a large file chunk by chunk, and sees a change in its last chunk', async () => {
    const size = 9 * 1024 * 1024 + 17;
    const bytes = new Uint8Array(size).map((_, i) => i % 251);
    const reads: [number, number][] = [];
    const hash = await contentHash(size, async (offset, length) => {
      reads.push([offset, length]);
      return bytes.slice(offset, offset + length);
    });
    // Never the whole file at once.
    expect(reads.length).toBe(3);
    expect(Math.max(...reads.map(([, length]) => length))).toBeLessThan(size / 2);
    expect(hash).toBe(await contentHashOf(bytes));
    const changed = bytes.slice();
    changed[size - 1] ^= 1;
    expect(await contentHashOf(changed)).not.toBe(hash);
  });

  it('cannot tell whether a dataset stored before hashes were recorded holds the same data', () => {
    expect(sameContent({ contentHash: 'x' }, { contentHash: 'x' })).toBe(true);
    expect(sameContent({ contentHash: 'x' }, { contentHash: 'y' })).toBe(false);
    expect(sameContent({}, { contentHash: 'y' })).toBeNull();
    expect(sameContent({ contentHash: 'x' }, {})).toBeNull();
  });
});
