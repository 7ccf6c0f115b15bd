import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextEncodingName } from '../../src/lib/engine/api';
import { needsTranscoding, transcodeToUtf8 } from '../../src/lib/import/transcode';
import { transcodeFile } from '../../src/worker/transcode-browser';
import { transcodeToTempFile } from '../../src/cli/transcode-node';

const FIXTURES = new URL('../fixtures/import/encoding/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as { file: string; expect: { encoding: TextEncodingName } }[];
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, FIXTURES)));

const source = (bytes: Uint8Array) => ({ size: bytes.length, read: async (offset: number, length: number) => bytes.slice(offset, offset + length) });

/** Transcodes `bytes` and returns the output as text, checking that every part is complete UTF-8. */
async function transcode(bytes: Uint8Array, encoding: TextEncodingName, chunkBytes?: number) {
  const parts: Uint8Array[] = [];
  const progress: number[] = [];
  const result = await transcodeToUtf8(source(bytes), encoding, (utf8) => void parts.push(utf8), {
    chunkBytes,
    fileName: 'orders.csv',
    onProgress: (read, total) => {
      expect(total).toBe(bytes.length);
      progress.push(read);
    },
  });
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const text = parts.map((part) => strict.decode(part)).join('');
  expect(result).toEqual({ bytesIn: bytes.length, bytesOut: parts.reduce((n, p) => n + p.length, 0) });
  return { text, progress };
}

const errorOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error as { code: string; details: Record<string, unknown> };
  }
  throw new Error('expected a failure');
};

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('transcodeToUtf8', () => {
  it.each(manifest.map((m) => [m.file, m.expect.encoding]))('%s round-trips from %s to the same text, without a BOM', async (file, encoding) => {
    const bytes = fixture(file);
    const { text } = await transcode(bytes, encoding);
    expect(text).toBe(new TextDecoder(encoding).decode(bytes));
    expect(text.startsWith('\ufeff')).toBe(false);
    expect(text).toMatch(/Клиент|Контрагент|Покупатель|Customer|client|customer/);
  });

  it('reads the 1C file right: quotes, non-breaking spaces, "№" and "Ё" come out as UTF-8', async () => {
    const { text } = await transcode(fixture('1c-export-cp1251.csv'), 'windows-1251');
    expect(text.split('\r\n')[2]).toBe('Контрагент;Дата;Документ;Номенклатура;Количество;Цена;Сумма');
    expect(text).toContain('"ООО ""ТД ""Север""""";05.02.2024 16:45:12;');
    expect(text).toContain('Степлер № 24/6');
    expect(text).toContain('Ёмкость');
    expect(text).toContain(';3\u00a0500,00\r\n');
  });

  it.each([1, 2, 3, 7, 64])('never splits a character between chunks of %i bytes', async (chunkBytes) => {
    for (const { file, expect: { encoding } } of manifest) {
      const bytes = fixture(file);
      const { text, progress } = await transcode(bytes, encoding, chunkBytes);
      expect(text, file).toBe(new TextDecoder(encoding).decode(bytes));
      expect(progress.at(-1)).toBe(bytes.length);
      expect(progress.every((read, i) => i === 0 || read > progress[i - 1])).toBe(true);
    }
  });

  it('drops a BOM split between chunks and keeps a U+FEFF later in the text', async () => {
    const bytes = Uint8Array.of(0xff, 0xfe, ...utf16('a\ufeffb\n', true));
    expect((await transcode(bytes, 'utf-16le', 1)).text).toBe('a\ufeffb\n');
  });

  it('turns an empty file or a lone BOM into nothing', async () => {
    expect((await transcode(new Uint8Array(0), 'windows-1251')).text).toBe('');
    expect((await transcode(Uint8Array.of(0xfe, 0xff), 'utf-16be', 1)).text).toBe('');
  });

  describe('an invalid byte sequence is refused with the line it is on', () => {
    const lines = ['customer;amount', 'Иванов;10', 'Петров;20', 'Сидоров;30', '🌸 Лена;40', 'end;0'].join('\n') + '\n';
    /** UTF-8 of `lines` with one byte replaced so the character at `marker` becomes invalid. */
    function brokenUtf8(marker: string, replace: (bytes: Uint8Array, at: number) => Uint8Array): Uint8Array {
      const at = utf8(lines.slice(0, lines.indexOf(marker))).length;
      return replace(utf8(lines), at);
    }
    const cases: [string, Uint8Array, number][] = [
      // A lone continuation byte at the start of line 3.
      ['stray continuation byte', brokenUtf8('Петров', (b, at) => Uint8Array.of(...b.subarray(0, at), 0x80, ...b.subarray(at))), 3],
      // "С" of line 4 cut to its lead byte: the next byte is ASCII.
      ['lead byte without its continuation', brokenUtf8('идоров', (b, at) => Uint8Array.of(...b.subarray(0, at - 1), ...b.subarray(at))), 4],
      // A lead byte just before the line end: the broken character is on line 2, not 3.
      ['lead byte before the newline', brokenUtf8('\nПетров', (b, at) => Uint8Array.of(...b.subarray(0, at), 0xd0, ...b.subarray(at))), 2],
      // The emoji of line 5 with its last byte missing.
      ['truncated 4-byte character', brokenUtf8(' Лена', (b, at) => Uint8Array.of(...b.subarray(0, at - 1), ...b.subarray(at))), 5],
      ['0xFF, never valid in UTF-8', Uint8Array.of(0xff, ...utf8('a\nb\n')), 1],
      ['a file ending inside a character', Uint8Array.of(...utf8('a\nb\nИ'), 0xd0), 3],
    ];

    it.each(cases)('UTF-8: %s', async (_, bytes, line) => {
      for (const chunkBytes of [1, 2, 3, 5, 7, 16, 1024]) {
        const error = await errorOf(() => transcode(bytes, 'utf-8', chunkBytes));
        expect(error, `chunks of ${chunkBytes}`).toMatchObject({ code: 'encoding_mismatch', details: { file: 'orders.csv', encoding: 'utf-8', row: line } });
      }
    });

    it('UTF-8: a chunk that starts inside a character and holds a line end before the invalid byte', async () => {
      // Chunks of 4: "abc" + the first byte of "Ж" | the rest of "Ж", "\n", "d", 0xFF.
      const bytes = Uint8Array.of(0x61, 0x62, 0x63, 0xd0, 0x96, 0x0a, 0x64, 0xff);
      const error = await errorOf(() => transcode(bytes, 'utf-8', 4));
      expect(error).toMatchObject({ code: 'encoding_mismatch', details: { row: 2 } });
    });

    it.each([true, false])('UTF-16 (little-endian: %s): a lone surrogate on line 3, even right after the line end', async (littleEndian) => {
      for (const text of ['a\nb\nc\ud83cx\nd\n', 'a\nb\n\ud83c\nd\n', 'a\nb\nc\udf38\n']) {
        for (const chunkBytes of [1, 2, 3, 7, 1024]) {
          const error = await errorOf(() => transcode(utf16(text, littleEndian), littleEndian ? 'utf-16le' : 'utf-16be', chunkBytes));
          expect(error, `${JSON.stringify(text)} in chunks of ${chunkBytes}`).toMatchObject({ code: 'encoding_mismatch', details: { row: 3 } });
        }
      }
    });

    it('UTF-16: an odd number of bytes is refused at the last line', async () => {
      const bytes = utf16('a\nb\nc', true);
      const error = await errorOf(() => transcode(bytes.subarray(0, bytes.length - 1), 'utf-16le', 3));
      expect(error).toMatchObject({ code: 'encoding_mismatch', details: { row: 3 } });
    });
  });

  it('passes on what the sink throws', async () => {
    const failing = transcodeToUtf8(source(utf8('a\n')), 'utf-8', () => {
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
  });
});

describe('needsTranscoding', () => {
  it('leaves UTF-8 to DuckDB, BOM or not, and transcodes everything else', () => {
    expect(needsTranscoding('utf-8')).toBe(false);
    for (const encoding of ['utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'] as const) expect(needsTranscoding(encoding)).toBe(true);
  });
});

describe('transcodeFile (the worker side, on Node\'s File)', () => {
  it('returns a UTF-8 File with the same name', async () => {
    const bytes = fixture('koi8r.csv');
    const seen: number[] = [];
    const out = await transcodeFile(new File([bytes], 'koi8r.csv'), 'koi8-r', (read) => seen.push(read));
    expect(out.name).toBe('koi8r.csv');
    expect(await out.text()).toBe(new TextDecoder('koi8-r').decode(bytes));
    expect(seen.at(-1)).toBe(bytes.length);
  });
});

describe('transcodeToTempFile (the CLI side)', () => {
  it('writes a UTF-8 copy under the same name and removes it on cleanup', async () => {
    const temp = await transcodeToTempFile(new URL('excel-unicode-text.txt', FIXTURES).pathname, 'utf-16le');
    expect(temp.path.endsWith('/excel-unicode-text.txt')).toBe(true);
    expect(readFileSync(temp.path, 'utf8')).toBe(new TextDecoder('utf-16le').decode(fixture('excel-unicode-text.txt')));
    temp.cleanup();
    expect(existsSync(temp.path)).toBe(false);
  });

  it('leaves no temporary file behind when the input is not in the encoding given', async () => {
    // os.tmpdir() follows TMPDIR, so this test watches a directory of its own.
    const saved = process.env.TMPDIR;
    const watched = mkdtempSync(path.join(os.tmpdir(), 'cvm-transcode-test-'));
    process.env.TMPDIR = watched;
    try {
      const error = await errorOf(() => transcodeToTempFile(new URL('1c-export-cp1251.csv', FIXTURES).pathname, 'utf-16le'));
      expect(error).toMatchObject({ code: 'encoding_mismatch', details: { file: '1c-export-cp1251.csv', encoding: 'utf-16le' } });
      expect(readdirSync(watched)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(watched, { recursive: true, force: true });
    }
  });
});
