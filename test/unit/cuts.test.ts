// The default scoring must put every customer in the same band as R's rfm 0.3.0, so the cut
// points are checked bit for bit against values printed by R 4.2.2 (sprintf("%.17g", ...)).
import { describe, expect, it } from 'vitest';
import {
  bandIndex,
  interiorProbabilities,
  orderStatisticPositions,
  quantileBreaks,
  thresholdProblem,
  type7Quantile,
} from '../../src/lib/rfm/cuts';

/** 1-based access into a sorted array, as the engine reads order statistics. */
const sortedAt = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (position: number) => {
    if (position < 1 || position > sorted.length) throw new RangeError(`position ${position} of ${sorted.length}`);
    return sorted[position - 1];
  };
};

// mtcars$mpg, the data of rfm's own test `bins(mtcars, "mpg", 5)`.
const MPG = [
  21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9,
  21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4,
];

describe('interiorProbabilities', () => {
  it('is the interior of R seq(0, 1, length.out = bins + 1), including its rounding', () => {
    // R: sprintf("%.17g", seq(0, 1, length.out = 6)) gives 0.60000000000000009 as the fourth value.
    expect(interiorProbabilities(5)).toEqual([0.2, 0.4, 0.6000000000000001, 0.8]);
    expect(interiorProbabilities(5)[2]).not.toBe(0.6);
    expect(interiorProbabilities(4)).toEqual([0.25, 0.5, 0.75]);
    expect(interiorProbabilities(3)).toEqual([1 / 3, 2 * (1 / 3)]);
    expect(interiorProbabilities(2)).toEqual([0.5]);
  });
});

describe('type7Quantile', () => {
  it('interpolates between neighbouring order statistics as R type 7 does', () => {
    // x = 1 2 3 4 10, n = 5. p = 0.2: index 1.8, 0.2*1 + 0.8*2 = 1.8. p = 0.5: index 3 -> 3.
    // p = 0.8: index 4.2, 0.8*4 + 0.2*10 = 5.2 (R prints 5.2000000000000011).
    const at = sortedAt([10, 4, 3, 2, 1]);
    expect(type7Quantile(5, 0.2, at)).toBe(1.8);
    expect(type7Quantile(5, 0.5, at)).toBe(3);
    expect(type7Quantile(5, 0.8, at)).toBe(5.200000000000001);
  });

  it('returns the only value for a single customer, whatever the probability', () => {
    const at = sortedAt([7]);
    for (const p of interiorProbabilities(5)) expect(type7Quantile(1, p, at)).toBe(7);
  });

  it('writes the interpolation as R does, (1 - h) * lo + h * hi, to the last bit', () => {
    // R: quantile(c(1,2,3,4,22,25,30,40), 2/3) = 23.999999999999996 (index 5.666..., lo 22, hi 25);
    // the algebraically equal 22 + h * (25 - 22) gives 24.
    const at = sortedAt([1, 2, 3, 4, 22, 25, 30, 40]);
    expect(type7Quantile(8, interiorProbabilities(3)[1], at)).toBe(23.999999999999996);
    expect(type7Quantile(8, interiorProbabilities(3)[0], at)).toBe(3.333333333333333);
  });

  it('does not interpolate between tied values, so a tie stays exactly the tied value', () => {
    // (1 - h) * 0.22 + h * 0.22 with h = 1/3 would be 0.22000000000000003; R returns 0.22.
    expect(type7Quantile(2, 1 / 3, sortedAt([0.22, 0.22]))).toBe(0.22);
    const at = sortedAt([0.22, 0.22, 5]);
    expect(type7Quantile(3, 1 / 3, at)).toBe(0.22);
    expect(type7Quantile(3, 0.5, at)).toBe(0.22);
  });
});

describe('quantileBreaks', () => {
  it('reproduces rfm test bins(mtcars, "mpg", 5) = 16.20, 18.92, 22.00, 25.08', () => {
    const breaks = quantileBreaks(MPG.length, 5, sortedAt(MPG));
    expect(breaks).toHaveLength(4);
    [16.2, 18.92, 22.0, 25.08].forEach((expected, i) => expect(breaks[i]).toBeCloseTo(expected, 10));
  });

  it('is the type-7 quantile plus one for every bin count', () => {
    const at = sortedAt(MPG);
    for (let bins = 2; bins <= 5; bins++) {
      const expected = interiorProbabilities(bins).map((p) => type7Quantile(MPG.length, p, at) + 1);
      expect(quantileBreaks(MPG.length, bins, at)).toEqual(expected);
    }
    // quantile(mtcars$mpg, 0.5) = 19.2
    expect(quantileBreaks(MPG.length, 2, at)).toEqual([20.2]);
  });

  it('keeps a whole number equal to the quantile in the lower band, as rfm does', () => {
    // 1..5 in two bins: median 3, break 4; 3 stays in band 1, 4 goes to band 2.
    const breaks = quantileBreaks(5, 2, sortedAt([1, 2, 3, 4, 5]));
    expect(breaks).toEqual([4]);
    expect(bandIndex(3, breaks)).toBe(1);
    expect(bandIndex(4, breaks)).toBe(2);
  });
});

describe('orderStatisticPositions', () => {
  const needed = (n: number): number[] => {
    const positions = new Set<number>();
    for (let bins = 2; bins <= 5; bins++) {
      for (const p of interiorProbabilities(bins)) {
        const index = 1 + Math.max(n - 1, 0) * p;
        positions.add(Math.floor(index));
        positions.add(Math.ceil(index));
      }
    }
    return [...positions].filter((x) => x >= 1 && x <= n).sort((a, b) => a - b);
  };

  it('lists, sorted and once each, every position the quantiles of 2..5 bins read', () => {
    for (const n of [1, 2, 3, 4, 5, 7, 10, 32, 100, 995, 1001, 123457]) {
      const positions = orderStatisticPositions(n);
      expect(positions, `n = ${n}`).toEqual(needed(n));
      expect(new Set(positions).size).toBe(positions.length);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      expect(positions.every((p) => Number.isInteger(p) && p >= 1 && p <= n)).toBe(true);
    }
  });

  it('is enough to compute every break without reading any other position', () => {
    for (const n of [1, 2, 6, 32, 995]) {
      const allowed = new Set(orderStatisticPositions(n));
      const valueAt = (position: number) => {
        if (!allowed.has(position)) throw new Error(`position ${position} not fetched for n = ${n}`);
        return position * 3;
      };
      for (let bins = 2; bins <= 5; bins++) expect(() => quantileBreaks(n, bins, valueAt)).not.toThrow();
    }
  });

  it('gives the hand-computed positions for small n', () => {
    // n = 1: every index is 1. n = 5: indexes 3 | 2.33, 3.67 | 2, 3, 4 | 1.8, 2.6, 3.4, 4.2.
    expect(orderStatisticPositions(1)).toEqual([1]);
    expect(orderStatisticPositions(5)).toEqual([1, 2, 3, 4, 5]);
    expect(orderStatisticPositions(0)).toEqual([]);
  });
});

describe('thresholdProblem', () => {
  it('accepts 1 to 4 finite, strictly ascending cut points', () => {
    expect(thresholdProblem([30])).toBeNull();
    expect(thresholdProblem([30, 90, 180, 365])).toBeNull();
    expect(thresholdProblem([-5, 0, 12.5])).toBeNull();
  });

  it('rejects a number of cut points that gives fewer than 2 or more than 5 bands', () => {
    expect(thresholdProblem([])).toBe('count');
    expect(thresholdProblem([1, 2, 3, 4, 5])).toBe('count');
  });

  it('rejects cut points that are not strictly ascending', () => {
    expect(thresholdProblem([90, 30])).toBe('not_ascending');
    expect(thresholdProblem([30, 30])).toBe('not_ascending');
    expect(thresholdProblem([10, 20, 15])).toBe('not_ascending');
  });

  it('rejects cut points that are not finite numbers', () => {
    expect(thresholdProblem([10, Number.NaN])).toBe('not_finite');
    expect(thresholdProblem([10, Number.POSITIVE_INFINITY])).toBe('not_finite');
    expect(thresholdProblem([Number.NEGATIVE_INFINITY, 10])).toBe('not_finite');
  });
});

describe('bandIndex', () => {
  const breaks = [10, 20, 30];

  it('uses half-open bands [lower, upper): a value equal to a break goes up', () => {
    expect(bandIndex(9.999, breaks)).toBe(1);
    expect(bandIndex(10, breaks)).toBe(2);
    expect(bandIndex(19.999, breaks)).toBe(2);
    expect(bandIndex(20, breaks)).toBe(3);
    expect(bandIndex(30, breaks)).toBe(4);
    expect(bandIndex(1e9, breaks)).toBe(4);
    expect(bandIndex(-1e9, breaks)).toBe(1);
  });

  it('leaves the band between two equal breaks empty without renumbering the others', () => {
    // rfm: duplicate quantiles give an empty interval [b, b); the later scores keep their numbers.
    expect(bandIndex(9, [10, 10, 20])).toBe(1);
    expect(bandIndex(10, [10, 10, 20])).toBe(3);
    expect(bandIndex(20, [10, 10, 20])).toBe(4);
  });
});
