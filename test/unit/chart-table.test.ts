// Every chart's CSV button writes its data through chartTable and the app's spreadsheet CSV.
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/lib/figure/chart-table';
import { tableToCsv } from '../../src/lib/spreadsheet-csv';
import { figureFileName } from '../../src/ui/download';

const text = { category: 'Segment', series: 'Series', x: 'Revenue share', y: 'NPS' };
const csv = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a chart as a table', () => {
  it('writes a category chart as a row per label and a column per series, numbers as plain digits', () => {
    const table = chartTable(
      { labels: ['Champions', ['Partial', '1–9 Dec']], datasets: [{ label: 'Share of customers', data: [12.5, 0.000001] }, { label: 'Share of revenue', data: [40, null] }] },
      text,
    );
    expect(table).toEqual({
      header: ['Segment', 'Share of customers', 'Share of revenue'],
      rows: [
        ['Champions', 12.5, 40],
        ['Partial 1–9 Dec', 0.000001, null],
      ],
    });
    expect(csv(tableToCsv(table.header, table.rows))).toBe('Segment,Share of customers,Share of revenue\nChampions,12.5,40\nPartial 1–9 Dec,0.000001,\n');
  });

  it('keeps a stacked chart with a series shorter than the labels, and names an unnamed series by its place', () => {
    const table = chartTable({ labels: ['Jan', 'Feb', 'Mar'], datasets: [{ data: [1, 2] }, { label: 'B', data: [3, 4, 5] }] }, text);
    expect(table.header).toEqual(['Segment', '1', 'B']);
    expect(table.rows).toEqual([
      ['Jan', 1, 3],
      ['Feb', 2, 4],
      ['Mar', null, 5],
    ]);
  });

  it('writes a chart of points as a row per point with its series, without the bubble radius', () => {
    const table = chartTable({ datasets: [{ label: 'Champions', data: [{ x: 41.2, y: 63, r: 18 }] }, { label: '=Loyal', data: [{ x: 9, y: -20, r: 6 }] }] }, text);
    expect(table).toEqual({
      header: ['Series', 'Revenue share', 'NPS'],
      rows: [
        ['Champions', 41.2, 63],
        ['=Loyal', 9, -20],
      ],
    });
    // The app's CSV rule: a name that reads as a formula is written as text; a negative number stays a number.
    expect(csv(tableToCsv(table.header, table.rows))).toBe("Series,Revenue share,NPS\nChampions,41.2,63\n'=Loyal,9,-20\n");
  });

  it('writes an infinite or missing value as an empty cell', () => {
    expect(chartTable({ labels: ['a'], datasets: [{ label: 'v', data: [Infinity] }] }, text).rows).toEqual([['a', null]]);
  });
});

describe('a chart download’s name', () => {
  it('is the dataset’s name without its extension and the chart’s', () => {
    expect(figureFileName('orders.2024.xlsx', 'segment-shares', 'png')).toBe('orders.2024-segment-shares.png');
    expect(figureFileName('demo-shop.csv', 'rf-heatmap', 'csv')).toBe('demo-shop-rf-heatmap.csv');
    expect(figureFileName('', 'health-revenue', 'png')).toBe('chart-health-revenue.png');
  });
});
