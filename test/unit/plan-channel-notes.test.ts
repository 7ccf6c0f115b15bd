// The default channels' notes in the user's language: the English catalog says exactly what the
// channel records carry (so the two never drift apart), Russian shows its translation, and a
// note the user's own channel carries is shown as it is.
import { describe, expect, it } from 'vitest';
import { channelNotes } from '../../src/features/plan/channel-notes';
import { createTranslator } from '../../src/lib/i18n/translate';
import { DEFAULT_CHANNEL_IDS, defaultChannel } from '../../src/lib/plan/channels';

describe('channel notes', () => {
  const en = createTranslator('en');
  const ru = createTranslator('ru');

  it('gives the records’ own English text in English, for both price tables', () => {
    for (const id of DEFAULT_CHANNEL_IDS)
      for (const currency of ['RUB', 'USD']) {
        const channel = defaultChannel(id, currency);
        expect(channelNotes(channel, en)).toEqual({ priceNote: channel.priceNote, source: channel.source });
      }
  });

  it('translates them into Russian', () => {
    const sms = defaultChannel('sms', 'RUB');
    expect(channelNotes(sms, ru).priceNote).toBe('рекламная SMS в России, около 5,3 ₽ с НДС за часть');
    expect(channelNotes(sms, ru).source).toMatch(/^Цена: рекламная SMS в России/);
  });

  it('leaves a note that is not the default’s as written', () => {
    const own = { ...defaultChannel('sms', 'RUB'), priceNote: 'our contract, 4.1 RUB', source: '' };
    expect(channelNotes(own, ru)).toEqual({ priceNote: 'our contract, 4.1 RUB', source: '' });
    const added = { id: 'channel-5', currency: 'RUB', priceNote: '', source: 'Viber tariff' };
    expect(channelNotes(added, ru)).toEqual({ priceNote: '', source: 'Viber tariff' });
  });
});
