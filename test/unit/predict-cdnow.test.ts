// BG/NBD and Gamma-Gamma fitted on the published CDNOW summary (../shared/data/cdnow/, 2,357
// customers, 39 weeks of calibration) give the parameters of Fader, Hardie & Lee (2005) and
// the expectations printed in lifetimes' tests, each cited where it is used.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityAlive } from '../../src/lib/predict/bgnbd';
import { fitModels, type ModelFit } from '../../src/lib/predict/fit';
import { expectedSpend } from '../../src/lib/predict/gamma-gamma';

const FILE = path.resolve(import.meta.dirname, '../../../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv');
const present = existsSync(FILE);
if (!present) console.warn(`SKIPPED: ${FILE} is not present (real-data tests need ../shared/data beside the repo)`);

/** ID, x, t_x, T, zbar per line (CRLF, no final newline). */
function summary() {
  const rows = readFileSync(FILE, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  // 1997-01-01 .. 1997-09-30: the calibration period's 272 days.
  return { rows, x: Float64Array.from(rows, (r) => r[1]), tx: Float64Array.from(rows, (r) => r[2]), T: Float64Array.from(rows, (r) => r[3]), monetary: Float64Array.from(rows, (r) => r[4]), historyDays: 272 };
}

/** Within 0.5 % of the published value, which has three significant digits. */
const within = (value: number, published: number) => expect(Math.abs(value / published - 1)).toBeLessThan(0.005);

describe.skipIf(!present)('the models on the CDNOW summary', () => {
  let data: ReturnType<typeof summary>;
  let fit: ModelFit;
  beforeAll(() => {
    data = summary();
    fit = fitModels(data);
  });

  it('fits BG/NBD to the paper\'s r = 0.243, α = 4.414, a = 0.793, b = 2.426 and log-likelihood −9582.4', () => {
    expect(fit.bgnbd?.converged).toBe(true);
    const { r, alpha, a, b } = fit.bgnbd!.params;
    within(r, 0.243);
    within(alpha, 4.414);
    within(a, 0.793);
    within(b, 2.426);
    // Fader, Hardie & Lee (2005), section 4: LL = −9582.4.
    expect(fit.bgnbd!.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it('fits the same model with time in days: r, a, b the same, α seven times larger, within 0.5 %', () => {
    const days = { ...data, tx: data.tx.map((t) => 7 * t), T: data.T.map((t) => 7 * t) };
    const inDays = fitModels(days);
    expect(inDays.reasons).toEqual([]);
    expect(inDays.bgnbd?.converged).toBe(true);
    const weeks = fit.bgnbd!.params;
    const { r, alpha, a, b } = inDays.bgnbd!.params;
    within(r, weeks.r);
    within(alpha, 7 * weeks.alpha);
    within(a, weeks.a);
    within(b, weeks.b);
    within(alpha, 7 * 4.414);
    // Times 7 in every t_x and T divide each repeat customer's density by 7 per repeat purchase: ln L falls by Σx · ln 7.
    let repeats = 0;
    for (const x of data.x) repeats += x;
    expect(inDays.bgnbd!.logLikelihood).toBeCloseTo(fit.bgnbd!.logLikelihood - repeats * Math.log(7), 3);
  });

  it('fits Gamma-Gamma on the 946 repeat customers to p = 6.25, q = 3.74, γ = 15.44', () => {
    expect(fit.repeatCustomers).toBe(946);
    expect(fit.gammaGamma?.converged).toBe(true);
    const { p, q, gamma } = fit.gammaGamma!.params;
    within(p, 6.25);
    within(q, 3.74);
    within(gamma, 15.44);
  });

  it('reports enough evidence and no reason for care', () => {
    expect(fit.reasons).toEqual([]);
    // Gamma-Gamma's independence check, as lifetimes' documentation makes it (the correlation of frequency
    // and monetary value over the repeat customers): numpy.corrcoef over the 946 gives 0.11388391048600445.
    expect(fit.spendFrequencyCorrelation!).toBeCloseTo(0.11388391048600445, 12);
    expect(fit.evidenceLevel).toBe('good');
    // √(946 / 1000 · 272 / 365)
    expect(fit.evidence).toBeCloseTo(Math.sqrt(0.946 * (272 / 365)), 12);
  });

  it('gives the conditional and unconditional expectations of lifetimes\' tests', () => {
    const params = fit.bgnbd!.params;
    // lifetimes' test_estimation.py, TestBetaGeoFitter.test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet:
    // x = 2, t_x = 30.43, T = 38.86, t = 39 -> 1.226, within 0.001.
    expect(Math.abs(expectedPurchases(params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
    // test_expectation_returns_same_value_Hardie_excel_sheet: expected_number_of_purchases_up_to_time at these
    // times, assert_array_almost_equal(decimal = 3), i.e. within 1.5e-3.
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(Math.abs(expectedPurchases(params, t, 0, 0, 0) - expected[i])).toBeLessThan(1.5e-3));
    // test_conditional_probability_alive_is_between_0_and_1, on the same grid.
    for (let x = 0; x < 100; x += 10) for (let tx = 0; tx < 100; tx += 10) for (let T = tx; T < 100; T += 10) {
      const p = probabilityAlive(params, x, tx, T);
      expect(p >= 0 && p <= 1).toBe(true);
    }
  });

  it('gives the expected spend of the first ten customers in Hardie\'s spreadsheet', () => {
    // btyd (lifetimes' successor) tests, TestGammaGammaModel.test_conditional_expected_average_profit: the first ten
    // CDNOW customers, "from Hardie spreadsheet http://brucehardie.com/notes/025/", atol 0.1.
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    data.rows.slice(0, 10).forEach((row, i) => expect(Math.abs(expectedSpend(fit.gammaGamma!.params, row[1], row[4]) - expected[i])).toBeLessThan(0.1));
  });
});
