// The pure parts of the survey builder: the option list edits, the checks before a survey is
// saved, an answer typed in by hand, digit keys on a scale, the per-version counts and the
// answers' CSV.
import { describe, expect, it } from 'vitest';
import { answerRows, answersCsv, answersFileName, ANSWERS_CSV_HEADER } from '../../src/lib/surveys/answers-csv';
import { answersFromRows } from '../../src/lib/surveys/answer';
import { guessSurveyColumns } from '../../src/lib/surveys/survey-columns';
import { summariseAnswers } from '../../src/lib/surveys/answer-summary';
import { digitPick, emptyForm, manualAnswer } from '../../src/lib/surveys/manual-answer';
import { addOption, cleanedEdit, editOf, editProblems, moveOption, removeOption, renameOption } from '../../src/lib/surveys/survey-edit';
import { MAX_OPTIONS, newSurvey, type StoredAnswer } from '../../src/lib/surveys/survey';
import { SHOP_TEXT } from './helpers/survey-text';

const TEXT = { ...SHOP_TEXT, options: ['Speed of service', 'Price', 'Quality'] };
const NOW = new Date('2026-12-02T10:00:00Z');
const version = newSurvey('s1', TEXT, NOW).versions[0];

describe('the option list', () => {
  const options = ['A', 'B', 'C'];
  it('adds at the end, up to the limit', () => {
    expect(addOption(options, 'D')).toEqual(['A', 'B', 'C', 'D']);
    const full = Array.from({ length: MAX_OPTIONS }, (_v, i) => `o${i}`);
    expect(addOption(full, 'more')).toEqual(full);
  });
  it('renames, removes and moves one option, and nothing moves past either end', () => {
    expect(renameOption(options, 1, 'Bee')).toEqual(['A', 'Bee', 'C']);
    expect(removeOption(options, 0)).toEqual(['B', 'C']);
    expect(moveOption(options, 2, -1)).toEqual(['A', 'C', 'B']);
    expect(moveOption(options, 0, 1)).toEqual(['B', 'A', 'C']);
    expect(moveOption(options, 0, -1)).toEqual(options);
    expect(moveOption(options, 2, 1)).toEqual(options);
    expect(options).toEqual(['A', 'B', 'C']);
  });
});

describe('checks before saving', () => {
  it('passes the starter survey', () => {
    expect(editProblems('Shop survey', editOf(version))).toEqual([]);
  });
  it('wants a name, at least one question, text for each question asked, and distinct non-empty options', () => {
    const edit = editOf(version);
    edit.questions.nps.text = ' ';
    edit.questions.satisfaction = { ask: false, text: '' };
    edit.questions.matters.options = ['Price', '', ' price ', 'Quality'];
    expect(editProblems('', edit)).toEqual([
      { code: 'noName' },
      { code: 'emptyText', question: 'nps' },
      { code: 'emptyOption', index: 1 },
      { code: 'duplicateOption', index: 2 },
    ]);
    for (const q of ['nps', 'satisfaction', 'matters', 'openText', 'identifier'] as const) edit.questions[q].ask = false;
    expect(editProblems('x', edit)).toEqual([{ code: 'noQuestion' }]);
  });
  it('does not check the options of a question switched off, but an asked one needs options', () => {
    const edit = editOf(version);
    edit.questions.matters.options = [];
    expect(editProblems('x', edit)).toEqual([{ code: 'noOptions' }]);
    edit.questions.matters.ask = false;
    expect(editProblems('x', edit)).toEqual([]);
  });
  it('saves the texts trimmed', () => {
    const edit = editOf(version);
    edit.title = '  Hi ';
    edit.questions.matters.options = [' Price '];
    expect(cleanedEdit(edit).title).toBe('Hi');
    expect(cleanedEdit(edit).questions.matters.options).toEqual(['Price']);
  });
  it('edits a copy, never the saved version', () => {
    const edit = editOf(version);
    edit.questions.matters.options.push('New');
    expect(version.questions.matters.options).toEqual(TEXT.options);
  });
});

describe('an answer typed in by hand', () => {
  it('keeps what was asked, in the survey’s option order, with its version and source', () => {
    const form = { nps: 9, satisfaction: 4, matters: ['Quality', 'Speed of service', 'Gone option'], text: ' Nice ', identifier: ' a@b.c ' };
    expect(manualAnswer(form, 's1', version, 'a1', NOW)).toEqual({
      id: 'a1',
      surveyId: 's1',
      version: 1,
      answeredAt: NOW.toISOString(),
      source: 'manual',
      answer: { id: 'a@b.c', nps: 9, satisfaction: 4, matters: ['Speed of service', 'Quality'], text: 'Nice' },
    });
  });
  it('saves nothing for an empty form or one with only an identifier, and drops values outside a scale', () => {
    expect(manualAnswer(emptyForm(), 's1', version, 'a1', NOW)).toBeNull();
    expect(manualAnswer({ ...emptyForm(), identifier: '555' }, 's1', version, 'a1', NOW)).toBeNull();
    expect(manualAnswer({ ...emptyForm(), nps: 11, satisfaction: 0 }, 's1', version, 'a1', NOW)).toBeNull();
    expect(manualAnswer({ ...emptyForm(), nps: 0 }, 's1', version, 'a1', NOW)?.answer.nps).toBe(0);
  });
  it('leaves out questions switched off', () => {
    const off = { ...version, questions: { ...version.questions, nps: { ask: false, text: 'x' } } };
    expect(manualAnswer({ ...emptyForm(), nps: 7, satisfaction: 2 }, 's1', off, 'a1', NOW)?.answer).toMatchObject({ nps: null, satisfaction: 2 });
  });
});

describe('digit keys on a scale', () => {
  it('picks the digit when it is on the scale', () => {
    expect(digitPick(7, 0, 10, null, 0)).toBe(7);
    expect(digitPick(0, 1, 5, null, 0)).toBeNull();
    expect(digitPick(6, 1, 5, null, 0)).toBeNull();
    expect(digitPick(3, 1, 5, null, 0)).toBe(3);
  });
  it('makes 10 from a 1 then a 0 typed quickly on 0-10, and 0 when slow', () => {
    expect(digitPick(0, 0, 10, { digit: 1, at: 1000 }, 1500)).toBe(10);
    expect(digitPick(0, 0, 10, { digit: 1, at: 1000 }, 3000)).toBe(0);
    expect(digitPick(0, 1, 5, { digit: 1, at: 1000 }, 1100)).toBeNull();
  });
});

const stored = (id: string, v: number, answeredAt: string, text: string | null = null): StoredAnswer => ({
  id,
  surveyId: 's1',
  version: v,
  answeredAt,
  source: 'manual',
  answer: { id: '=cmd', nps: 10, satisfaction: 5, matters: ['Price', 'Quality, taste'], text },
});

describe('answers per version', () => {
  it('counts each version’s answers and finds the last date', () => {
    const s = summariseAnswers([stored('a', 1, '2026-12-01T00:00:00Z'), stored('b', 2, '2026-12-03T00:00:00Z'), stored('c', 1, '2026-12-02T00:00:00Z')]);
    expect(s).toEqual({ count: 3, last: '2026-12-03T00:00:00Z', perVersion: new Map([[1, 2], [2, 1]]) });
    expect(summariseAnswers([])).toEqual({ count: 0, last: null, perVersion: new Map() });
  });
});

describe('the answers CSV', () => {
  it('has one row per answer, oldest first, options joined by "; "', () => {
    expect(answerRows([stored('b', 2, '2026-12-03T00:00:00Z'), stored('a', 1, '2026-12-01T00:00:00Z', 'ok')])).toEqual([
      ['2026-12-01T00:00:00Z', 'manual', 1, '=cmd', 10, 5, 'Price; Quality, taste', 'ok'],
      ['2026-12-03T00:00:00Z', 'manual', 2, '=cmd', 10, 5, 'Price; Quality, taste', null],
    ]);
  });
  it('is formula-safe and quotes what needs it', () => {
    const text = new TextDecoder().decode(answersCsv([stored('a', 1, '2026-12-01T00:00:00Z', '@SUM(A1)\nline two')]));
    const [header, ...rest] = text.split(/\r?\n/);
    expect(header).toBe(ANSWERS_CSV_HEADER.join(','));
    expect(rest.join('\n')).toContain(`2026-12-01T00:00:00Z,manual,1,'=cmd,10,5,"Price; Quality, taste","'@SUM(A1)`);
  });
  it('reads back as a survey export: the guess finds every column and the answers come out as stored', () => {
    const answers = [stored('a', 1, '2026-12-01T00:00:00Z', 'ok')];
    const rows = answerRows(answers).map((row) => row.map((cell) => (cell === null ? null : String(cell))));
    const columns = guessSurveyColumns(ANSWERS_CSV_HEADER, rows);
    expect(columns).toEqual({ id: 'identifier', nps: 'nps', satisfaction: 'satisfaction', matters: { kind: 'list', column: 'matters' }, text: 'open_text' });
    expect(answersFromRows(ANSWERS_CSV_HEADER, rows, columns)).toEqual(answers.map((a) => a.answer));
  });
  it('names the file after the survey', () => {
    expect(answersFileName('Shop survey 2026!', '2026-12-02')).toBe('shop-survey-2026-answers-2026-12-02.csv');
    expect(answersFileName('Опрос в кафе', '2026-12-02')).toBe('опрос-в-кафе-answers-2026-12-02.csv');
    expect(answersFileName('***', '2026-12-02')).toBe('survey-answers-2026-12-02.csv');
  });
});
