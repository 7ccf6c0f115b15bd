// Guesses which columns of an order file hold the customers' contacts (e-mail, phone, push token,
// messenger id), for the channels a campaign can use. Two kinds of evidence: the header (English
// and Russian names, as platforms and 1C write them) and the values of the first rows. A header
// alone is enough when the sample has no values in that column (Shopify leaves "Phone" blank for
// most orders); values alone are enough when nearly all of them look like the contact, unless the
// header says the column is something else (an id, an order number: "Id" 5000000001 is not a phone).

export type ContactChannel = 'email' | 'phone' | 'push' | 'messenger';
export type ContactColumns = Partial<Record<ContactChannel, string>>;

const CHANNELS: readonly ContactChannel[] = ['email', 'phone', 'push', 'messenger'];

/** Header words per channel; a multi-word entry must appear as consecutive words. */
const HEADER_WORDS: Record<ContactChannel, readonly string[]> = {
  email: ['email', 'e mail', 'mail', 'email address', 'почта', 'эл почта', 'электронная почта', 'емейл', 'имейл', 'мейл'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'msisdn', 'телефон', 'тел', 'моб', 'мобильный', 'сотовый'],
  push: ['push', 'push token', 'token', 'device token', 'fcm', 'apns', 'пуш', 'токен'],
  messenger: ['messenger', 'telegram', 'whatsapp', 'viber', 'tg', 'мессенджер', 'телеграм', 'телеграмм', 'вотсап', 'ватсап', 'вайбер'],
};

/**
 * Words that make a matching header something else: a consent flag ("Accepts Email Marketing"),
 * a payment or checkout token, a verification status.
 */
const NOT_A_CONTACT = [
  'accepts', 'accept', 'consent', 'marketing', 'opt', 'optin', 'subscribed', 'subscription', 'verified', 'confirmed',
  'checkout', 'cart', 'payment', 'card', 'access', 'api', 'session', 'csrf',
  'согласие', 'подписка', 'рассылка', 'подтвержден',
];

/** Words of headers that name an identifier or a document: their values are never taken for contacts by pattern alone. */
const IDENTIFIER_WORDS = [
  'id', 'no', 'number', 'num', 'code', 'order', 'invoice', 'receipt', 'transaction', 'sku', 'barcode', 'ean', 'hash', 'uuid', 'guid', 'key',
  'ид', 'код', 'номер', 'заказ', 'чек', 'документ', 'артикул', 'штрихкод',
];

const VALUE_PATTERN: Record<ContactChannel, (value: string) => boolean> = {
  email: (v) => /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]{2,}$/.test(v),
  phone: (v) => /^\+?[\d\s().-]+$/.test(v) && digitCount(v) >= 10 && digitCount(v) <= 15,
  // APNs tokens are 64 hex digits, FCM ones about 150 characters of base64url with a colon.
  push: (v) => /^[0-9a-f]{32,}$/i.test(v) || (/^[A-Za-z0-9_:+/=-]{40,}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v)),
  messenger: (v) => /^(tg|wa|viber|telegram|whatsapp):\S+$/i.test(v) || /^@[A-Za-z0-9_.]{3,}$/.test(v) || /^(https?:\/\/)?(t\.me|wa\.me)\/\S+$/i.test(v),
};

/**
 * Pattern-only guesses are stricter: a phone must be written as one (a plus, brackets, spaces or
 * dashes, or 11 digits from a trunk code 7 or 8) and a token must be as long as a real one, since
 * plain 10-digit numbers and 32-digit hashes are common ids.
 */
const STRICT_PATTERN: Partial<Record<ContactChannel, (value: string) => boolean>> = {
  phone: (v) => VALUE_PATTERN.phone(v) && (/[+()\s-]/.test(v) || /^[78]\d{10}$/.test(v)),
  push: (v) => VALUE_PATTERN.push(v) && v.length >= 64,
};

/** Share of the filled sample values a header-matched column needs; fewer mean another column named alike. */
const HEADER_VALUE_SHARE = 0.5;
/** Share of the filled sample values (and how many at least) a column needs on its values alone. */
const PATTERN_VALUE_SHARE = 0.8;
const PATTERN_MIN_VALUES = 3;

const digitCount = (value: string) => value.replace(/\D/g, '').length;

function tokens(name: string): string[] {
  const text = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return text === '' ? [] : text.split(' ');
}

/** A header word meets a synonym word exactly, or by its start when long enough to be safe ("телефона", "phones"). */
const sameWord = (word: string, synonym: string) => word === synonym || (synonym.length >= 5 && word.startsWith(synonym));

/** 2: the header is the synonym ("E-mail", "Телефон"); 1: it contains it ("Billing Email Address"); 0: neither. */
function headerMatch(words: readonly string[], channel: ContactChannel): number {
  if (words.some((word) => NOT_A_CONTACT.includes(word))) return 0;
  let best = 0;
  for (const synonym of HEADER_WORDS[channel]) {
    const wanted = synonym.split(' ');
    if (words.join('') === wanted.join('')) return 2;
    for (let start = 0; start + wanted.length <= words.length; start++) {
      if (wanted.every((w, i) => sameWord(words[start + i], w))) best = 1;
    }
  }
  return best;
}

interface Candidate {
  channel: ContactChannel;
  column: number;
  score: number;
}

/**
 * The contact column per channel, by header name as in `headers`. `sampleRows` are the first rows
 * in the same column order (cells as text, null or '' when blank). Columns in `taken` (the ones
 * already mapped to customer, date, amount and the rest) are never guessed; a caller whose customer
 * key is the e-mail itself (Shopify, WooCommerce) decides whether that column counts as taken.
 */
export function guessContactColumns(
  headers: readonly string[],
  sampleRows: readonly (readonly (string | null | undefined)[])[],
  taken: ReadonlySet<string> = new Set(),
): ContactColumns {
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (taken.has(header)) return;
    const words = tokens(header);
    const values = sampleRows.map((row) => (row[column] ?? '').trim()).filter((value) => value !== '');
    const identifier = words.some((word) => IDENTIFIER_WORDS.includes(word));
    for (const channel of CHANNELS) {
      const named = headerMatch(words, channel);
      const share = values.length === 0 ? 0 : values.filter(VALUE_PATTERN[channel]).length / values.length;
      if (named > 0 && (values.length === 0 || share >= HEADER_VALUE_SHARE)) {
        // Named columns before pattern-only ones; then the whole name, then the values that fit.
        candidates.push({ channel, column, score: 10 * named + share });
        continue;
      }
      if (named > 0 || identifier || values.length < PATTERN_MIN_VALUES) continue;
      const strict = STRICT_PATTERN[channel] ?? VALUE_PATTERN[channel];
      const strictShare = values.filter(strict).length / values.length;
      if (strictShare >= PATTERN_VALUE_SHARE) candidates.push({ channel, column, score: strictShare });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const guess: ContactColumns = {};
  const used = new Set<number>();
  for (const { channel, column } of candidates) {
    if (guess[channel] !== undefined || used.has(column)) continue;
    guess[channel] = headers[column];
    used.add(column);
  }
  return guess;
}
