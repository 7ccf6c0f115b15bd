// Minimises a smooth function of a few variables with its gradient: BFGS with a backtracking
// (Armijo) line search (Nocedal & Wright, Numerical Optimization, algorithm 6.1). Our own 80 lines:
// the one maintained JavaScript minimiser, fmin 0.0.4, exports nothing when Node loads it as an
// ES module (its "main" is a UMD bundle in a "type": "module" package) and its Nelder-Mead shrink
// step assigns an undeclared variable, which throws in strict mode.

/** f(x) and its gradient at x; a value that is not finite means "outside the domain". */
export type Objective = (x: readonly number[]) => { value: number; gradient: number[] };

export interface Minimum {
  x: number[];
  value: number;
  gradient: number[];
  iterations: number;
  converged: boolean;
}

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((s, ui, i) => s + ui * v[i], 0);
const maxAbs = (v: readonly number[]) => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);

/**
 * Converged: every gradient component below `gradientTolerance` (the objectives are per-customer
 * means, so this is scale-free); or, once a step no longer lowers the value by more than its
 * rounding (1e-13 of it: a sum over 100,000 customers is not more exact than that), every
 * component below `stallTolerance`. Without the second test a large sample spends thousands of
 * evaluations halving steps whose gains are rounding noise.
 */
export function minimise(
  f: Objective,
  x0: readonly number[],
  {
    maxIterations = 500,
    gradientTolerance = 1e-7,
    stallTolerance = 1e-5,
    onIteration,
  }: { maxIterations?: number; gradientTolerance?: number; stallTolerance?: number; onIteration?: (iteration: number, value: number) => void } = {},
): Minimum {
  const n = x0.length;
  let x = [...x0];
  let { value, gradient } = f(x);
  if (!Number.isFinite(value)) throw new RangeError('the starting point is outside the domain');
  // The inverse Hessian estimate, starting from the identity.
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(gradient) < gradientTolerance) return { x, value, gradient, iterations: iteration, converged: true };
    let direction = H.map((row) => -dot(row, gradient));
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      // Not a descent direction (the estimate went bad): start again from steepest descent.
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      direction = gradient.map((g) => -g);
      slope = dot(direction, gradient);
    }
    let step = 1;
    let next: { value: number; gradient: number[] } | null = null;
    let xNext = x;
    for (let tries = 0; tries < 40; tries++) {
      xNext = x.map((xi, i) => xi + step * direction[i]);
      const trial = f(xNext);
      if (Number.isFinite(trial.value) && trial.value <= value + 1e-4 * step * slope) {
        next = trial;
        break;
      }
      step /= 2;
    }
    if (!next) return { x, value, gradient, iterations: iteration, converged: maxAbs(gradient) < stallTolerance };
    const stalled = value - next.value <= 1e-13 * Math.max(1, Math.abs(value));
    const s = xNext.map((xi, i) => xi - x[i]);
    const y = next.gradient.map((g, i) => g - gradient[i]);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      // H <- (I - rho s y') H (I - rho y s') + rho s s'
      const rho = 1 / sy;
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      H = H.map((row, i) => row.map((h, j) => h - rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j]));
    }
    x = xNext;
    ({ value, gradient } = next);
    onIteration?.(iteration + 1, value);
    if (stalled) return { x, value, gradient, iterations: iteration + 1, converged: maxAbs(gradient) < stallTolerance };
  }
  return { x, value, gradient, iterations: maxIterations, converged: maxAbs(gradient) < gradientTolerance };
}
