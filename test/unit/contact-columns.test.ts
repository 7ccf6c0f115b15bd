// Contact columns of an order file, guessed from platform exports' headers, Russian 1C-style
// headers, and values alone; never a column already mapped to something else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { guessContactColumns } from '../../src/lib/import/contact-columns';

const PLATFORMS = 'test/fixtures/import/platforms';

/** Enough CSV for these fixtures: one delimiter, double-quoted fields with "" inside. */
function parse(text: string, delimiter: string): string[][] {
  return text
    .replace(/\r/g, '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) cells.push(cell), (cell = '');
        else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

function fixture(file: string): { headers: string[]; rows: string[][] } {
  const text = readFileSync(`${PLATFORMS}/${file}`, 'utf8');
  const [headers, ...rows] = parse(text, text.split('\n')[0].includes(';') ? ';' : ',');
  return { headers, rows };
}

describe('guessContactColumns on platform exports', () => {
  it.each([
    ['shopify-layout.csv', { email: 'Email', phone: 'Phone' }],
    ['shopify-orders.csv', { email: 'Email' }],
    ['woocommerce-layout.csv', { email: 'Email (Billing)', phone: 'Phone (Billing)' }],
    ['woocommerce-orders.csv', { email: 'Billing Email' }],
    ['ecwid-layout.csv', { email: 'customer_email', phone: 'customer_phone' }],
    ['stripe-layout.csv', { email: 'Customer Email' }],
    ['tilda-layout.csv', { email: 'Email', phone: 'Phone' }],
    ['insales-layout.csv', { email: 'Email покупателя', phone: 'Телефон покупателя' }],
    ['moysklad-layout.csv', { email: 'Email контрагента', phone: 'Телефон контрагента' }],
    // No contact at all: ids, card suffixes and names are not contacts.
    ['1c-layout.csv', {}],
    ['etsy-layout.csv', {}],
    ['square-layout.csv', {}],
  ])('%s', (file, expected) => {
    const { headers, rows } = fixture(file);
    expect(guessContactColumns(headers, rows)).toEqual(expected);
  });

  it('takes Shopify\'s own Phone before the billing and shipping ones, and skips the marketing consent', () => {
    const headers = ['Name', 'Email', 'Accepts Email Marketing', 'Billing Phone', 'Shipping Phone', 'Phone', 'Id'];
    const rows = [
      ['#1001', 'ann@example.com', 'yes', '+7 900 000-00-01', '', '', '5000000001'],
      ['#1002', 'bob@example.com', 'no', '', '+7 900 000-00-02', '+7 900 000-00-02', '5000000002'],
      ['#1003', 'cy@example.com', 'no', '', '', '', '5000000003'],
    ];
    expect(guessContactColumns(headers, rows)).toEqual({ email: 'Email', phone: 'Phone' });
  });

  it('takes the first of two equally named columns (WooCommerce billing before shipping)', () => {
    const headers = ['Order Number', 'Billing Email Address', 'Billing Phone', 'Shipping Phone'];
    const rows = [['1', 'ann@example.com', '+44 20 7946 0000', '+44 20 7946 0001']];
    expect(guessContactColumns(headers, rows)).toEqual({ email: 'Billing Email Address', phone: 'Billing Phone' });
  });

  it('never guesses a column already mapped: Shopify and WooCommerce key customers by e-mail', () => {
    const { headers, rows } = fixture('shopify-layout.csv');
    const taken = new Set(['Email', 'Name', 'Created at', 'Total', 'Financial Status']);
    expect(guessContactColumns(headers, rows, taken)).toEqual({ phone: 'Phone' });
  });
});

describe('guessContactColumns on Russian and messenger headers', () => {
  it('reads 1C-style headers with abbreviations and inflections', () => {
    const headers = ['Период', 'Контрагент', 'Эл. почта', 'Моб. тел.', 'Телеграм', 'Пуш-токен', 'Выручка'];
    const rows = [['05.03.2024', 'Анна Ли', 'anna@example.ru', '8 (900) 000 00 01', '@anna_li', 'f'.repeat(64), '5 000,00']];
    expect(guessContactColumns(headers, rows)).toEqual({ email: 'Эл. почта', phone: 'Моб. тел.', messenger: 'Телеграм', push: 'Пуш-токен' });
  });

  it.each([
    ['E-mail', 'email'],
    ['Электронная почта', 'email'],
    ['Номер телефона', 'phone'],
    ['Mobile', 'phone'],
    ['Tel', 'phone'],
    ['Device Token', 'push'],
    ['FCM token', 'push'],
    ['APNs', 'push'],
    ['WhatsApp', 'messenger'],
    ['Viber', 'messenger'],
    ['tg', 'messenger'],
    ['Мессенджер', 'messenger'],
  ])('knows the header %s as %s when the sample has no values', (header, channel) => {
    expect(guessContactColumns(['customer_id', header], [['C1', ''], ['C2', '']])).toEqual({ [channel]: header });
  });

  it('does not take a named column whose values are something else, nor a consent flag or a payment token', () => {
    const headers = ['Phone', 'Email Opt-in', 'Payment Token', 'Telegram'];
    const rows = [
      ['yes', 'yes', 'tok_1Ox0TzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'no'],
      ['no', 'no', 'tok_1Ox1TzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'no'],
    ];
    expect(guessContactColumns(headers, rows)).toEqual({});
  });
});

describe('guessContactColumns from values alone', () => {
  const rows = (values: string[][]) => values;

  it('finds each contact under headers that say nothing', () => {
    const headers = ['Клиент', 'Поле 1', 'Поле 2', 'Поле 3', 'Поле 4'];
    const sample = rows([
      ['Анна', 'anna@example.ru', '+7 900 000-00-01', 'ab'.repeat(32), 'tg:@anna'],
      ['Борис', 'boris@example.ru', '8 (900) 000 00 02', 'cd'.repeat(32), 'wa:+79000000002'],
      ['Вера', 'vera@example.ru', '79000000003', '', '@vera_v'],
      ['Глеб', 'gleb@example.ru', '', 'ef'.repeat(32), ''],
    ]);
    expect(guessContactColumns(headers, sample)).toEqual({ email: 'Поле 1', phone: 'Поле 2', push: 'Поле 3', messenger: 'Поле 4' });
  });

  it('does not take ids, hashes or amounts for phones and tokens', () => {
    const headers = ['Id', 'Order hash', 'Поле', 'Сумма'];
    const sample = rows([
      ['5000000001', 'a'.repeat(64), '1234567890', '1500'],
      ['5000000002', 'b'.repeat(64), '1234567891', '2500'],
      ['5000000003', 'c'.repeat(64), '1234567892', '3500'],
    ]);
    expect(guessContactColumns(headers, sample)).toEqual({});
  });

  it('needs most filled values to fit and a few of them: one address in a notes column is not an e-mail column', () => {
    const headers = ['Notes', 'Contact'];
    const sample = rows([
      ['call back', 'ann@example.com'],
      ['ann@example.com', 'bob@example.com'],
      ['gift wrap', ''],
    ]);
    expect(guessContactColumns(headers, sample)).toEqual({});
  });
});

describe('guessContactColumns on the demo shop', () => {
  const shop = generateDemoShop({ seed: 42 });
  const [headerLine, ...lines] = shop.csv.split('\n').slice(0, 201);
  const headers = headerLine.split(',');
  const sample = lines.map((line) => line.split(','));
  const taken = new Set(['order_id', 'customer_id', 'order_date', 'amount']);

  it('finds its four contact columns by name, and none of the mapped ones', () => {
    expect(guessContactColumns(headers, sample, taken)).toEqual({ email: 'email', phone: 'phone', push: 'push_token', messenger: 'messenger_id' });
  });

  it('finds them by their values too, malformed e-mails and three ways of writing phones included', () => {
    const anonymous = headers.map((_, i) => `column ${i + 1}`);
    expect(guessContactColumns(anonymous, sample)).toEqual({ email: 'column 6', phone: 'column 7', push: 'column 8', messenger: 'column 9' });
  });
});
