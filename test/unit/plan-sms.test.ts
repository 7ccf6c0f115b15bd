// SMS length and parts: GSM-7 160 alone, 153 a part; UCS-2 70 alone, 67 a part.
import { describe, expect, it } from 'vitest';
import { messagePrice, smsLength } from '../../src/lib/plan/sms';

describe('GSM-7', () => {
  it('holds 160 Latin characters in one part and splits the 161st into two of 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, parts: 1, perPart: 160, left: 0 });
    expect(smsLength('a'.repeat(161))).toMatchObject({ encoding: 'gsm7', parts: 2, perPart: 153, left: 145 });
    expect(smsLength('a'.repeat(306)).parts).toBe(2);
    expect(smsLength('a'.repeat(307)).parts).toBe(3);
  });

  it('counts the extension characters € [ ] twice', () => {
    expect(smsLength('€[]')).toMatchObject({ encoding: 'gsm7', units: 6 });
    expect(smsLength('€'.repeat(80))).toMatchObject({ units: 160, parts: 1 });
    expect(smsLength(`${'€'.repeat(80)}a`)).toMatchObject({ units: 161, parts: 2 });
  });

  it('keeps accented letters of the GSM alphabet (é, Ä) in GSM-7', () => {
    expect(smsLength('Café Äpfel').encoding).toBe('gsm7');
  });

  it('has no part for an empty text', () => {
    expect(smsLength('')).toMatchObject({ units: 0, parts: 0 });
  });
});

describe('UCS-2', () => {
  it('holds 70 Cyrillic characters in one part and splits the 71st into two of 67', () => {
    expect(smsLength('я'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, parts: 1, perPart: 70, left: 0 });
    expect(smsLength('я'.repeat(71))).toMatchObject({ parts: 2, perPart: 67, left: 63 });
    expect(smsLength('я'.repeat(134)).parts).toBe(2);
    expect(smsLength('я'.repeat(135)).parts).toBe(3);
  });

  it('turns a whole Latin text into UCS-2 for one character outside GSM-7', () => {
    expect(smsLength(`${'a'.repeat(69)}ç`)).toMatchObject({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(smsLength(`${'a'.repeat(70)}ç`)).toMatchObject({ encoding: 'ucs2', units: 71, parts: 2 });
  });

  it('counts an emoji as two code units', () => {
    expect(smsLength('😀'.repeat(35))).toMatchObject({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(smsLength(`${'😀'.repeat(35)}a`)).toMatchObject({ units: 71, parts: 2 });
  });
});

describe('the price of a message', () => {
  it('is the part price times the parts for SMS, one price for other channels', () => {
    const sms = { contact: 'phone', price: 5.3 };
    expect(messagePrice(sms, 'я'.repeat(70))).toBeCloseTo(5.3);
    expect(messagePrice(sms, 'я'.repeat(71))).toBeCloseTo(10.6);
    expect(messagePrice(sms, 'a'.repeat(161))).toBeCloseTo(10.6);
    expect(messagePrice({ contact: 'email', price: 0.1 }, 'я'.repeat(500))).toBe(0.1);
  });
});
