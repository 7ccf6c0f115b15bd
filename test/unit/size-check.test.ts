import { describe, expect, it } from 'vitest';
import {
  BASE_BYTES,
  checkSize,
  CSV_BYTES_PER_ROW,
  deviceMemoryOf,
  engineCapacity,
  WASM_CEILING,
  WASM_USABLE,
} from '../../src/lib/import/size-check';

const MB = 1_000_000;
const GIB = 1024 ** 3;

describe('checkSize for CSV', () => {
  it('lets through the bench files that completed in the tab (10 M and 30 M rows)', () => {
    // BENCHMARKS.md 2026-11-23: 318 MB -> 910 MB engine memory, 977 MB -> 2,677 MB; both completed.
    const tenM = checkSize({ sizeBytes: 318_271_380, format: 'csv', bytesPerRow: 31.8 });
    const thirtyM = checkSize({ sizeBytes: 977_242_555, format: 'csv', bytesPerRow: 32.6 });
    expect(tenM.verdict).toBe('ok');
    expect(thirtyM.verdict).toBe('ok');
    // The estimate is at or a little above what was measured, never far below.
    expect(tenM.neededBytes / (910 * MB)).toBeGreaterThanOrEqual(1);
    expect(tenM.neededBytes / (910 * MB)).toBeLessThan(1.1);
    expect(thirtyM.neededBytes / (2677 * MB)).toBeGreaterThanOrEqual(1);
    expect(thirtyM.neededBytes / (2677 * MB)).toBeLessThan(1.1);
  });

  it('warns above 80 % of the 4 GiB ceiling and calls a file too large above the ceiling itself', () => {
    const rowsAt = (bytes: number) => (bytes - BASE_BYTES) / CSV_BYTES_PER_ROW;
    const size = (rows: number) => Math.round(rows) * 32;
    expect(checkSize({ sizeBytes: size(rowsAt(WASM_USABLE) - 10), format: 'csv', bytesPerRow: 32 }).verdict).toBe('ok');
    expect(checkSize({ sizeBytes: size(rowsAt(WASM_USABLE) + 10), format: 'csv', bytesPerRow: 32 }).verdict).toBe('warn');
    expect(checkSize({ sizeBytes: size(rowsAt(WASM_CEILING) - 10), format: 'csv', bytesPerRow: 32 }).verdict).toBe('warn');
    expect(checkSize({ sizeBytes: size(rowsAt(WASM_CEILING) + 10), format: 'csv', bytesPerRow: 32 }).verdict).toBe('too-large');
  });

  it('counts rows, not bytes: a wide 1.6 GB export fits where a narrow one does not', () => {
    const narrow = checkSize({ sizeBytes: 1.6e9, format: 'csv', bytesPerRow: 32 });
    const wide = checkSize({ sizeBytes: 1.6e9, format: 'csv', bytesPerRow: 128 });
    expect(narrow.rows).toBe(50_000_000);
    expect(narrow.verdict).toBe('too-large');
    expect(wide.rows).toBe(12_500_000);
    expect(wide.verdict).toBe('ok');
  });

  it('assumes the narrowest measured rows when the head gives no sample', () => {
    expect(checkSize({ sizeBytes: 320 * MB, format: 'csv', bytesPerRow: null }).rows).toBe(10_000_000);
    expect(checkSize({ sizeBytes: 320 * MB, format: 'csv' }).rows).toBe(10_000_000);
  });

  it('uses half of what the device reports, and nothing else when the browser does not say', () => {
    // A 200 MB narrow CSV: about 6.25 M rows, about 590 MB of engine memory.
    const file = { sizeBytes: 200 * MB, format: 'csv' as const, bytesPerRow: 32 };
    expect(checkSize({ ...file }).verdict).toBe('ok');
    expect(checkSize({ ...file, deviceMemoryGb: 8 }).verdict).toBe('ok');
    expect(checkSize({ ...file, deviceMemoryGb: 2 }).verdict).toBe('ok');
    expect(checkSize({ ...file, deviceMemoryGb: 1 }).verdict).toBe('warn');
    expect(checkSize({ ...file, deviceMemoryGb: 0.25 }).verdict).toBe('warn');
  });

  it('says how large a file of the same shape probably fits', () => {
    const check = checkSize({ sizeBytes: 200 * MB, format: 'csv', bytesPerRow: 40, deviceMemoryGb: 1 });
    expect(check.capacityBytes).toBe(0.5 * GIB);
    expect(check.maxRows).toBe(Math.floor((0.5 * GIB - BASE_BYTES) / CSV_BYTES_PER_ROW));
    expect(check.maxFileBytes).toBe(check.maxRows! * 40);
  });
});

describe('checkSize for Parquet', () => {
  it('lets through the measured 10 M rows and warns from about 210 MB without a word from the device', () => {
    // 105 MB of Parquet (10 M rows) took 1,470 MB of engine memory in the tab.
    const measured = checkSize({ sizeBytes: 104_510_969, format: 'parquet' });
    expect(measured.verdict).toBe('ok');
    expect(measured.neededBytes / (1470 * MB)).toBeGreaterThanOrEqual(1);
    expect(measured.neededBytes / (1470 * MB)).toBeLessThan(1.1);
    expect(measured.rows).toBeNull();
    expect(checkSize({ sizeBytes: 200 * MB, format: 'parquet' }).verdict).toBe('ok');
    expect(checkSize({ sizeBytes: 250 * MB, format: 'parquet' }).verdict).toBe('warn');
    expect(checkSize({ sizeBytes: 300 * MB, format: 'parquet' }).verdict).toBe('too-large');
  });
});

describe('engineCapacity and deviceMemoryOf', () => {
  it('caps at 80 % of the wasm ceiling and ignores nonsense', () => {
    expect(engineCapacity()).toBe(WASM_USABLE);
    expect(engineCapacity(8)).toBe(WASM_USABLE);
    expect(engineCapacity(4)).toBe(2 * GIB);
    expect(engineCapacity(0)).toBe(WASM_USABLE);
    expect(engineCapacity(Number.NaN)).toBe(WASM_USABLE);
  });

  it('reads navigator.deviceMemory only when it is a positive number', () => {
    expect(deviceMemoryOf({ deviceMemory: 4 })).toBe(4);
    expect(deviceMemoryOf({ deviceMemory: 0.25 })).toBe(0.25);
    expect(deviceMemoryOf({})).toBeUndefined();
    expect(deviceMemoryOf({ deviceMemory: 'lots' })).toBeUndefined();
    expect(deviceMemoryOf(undefined)).toBeUndefined();
  });
});
