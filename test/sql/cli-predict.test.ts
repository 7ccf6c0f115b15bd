// `npm run rfm -- FILE --predict` as a user runs it: on the demo shop (written to a temporary
// file), MODEL.json and PRED.csv are the engine's own fit and the bytes the page's download
// writes; on the CDNOW sample the published parameters and the holdout line; a file where every
// customer bought once exits 3 with the reason; bad flags exit 2 with one sentence.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/engine/api';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { localToday } from '../../src/lib/dates';
import { modelJson } from '../../src/lib/predict/model-json';
import { predictionsCsv, PREDICTIONS_CSV_HEADER } from '../../src/lib/predict/predictions-csv';
import type { PredictResult } from '../../src/lib/predict/request';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { rfm, type Run } from './helpers/cli-run';
import { presetSegmentation, sharedFile, startEngine } from './helpers/engine';

// A run takes 5-10 s alone; on a 2-core machine busy with other test files it has taken over 30.
const TIMEOUT = 80_000;
const outDir = mkdtempSync(path.join(tmpdir(), 'cvm-cli-predict-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const out = (name: string) => path.join(outDir, name);

function expectOneLineError(result: Run, message: string | RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe('--predict on the demo shop', () => {
  const demo = out('demo-shop.csv');
  let run: Run;
  let engineResult: PredictResult;
  beforeAll(async () => {
    const csv = generateDemoShop({ seed: 42 }).csv;
    writeFileSync(demo, csv);
    run = await rfm(demo, '--predict', '--horizon-days', '90', '--out-model', out('model.json'), '--out-predictions', out('pred.csv'));
    // The same request on the engine the page runs.
    const t = await startEngine();
    const dataset = t.openText('demo-shop.csv', csv);
    const summary = t.engine.prepare(dataset.guess as ColumnMapping, { today: localToday() });
    const settings = defaultSettings(summary.defaultAsOf);
    engineResult = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: null, timeUnit: 'weeks', horizonDays: 90, discountMonthly: 0.01 });
  }, TIMEOUT);

  it('prints the parameters, the evidence, the segments and says there is no holdout', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Predictions: BG\/NBD and Gamma-Gamma fitted on the orders from 2023-11-01 to 2026-10-31 \(5,000 customers, 3,224 of them bought again\), time in weeks$/m);
    expect(run.stdout).toMatch(/^ {2}BG\/NBD .*: r = \d+\.\d{4}, alpha = \d+\.\d{4}, a = [\d.]+, b = [\d.]+; log-likelihood -\d+\.\d\d$/m);
    expect(run.stdout).toMatch(/^ {2}Gamma-Gamma .*: p = 5\.2088, q = 3\.8999, gamma = 42\.5018; log-likelihood -\d+\.\d\d$/m);
    expect(run.stdout).toContain('Per segment, over the next 90 days (value discounted 1% a month)');
    expect(run.stdout).toMatch(/^ {2}Champions +\d+ /m);
    expect(run.stdout).toMatch(/^ {2}Total +5000 /m);
    expect(run.stdout).toContain('No orders after 2026-10-31, so no holdout check');
    expect(run.stdout).toContain(`Wrote the predictions of 5,000 customers to ${out('pred.csv')}.`);
  });

  it('writes MODEL.json with the engine\'s fit', () => {
    const model = JSON.parse(readFileSync(out('model.json'), 'utf8'));
    expect(Object.keys(model)).toEqual(expect.arrayContaining(['bgnbd', 'gamma_gamma', 'customers', 'repeat_customers', 'time_unit']));
    expect(Object.keys(model.bgnbd)).toEqual(expect.arrayContaining(['r', 'alpha', 'a', 'b', 'log_likelihood']));
    expect(Object.keys(model.gamma_gamma)).toEqual(expect.arrayContaining(['p', 'q', 'gamma', 'log_likelihood']));
    expect(model).toEqual(JSON.parse(JSON.stringify(modelJson(engineResult))));
    expect(model).toMatchObject({ customers: 5000, repeat_customers: 3224, time_unit: 'weeks', calibration_end: '2026-10-31', horizon_days: 90 });
  });

  it('writes PRED.csv byte for byte as the page\'s download does', () => {
    const bytes = readFileSync(out('pred.csv'));
    expect(Buffer.from(predictionsCsv(engineResult)!).equals(bytes)).toBe(true);
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(PREDICTIONS_CSV_HEADER.join(','));
    expect(lines).toHaveLength(5001);
    expect(lines[1]).toMatch(/^[^,]+,\d+(,\d+\.\d{6}){6}$/);
  });
});

const sample = sharedFile('cdnow/cdnow_sample.csv');

describe.skipIf(!sample)('--predict on the CDNOW sample', () => {
  it('fits the published parameters on the 39 calibration weeks and checks the 39 holdout weeks', { timeout: TIMEOUT }, async () => {
    const run = await rfm(sample!, '--customer', 'sample_customer_id', '--date', 'date', '--amount', 'dollar_value', '--predict', '--calibration-end', '1997-09-30', '--time-unit', 'weeks', '--out-model', out('cdnow.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const model = JSON.parse(readFileSync(out('cdnow.json'), 'utf8'));
    const near = (ours: number, published: number) => expect(Math.abs(ours / published - 1)).toBeLessThan(0.005);
    near(model.bgnbd.r, 0.243);
    near(model.bgnbd.alpha, 4.414);
    near(model.bgnbd.a, 0.793);
    near(model.bgnbd.b, 2.426);
    near(model.gamma_gamma.p, 6.25);
    near(model.gamma_gamma.q, 3.74);
    near(model.gamma_gamma.gamma, 15.44);
    expect(model).toMatchObject({ customers: 2357, repeat_customers: 946, holdout: { customers: 2357, actual: 1882 } });
    expect(run.stdout).toContain('Holdout check: repeat purchases after 1997-09-30 up to 1998-06-30 (39.0 weeks), by repeat purchases before it');
    expect(run.stdout).toMatch(/^ {2}In total: 1882 actual, 165\d\.\d predicted \(-1\d\.\d%\)$/m);
    expect(run.stdout).toMatch(/^ +0 +1411 +334 +\d+\.\d$/m);
    expect(run.stdout).toMatch(/^ +7\+ +\d+ +\d+ +\d+\.\d$/m);
  });
});

describe('--predict when the data cannot support a fit', () => {
  it('exits 3 with the reason when every customer bought once, and writes nothing', { timeout: TIMEOUT }, async () => {
    const run = await rfm('test/fixtures/predict/one-purchase.csv', '--predict', '--out-model', out('none.json'), '--out-predictions', out('none.csv'));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Evidence: No usable prediction');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'No predictions: the models cannot be fitted on these orders.',
      '  None of the 5 customers bought a second time before the calibration end. The models learn how often people come back from repeat purchases, so they cannot predict anything here.',
    ]);
    expect(() => readFileSync(out('none.json'))).toThrow();
    expect(() => readFileSync(out('none.csv'))).toThrow();
  });
});

describe('--predict: bad flags', () => {
  it('refuses a bad value with one sentence and exit code 2', { timeout: TIMEOUT }, async () => {
    const file = 'test/fixtures/predict/one-purchase.csv';
    expectOneLineError(await rfm(file, '--predict', '--time-unit', 'months'), '--time-unit must be days or weeks, got "months"');
    expectOneLineError(await rfm(file, '--out-predictions', out('x.csv')), '--out-predictions needs --predict');
    // A negative number is the flag's value, refused for what it is (issue 20), not taken for a missing value.
    expectOneLineError(await rfm(file, '--predict', '--horizon-days', '-5'), '--horizon-days must be a whole number of days from 1 to 3650, got "-5"');
    expectOneLineError(await rfm(file, '--predict', '--out-model', file), /^--out-model test\/fixtures\/predict\/one-purchase\.csv would overwrite the input file/);
  });

  it('refuses a calibration end before the first order with exit code 2', { timeout: TIMEOUT }, async () => {
    const run = await rfm('test/fixtures/predict/one-purchase.csv', '--predict', '--calibration-end', '2023-12-31');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--calibration-end 2023-12-31 is before the first order (2024-01-05): there is nothing to fit on. Give a later date.\n');
  });
});
