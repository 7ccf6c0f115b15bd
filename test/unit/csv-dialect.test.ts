import { describe, expect, it } from 'vitest';
import { csvQuoting } from '../../src/lib/import/csv-dialect';

describe('csvQuoting', () => {
  it('keeps the quote and escape the sniffer found', () => {
    expect(csvQuoting("'", '\\')).toEqual({ quote: "'", escape: '\\' });
    expect(csvQuoting('"', '"')).toEqual({ quote: '"', escape: '"' });
  });

  it('reads RFC 4180 quoting when the sample held no quote', () => {
    for (const none of ['(empty)', '', '\0', null, undefined]) expect(csvQuoting(none, none)).toEqual({ quote: '"', escape: '"' });
  });

  it('escapes by doubling the quote when the sniffer found a quote but no escape', () => {
    expect(csvQuoting("'", '(empty)')).toEqual({ quote: "'", escape: "'" });
  });
});
