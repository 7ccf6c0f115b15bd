// The demo survey through the engine's survey path, on the demo shop scored as the app scores it
// by default (rfm 0.3.0 quantiles on five bins, the eleven archetypes): the pattern a workshop
// shows must come out of the engine per segment, not only out of the generator's intentions.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultArchetypes } from '../../src/lib/demo/demo-archetypes';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { demoSurvey } from '../../src/lib/demo/demo-survey';
import type { ColumnMapping, ScoringSettings, SurveyGroup, SurveyResults } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { presetSegmentation, readCsv, startEngine, type TestEngine } from './helpers/engine';
import { appStarterText } from '../unit/helpers/survey-text';

const TEXT = appStarterText('en');
// The seed the app opens the demo with (features/import/import-flow.svelte.ts).
const SEED = 42;
const shop = generateDemoShop({ seed: SEED });
const { answers } = demoSurvey(shop, SEED, TEXT);

let t: TestEngine;
let settings: ScoringSettings;
let results: SurveyResults;
let segments: Record<string, SurveyGroup>;

beforeAll(async () => {
  t = await startEngine();
  const dataset = t.openText('demo-shop.csv', shop.csv);
  const summary = t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
  settings = defaultSettings(summary.defaultAsOf);
  results = t.engine.surveyResults(settings, presetSegmentation(settings), answers.map((a) => a.answer), {});
  segments = Object.fromEntries(results.segments.map((g) => [g.segment ?? '', g]));
  const row = (g: SurveyGroup) =>
    `${(g.segment ?? 'all answers').padEnd(20)}${String(g.responses).padStart(6)}${String(g.nps).padStart(8)}${String(g.satisfactionMean).padStart(7)}  ${g.matters
      .slice(0, 2)
      .map((m) => `${m.option} ${Math.round(m.share * 100)} %`)
      .join(', ')}`;
  console.log(
    [`demo survey, seed ${SEED}: ${results.matched} of ${results.answers} answers matched`, `${'segment'.padEnd(20)}answers     NPS  satis  top drivers`]
      .concat(results.segments.map(row), row(results.all))
      .join('\n'),
  );
});

const topDriver = (g: SurveyGroup) => g.matters[0].option;

describe('the demo survey in the engine, per archetype of the default configuration', () => {
  it('lands each customer in the archetype the generator answered for', () => {
    const exported = readCsv(t.engine.exportScoresCsv(settings, presetSegmentation(settings), {}));
    const engine = new Map(exported.map((r) => [r.customer_id, r.segment]));
    const archetypes = defaultArchetypes(shop.customerFacts, shop.lastDate);
    expect(shop.customerFacts.map((c) => engine.get(c.id))).toEqual(archetypes);
  });

  it('matches more than 90 % of the answers; the rest have no identifier or a mistyped one', () => {
    expect(results.answers).toBe(answers.length);
    expect(results.matched / results.answers).toBeGreaterThan(0.9);
    expect(results.unmatched.no_id).toBeGreaterThan(0);
    expect(results.unmatched.not_customer).toBeGreaterThan(0);
    expect(results.unmatched.ambiguous).toBe(0);
  });

  it('has Champions mostly promoters, At Risk and Lost mostly detractors', () => {
    expect(segments.champions.nps).toBeGreaterThan(40);
    expect(segments.lost.nps).toBeLessThan(-20);
    expect(segments.at_risk.nps).toBeLessThan(0);
    expect(segments.cant_lose.nps).toBeLessThan(-20);
    expect(segments.champions.satisfactionMean).toBeGreaterThan(segments.lost.satisfactionMean ?? Infinity);
  });

  it('gives Champions another top driver than Lost', () => {
    expect(topDriver(segments.champions)).not.toBe(topDriver(segments.lost));
    expect([topDriver(segments.champions), topDriver(segments.lost)]).toEqual(['Quality', 'Price']);
  });
});
