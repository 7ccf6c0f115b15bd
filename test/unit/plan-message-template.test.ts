// Message templates: placeholders filled from a customer, a missing value closed up, typos named,
// and the SMS length of the rendered text (Latin GSM-7, Cyrillic UCS-2).
import { describe, expect, it } from 'vitest';
import { renderMessage, renderTemplate, unknownPlaceholders } from '../../src/lib/plan/message-template';

describe('a message template', () => {
  it('fills every placeholder from the customer', () => {
    const text = renderTemplate('Hi {first_name}, we miss you: {days_since_purchase} days since {last_purchase_date}. {offer} ({segment})', {
      first_name: 'Anna',
      days_since_purchase: 94,
      last_purchase_date: '2026-08-29',
      offer: '10% off this week',
      segment: 'At Risk',
    });
    expect(text).toBe('Hi Anna, we miss you: 94 days since 2026-08-29. 10% off this week (At Risk)');
  });

  it('closes up a value that is missing, or takes its fallback', () => {
    expect(renderTemplate('Hello {first_name}, come back!', {})).toBe('Hello, come back!');
    expect(renderTemplate('Hello {first_name}, come back!', { first_name: null }, { first_name: 'friend' })).toBe('Hello friend, come back!');
    expect(renderTemplate('{first_name} we have news', {})).toBe('we have news');
    expect(renderTemplate('Dear {first_name} {offer}!', {})).toBe('Dear!');
  });

  it('names placeholders it does not know and leaves them as written', () => {
    expect(unknownPlaceholders('Hi {frist_name}, {offer} {frist_name} {Name}')).toEqual(['frist_name']);
    expect(renderTemplate('Hi {frist_name}', { first_name: 'Anna' })).toBe('Hi {frist_name}');
  });

  it('counts SMS parts of the rendered text: 160 Latin characters in one, 70 Cyrillic', () => {
    const latin = renderMessage('{offer}', { offer: 'a'.repeat(160) });
    expect(latin.sms).toMatchObject({ encoding: 'gsm7', parts: 1 });
    expect(renderMessage('{offer}!', { offer: 'a'.repeat(160) }).sms).toMatchObject({ encoding: 'gsm7', parts: 2 });
    const cyrillic = renderMessage('Анна, {offer}', { offer: 'я'.repeat(64) });
    expect(cyrillic.text).toHaveLength(70);
    expect(cyrillic.sms).toMatchObject({ encoding: 'ucs2', parts: 1 });
    expect(renderMessage('Анна, {offer}', { offer: 'я'.repeat(65) }).sms).toMatchObject({ encoding: 'ucs2', parts: 2 });
  });
});
