import { describe, expect, it } from 'vitest';
import { flowLayout } from '../../src/lib/movement/flow-layout';

const cells = [
  { before: null, after: 'single', customers: 3, newlyChurned: 1 },
  { before: 'repeat', after: 'repeat', customers: 1, newlyChurned: 0 },
  { before: 'single', after: 'repeat', customers: 2, newlyChurned: 0 },
  { before: 'single', after: 'single', customers: 1, newlyChurned: 1 },
];

describe('flow chart layout', () => {
  const layout = flowLayout(cells, ['repeat', 'single'], 70 + 20, 10);

  it('stacks bars as tall as their customers, "not yet a customer" first on the left', () => {
    // 7 customers in 70 units (90 less two gaps of 10 on the left, which has three bars).
    const left = layout.bars.filter((b) => b.side === 'before').map((b) => [b.id, b.y, b.height]);
    expect(left).toEqual([
      [null, 0, 30],
      ['repeat', 40, 10],
      ['single', 60, 30],
    ]);
    const right = layout.bars.filter((b) => b.side === 'after').map((b) => [b.id, b.y, b.height]);
    expect(right).toEqual([
      ['repeat', 0, 30],
      ['single', 40, 40],
    ]);
  });

  it('draws one band per cell, each as thick as its customers, filling its bars without overlap', () => {
    const band = (from: string | null, to: string) => layout.bands.find((b) => b.from === from && b.to === to)!;
    expect(band(null, 'single')).toMatchObject({ y0: 0, y1: 40, height: 30 });
    expect(band('repeat', 'repeat')).toMatchObject({ y0: 40, y1: 0, height: 10 });
    expect(band('single', 'repeat')).toMatchObject({ y0: 60, y1: 10, height: 20 });
    expect(band('single', 'single')).toMatchObject({ y0: 80, y1: 70, height: 10 });
    expect(layout.bands.reduce((s, b) => s + b.height, 0)).toBe(70);
  });
});
