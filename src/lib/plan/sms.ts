// How many SMS parts a text takes, which is what an SMS costs: GSM-7 when every character is in
// its alphabet (the extension table's characters take two), 160 alone or 153 a part when split
// (a part carries a 7-character header); otherwise UCS-2, 70 alone or 67 a part, counted in
// UTF-16 code units (an emoji outside the basic plane takes two).
// A part boundary can fall inside an extension character's pair or a surrogate pair, which senders
// avoid by moving it to the next part; that rare case is counted as if split, one part at most low.

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** GSM-7 septets or UCS-2 code units. */
  units: number;
  parts: number;
  /** Units one part holds for this text: 160/70 alone, 153/67 split. */
  perPart: number;
  /** Units left in the last part before another part starts. */
  left: number;
}

export const SMS_LIMITS: Record<SmsEncoding, { single: number; part: number }> = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } };

export function smsLength(text: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENSION.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const encoding: SmsEncoding = gsm ? 'gsm7' : 'ucs2';
  const units = gsm ? septets : text.length;
  const { single, part } = SMS_LIMITS[encoding];
  const parts = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  const perPart = parts > 1 ? part : single;
  return { encoding, units, parts, perPart, left: parts === 0 ? single : parts * perPart - units };
}

/**
 * What one message of `text` costs on a channel: an SMS is billed per part, so its price is the
 * part price times the parts the text takes; other channels bill a message whatever its length.
 */
export function messagePrice(channel: { contact: string; price: number }, text: string): number {
  return channel.contact === 'phone' ? channel.price * Math.max(1, smsLength(text).parts) : channel.price;
}
