import { describe, expect, it } from 'vitest';
import {
  bytesPerRowOfHead,
  createThrottle,
  estimateRead,
  roundRows,
  roundTimeLeft,
} from '../../src/lib/import/progress';

const MB = 1_000_000;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('estimateRead', () => {
  it('gives the share read, the rows it holds and the time left at the rate so far', () => {
    // 412 MB of 1 GB in 13 s at 67 bytes a row: 6.1 million rows, about 19 s to go.
    const estimate = estimateRead({ bytesRead: 412 * MB, totalBytes: 1000 * MB, elapsedMs: 13_000, bytesPerRow: 67 });
    expect(estimate.fraction).toBeCloseTo(0.412, 6);
    expect(estimate.rowsEstimate).toBe(Math.round((412 * MB) / 67));
    expect(estimate.secondsLeft).toBeCloseTo((13 * 0.588) / 0.412, 6);
  });

  it('gives no time estimate in the first second, however far it got', () => {
    expect(estimateRead({ bytesRead: 500 * MB, totalBytes: 1000 * MB, elapsedMs: 999, bytesPerRow: 50 }).secondsLeft).toBeNull();
    expect(estimateRead({ bytesRead: 500 * MB, totalBytes: 1000 * MB, elapsedMs: 1000, bytesPerRow: 50 }).secondsLeft).toBeCloseTo(1, 6);
  });

  it('gives no time estimate below 2 % read, however long it took', () => {
    expect(estimateRead({ bytesRead: 19.9 * MB, totalBytes: 1000 * MB, elapsedMs: 60_000, bytesPerRow: 50 }).secondsLeft).toBeNull();
    expect(estimateRead({ bytesRead: 20 * MB, totalBytes: 1000 * MB, elapsedMs: 60_000, bytesPerRow: 50 }).secondsLeft).toBeCloseTo(2940, 6);
  });

  it('gives no time estimate once everything is read (the rest of the work is not reading)', () => {
    const estimate = estimateRead({ bytesRead: 1000 * MB, totalBytes: 1000 * MB, elapsedMs: 30_000, bytesPerRow: 50 });
    expect(estimate.fraction).toBe(1);
    expect(estimate.secondsLeft).toBeNull();
  });

  it('gives no rows estimate without a sample of the rows', () => {
    expect(estimateRead({ bytesRead: MB, totalBytes: 10 * MB, elapsedMs: 2000, bytesPerRow: null }).rowsEstimate).toBeNull();
    expect(estimateRead({ bytesRead: MB, totalBytes: 10 * MB, elapsedMs: 2000, bytesPerRow: 0 }).rowsEstimate).toBeNull();
  });

  it('keeps the share within 0..1 and copes with an empty file', () => {
    // The last read may ask for bytes past the end.
    expect(estimateRead({ bytesRead: 11 * MB, totalBytes: 10 * MB, elapsedMs: 2000, bytesPerRow: 10 })).toEqual({
      fraction: 1,
      rowsEstimate: MB,
      secondsLeft: null,
    });
    expect(estimateRead({ bytesRead: 0, totalBytes: 0, elapsedMs: 2000, bytesPerRow: 10 }).fraction).toBe(0);
  });
});

describe('bytesPerRowOfHead', () => {
  it('averages the complete data lines after the header and ignores a cut last line', () => {
    const head = bytes('id,date,amount\n1,2024-01-01,10\n22,2024-01-02,200\n3,2024-0');
    // "1,2024-01-01,10\n" is 16 bytes, "22,2024-01-02,200\n" 18.
    expect(bytesPerRowOfHead(head)).toBe(17);
  });

  it('counts the carriage return of CRLF lines as part of the row', () => {
    expect(bytesPerRowOfHead(bytes('a;b\r\n1;2\r\n3;4\r\n'))).toBe(5);
  });

  it('needs at least two complete data lines', () => {
    expect(bytesPerRowOfHead(bytes('id,amount\n1,10\n'))).toBeNull();
    expect(bytesPerRowOfHead(bytes('id,amount'))).toBeNull();
    expect(bytesPerRowOfHead(new Uint8Array(0))).toBeNull();
  });
});

describe('createThrottle', () => {
  it('lets the first call through, then at most one per interval', () => {
    let now = 0;
    const due = createThrottle(250, () => now);
    const passed: number[] = [];
    for (now = 0; now <= 1000; now += 50) if (due()) passed.push(now);
    expect(passed).toEqual([0, 250, 500, 750, 1000]);
  });
});

describe('roundRows', () => {
  it('says rows with two significant digits, and millions with one decimal', () => {
    expect(roundRows(7)).toEqual({ unit: 'rows', count: 7 });
    expect(roundRows(412)).toEqual({ unit: 'rows', count: 410 });
    expect(roundRows(41_234)).toEqual({ unit: 'rows', count: 41_000 });
    expect(roundRows(987_654)).toEqual({ unit: 'rows', count: 990_000 });
    expect(roundRows(996_000)).toEqual({ unit: 'millions', count: 1 });
    expect(roundRows(6_149_000)).toEqual({ unit: 'millions', count: 6.1 });
    expect(roundRows(30_000_000)).toEqual({ unit: 'millions', count: 30 });
  });
});

describe('roundTimeLeft', () => {
  it('says seconds, in fives from ten, then whole minutes', () => {
    expect(roundTimeLeft(0.2)).toEqual({ unit: 'seconds', count: 1 });
    expect(roundTimeLeft(6.1)).toEqual({ unit: 'seconds', count: 7 });
    expect(roundTimeLeft(19)).toEqual({ unit: 'seconds', count: 20 });
    expect(roundTimeLeft(57)).toEqual({ unit: 'seconds', count: 55 });
    expect(roundTimeLeft(58)).toEqual({ unit: 'minutes', count: 1 });
    expect(roundTimeLeft(150)).toEqual({ unit: 'minutes', count: 3 });
  });
});
