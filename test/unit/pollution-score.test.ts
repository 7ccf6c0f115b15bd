import { describe, expect, it } from 'vitest';
import { multisetMeasure, scoreFile, simpleScore } from '../../bench/pollution/score';
import { normalizeCell } from '../../bench/pollution/normalize';
import { parseCsv, writeQuotedCsv } from '../../bench/pollution/csv';

// Ten records of three distinct cells each, so records and cells are all distinct.
const header = ['name', 'city', 'note'];
const rows = Array.from({ length: 10 }, (_, i) => [`n${i}`, `c${i}`, `x${i}`]);
const truth = { table: [header, ...rows], noHeader: false };

describe('scoreFile (Pollock measures)', () => {
  it('scores an identical table 10: success plus precision, recall and F1 of header, records and cells', () => {
    const score = scoreFile(truth, [header, ...rows]);
    expect(score.total).toBe(10);
    expect(score.record).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores a table missing one of ten rows 1 + 3 + 2 × (0.9 + 1 + 18/19)', () => {
    // 9 of 10 true records found, all 9 loaded are right: 0.9 and 1, F1 = 2·0.9/1.9 = 18/19; cells alike (27 of 30).
    const score = scoreFile(truth, [header, ...rows.slice(0, 9)]);
    expect(score.record.precision).toBeCloseTo(0.9);
    expect(score.record.recall).toBe(1);
    expect(score.record.f1).toBeCloseTo(18 / 19);
    expect(score.cell.f1).toBeCloseTo(18 / 19);
    expect(score.total).toBeCloseTo(4 + 2 * (0.9 + 1 + 18 / 19));
    expect(score.total).toBeCloseTo(9.6947, 4);
  });

  it('scores a made-up header 0 on the header and loses nothing else', () => {
    const score = scoreFile(truth, [['column0', 'column1', 'column2'], ...rows]);
    expect(score.header).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(score.total).toBe(7);
  });

  it('loses a record, not only the header, when the header row is read as data', () => {
    // The loader took a blank line for the header: every row is there but the first loaded row is not scored as a record.
    const score = scoreFile(truth, [['', '', ''], header, ...rows]);
    expect(score.header.f1).toBe(0);
    expect(score.record.precision).toBe(1);
    expect(score.record.recall).toBeCloseTo(10 / 11);
  });

  it('scores a refusal 0 everywhere', () => {
    expect(scoreFile(truth, null).total).toBe(0);
    expect(scoreFile(truth, null).success).toBe(0);
  });

  it('counts any header as right for a file without one (no true header cells), and the rows after the first loaded row', () => {
    const score = scoreFile({ table: rows, noHeader: true }, [['column0', 'column1', 'column2'], ...rows]);
    expect(score.header.f1).toBe(1);
    expect(score.total).toBe(10);
    // Taking the first record for the header loses that record.
    expect(scoreFile({ table: rows, noHeader: true }, rows).record.precision).toBeCloseTo(0.9);
  });

  it('ignores empty lines on both sides, as Pollock skips rows without cells', () => {
    expect(scoreFile(truth, [header, rows[0], [''], ...rows.slice(1)]).total).toBe(10);
  });

  it('joins a row\'s cells with "null" for an empty one, so a padded row is another record', () => {
    const padded = [header, ...rows.map((row) => [...row, ''])];
    const score = scoreFile(truth, padded);
    expect(score.record.f1).toBe(0);
    // Cells: all 30 true cells found among 40 loaded.
    expect(score.cell.precision).toBe(1);
    expect(score.cell.recall).toBeCloseTo(30 / 40);
  });
});

describe('multisetMeasure', () => {
  it('counts repeated items only as often as both sides have them', () => {
    const m = multisetMeasure(['a', 'a', 'b'], ['a', 'b', 'b', 'c']);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 4);
  });

  it('is 1 when there is nothing to find and 0 when nothing matches', () => {
    expect(multisetMeasure([], ['x']).f1).toBe(1);
    expect(multisetMeasure(['a'], []).f1).toBe(0);
  });
});

describe('normalizeCell', () => {
  it('writes numbers, prices, dates and times one way, and lowercases the rest', () => {
    expect(normalizeCell('48.00')).toBe(normalizeCell('48.0'));
    expect(normalizeCell('48.00')).toBe('48.0');
    expect(normalizeCell('007')).toBe('7');
    expect(normalizeCell('$48.00')).toBe('$48.0');
    expect(normalizeCell('28/01/2018')).toBe(normalizeCell('2018-01-28'));
    expect(normalizeCell('00:15')).toBe('00:15:00');
    expect(normalizeCell('Kids\' Hat')).toBe("kids' hat");
    expect(normalizeCell('')).toBe('');
  });

  it('reads booleans like Python: true and 1 are "1", TRUE is a string', () => {
    expect(normalizeCell('true')).toBe('1');
    expect(normalizeCell('1')).toBe('1');
    expect(normalizeCell('False')).toBe('0');
    expect(normalizeCell('TRUE')).toBe('true');
  });

  it('reads an ambiguous date month first, as dateutil does', () => {
    expect(normalizeCell('03/02/2018')).toBe('2018-03-02 00:00:00');
    expect(normalizeCell('13/02/2018')).toBe('2018-02-13 00:00:00');
  });
});

describe('simpleScore', () => {
  it('is the mean of the files\' scores', () => {
    expect(simpleScore([scoreFile(truth, [header, ...rows]), scoreFile(truth, null)])).toBe(5);
  });
});

describe('the benchmark CSV reader and writer', () => {
  it('reads back what it writes, quotes and line breaks in cells included', () => {
    const table = [['a "b"', 'c,d'], ['e\nf', '']];
    expect(parseCsv(writeQuotedCsv(table))).toEqual(table);
  });
});
