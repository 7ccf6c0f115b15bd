// The minimiser the fits use (lib/predict/optimise.ts) on functions whose minimum is known.
import { describe, expect, it } from 'vitest';
import { minimise } from '../../src/lib/predict/optimise';

/** Rosenbrock's valley, minimum 0 at (1, 1): the classic test of a quasi-Newton method. */
const rosenbrock = ([x, y]: readonly number[]) => ({
  value: (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
});

describe('minimise', () => {
  it('finds the bottom of Rosenbrock\'s valley', () => {
    const m = minimise(rosenbrock, [-1.2, 1]);
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 6);
    expect(m.x[1]).toBeCloseTo(1, 6);
  });

  it('says it has not converged when it runs out of iterations', () => {
    const m = minimise(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(m.converged).toBe(false);
    expect(m.iterations).toBe(3);
  });

  it('backs off from points outside the domain', () => {
    // −ln x + 5x has its minimum at x = 0.2; the first full step from 1 (gradient 4) lands at −3.
    const m = minimise(([x]) => (x > 0 ? { value: -Math.log(x) + 5 * x, gradient: [-1 / x + 5] } : { value: NaN, gradient: [0] }), [1]);
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(0.2, 6);
  });
});
