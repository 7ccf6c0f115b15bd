// The planner's pure parts (src/features/plan): the segment it opens on, the reach table's counts,
// the steps with SMS billed per part, the channel list's edits and a suggestion applied; its
// explanation lines and number formats.
import { describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { ArchetypeConfig } from '../../src/lib/archetypes/config';
import type { PlanReach } from '../../src/lib/engine/api';
import { cascade, type ReachGroup } from '../../src/lib/plan/cascade';
import { defaultChannels } from '../../src/lib/plan/channels';
import { explainStep } from '../../src/lib/plan/explain';
import type { PlannedChannel } from '../../src/lib/storage/plan-channels';
import { explainText } from '../../src/features/plan/explain-text';
import { planFormats } from '../../src/features/plan/plan-formats';
import { defaultSegment, mappedContacts, moved, newChannel, plannedChoices, plannedSteps, reachRows, smsBaseline, withOrder } from '../../src/features/plan/planner';
import { createTranslator } from '../../src/lib/i18n/translate';
import { formatInteger, formatMoney, formatNumber, formatPercent } from '../../src/lib/i18n/format';

const GRID = { r: 5, f: 5, m: 5 };
const NOW = new Date('2026-12-02T10:00:00Z');
const preset = (): ArchetypeConfig => configFromPreset('default', GRID, 'c1', NOW);
const planned = (currency = 'USD'): PlannedChannel[] => defaultChannels(currency).map((c) => ({ ...c, enabled: true }));
const group = (email: boolean, phone: boolean, push: boolean, messenger: boolean, customers: number): ReachGroup => ({ email, phone, push, messenger, customers });

describe('the segment the planner opens on', () => {
  it("is Can't Lose Them when the configuration has it", () => {
    expect(defaultSegment(preset(), [])).toBe('cant_lose');
  });

  it('is otherwise the win-back or wake-up segment with the most revenue', () => {
    const config = preset();
    const without = { ...config, archetypes: config.archetypes.filter((a) => a.id !== 'cant_lose') };
    const segments = [
      { segment: 'at_risk', customers: 10, purchases: 20, revenue: 100 },
      { segment: 'hibernating', customers: 30, purchases: 40, revenue: 900 },
      { segment: 'champions', customers: 5, purchases: 50, revenue: 5000 },
    ];
    expect(defaultSegment(without, segments)).toBe('hibernating');
  });
});

describe('the reach table', () => {
  const reach: PlanReach = {
    segments: [
      { segment: 'champions', customers: 5, groups: [group(true, true, false, false, 3), group(false, false, false, false, 2)] },
      { segment: 'lost', customers: 4, groups: [group(false, true, true, false, 1), group(true, false, false, true, 3)] },
    ],
  };

  it('counts each contact per segment, every segment of the configuration in its order with Other last, and the totals', () => {
    const config = preset();
    const { rows, total } = reachRows(config, { champions: 'Champions', lost: 'Lost' }, reach, new Set(['email', 'phone', 'push']));
    expect(rows.map((r) => r.segment)).toEqual([...config.archetypes.map((a) => a.id), 'others']);
    const champions = rows.find((r) => r.segment === 'champions')!;
    expect(champions).toMatchObject({ name: 'Champions', customers: 5, any: 3, byContact: { email: 3, phone: 3, push: 0, messenger: null } });
    // The messenger has no column: its id does not count towards "any contact".
    const lost = rows.find((r) => r.segment === 'lost')!;
    expect(lost).toMatchObject({ customers: 4, any: 4, byContact: { email: 3, phone: 1, push: 1, messenger: null } });
    expect(rows.find((r) => r.segment === 'loyal')).toMatchObject({ customers: 0, any: 0, byContact: { email: 0, phone: 0, push: 0, messenger: null } });
    expect(total).toMatchObject({ customers: 9, any: 7, byContact: { email: 6, phone: 4, push: 1, messenger: null } });
  });

  it('knows which contacts have a column', () => {
    expect([...mappedContacts({ email: 'email', phone: '', push: 'push_token' })]).toEqual(['email', 'push']);
  });
});

describe('the steps as planned', () => {
  it('keeps the channels that are on, in their order, and bills SMS per part', () => {
    const channels = planned().map((c) => (c.id === 'push' ? { ...c, enabled: false } : c));
    const steps = plannedSteps(channels, 3);
    expect(steps.map((s) => s.id)).toEqual(channels.filter((c) => c.enabled).map((c) => c.id));
    expect(steps.find((s) => s.id === 'sms')!.price).toBeCloseTo(0.0083 * 3, 10);
    expect(steps.find((s) => s.id === 'email')!.price).toBe(0.001);
    expect(steps.some((s) => 'enabled' in s)).toBe(false);
    expect(plannedChoices(channels, 1).map((s) => s.id)).toEqual(channels.map((c) => c.id));
  });

  it("takes the baseline's SMS from the channels, used or not, else the default SMS", () => {
    const channels = planned().map((c) => (c.id === 'sms' ? { ...c, enabled: false, price: 0.02 } : c));
    expect(smsBaseline(channels, 2, 'USD').price).toBeCloseTo(0.04, 10);
    expect(smsBaseline(channels.filter((c) => c.contact !== 'phone'), 1, 'RUB')).toMatchObject({ id: 'sms', price: 5.3 });
  });
});

describe('editing the channel list', () => {
  it('moves a channel one place, and not past an end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds a free channel with an id no other has', () => {
    const channels = [...planned(), { ...planned()[0], id: 'channel-5' }];
    const added = newChannel(channels, 'Viber', 'USD');
    expect(added).toMatchObject({ name: 'Viber', price: 0, enabled: true, source: '' });
    expect(channels.map((c) => c.id)).not.toContain(added.id);
  });

  it("applies a suggestion: its channels on in its order, the rest off after them", () => {
    const next = withOrder(planned(), ['sms', 'email']);
    expect(next.map((c) => [c.id, c.enabled])).toEqual([
      ['sms', true],
      ['email', true],
      ...planned()
        .filter((c) => c.id !== 'sms' && c.id !== 'email')
        .map((c) => [c.id, false]),
    ]);
  });
});

describe('numbers and their explanations', () => {
  const fmt = {
    money: (n: number, c: string | null) => formatMoney('en', n, c),
    number: (n: number, d: number) => formatNumber('en', n, d),
    percent: (n: number, d?: number) => formatPercent('en', n, d),
    integer: (n: number) => formatInteger('en', n),
  };
  const formats = planFormats(fmt, 'USD');

  it('writes counts with two decimals, a sub-cent price with its digits and money in the currency', () => {
    expect(formats.count(9.5312)).toBe('9.53');
    expect(formats.price(0.0083)).toBe('0.0083 USD');
    expect(formats.price(0.09)).toBe('$0.09');
    expect(formats.money(6.571)).toBe('$6.57');
    expect(formats.percent(0.97)).toBe('97%');
    expect(formats.percent(0.025)).toBe('2.5%');
    // Late reports: two significant digits, as the command line prints them.
    expect(formats.small(0.17951)).toBe('0.18');
    expect(formats.smallMoney(0.007812)).toBe('0.0078 USD');
    expect(formats.smallMoney(1.5)).toBe('$1.50');
    expect(formats.smallMoney(0.1712)).toBe('$0.17');
  });

  it('explains a step with its rate as a percentage and its cost as money', () => {
    const [sms] = defaultChannels('USD').filter((c) => c.id === 'sms');
    const result = cascade([sms], [group(false, true, false, false, 100)], sms);
    const lines = explainStep(sms, result.steps[0], sms.name);
    const t = createTranslator('en');
    expect(explainText(lines.delivered, t, formats)).toBe('Delivered: sent × delivery rate 95% = 95.00.');
    expect(explainText(lines.cost, t, formats)).toBe('Cost: price 0.0083 USD × 100.00 sent = $0.83.');
  });
});
