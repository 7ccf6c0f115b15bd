import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bomLength, detectEncoding, DETECT_HEAD_BYTES, parseEncodingName } from '../../src/lib/import/encoding';
import { EngineError } from '../../src/lib/engine/errors';
import type { TextEncodingName } from '../../src/lib/engine/api';

const FIXTURES = new URL('../fixtures/import/encoding/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as { file: string; expect: { encoding: TextEncodingName } }[];
const fixture = (file: string) => new Uint8Array(readFileSync(new URL(file, FIXTURES)));

/** Windows-1251 and KOI8-R bytes of a string (Node has decoders for them, not encoders). */
function encode8(text: string, encoding: 'windows-1251' | 'koi8-r'): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from(text, (ch) => byChar.get(ch) ?? 0x3f);
}
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
const detect = (head: Uint8Array) => detectEncoding(head, { wholeFile: true });

describe('detectEncoding on the fixtures', () => {
  it.each(manifest.map((m) => [m.file, m.expect.encoding]))('%s is %s', (file, encoding) => {
    const bytes = fixture(file);
    expect(detectEncoding(bytes.subarray(0, DETECT_HEAD_BYTES), { wholeFile: bytes.length <= DETECT_HEAD_BYTES }).encoding).toBe(encoding);
  });

  it('says why: BOM, valid UTF-8 or the Cyrillic letters', () => {
    expect(detect(fixture('excel-unicode-text.txt'))).toEqual({ encoding: 'utf-16le', reason: 'bom', hadBom: true });
    expect(detect(fixture('utf16be-bom.csv'))).toEqual({ encoding: 'utf-16be', reason: 'bom', hadBom: true });
    expect(detect(fixture('utf8-bom.csv'))).toEqual({ encoding: 'utf-8', reason: 'bom', hadBom: true });
    expect(detect(fixture('utf8-cyrillic.csv'))).toEqual({ encoding: 'utf-8', reason: 'valid-utf8', hadBom: false });
    expect(detect(fixture('1c-export-cp1251.csv'))).toEqual({ encoding: 'windows-1251', reason: 'cyrillic-letters', hadBom: false });
    expect(detect(fixture('koi8r.csv'))).toEqual({ encoding: 'koi8-r', reason: 'cyrillic-letters', hadBom: false });
  });

  it('tells Windows-1251 from KOI8-R on every prefix of the 1C and KOI8-R files from their first Cyrillic word on', () => {
    for (const [file, encoding] of [
      ['1c-export-cp1251.csv', 'windows-1251'],
      ['koi8r.csv', 'koi8-r'],
    ] as const) {
      const bytes = fixture(file);
      // "Отчет" and "Клиент": the first word of each file.
      for (let n = file === 'koi8r.csv' ? 6 : 5; n <= bytes.length; n++) {
        expect(detectEncoding(bytes.subarray(0, n)).encoding, `${file}, first ${n} bytes`).toBe(encoding);
      }
    }
  });
});

describe('detectEncoding on tricky inputs', () => {
  it('plain ASCII is UTF-8', () => {
    expect(detect(utf8('customer,date,amount\r\nann,2024-01-01,5\r\n'))).toEqual({ encoding: 'utf-8', reason: 'ascii', hadBom: false });
  });

  it('UTF-8 Cyrillic is valid UTF-8, not a single-byte encoding', () => {
    expect(detect(utf8('Клиент;Дата;Сумма\nИванов;05.01.2024;12,50\n'))).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
  });

  it('a character cut off at the end of the head is not an error, but it is at the end of the whole file', () => {
    for (const text of ['Иванов', 'цена €', 'магазин 🌸']) {
      const bytes = utf8(text);
      const cut = bytes.subarray(0, bytes.length - 1);
      expect(detectEncoding(cut), text).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
      expect(detectEncoding(cut, { wholeFile: true }).encoding, text).not.toBe('utf-8');
    }
  });

  it('one invalid byte in the middle makes it not UTF-8', () => {
    const bytes = utf8('Иванов;12\nПетров;7\n');
    bytes[3] = 0x41; // cuts "в" in two
    expect(detectEncoding(bytes).encoding).not.toBe('utf-8');
  });

  it.each([
    ['Иванов;100\r\n'],
    ['Клиент;Дата;Сумма'],
    ['Итого'],
    ['Москва'],
    ['ИВАНОВ И.И.;500'],
    ['Ёлка;Пётр'],
    ['СУММА;ДАТА;КЛИЕНТ'],
    ['ООО "Ромашка"'],
    ['Иванов Иван Иванович;01.02.2024;1\u00a0500,00'],
  ])('short text %j is read right both as Windows-1251 and as KOI8-R', (text) => {
    expect(detect(encode8(text, 'windows-1251'))).toEqual({ encoding: 'windows-1251', reason: 'cyrillic-letters', hadBom: false });
    expect(detect(encode8(text, 'koi8-r'))).toEqual({ encoding: 'koi8-r', reason: 'cyrillic-letters', hadBom: false });
  });

  it('falls back to Windows-1251 when the bytes hold no letter in either encoding', () => {
    expect(detect(Uint8Array.of(0x31, 0x98, 0x32, 0x0a))).toEqual({ encoding: 'windows-1251', reason: 'fallback', hadBom: false });
  });

  it('UTF-16 with a BOM, either byte order', () => {
    expect(detect(Uint8Array.of(0xff, 0xfe, ...utf16('a,b\r\n', true)))).toEqual({ encoding: 'utf-16le', reason: 'bom', hadBom: true });
    expect(detect(Uint8Array.of(0xfe, 0xff, ...utf16('a,b\r\n', false)))).toEqual({ encoding: 'utf-16be', reason: 'bom', hadBom: true });
  });

  it('UTF-16 without a BOM, from where the NUL bytes are, also for mostly Russian text', () => {
    for (const text of ['customer\tdate\tamount\r\nann\t2024-01-01\t5\r\n', 'Клиент;Дата;Сумма\r\nИванов;05.01.2024;12,50\r\n']) {
      expect(detect(utf16(text, true)), text).toEqual({ encoding: 'utf-16le', reason: 'nul-pattern', hadBom: false });
      expect(detect(utf16(text, false)), text).toEqual({ encoding: 'utf-16be', reason: 'nul-pattern', hadBom: false });
    }
  });

  it('a head cut in the middle of a UTF-16 code unit is still UTF-16', () => {
    const bytes = utf16('customer,date\r\nann,2024-01-01\r\n', true);
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-16le');
  });

  it('NUL bytes scattered over both positions are not UTF-16', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(detect(bytes).encoding).not.toMatch(/utf-16/);
  });
});

describe('parseEncodingName', () => {
  it.each([
    ['utf8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf-16', 'utf-16le'],
    ['UTF16LE', 'utf-16le'],
    ['unicode', 'utf-16le'],
    ['utf_16be', 'utf-16be'],
    ['cp1251', 'windows-1251'],
    ['CP-1251', 'windows-1251'],
    ['windows-1251', 'windows-1251'],
    ['Win1251', 'windows-1251'],
    ['koi8r', 'koi8-r'],
    ['KOI8-R', 'koi8-r'],
    [' koi8-r ', 'koi8-r'],
  ])('%j is %s', (label, encoding) => {
    expect(parseEncodingName(label)).toBe(encoding);
  });

  it.each(['latin1', 'shift_jis', '', 'constructor', 'toString'])('refuses %j as encoding_unknown, naming it', (label) => {
    let error: unknown;
    try {
      parseEncodingName(label);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'encoding_unknown', details: { encoding: label } });
  });
});

describe('bomLength', () => {
  it('counts the BOM of the given encoding only', () => {
    expect(bomLength(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 'utf-8')).toBe(3);
    expect(bomLength(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), 'utf-16le')).toBe(2);
    expect(bomLength(Uint8Array.of(0xfe, 0xff, 0x00, 0x61), 'utf-16be')).toBe(2);
    expect(bomLength(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), 'utf-16be')).toBe(0);
    expect(bomLength(Uint8Array.of(0xef, 0xbb, 0xbf), 'windows-1251')).toBe(0);
    expect(bomLength(Uint8Array.of(0xef, 0xbb), 'utf-8')).toBe(0);
  });
});
