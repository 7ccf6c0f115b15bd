// The demo shop's survey: answers in character with each customer's behaviour, the same for the
// same seed, with the gaps a real survey has (no identifier, a mistyped id, skipped questions).
import { describe, expect, it } from 'vitest';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { defaultArchetypes } from '../../src/lib/demo/demo-archetypes';
import { DEMO_COMMENTS } from '../../src/lib/demo/demo-comments';
import { demoSurvey } from '../../src/lib/demo/demo-survey';
import { npsSummary } from '../../src/lib/surveys/nps';
import { isStoredAnswer, isSurvey, type StoredAnswer } from '../../src/lib/surveys/survey';
import { appStarterText } from './helpers/survey-text';

const EN = appStarterText('en');
const RU = appStarterText('ru');
const [SPEED, , , PRICE, QUALITY] = EN.options;

const shop = generateDemoShop({ seed: 42 });
const { survey, answers } = demoSurvey(shop, 42, EN);
const csvIds = new Set(shop.csv.split('\n').slice(1, -1).map((line) => line.split(',')[1]));
const share = (predicate: (a: StoredAnswer) => boolean, of: readonly StoredAnswer[] = answers) => of.filter(predicate).length / of.length;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

describe('the shop\'s facts per customer', () => {
  it('are the sums of its CSV rows', () => {
    const sums = new Map<string, { lastPurchase: string; purchases: number; netCents: number }>();
    for (const line of shop.csv.split('\n').slice(1, -1)) {
      const [, id, date, amount] = line.split(',');
      const s = sums.get(id) ?? { lastPurchase: '', purchases: 0, netCents: 0 };
      const cents = Math.round(Number(amount) * 100);
      s.netCents += cents;
      if (cents > 0) {
        s.purchases++;
        if (date > s.lastPurchase) s.lastPurchase = date;
      }
      sums.set(id, s);
    }
    expect(shop.customerFacts).toHaveLength(shop.customers);
    expect(shop.customerFacts.map((c) => c.id)).toEqual([...sums.keys()].sort());
    expect(shop.customerFacts.map(({ id, ...facts }) => [id, facts])).toEqual(shop.customerFacts.map((c) => [c.id, sums.get(c.id)]));
  });
});

describe('demoSurvey', () => {
  it('gives the very same answers for the same seed and other answers for another', () => {
    expect(demoSurvey(generateDemoShop({ seed: 42 }), 42, EN)).toEqual({ survey, answers });
    const other = demoSurvey(generateDemoShop({ seed: 43 }), 43, EN).answers;
    expect(other.map((a) => a.answer)).not.toEqual(answers.map((a) => a.answer));
    // The survey seed alone changes the answers too: they are not tied to the shop's own draws.
    expect(demoSurvey(shop, 43, EN).answers.map((a) => a.answer)).not.toEqual(answers.map((a) => a.answer));
  });

  it('is a valid survey dated the day after the last order, with valid answers numbered demo-1, demo-2, ...', () => {
    expect(isSurvey(survey)).toBe(true);
    expect(survey).toMatchObject({ id: 'demo', name: EN.name, createdAt: '2026-11-01T00:00:00.000Z' });
    expect(survey.versions[0].questions.matters.options).toEqual(EN.options);
    expect(answers.filter((a) => !isStoredAnswer(a))).toEqual([]);
    expect(answers.map((a) => a.id)).toEqual(answers.map((_, i) => `demo-${i + 1}`));
    expect(new Set(answers.map((a) => `${a.surveyId}/${a.version}`))).toEqual(new Set(['demo/1']));
  });

  it('spreads the answers over the last four months, in the order they came in, from the kiosk and by hand', () => {
    const last = dayOf(shop.lastDate);
    const days = answers.map((a) => dayOf(a.answeredAt));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(last - 120);
    expect(Math.max(...days)).toBeLessThanOrEqual(last);
    expect(new Set(days).size).toBeGreaterThan(100);
    expect(answers.map((a) => a.answeredAt)).toEqual(answers.map((a) => a.answeredAt).sort());
    expect(share((a) => a.source === 'kiosk')).toBeGreaterThan(0.55);
    expect(share((a) => a.source === 'manual')).toBeGreaterThan(0.25);
    expect(share((a) => a.source !== 'kiosk' && a.source !== 'manual')).toBe(0);
  });

  it('has answers from about half of the customers, more often from recent ones', () => {
    expect(answers.length / shop.customers).toBeGreaterThan(0.4);
    expect(answers.length / shop.customers).toBeLessThan(0.6);
    // Answer ids as given can be mistyped; the rate is read from answers with a true customer id.
    const answered = new Set(answers.map((a) => a.answer.id));
    const last = dayOf(shop.lastDate);
    const rate = (from: number, to: number) => {
      const group = shop.customerFacts.filter((c) => last - dayOf(c.lastPurchase) >= from && last - dayOf(c.lastPurchase) < to);
      return group.filter((c) => answered.has(c.id)).length / group.length;
    };
    expect(rate(0, 60)).toBeGreaterThan(0.6);
    expect(rate(365, 800)).toBeLessThan(0.3);
  });

  it('names a customer of the CSV in nearly every answer: about 4 % give no identifier and about 2 % mistype it', () => {
    expect(share((a) => a.answer.id === null)).toBeGreaterThan(0.025);
    expect(share((a) => a.answer.id === null)).toBeLessThan(0.055);
    const strangers = answers.filter((a) => a.answer.id !== null && !csvIds.has(a.answer.id));
    expect(strangers.length / answers.length).toBeGreaterThan(0.01);
    expect(strangers.length / answers.length).toBeLessThan(0.03);
    // A typo of a customer number still looks like one.
    expect(strangers.filter((a) => !/^[Cc][0-9O]{4,6}$/.test(a.answer.id ?? ''))).toEqual([]);
  });

  it('skips a question now and then: NPS in about 3 % of answers, satisfaction in about 8 %', () => {
    expect(share((a) => a.answer.nps === null)).toBeGreaterThan(0.015);
    expect(share((a) => a.answer.nps === null)).toBeLessThan(0.045);
    expect(share((a) => a.answer.satisfaction === null)).toBeGreaterThan(0.06);
    expect(share((a) => a.answer.satisfaction === null)).toBeLessThan(0.1);
  });

  it('has satisfaction going with NPS', () => {
    const meanSatisfaction = (lo: number, hi: number) => {
      const s = answers.filter((a) => a.answer.nps !== null && a.answer.nps >= lo && a.answer.nps <= hi && a.answer.satisfaction !== null);
      return s.reduce((sum, a) => sum + (a.answer.satisfaction ?? 0), 0) / s.length;
    };
    expect(meanSatisfaction(9, 10)).toBeGreaterThan(4.2);
    expect(meanSatisfaction(7, 8)).toBeGreaterThan(3.2);
    expect(meanSatisfaction(7, 8)).toBeLessThan(4.2);
    expect(meanSatisfaction(0, 6)).toBeLessThan(3.2);
  });

  it('chooses 1 to 3 of the survey\'s own options, in their order, in either language', () => {
    for (const [text, list] of [[EN, answers], [RU, demoSurvey(shop, 42, RU).answers]] as const) {
      const bad = list.filter((a) => {
        const at = a.answer.matters.map((m) => text.options.indexOf(m));
        return at.length < 1 || at.length > 3 || at.some((i) => i < 0) || at.some((i, k) => k > 0 && i <= at[k - 1]);
      });
      expect(bad).toEqual([]);
    }
  });

  it('has a comment in about a quarter of the answers, in the locale asked for', () => {
    expect(share((a) => a.answer.text !== null)).toBeGreaterThan(0.2);
    expect(share((a) => a.answer.text !== null)).toBeLessThan(0.3);
    const all = (locale: 'en' | 'ru') => new Set(Object.values(DEMO_COMMENTS[locale]).flat());
    expect(answers.filter((a) => a.answer.text !== null && !all('en').has(a.answer.text))).toEqual([]);
    const ru = demoSurvey(shop, 42, EN, 'ru').answers;
    expect(ru.filter((a) => a.answer.text !== null && !all('ru').has(a.answer.text))).toEqual([]);
    // The comment bank is the only difference: the same customers give the same scores.
    expect(ru.map((a) => ({ ...a.answer, text: a.answer.text !== null }))).toEqual(answers.map((a) => ({ ...a.answer, text: a.answer.text !== null })));
  });

  it('has the comment banks of both languages the same size, so a seed tells the same story in each', () => {
    for (const tone of Object.keys(DEMO_COMMENTS.en) as (keyof typeof DEMO_COMMENTS.en)[]) {
      expect(DEMO_COMMENTS.ru[tone].length, tone).toBe(DEMO_COMMENTS.en[tone].length);
    }
  });

  describe('per archetype of the default configuration', () => {
    const archetypes = defaultArchetypes(shop.customerFacts, shop.lastDate);
    const archetypeOf = new Map(shop.customerFacts.map((c, i) => [c.id, archetypes[i]]));
    const of = (archetype: string) => answers.filter((a) => archetypeOf.get(a.answer.id ?? '') === archetype);
    const nps = (archetype: string) => npsSummary(of(archetype).flatMap((a) => (a.answer.nps === null ? [] : [a.answer.nps]))).nps ?? NaN;
    const topDriver = (archetype: string) => {
      const counts = new Map<string, number>();
      for (const a of of(archetype)) for (const m of a.answer.matters) counts.set(m, (counts.get(m) ?? 0) + 1);
      return [...counts].sort((x, y) => y[1] - x[1])[0][0];
    };

    it('has Champions and Loyal mostly promoters, At Risk, Can\'t Lose Them, Hibernating and Lost mostly detractors', () => {
      expect(nps('champions')).toBeGreaterThan(45);
      expect(nps('loyal')).toBeGreaterThan(35);
      expect(nps('new')).toBeGreaterThan(0);
      expect(nps('need_attention')).toBeGreaterThan(-15);
      expect(nps('need_attention')).toBeLessThan(30);
      for (const id of ['at_risk', 'cant_lose', 'hibernating', 'lost']) expect(nps(id), id).toBeLessThan(-10);
    });

    it('has its own drivers: quality for Champions, speed of service for Can\'t Lose Them, price for Lost', () => {
      expect(topDriver('champions')).toBe(QUALITY);
      expect(topDriver('cant_lose')).toBe(SPEED);
      expect(topDriver('lost')).toBe(PRICE);
    });

    it('has Can\'t Lose Them complain about something concrete: the service got slower', () => {
      const slower = new Set(DEMO_COMMENTS.en.slower);
      const unhappy = of('cant_lose').filter((a) => a.answer.nps !== null && a.answer.nps <= 6 && a.answer.text !== null);
      expect(unhappy.length).toBeGreaterThan(10);
      expect(unhappy.every((a) => slower.has(a.answer.text ?? ''))).toBe(true);
    });
  });

  it('takes well under 100 ms for 5,000 customers', () => {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      demoSurvey(shop, 42, EN);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(100);
  });
});
