import { describe, expect, it } from 'vitest';
import { chosenQuoting, csvQuoting, NO_QUOTE } from '../../src/lib/import/csv-dialect';

describe('csvQuoting', () => {
  it('keeps the quote and escape the sniffer found', () => {
    expect(csvQuoting("'", '\\')).toEqual({ quote: "'", escape: '\\', assumed: false, chosen: false });
    expect(csvQuoting('"', '"')).toEqual({ quote: '"', escape: '"', assumed: false, chosen: false });
  });

  it('reads RFC 4180 quoting when the sample held no quote, and says it assumed it', () => {
    for (const none of ['(empty)', '', '\0', null, undefined]) {
      expect(csvQuoting(none, none)).toEqual({ quote: '"', escape: '"', assumed: true, chosen: false });
    }
  });

  it('escapes by doubling the quote when the sniffer found a quote but no escape', () => {
    expect(csvQuoting("'", '(empty)')).toEqual({ quote: "'", escape: "'", assumed: false, chosen: false });
  });
});

describe('chosenQuoting', () => {
  it('doubles the chosen quote unless an escape was chosen too', () => {
    expect(chosenQuoting("'", undefined)).toEqual({ quote: "'", escape: "'", assumed: false, chosen: true });
    expect(chosenQuoting('"', '\\')).toEqual({ quote: '"', escape: '\\', assumed: false, chosen: true });
  });

  it('turns quoting off, escape included, for "none"', () => {
    expect(chosenQuoting(NO_QUOTE, '\\')).toEqual({ quote: '', escape: '', assumed: false, chosen: true });
  });
});
