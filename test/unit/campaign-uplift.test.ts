import { describe, it, expect } from 'vitest';
import { logBeta, logGamma, probabilityGreater } from '../../src/lib/campaign/beta';
import { newcombeInterval, probabilityUpliftReal, responseUplift, wilsonInterval } from '../../src/lib/campaign/uplift';

const p = (responders: number, customers: number) => ({ responders, customers });

/**
 * P(X > Y) by plain numeric integration, independent of the closed form: ∫ f_X(x) F_Y(x) dx on a
 * grid of 200,000 steps, F_Y by the trapezoid rule on the same grid.
 */
function integrated(a1: number, b1: number, a2: number, b2: number): number {
  const steps = 200_000;
  const h = 1 / steps;
  const density = (a: number, b: number, x: number): number =>
    x <= 0 || x >= 1 ? (x <= 0 ? (a === 1 ? b : 0) : b === 1 ? a : 0) : Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - logBeta(a, b));
  let cdfY = 0;
  let previousY = density(a2, b2, 0);
  let previousTerm = 0;
  let total = 0;
  for (let i = 1; i <= steps; i++) {
    const x = i * h;
    const fy = density(a2, b2, x);
    cdfY += ((previousY + fy) / 2) * h;
    previousY = fy;
    const term = density(a1, b1, x) * cdfY;
    total += ((previousTerm + term) / 2) * h;
    previousTerm = term;
  }
  return total;
}

describe('Newcombe hybrid score interval for the uplift', () => {
  it('reproduces the worked examples of Newcombe 1998 (method 10)', () => {
    // (a) 56/70 − 48/80 and (b) 9/10 − 3/10 as given for Newcombe's Table II. (b) by hand, z = 1.96:
    //   Wilson 9/10: centre (9 + 1.9208)/13.8416 = 0.78898, half 1.96·√(0.9 + 0.9604)/13.8416 = 0.19314 → 0.5958..0.9821
    //   Wilson 3/10: centre 4.9208/13.8416 = 0.35551, half 1.96·√(2.1 + 0.9604)/13.8416 = 0.24772 → 0.1078..0.6032
    //   lower 0.6 − √((0.9 − 0.5958)² + (0.6032 − 0.3)²) = 0.6 − 0.4295 = 0.1705
    //   upper 0.6 + √((0.9821 − 0.9)² + (0.3 − 0.1078)²) = 0.6 + 0.2090 = 0.8090
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [10, 10, 0, 20, 0.6791, 1.0],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of cases) {
      const interval = newcombeInterval(p(x1, n1), p(x2, n2));
      expect(interval.lower).toBeCloseTo(lower, 4);
      expect(interval.upper).toBeCloseTo(upper, 4);
    }
  });

  it('builds on Wilson intervals that stay inside 0..1 for 0 of 10', () => {
    const w = wilsonInterval(p(0, 10), 1.959964);
    expect(w.lower).toBeCloseTo(0, 12);
    expect(w.upper).toBeCloseTo(0.2775, 4);
  });

  it('is honest where the normal approximation is not: 12 customers, 1 responder', () => {
    // Wald for 1/6 − 0/6 would be 0.1667 ± 1.96·√(0.1667·0.8333/6) = −0.13..0.46, and its control
    // half has zero width; Newcombe gives the control group its real uncertainty.
    const result = responseUplift(p(1, 6), p(0, 6));
    expect(result.uplift).toBeCloseTo(1 / 6, 12);
    expect(result.interval?.lower).toBeLessThan(-0.2);
    expect(result.interval?.upper).toBeLessThan(1);
    expect(result.relativeUplift).toBeNull();
  });
});

describe('probability that the uplift is real', () => {
  it('uses an accurate log-gamma', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9);
  });

  it('is one half for equal data and adds up to one both ways', () => {
    expect(probabilityUpliftReal(p(3, 10), p(3, 10))).toBeCloseTo(0.5, 12);
    expect(probabilityUpliftReal(p(120, 1000), p(120, 1000))).toBeCloseTo(0.5, 10);
    const forward = probabilityUpliftReal(p(9, 40), p(4, 35));
    const backward = probabilityUpliftReal(p(4, 35), p(9, 40));
    expect(forward + backward).toBeCloseTo(1, 12);
  });

  it('matches small cases worked by hand', () => {
    // X ~ Beta(2, 1) (density 2x) against Y ~ uniform: ∫ 2x · x dx = 2/3.
    expect(probabilityGreater(2, 1, 1, 1)).toBeCloseTo(2 / 3, 12);
    expect(probabilityGreater(1, 1, 2, 1)).toBeCloseTo(1 / 3, 12);
    // 1 of 1 against 0 of 1: Beta(2, 1) against Beta(1, 2): ∫ 2x · (1 − (1 − x)²) dx = 5/6.
    expect(probabilityUpliftReal(p(1, 1), p(0, 1))).toBeCloseTo(5 / 6, 12);
  });

  it('equals numeric integration', () => {
    const cases: [number, number, number, number][] = [[9, 10, 3, 10], [56, 70, 48, 80], [2, 12, 0, 12], [7, 60, 3, 50], [1, 30, 2, 30]];
    for (const [x1, n1, x2, n2] of cases) {
      const exact = probabilityUpliftReal(p(x1, n1), p(x2, n2));
      expect(exact).toBeCloseTo(integrated(1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2), 6);
    }
  });

  it('stays exact for big groups, where the beta functions alone would overflow', () => {
    // B(601, 8401) is about e^-2200: only the log form keeps the terms representable.
    expect(probabilityUpliftReal(p(600, 9000), p(50, 1000))).toBeCloseTo(integrated(601, 8401, 51, 951), 6);
    expect(probabilityUpliftReal(p(3000, 9000), p(300, 1000))).toBeCloseTo(integrated(3001, 6001, 301, 701), 6);
  });
});

describe('response uplift', () => {
  it('gives rates, uplift, relative uplift, interval and probability together', () => {
    const result = responseUplift(p(9, 10), p(3, 10));
    expect(result.rateContacted).toBe(0.9);
    expect(result.rateControl).toBe(0.3);
    expect(result.uplift).toBeCloseTo(0.6, 12);
    expect(result.relativeUplift).toBeCloseTo(2, 12);
    expect(result.interval?.lower).toBeCloseTo(0.1705, 4);
    expect(result.probabilityReal).toBeCloseTo(integrated(10, 2, 4, 8), 6);
  });

  it('says nothing for an empty group and refuses impossible counts', () => {
    expect(responseUplift(p(3, 10), p(0, 0))).toMatchObject({ rateControl: null, uplift: null, interval: null, probabilityReal: null });
    expect(() => responseUplift(p(11, 10), p(0, 10))).toThrow(RangeError);
  });
});
