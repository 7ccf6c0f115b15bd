import { describe, expect, it } from 'vitest';
import { looksLikeHeader } from '../../src/lib/import/header-guess';

const rows = [
  ['31/01/2018', '00:00', '23', 'GN-3770', '$88.20', "Kids' Hat"],
  ['03/02/2018', '00:15', '39', 'AN-2943', '$48.40', 'Travel Lock'],
  ['06/02/2018', '00:30', '7', 'ZN-7108', '$67.10', 'Leather Sofa'],
];

describe('looksLikeHeader', () => {
  it('takes a line of distinct names above rows of dates and numbers', () => {
    expect(looksLikeHeader(['DATE', 'TIME', 'Qty', 'PRODUCTID', 'Price', 'ProductType'], rows)).toBe(true);
    expect(looksLikeHeader(['Клиент', 'Дата', 'Сумма'], [['Иванов', '05.03.2024', '1 200,50'], ['Петров', '06.03.2024', '300']])).toBe(true);
  });

  it('refuses a data row, a line with an empty cell, repeated names, or names above text only', () => {
    expect(looksLikeHeader(rows[0], rows.slice(1))).toBe(false);
    expect(looksLikeHeader(['Shop export: orders', '', '', '', '', ''], rows)).toBe(false);
    expect(looksLikeHeader(['name', 'Name', 'city'], [['a', 'b', 'c']])).toBe(false);
    expect(looksLikeHeader(['first', 'last'], [['Ann', 'Lee'], ['Bob', 'Ray']])).toBe(false);
  });

  it('needs rows under it and at least two columns', () => {
    expect(looksLikeHeader(['DATE', 'TIME'], [])).toBe(false);
    expect(looksLikeHeader(['DATE'], [['2024-01-05']])).toBe(false);
  });
});
