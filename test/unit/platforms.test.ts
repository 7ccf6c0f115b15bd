import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnInfo, ColumnMapping, ColumnProfile } from '../../src/lib/engine/api';
import { guessDataset } from '../../src/lib/mapping/guess-mapping';
import { PLATFORMS, recognisePlatform } from '../../src/lib/mapping/platforms';
import { platformLine } from '../../src/lib/mapping/platform-line';
import { createTranslator } from '../../src/lib/i18n/translate';

const DIR = path.resolve(import.meta.dirname, '../fixtures/import/platforms');
const layouts = JSON.parse(readFileSync(path.join(DIR, 'layouts.json'), 'utf8')) as { file: string; platform: string; guess: Partial<ColumnMapping> }[];

/** The header line of a fixture, split on its delimiter (none of these headers is quoted). */
function headers(file: string): string[] {
  const first = readFileSync(path.join(DIR, file), 'utf8').split(/\r?\n/)[0];
  return first.split(first.includes(';') ? ';' : ',');
}

const text = (names: string[]): ColumnInfo[] => names.map((name) => ({ name, detectedType: 'VARCHAR' }));

function profile(filled: Record<string, number>, names: string[], rows: number): ColumnProfile[] {
  return names.map((name) => ({
    name,
    nonEmpty: filled[name] ?? rows,
    dates: 0,
    numbers: 0,
    dateEvidence: { dayFirst: 0, monthFirst: 0, dotted: 0, ambiguous: 0 },
    numberEvidence: { point: 0, comma: 0, ambiguous: 0 },
  }));
}

describe('recognisePlatform', () => {
  it('knows every platform of issue 13 by a documented layout', () => {
    expect(layouts.map((l) => l.platform).sort()).toStrictEqual(['1c', 'ecwid', 'etsy', 'insales', 'moysklad', 'shopify', 'square', 'stripe', 'tilda', 'woocommerce']);
  });

  it.each(layouts)('$platform from its export headers, with its mapping', ({ file, platform, guess }) => {
    expect(recognisePlatform(headers(file))).toStrictEqual({ id: platform, mapping: guess });
  });

  it('ignores case and spacing in the headers, and keeps the file’s spelling in the mapping', () => {
    const shopify = headers('shopify-layout.csv').map((h) => `  ${h.toUpperCase()} `);
    expect(recognisePlatform(shopify)?.mapping.customer).toBe('  EMAIL ');
  });

  it('reads WooCommerce’s raw field keys as WooCommerce too', () => {
    const keys = ['order_id', 'order_number', 'date', 'status', 'order_total', 'customer_user', 'billing_first_name', 'billing_last_name', 'billing_email', 'customer_note', 'payment_method'];
    expect(recognisePlatform(keys)).toStrictEqual({
      id: 'woocommerce-keys',
      mapping: { customer: 'billing_email', order: 'order_number', date: 'date', amount: 'order_total', status: 'status' },
    });
  });

  it('takes no generic order file for a platform', () => {
    expect(recognisePlatform(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'])).toBeNull();
    expect(recognisePlatform(['order_id', 'customer_id', 'order_date', 'amount', 'status'])).toBeNull();
    expect(recognisePlatform(['Email', 'Name', 'Total', 'Created at'])).toBeNull();
    expect(recognisePlatform(['Дата', 'Клиент', 'Сумма', 'Статус', 'Номер'])).toBeNull();
  });

  it('wants every required header: a layout that lacks one is not that platform', () => {
    const stripe = headers('stripe-layout.csv').filter((h) => h !== 'Amount Refunded');
    expect(recognisePlatform(stripe)).toBeNull();
  });

  it('takes the next customer column when the first is empty on most rows (guest payments on Stripe)', () => {
    const names = headers('stripe-layout.csv');
    const filled = { nonEmpty: (column: string) => (column === 'Customer ID' ? 1 : 10), sampled: 10 };
    expect(recognisePlatform(names, filled)?.mapping.customer).toBe('Customer Email');
  });

  it('has one catalog name per platform, in both languages', () => {
    for (const locale of ['en', 'ru'] as const) {
      const t = createTranslator(locale);
      for (const layout of PLATFORMS) expect(platformLine(layout.id, { customer: 'x' }, t)).not.toBeNull();
    }
  });
});

describe('guessDataset', () => {
  it('names the platform and takes its mapping over the header guess', () => {
    const names = headers('shopify-layout.csv');
    expect(guessDataset(text(names))).toStrictEqual({
      platform: 'shopify',
      mapping: { customer: 'Email', order: 'Name', date: 'Created at', amount: 'Total', status: 'Financial Status' },
    });
  });

  it('never takes an empty or mostly empty column for the customer', () => {
    // A shop's own export with a note column that names the customer but is empty on 95 of 100 rows.
    const names = ['Order', 'Customer Note', 'Customer Email', 'Date', 'Total'];
    const cols = text(names);
    expect(guessDataset(cols, profile({ 'Customer Note': 5 }, names, 100))).toStrictEqual({
      platform: null,
      mapping: { customer: 'Customer Email', date: 'Date', amount: 'Total', order: 'Order' },
    });
    expect(guessDataset(cols, profile({ 'Customer Note': 0, 'Customer Email': 0 }, names, 100)).mapping.customer).toBeUndefined();
  });

  it('takes an email filled on every row over a note filled on some', () => {
    const names = ['Order', 'Customer Note', 'Customer Email', 'Date', 'Total'];
    expect(guessDataset(text(names), profile({ 'Customer Note': 30 }, names, 100)).mapping.customer).toBe('Customer Email');
  });

  it('keeps the only customer column of a line-item export, filled on the first line of each order', () => {
    const names = ['Order', 'Customer', 'Date', 'Total', 'Item'];
    expect(guessDataset(text(names), profile({ Customer: 25, Date: 25, Total: 25 }, names, 100)).mapping.customer).toBe('Customer');
  });
});

describe('platformLine', () => {
  it('says which platform and which columns, in the user’s language', () => {
    const mapping = { customer: 'Email', order: 'Name', date: 'Created at', amount: 'Total', status: 'Financial Status' };
    expect(platformLine('shopify', mapping, createTranslator('en'))).toBe(
      'Looks like a Shopify orders export: Customer id = “Email”, Order id = “Name”, Order date = “Created at”, Amount = “Total”, Order status = “Financial Status”.',
    );
    expect(platformLine('moysklad', { customer: 'Контрагент', order: '№' }, createTranslator('ru'))).toBe(
      'Похоже на выгрузку заказов покупателей МойСклад: Клиент = «Контрагент», Номер заказа = «№».',
    );
    expect(platformLine(null, mapping, createTranslator('en'))).toBeNull();
    expect(platformLine('some-future-platform', mapping, createTranslator('en'))).toBeNull();
  });
});
