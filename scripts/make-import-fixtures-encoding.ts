// Writes the text-encoding import fixtures (test/fixtures/import/encoding) and their manifest.
// Run: npx tsx scripts/make-import-fixtures-encoding.ts
//
// The text is written here as JS strings and encoded byte by byte: Windows-1251 and KOI8-R
// through a table built from the platform's TextDecoder (Node has no encoder for them),
// UTF-16 by hand, so the files hold exactly the bytes the exporting programs write
// (BOMs, CRLF, non-breaking spaces, quotes doubled inside quoted fields).
//
// The expectations in the manifest were worked out by hand from these rows (sums in the
// comments); amounts with a thousands separator count at their true value.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusCase } from '../test/fixtures/import/manifest';

const dir = fileURLToPath(new URL('../test/fixtures/import/encoding/', import.meta.url));
mkdirSync(dir, { recursive: true });

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1251' | 'koi8-r';

function singleByte(text: string, encoding: 'windows-1251' | 'koi8-r'): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from(text, (ch) => {
    const b = byChar.get(ch);
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no ${encoding} byte`);
    return b;
  });
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const withBom = '\ufeff' + text;
  const bytes = new Uint8Array(withBom.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < withBom.length; i++) view.setUint16(i * 2, withBom.charCodeAt(i), littleEndian);
  return bytes;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\ufeff' + text);
    case 'utf-16le-bom':
      return utf16(text, true);
    case 'utf-16be-bom':
      return utf16(text, false);
    default:
      return singleByte(text, encoding);
  }
}

const lines = (rows: string[], eol: '\r\n' | '\n') => rows.map((row) => row + eol).join('');
/** 1C writes thousands with a non-breaking space. */
const NBSP = '\u00a0';

type ManifestEntry = CorpusCase;

const manifest: ManifestEntry[] = [];

function fixture(file: string, encoding: Encoding, text: string, entry: Omit<ManifestEntry, 'file'>) {
  writeFileSync(dir + file, encode(text, encoding));
  manifest.push({ file, ...entry });
}

// 1C:Enterprise "Продажи по контрагентам" saved as CSV: a title line and an empty line above the
// header, quoted names with doubled quotes (one nested: ООО "ТД "Север""), timestamps,
// decimal commas, NBSP thousands in Сумма only, "№" and "Ё" (Windows-1251-only bytes 0xB9, 0xA8),
// and the report's "Итого" line at the end (a customer but no date: not used).
// Сумма: 3500.00 + 1245.00 + 1780.00 + 3196.00 + 910.00 + 315.75 + 6900.00 + 1900.00
//        + 1260.90 + 1948.50 + 862.20 + 230.00 = 24048.35
const doc = (n: number, date: string) => `Реализация товаров и услуг 0000-${String(n).padStart(6, '0')} от ${date}`;
fixture(
  '1c-export-cp1251.csv',
  'windows-1251',
  lines(
    [
      'Отчет "Продажи по контрагентам" за период 01.01.2024 - 31.03.2024',
      '',
      'Контрагент;Дата;Документ;Номенклатура;Количество;Цена;Сумма',
      `"ООО ""Ромашка""";09.01.2024 10:15:32;${doc(1, '09.01.2024 10:15:32')};Бумага офисная А4;10;350,00;3${NBSP}500,00`,
      `"ООО ""Ромашка""";09.01.2024 10:15:32;${doc(1, '09.01.2024 10:15:32')};Ручка шариковая синяя;50;24,90;1${NBSP}245,00`,
      `ИП Иванов Иван Иванович;15.01.2024 14:02:07;${doc(2, '15.01.2024 14:02:07')};Картридж HP 85A;2;890,00;1${NBSP}780,00`,
      `"АО ""Вектор-М""";22.01.2024 09:30:00;${doc(3, '22.01.2024 09:30:00')};"Стул офисный ""Престиж""";4;799,00;3${NBSP}196,00`,
      `"ООО ""ТД ""Север""""";05.02.2024 16:45:12;${doc(4, '05.02.2024 16:45:12')};Скрепки 28 мм;20;45,50;910,00`,
      `Петрова Анна Сергеевна;12.02.2024 11:11:11;${doc(5, '12.02.2024 11:11:11')};Степлер № 24/6;1;315,75;315,75`,
      `"ООО ""Ромашка""";19.02.2024 13:20:00;${doc(6, '19.02.2024 13:20:00')};Бумага офисная А4;20;345,00;6${NBSP}900,00`,
      `"АО ""Вектор-М""";01.03.2024 08:05:44;${doc(7, '01.03.2024 08:05:44')};Стол письменный;2;950,00;1${NBSP}900,00`,
      `ИП Иванов Иван Иванович;11.03.2024 17:59:59;${doc(8, '11.03.2024 17:59:59')};Тонер-картридж;3;420,30;1${NBSP}260,90`,
      `"ООО ""ТД ""Север""""";18.03.2024 12:00:00;${doc(9, '18.03.2024 12:00:00')};Папка-регистратор;15;129,90;1${NBSP}948,50`,
      `Петрова Анна Сергеевна;25.03.2024 10:10:10;${doc(10, '25.03.2024 10:10:10')};Ежедневник;3;287,40;862,20`,
      `"ООО ""Ромашка""";29.03.2024 15:30:25;${doc(11, '29.03.2024 15:30:25')};Ёмкость для воды 19 л;1;230,00;230,00`,
      `Итого;;;;;;24${NBSP}048,35`,
    ],
    '\r\n',
  ),
  {
    case: '1C sales report in Windows-1251: title and empty line above the header, nested doubled quotes, NBSP thousands, a totals line',
    mapping: { customer: 'Контрагент', date: 'Дата', amount: 'Сумма', order: 'Документ' },
    expect: {
      encoding: 'windows-1251',
      delimiter: ';',
      rows: 13,
      rowsUsed: 12,
      customers: 5,
      revenue: '24048.35',
      firstDate: '2024-01-09',
      lastDate: '2024-03-29',
    },
  },
);

// An old Unix tool's export: KOI8-R, LF, "ё" (0xA3), one amount with a plain-space thousands separator.
// Сумма: 450.00 + 1250.00 + 99.90 + 300.50 + 75.25 + 640.00 + 18.35 + 512.00 = 3346.00
fixture(
  'koi8r.csv',
  'koi8-r',
  lines(
    [
      'Клиент;Дата;Сумма',
      'Иванов Пётр;05.01.2024;450,00',
      'Семёнова Ольга;12.01.2024;1 250,00',
      'Иванов Пётр;29.01.2024;99,90',
      'Кузнецов Андрей;03.02.2024;300,50',
      'Семёнова Ольга;14.02.2024;75,25',
      'Иванов Пётр;20.02.2024;640,00',
      'Кузнецов Андрей;27.02.2024;18,35',
      'Семёнова Ольга;01.03.2024;512,00',
    ],
    '\n',
  ),
  {
    case: 'KOI8-R detected from the letters (no BOM, not UTF-8), decimal comma, one plain-space thousands amount',
    mapping: { customer: 'Клиент', date: 'Дата', amount: 'Сумма' },
    expect: {
      encoding: 'koi8-r',
      delimiter: ';',
      rows: 8,
      rowsUsed: 8,
      customers: 3,
      revenue: '3346.00',
      firstDate: '2024-01-05',
      lastDate: '2024-03-01',
    },
  },
);

// Excel "Save as: Unicode Text": UTF-16LE with BOM, tabs, CRLF after every line. Latin, Cyrillic,
// "ë"/"ü" and an emoji (a surrogate pair: four bytes that must not be split between chunks).
// Amount: 120.00 + 89.50 + 15.25 + 42.10 + 310.00 + 57.35 + 8.99 + 200.00 + 66.60 + 145.00 = 1054.79
fixture(
  'excel-unicode-text.txt',
  'utf-16le-bom',
  lines(
    [
      'Customer\tOrder\tDate\tAmount',
      'Alice Smith\tA-1001\t2024-01-03\t120.00',
      'Иван Петров\tA-1002\t2024-01-04\t89.50',
      'Bob Jones\tA-1003\t2024-01-10\t15.25',
      'Alice Smith\tA-1004\t2024-01-22\t42.10',
      'Мария Соколова\tA-1005\t2024-02-02\t310.00',
      'Иван Петров\tA-1006\t2024-02-14\t57.35',
      'Zoë Müller\tA-1007\t2024-02-20\t8.99',
      'Bob Jones\tA-1008\t2024-03-05\t200.00',
      'Мария Соколова\tA-1009\t2024-03-18\t66.60',
      'Цветы 🌸 Лена\tA-1010\t2024-03-28\t145.00',
    ],
    '\r\n',
  ),
  {
    case: 'Excel "Unicode text": UTF-16LE with BOM, tab-delimited, CRLF, English and Russian names, an emoji',
    mapping: { customer: 'Customer', date: 'Date', amount: 'Amount', order: 'Order' },
    expect: {
      encoding: 'utf-16le',
      delimiter: '\t',
      rows: 10,
      rowsUsed: 10,
      customers: 6,
      revenue: '1054.79',
      firstDate: '2024-01-03',
      lastDate: '2024-03-28',
    },
  },
);

// total: 10.50 + 20.00 + 5.25 + 100.00 + 0.99 = 136.74
fixture(
  'utf16be-bom.csv',
  'utf-16be-bom',
  lines(['client,order_date,total', 'Ольга,2024-04-01,10.50', 'Oleg,2024-04-02,20.00', 'Ольга,2024-04-15,5.25', 'Пётр,2024-05-01,100.00', 'Oleg,2024-05-20,0.99'], '\n'),
  {
    case: 'UTF-16BE with BOM, comma-delimited: the byte order comes from the BOM',
    mapping: { customer: 'client', date: 'order_date', amount: 'total' },
    expect: {
      encoding: 'utf-16be',
      delimiter: ',',
      rows: 5,
      rowsUsed: 5,
      customers: 3,
      revenue: '136.74',
      firstDate: '2024-04-01',
      lastDate: '2024-05-20',
    },
  },
);

// Excel "CSV UTF-8": a BOM before the first header name, CRLF.
// amount: 25.00 + 13.40 + 7.60 + 50.00 + 4.00 + 0.50 = 100.50
fixture(
  'utf8-bom.csv',
  'utf-8-bom',
  lines(
    [
      'customer,date,amount',
      'anna@example.com,2024-01-15,25.00',
      'boris@example.com,2024-01-16,13.40',
      'anna@example.com,2024-02-01,7.60',
      'Ирина,2024-02-10,50.00',
      'boris@example.com,2024-03-03,4.00',
      'Ирина,2024-03-09,0.50',
    ],
    '\r\n',
  ),
  {
    case: 'UTF-8 with BOM (Excel "CSV UTF-8"): read as is, the first header must not start with U+FEFF',
    mapping: { customer: 'customer', date: 'date', amount: 'amount' },
    expect: {
      encoding: 'utf-8',
      delimiter: ',',
      rows: 6,
      rowsUsed: 6,
      customers: 3,
      revenue: '100.50',
      firstDate: '2024-01-15',
      lastDate: '2024-03-09',
    },
  },
);

// UTF-8 without BOM, Russian headers with spaces, decimal comma, a leap day.
// Сумма заказа: 199.99 + 250 + 49.01 + 800.00 + 120.50 + 30 + 5.50 = 1455.00
fixture(
  'utf8-cyrillic.csv',
  'utf-8',
  lines(
    [
      'Покупатель;Дата заказа;Сумма заказа;Город',
      'Алексеев Дмитрий;10.01.2024;199,99;Москва',
      'Ёлкина Софья;11.01.2024;250;Санкт-Петербург',
      'Алексеев Дмитрий;02.02.2024;49,01;Москва',
      'Жуков Илья;14.02.2024;800,00;Казань',
      'Ёлкина Софья;29.02.2024;120,50;Санкт-Петербург',
      'Жуков Илья;15.03.2024;30;Казань',
      'Алексеев Дмитрий;31.03.2024;5,50;Москва',
    ],
    '\n',
  ),
  {
    case: 'UTF-8 without BOM with Russian text: valid UTF-8 is read as is, no transcoding',
    mapping: { customer: 'Покупатель', date: 'Дата заказа', amount: 'Сумма заказа' },
    expect: {
      encoding: 'utf-8',
      delimiter: ';',
      rows: 7,
      rowsUsed: 7,
      customers: 3,
      revenue: '1455.00',
      firstDate: '2024-01-10',
      lastDate: '2024-03-31',
    },
  },
);

writeFileSync(dir + 'manifest.json', JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${manifest.length} fixtures and manifest.json to ${dir}`);
