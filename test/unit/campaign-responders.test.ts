// A list of responders names customers by id, e-mail or phone, written any way a sending tool or
// a till writes them; every line is matched to the campaign's contacted and control customers,
// and what matched nobody is counted and listed.
import { describe, expect, it } from 'vitest';
import { columnLines, guessResponderColumn, matchLine, matchResponders, responderIndex } from '../../src/lib/campaign/responders';
import { campaignRecord } from '../fixtures/campaign/campaign-record';

const campaign = campaignRecord();
const index = responderIndex(campaign);

describe('matching responders to a campaign', () => {
  it('finds a customer by id, by e-mail in any case and spacing, by phone in any Russian or international form', () => {
    expect(matchLine(index, 'C01')).toEqual(['C01']);
    expect(matchLine(index, '  K07 ')).toEqual(['K07']);
    expect(matchLine(index, ' C04@Shop.TEST ')).toEqual(['C04']);
    expect(matchLine(index, 'k02@shop.test')).toEqual(['K02']);
    expect(matchLine(index, '8 (900) 000-00-21')).toEqual(['C21']);
    expect(matchLine(index, '+7 900 000 01 06')).toEqual(['K06']);
    expect(matchLine(index, '79000000030')).toEqual(['C30']);
  });

  it('matches nobody for an unknown id, e-mail or phone, a blank line, or a customer outside the campaign', () => {
    expect(matchLine(index, 'C99')).toEqual([]);
    expect(matchLine(index, 'nobody@else.test')).toEqual([]);
    expect(matchLine(index, '+7 900 999 99 99')).toEqual([]);
    expect(matchLine(index, '   ')).toEqual([]);
    const outsider = responderIndex({ ...campaign, contacts: [...campaign.contacts, { id: 'X1', email: 'x1@shop.test', phone: null, push: null, messenger: null }] });
    expect(matchLine(outsider, 'x1@shop.test')).toEqual([]);
  });

  it('names both customers who share a contact', () => {
    const shared = responderIndex({ ...campaign, contacts: campaign.contacts.map((c) => (c.id === 'K01' ? { ...c, email: 'c01@shop.test' } : c)) });
    expect(matchLine(shared, 'C01@shop.test')).toEqual(['C01', 'K01']);
  });

  it('counts lines that matched, the customers they named once each, and lists what matched nobody as written', () => {
    const result = matchResponders(index, ['C01', 'c01@shop.test', 'K01', '', null, 'nobody@else.test', 'C99']);
    expect(result).toEqual({ responders: ['C01', 'K01'], matched: 3, unmatched: ['nobody@else.test', 'C99'] });
  });

  it('reads a plain list without a header: the first id, taken as the header, still counts; a real header does not', () => {
    const plain = { headers: ['C01'], rows: [['C02'], ['K03']] };
    expect(columnLines(index, plain, 0)).toEqual(['C01', 'C02', 'K03']);
    const headed = { headers: ['client'], rows: [['C02'], ['K03']] };
    expect(columnLines(index, headed, 0)).toEqual(['C02', 'K03']);
  });

  it('guesses the column with most lines naming the campaign’s customers', () => {
    const table = {
      headers: ['date', 'name', 'contact'],
      rows: [
        ['2026-11-02', 'Ann', 'c01@shop.test'],
        ['2026-11-03', 'Bob', '+7 900 000 00 22'],
        ['2026-11-03', 'C03', 'unknown'],
      ],
    };
    expect(guessResponderColumn(index, table)).toBe(2);
    expect(guessResponderColumn(index, { headers: [], rows: [] })).toBe(0);
  });
});
