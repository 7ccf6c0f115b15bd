// Where a default channel's price and rates come from, in the user's language. The channel records
// (lib/plan/channels.ts) carry the English text, as stored plans and campaigns keep it; while a
// default channel still has that text, the catalog's translation of it is shown instead.
import { keyOf } from '../../lib/i18n/keys';
import type { Translate } from '../../lib/i18n/translate';
import { defaultChannel, isDefaultChannelId, type Channel } from '../../lib/plan/channels';

export function channelNotes(channel: Pick<Channel, 'id' | 'currency' | 'source' | 'priceNote'>, t: Translate): { priceNote: string; source: string } {
  const { id, currency } = channel;
  if (!isDefaultChannelId(id) || (currency !== 'RUB' && currency !== 'USD')) return { priceNote: channel.priceNote, source: channel.source };
  const defaults = defaultChannel(id, currency);
  return {
    priceNote: channel.priceNote === defaults.priceNote ? t(keyOf('plan.default', id, 'price', currency)) : channel.priceNote,
    source: channel.source === defaults.source ? t(keyOf('plan.default', id, 'source')) : channel.source,
  };
}
