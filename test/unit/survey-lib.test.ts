import { describe, expect, it } from 'vitest';
import { answersFromRows } from '../../src/lib/surveys/answer';
import { emailKey, phoneKey } from '../../src/lib/surveys/contact-key';
import { npsGroup, npsInterval, npsSummary } from '../../src/lib/surveys/nps';
import { guessSurveyColumns, mattersOptions } from '../../src/lib/surveys/survey-columns';

describe('NPS', () => {
  it('groups 9-10 as promoters, 7-8 as passives, 0-6 as detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    expect(() => npsGroup(11)).toThrow();
    expect(() => npsGroup(7.5)).toThrow();
  });

  it('is % promoters less % detractors, with one decimal', () => {
    // 2 promoters, 1 passive, 0 detractors of 3: 66.666... -> 66.7.
    expect(npsSummary([9, 10, 7])).toEqual({ responses: 3, promoters: 2, passives: 1, detractors: 0, nps: 66.7 });
    // 1 promoter, 2 detractors of 3: -33.333... -> -33.3.
    expect(npsSummary([10, 3, 6]).nps).toBe(-33.3);
    expect(npsSummary([]).nps).toBeNull();
  });

  it('gives a 95 % interval from the counts, within -100..100', () => {
    // 2 promoters of 3: NPS 66.7, variance (2/3 - 4/9) / 3 = 0.0741, half width 1.96 * 0.2722 = 53.3 points.
    expect(npsInterval(2, 0, 3)).toEqual({ low: 13.3, high: 100 });
    // 50 promoters, 20 detractors of 100: NPS 30, variance (0.7 - 0.09) / 100, half width 15.3.
    expect(npsInterval(50, 20, 100)).toEqual({ low: 14.7, high: 45.3 });
    expect(npsInterval(0, 0, 0)).toBeNull();
  });
});

describe('contact keys', () => {
  it('meets an e-mail whatever its case and spaces', () => {
    expect(emailKey(' ANN@Example.com ')).toBe('ann@example.com');
    expect(emailKey('ann @ example.com')).toBe('ann@example.com');
    expect(emailKey('no at sign')).toBeNull();
    expect(emailKey('a@b@c')).toBeNull();
    expect(emailKey(null)).toBeNull();
  });

  it('meets a phone number by its digits, 8 and +7 being the same Russian number', () => {
    expect(phoneKey('+7 (912) 345-67-01')).toBe('79123456701');
    expect(phoneKey('8 912 345 67 01')).toBe('79123456701');
    expect(phoneKey('+44 20 7946 0958')).toBe('442079460958');
    expect(phoneKey('12-34')).toBeNull();
  });
});

describe('survey columns', () => {
  it('guesses a Google Forms export: e-mail, NPS, satisfaction, a list of options, an open answer', () => {
    const headers = ['Timestamp', 'Email Address', 'How likely are you to recommend us to a friend?', 'How satisfied are you with your last purchase?', 'What matters most to you?', 'Anything else you would like to tell us?'];
    const rows = [
      ['2024/04/01', 'ann@example.com', '10', '5', 'Price, Quality', 'Great'],
      ['2024/04/01', 'bob@example.com', '6', '2', 'Speed of service', ''],
    ];
    expect(guessSurveyColumns(headers, rows)).toEqual({
      id: 'Email Address',
      nps: 'How likely are you to recommend us to a friend?',
      satisfaction: 'How satisfied are you with your last purchase?',
      matters: { kind: 'list', column: 'What matters most to you?' },
      text: 'Anything else you would like to tell us?',
    });
  });

  it('guesses a Typeform export: one column per option, a phone as the identifier', () => {
    const headers = ['#', 'How likely is it that you would recommend us to a friend?', 'What matters most to you? - Price', 'What matters most to you? - Quality', 'Your phone number'];
    const rows = [['a1', '9', 'Price', '', '+7 912 345-67-01']];
    expect(guessSurveyColumns(headers, rows)).toEqual({
      id: 'Your phone number',
      nps: 'How likely is it that you would recommend us to a friend?',
      matters: { kind: 'columns', columns: [{ column: 'What matters most to you? - Price', option: 'Price' }, { column: 'What matters most to you? - Quality', option: 'Quality' }] },
    });
  });

  it('guesses Russian headers', () => {
    const headers = ['Телефон', 'Насколько вероятно, что вы порекомендуете нас друзьям?', 'Насколько вы довольны покупкой?', 'Что для вас важнее всего?'];
    const rows = [['8 912 345 67 01', '9', '4', 'Цена; Качество']];
    expect(guessSurveyColumns(headers, rows)).toMatchObject({ id: 'Телефон', nps: headers[1], satisfaction: headers[2], matters: { kind: 'list', column: headers[3] } });
  });

  it('splits a list of options at commas and semicolons', () => {
    expect(mattersOptions('Price, Quality,Speed of service')).toEqual(['Price', 'Quality', 'Speed of service']);
    // The app's own download separates with "; ", so an option may hold a comma.
    expect(mattersOptions('Price; Speed, friendly staff')).toEqual(['Price', 'Speed, friendly staff']);
    expect(mattersOptions(null)).toEqual([]);
  });
});

describe('answers from rows', () => {
  it('reads scales strictly: a value outside its scale is no answer', () => {
    const headers = ['id', 'nps', 'sat', 'matters'];
    const answers = answersFromRows(headers, [['C1', '11', '0', 'Price'], [' ', '7', '5', '']], { id: 'id', nps: 'nps', satisfaction: 'sat', matters: { kind: 'list', column: 'matters' } });
    expect(answers).toEqual([
      { id: 'C1', nps: null, satisfaction: null, matters: ['Price'], text: null },
      { id: null, nps: 7, satisfaction: 5, matters: [], text: null },
    ]);
  });
});
