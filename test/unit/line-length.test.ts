// The start of a CSV is measured line by line before DuckDB reads it (lib/import/line-length.ts):
// a line DuckDB would refuse is named with its real line number.
import { describe, expect, it } from 'vitest';
import { firstLongLine, longLineError, MAX_LINE_BYTES } from '../../src/lib/import/line-length';

/** A file read at most `step` bytes at a time, so that a CRLF falls across two reads. */
const reader = (text: string, step = 3) => {
  const bytes = new TextEncoder().encode(text);
  return [bytes.length, async (offset: number, length: number) => bytes.slice(offset, offset + Math.min(length, step))] as const;
};

describe('the first line over the limit', () => {
  it('is counted the way an editor counts lines, across CRLF, LF and a lone CR', async () => {
    const text = 'a,b\r\nshort\nok\rfine\r\n' + 'x'.repeat(11) + '\r\nlast\n';
    expect(await firstLongLine(...reader(text), 10)).toEqual({ line: 5, bytes: 11, wholeFile: false });
  });

  it('is none when every line fits, the limit itself included', async () => {
    expect(await firstLongLine(...reader('a,b\r\n' + 'x'.repeat(10) + '\r\n'), 10)).toBeNull();
  });

  it('at the end of a file without a final line break is still found', async () => {
    expect(await firstLongLine(...reader('a,b\n' + 'y'.repeat(12)), 10)).toEqual({ line: 2, bytes: 12, wholeFile: false });
  });

  it('that is the whole file says the file has no line break', async () => {
    expect(await firstLongLine(...reader('z,'.repeat(20)), 10)).toEqual({ line: 1, bytes: 40, wholeFile: true });
  });

  it("is measured in bytes, as DuckDB's limit is", async () => {
    expect(await firstLongLine(...reader('a\nЯЯЯЯЯЯ\n'), 11)).toEqual({ line: 2, bytes: 12, wholeFile: false });
  });
});

describe('the message', () => {
  it('names the line, its size and the limit in megabytes', () => {
    const error = longLineError('big.csv', { line: 3, bytes: 20_000_014, wholeFile: false });
    expect(error).toMatchObject({ code: 'line_too_long', details: { file: 'big.csv', line: 3, megabytes: 20, limitMegabytes: 2 } });
  });

  it('for a file of one line says so, without a line number', () => {
    const error = longLineError('one.csv', { line: 1, bytes: 25_300_000, wholeFile: true }, MAX_LINE_BYTES);
    expect(error).toMatchObject({ code: 'no_line_break', details: { file: 'one.csv', megabytes: 25.3, limitMegabytes: 2 } });
  });
});
