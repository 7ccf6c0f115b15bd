// The BG/NBD and Gamma-Gamma formulas (lib/predict/) against values worked out independently:
// each model's closed form evaluated directly, without logs or Euler's transformation, at 40
// digits with mpmath (test/fixtures/predict/reference-values.py), for the
// paper's CDNOW parameters r = 0.243, α = 4.414, a = 0.793, b = 2.426 and Gamma-Gamma p = 6.25,
// q = 3.74, γ = 15.44. lifetimes' published expectations are checked with the fitted parameters
// (predict-cdnow.test.ts), as lifetimes' own tests do.
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, expectedPurchases, fixedDropoutLogLikelihood, probabilityAlive, type BgNbdParams } from '../../src/lib/predict/bgnbd';
import { expectedSpend, gammaGammaLogLikelihood, type GammaGammaParams } from '../../src/lib/predict/gamma-gamma';
import { hyp2f1, logSumExp } from '../../src/lib/predict/special';

const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const SPEND: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
/** CDNOW sample customers 3 (one purchase), 1 and 2 (x, t_x, T in weeks). */
const three = { x: [0, 2, 1], tx: [0, 30.43, 1.71], T: [38.86, 38.86, 38.86] };

/** The gradient by central differences in log-parameters, to check the analytic one. */
function numericGradient(f: (theta: number[]) => number, theta: number[], h = 1e-6): number[] {
  return theta.map((_, i) => {
    const up = theta.map((t, j) => (j === i ? t + h : t));
    const down = theta.map((t, j) => (j === i ? t - h : t));
    return (f(up) - f(down)) / (2 * h);
  });
}

describe('BG/NBD', () => {
  it('sums the customers\' log-likelihoods as the paper\'s equation 6 gives them', () => {
    // Per customer (mpmath): −0.55471327643815845, −9.4586063070662712, −4.4690932750325885.
    expect(bgnbdLogLikelihood(PAPER, three).value).toBeCloseTo(-14.482412858537018, 10);
    expect(bgnbdLogLikelihood(PAPER, { x: [2], tx: [30.43], T: [38.86] }).value).toBeCloseTo(-9.4586063070662712, 11);
  });

  it('has the gradient its finite differences give', () => {
    const logParams = [PAPER.r, PAPER.alpha, PAPER.a, PAPER.b].map(Math.log);
    const at = ([r, alpha, a, b]: number[]) => bgnbdLogLikelihood({ r: Math.exp(r), alpha: Math.exp(alpha), a: Math.exp(a), b: Math.exp(b) }, three).value;
    const analytic = bgnbdLogLikelihood(PAPER, three).gradient;
    numericGradient(at, logParams).forEach((g, i) => expect(analytic[i]).toBeCloseTo(g, 6));
  });

  it('stays finite for a customer whose likelihood terms are each below the smallest double', () => {
    // (α+T)^−(r+x) with x = 400 and T = 100,000 is about 10^−2000: only the log-sum-exp keeps it.
    const { value, gradient } = bgnbdLogLikelihood(PAPER, { x: [400], tx: [99_000], T: [100_000] });
    expect(Number.isFinite(value)).toBe(true);
    expect(gradient.every(Number.isFinite)).toBe(true);
  });

  it('gives P(alive) as equation 13 does, and 1 without a repeat purchase', () => {
    expect(probabilityAlive(PAPER, 2, 30.43, 38.86)).toBeCloseTo(0.72657857008067291, 12);
    expect(probabilityAlive(PAPER, 1, 1.71, 38.86)).toBeCloseTo(0.21210098537737908, 12);
    // lifetimes' test_estimation.py, test_conditional_probability_alive_returns_1_if_no_repeat_purchases.
    expect(probabilityAlive(PAPER, 0, 1, 1)).toBe(1);
  });

  it('gives the conditional expectation of equation 10', () => {
    expect(expectedPurchases(PAPER, 39, 0, 0, 38.86)).toBeCloseTo(0.19509805201126264, 12);
    expect(expectedPurchases(PAPER, 39, 2, 30.43, 38.86)).toBeCloseTo(1.2260281747671444, 12);
    expect(expectedPurchases(PAPER, 39, 1, 1.71, 38.86)).toBeCloseTo(0.20318698707975406, 12);
    // A frequent buyer, where the untransformed series overflows: x = 400, t_x = 990, T = 1000, t = 365.
    expect(expectedPurchases(PAPER, 365, 400, 990, 1000)).toBeCloseTo(115.66853983246461, 8);
    expect(expectedPurchases(PAPER, 0, 2, 30.43, 38.86)).toBe(0);
  });
});

describe('BG/NBD at the edge: a, b → ∞ with p = a/(a+b) fixed', () => {
  const fixed = { r: 0.51, alpha: 4.14, p: 0.0167 };
  const customers = { x: [0, 2, 1, 40, 7], tx: [0, 30.43, 1.71, 101, 60], T: [38.86, 38.86, 38.86, 104, 90] };
  const edge = (scale: number): BgNbdParams => ({ r: fixed.r, alpha: fixed.alpha, a: fixed.p * scale, b: (1 - fixed.p) * scale });

  it('tends to the fixed-dropout likelihood, to the last digits even at a + b = 1e12', () => {
    const limit = fixedDropoutLogLikelihood(fixed, customers).value;
    // The gap shrinks like 1/(a+b); as differences of lnΓ at 1e12 (about 2.7e13) the terms carried errors of
    // about 0.005 each, and at 1e8 of about 1e-6, more than the last optimiser steps gain.
    for (const scale of [1e6, 1e8, 1e10, 1e12]) {
      const gap = Math.abs(bgnbdLogLikelihood(edge(scale), customers).value - limit);
      expect(gap).toBeLessThan(2000 / scale + 1e-12);
    }
  });

  it('has the fixed-dropout gradient its finite differences give (ln r, ln α, logit p)', () => {
    const at = ([r, alpha, logit]: number[]) => fixedDropoutLogLikelihood({ r: Math.exp(r), alpha: Math.exp(alpha), p: 1 / (1 + Math.exp(-logit)) }, customers).value;
    const analytic = fixedDropoutLogLikelihood(fixed, customers).gradient;
    numericGradient(at, [Math.log(fixed.r), Math.log(fixed.alpha), Math.log(fixed.p / (1 - fixed.p))]).forEach((g, i) => expect(analytic[i]).toBeCloseTo(g, 6));
  });

  it('keeps the four-parameter gradient exact there too', () => {
    const logParams = [fixed.r, fixed.alpha, fixed.p * 1e8, (1 - fixed.p) * 1e8].map(Math.log);
    const at = ([r, alpha, a, b]: number[]) => bgnbdLogLikelihood({ r: Math.exp(r), alpha: Math.exp(alpha), a: Math.exp(a), b: Math.exp(b) }, customers).value;
    const analytic = bgnbdLogLikelihood(edge(1e8), customers).gradient;
    numericGradient(at, logParams).forEach((g, i) => expect(analytic[i]).toBeCloseTo(g, 6));
  });
});

describe('Gamma-Gamma', () => {
  const spends = { x: [2, 1, 5], m: [22.35, 11.77, 50] };

  it('sums the log-densities of the customers\' mean spends (note 025, equation 4)', () => {
    // Per customer (mpmath): −3.5513167597317047, −3.73770967874084, −4.8662155480280747.
    expect(gammaGammaLogLikelihood(SPEND, spends).value).toBeCloseTo(-12.155241986500619, 10);
  });

  it('has the gradient its finite differences give', () => {
    const logParams = [SPEND.p, SPEND.q, SPEND.gamma].map(Math.log);
    const at = ([p, q, g]: number[]) => gammaGammaLogLikelihood({ p: Math.exp(p), q: Math.exp(q), gamma: Math.exp(g) }, spends).value;
    const analytic = gammaGammaLogLikelihood(SPEND, spends).gradient;
    numericGradient(at, logParams).forEach((g, i) => expect(analytic[i]).toBeCloseTo(g, 6));
  });

  it('gives the expected spend per purchase, shrunk towards the population mean p γ / (q − 1)', () => {
    expect(expectedSpend(SPEND, 2, 22.35)).toBeCloseTo(24.663713910761155, 12);
    expect(expectedSpend(SPEND, 1, 11.77)).toBeCloseTo(18.916852057842047, 12);
    expect(expectedSpend(SPEND, 5, 50)).toBeCloseTo(48.808473080317741, 12);
    expect(expectedSpend(SPEND, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });
});

describe('special functions', () => {
  it('sums 2F1 to its closed forms', () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z; 2F1(a, b; b; z) = (1 − z)^−a.
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 14);
    expect(hyp2f1(0.3, 2.5, 2.5, 0.9)).toBeCloseTo(Math.pow(0.1, -0.3), 12);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });

  it('adds exponentials in logs without overflow', () => {
    expect(logSumExp(-2000, -2000)).toBeCloseTo(-2000 + Math.log(2), 12);
    expect(logSumExp(-Infinity, 3)).toBe(3);
  });
});
