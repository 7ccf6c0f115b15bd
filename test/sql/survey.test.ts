// Survey answers matched to customers and summed per segment, on the engine the page uses.
// test/fixtures/survey/orders.csv: C1 (3 orders, the latest 2024-03-20) and C2 (2 orders in
// March 2024) are Champions, C3 (one order, June 2023) is Lost; C5 and C6 share dup@example.com.
// google-forms.csv: ANN@example.com (C1, 10), bob@ (C2, 9), carl@ (C3, 6), a blank e-mail (8),
// stranger@ (not a customer, 3), dup@ (two customers, 7). typeform.csv, by phone: +7 912 345-67-01
// (C1, 9), 8 (912) 345-67-03 (C3, 4), 89123456799 (not a customer, 10).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersFromRows } from '../../src/lib/surveys/answer';
import { emailKey, phoneKey } from '../../src/lib/surveys/contact-key';
import { npsSummary } from '../../src/lib/surveys/nps';
import { guessSurveyColumns } from '../../src/lib/surveys/survey-columns';
import { defaultSettings } from '../../src/lib/rfm/settings';
import type { SurveyContacts, SurveyGroup, SurveyResults } from '../../src/lib/engine/api';
import { FIXTURES, presetSegmentation, readCsv, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
  await t.open('survey/orders.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
});

function survey(file: string, contacts: SurveyContacts): SurveyResults {
  const registered = t.registerText(`survey-${file}`, readFileSync(path.join(FIXTURES, 'survey', file), 'utf8'));
  const table = t.engine.readSurveyFile(registered, file);
  const answers = answersFromRows(table.headers, table.rows, guessSurveyColumns(table.headers, table.rows));
  const settings = defaultSettings('2024-04-01');
  return t.engine.surveyResults(settings, presetSegmentation(settings), answers, contacts);
}

const bySegment = (r: SurveyResults): Record<string, SurveyGroup> => Object.fromEntries(r.segments.map((g) => [g.segment ?? '', g]));

describe('a Google Forms export matched by e-mail', () => {
  it('matches 3 of 6 answers and says why the others did not', () => {
    const r = survey('google-forms.csv', { email: 'email' });
    expect(r).toMatchObject({ answers: 6, matched: 3, unmatched: { no_id: 1, not_customer: 1, ambiguous: 1 } });
    expect(r.unmatchedExamples).toEqual([
      { answer: 4, id: null, reason: 'no_id' },
      { answer: 5, id: 'stranger@example.com', reason: 'not_customer' },
      { answer: 6, id: 'dup@example.com', reason: 'ambiguous' },
    ]);
  });

  it('gives NPS, satisfaction and what matters per segment and for all answers', () => {
    const r = survey('google-forms.csv', { email: 'email' });
    const segments = bySegment(r);
    // Champions: C1 (10, 5, Price+Quality) and C2 (9, 4, Speed of service).
    expect(segments.champions).toMatchObject({ responses: 2, promoters: 2, passives: 0, detractors: 0, nps: 100, satisfactionMean: 4.5 });
    expect(segments.champions.matters).toEqual([
      { option: 'Price', answers: 1, share: 0.5 },
      { option: 'Quality', answers: 1, share: 0.5 },
      { option: 'Speed of service', answers: 1, share: 0.5 },
    ]);
    // Lost: C3 (6, 2).
    expect(segments.lost).toMatchObject({ responses: 1, detractors: 1, nps: -100, satisfactionMean: 2 });
    // All 6: promoters 10 and 9, detractors 6 and 3: (2 - 2) / 6 = 0; satisfaction 19 / 6 = 3.17.
    expect(r.all).toMatchObject({ segment: null, responses: 6, promoters: 2, passives: 2, detractors: 2, nps: 0, satisfactionMean: 3.17 });
    expect(r.all.nps).toBe(npsSummary([10, 9, 6, 8, 3, 7]).nps);
    expect(r.all.matters.map((m) => [m.option, m.answers])).toEqual([['Price', 3], ['Quality', 3], ['Speed of service', 1], ['Unique products', 1]]);
  });

  it('names the segment each answer landed in, in answer order, none for the unmatched', () => {
    // ANN@ (C1), bob@ (C2), carl@ (C3), blank, stranger@, dup@.
    expect(survey('google-forms.csv', { email: 'email' }).answerSegments).toEqual(['champions', 'champions', 'lost', null, null, null]);
    expect(survey('google-forms.csv', {}).answerSegments).toEqual([null, null, null, null, null, null]);
  });

  it('without a contact column, an e-mail matches no customer id', () => {
    const r = survey('google-forms.csv', {});
    expect(r).toMatchObject({ matched: 0, unmatched: { no_id: 1, not_customer: 5, ambiguous: 0 } });
  });
});

describe('a Typeform export matched by phone', () => {
  it('reads one column per option and meets 8 and +7 as one number', () => {
    const r = survey('typeform.csv', { phone: 'phone' });
    expect(r).toMatchObject({ answers: 3, matched: 2, unmatched: { no_id: 0, not_customer: 1, ambiguous: 0 } });
    const segments = bySegment(r);
    expect(segments.champions).toMatchObject({ responses: 1, promoters: 1, nps: 100 });
    expect(segments.champions.matters.map((m) => m.option)).toEqual(['Price', 'Speed of service']);
    expect(segments.lost).toMatchObject({ responses: 1, detractors: 1, nps: -100 });
    expect(r.answerSegments).toEqual(['champions', 'lost', null]);
    // 9, 4, 10: (2 - 1) / 3 = 33.3.
    expect(r.all.nps).toBe(33.3);
  });
});

describe('the segment each matched answer lands in is the scores CSV\'s', () => {
  it('C1 and C2 Champions, C3 Lost', () => {
    const settings = defaultSettings('2024-04-01');
    const rows = readCsv(t.engine.exportScoresCsv(settings, presetSegmentation(settings), { champions: 'Champions', lost: 'Lost' }));
    const segment = Object.fromEntries(rows.map((r) => [r.customer_id, r.segment]));
    expect([segment.C1, segment.C2, segment.C3]).toEqual(['Champions', 'Champions', 'Lost']);
  });
});

describe('the SQL contact keys are lib/surveys/contact-key.ts\'s', () => {
  const cases = [' ANN@Example.com ', 'ann @ example.com', 'a@b@c', 'no at', '', '+7 (912) 345-67-01', '8 912 345 67 01', '7 912 345 67 01', '+44 20 7946 0958', '12-34', 'a\u00a0b@c.d'];
  it.each(cases)('%j', (text) => {
    const [row] = t.query<{ e: string | null; p: string | null }>(`SELECT cvm_email_key($1::VARCHAR) AS e, cvm_phone_key($1::VARCHAR) AS p`, [text]);
    expect(row).toEqual({ e: emailKey(text), p: phoneKey(text) });
  });
});
