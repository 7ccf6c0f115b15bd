// Contact details of the demo shop's customers (e-mail, phone, push token, messenger id), so the
// second stage (which channel reaches whom, what a cascade costs) can be shown on the demo too.
// Every value is clearly fake: e-mail domains are ones RFC 2606 reserves (example.com, .org and
// .net; not example.ru, an ordinary domain someone can own), and every phone lies in the one block
// +7 900 0xx xx xx, so a demo number is recognised at a glance (the block is not known to be
// reserved: never send anything to these numbers).
// A few e-mails are malformed and phones are written three ways, as in a real till export, so the
// matching rules have something to do.

import { createRng, type Rng } from '../random';

/** What the shop's own rows say about a customer; read from the orders, so no draw of the shop's stream. */
export interface ContactTraits {
  /** Every purchase was made in the shop itself (no web, no app). */
  storeOnly: boolean;
  /** Bought in the app at least once: only app users have a push token. */
  usesApp: boolean;
}

export interface DemoContact {
  /** Blank where the customer gave none. */
  email: string;
  phone: string;
  push: string;
  messenger: string;
}

/** The header the demo CSV appends after its order columns, in this order. */
export const CONTACT_COLUMNS = ['email', 'phone', 'push_token', 'messenger_id'] as const;

// Shares chosen for about 80 % e-mail, 60 % phone, 25 % push and 30 % messenger over the whole base:
// online buyers had to give an e-mail to check out; at the till a phone number is what people give.
const EMAIL_CHANCE = { online: 0.85, storeOnly: 0.5 };
const PHONE_CHANCE = { online: 0.57, storeOnly: 0.75 };
const PUSH_CHANCE_APP_USER = 0.5;
// A messenger id goes with a phone number far more often than without one.
const MESSENGER_CHANCE = { withPhone: 0.42, withoutPhone: 0.12 };
const MALFORMED_EMAIL_CHANCE = 0.012;
const WHATSAPP_SHARE = 0.2;

/** Names written as a Latin e-mail or handle would; Russian surnames agree with the first name. */
const PEOPLE = {
  ru: {
    female: ['anna', 'maria', 'olga', 'elena', 'irina', 'natalia', 'svetlana', 'daria', 'polina', 'ksenia', 'tatiana', 'yulia'],
    male: ['alexei', 'ivan', 'dmitry', 'sergei', 'andrei', 'pavel', 'mikhail', 'nikolai', 'artem', 'egor', 'oleg', 'kirill'],
    surnames: ['ivanov', 'petrov', 'smirnov', 'kuznetsov', 'popov', 'volkov', 'sokolov', 'lebedev', 'kozlov', 'novikov', 'morozov', 'orlov', 'egorov', 'belov', 'zaitsev', 'pavlov', 'semenov', 'golubev', 'vinogradov', 'bogdanov'],
    domains: ['example.com', 'example.com', 'example.net'],
  },
  en: {
    female: ['emma', 'olivia', 'sophie', 'grace', 'lucy', 'amelia', 'chloe', 'ella'],
    male: ['james', 'oliver', 'jack', 'harry', 'tom', 'george', 'noah', 'leo'],
    surnames: ['smith', 'jones', 'taylor', 'brown', 'wilson', 'evans', 'walker', 'wright', 'green', 'hall', 'wood', 'clarke'],
    domains: ['example.com', 'example.org'],
  },
} as const;
/** Most of the demo shop's customers have Russian names, some English ones. */
const RUSSIAN_SHARE = 0.7;
const HEX = '0123456789abcdef';

/**
 * A stream of its own, as the survey's (demo-survey.ts) but with another salt: the shop's columns
 * stay byte-identical to the shop without contacts, and the survey's answers stay as they were.
 */
function contactRng(seed: number): Rng {
  let h = (seed ^ 0xc047ac75) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return createRng((h ^ (h >>> 16)) >>> 0);
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(0, items.length - 1)];

/** The first free name of `make(attempt)`; attempt 0 is the plain one, later ones add digits. */
function unique(taken: Set<string>, make: (attempt: number) => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = make(attempt);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Eleven digits, 7 900 0xx xx xx. */
function phoneDigits(rng: Rng, taken: Set<string>): string {
  return unique(taken, () => `79000${String(rng.int(0, 999_999)).padStart(6, '0')}`);
}

/** The ways a till or a web form writes the same number. */
function writtenPhone(rng: Rng, digits: string): string {
  const [code, a, b, c] = [digits.slice(1, 4), digits.slice(4, 7), digits.slice(7, 9), digits.slice(9, 11)];
  const style = rng.next();
  if (style < 0.5) return `+7 ${code} ${a}-${b}-${c}`;
  if (style < 0.75) return `8 (${code}) ${a} ${b} ${c}`;
  return digits;
}

function pushToken(rng: Rng): string {
  let token = '';
  for (let i = 0; i < 64; i++) token += HEX[rng.int(0, 15)];
  return token;
}

/** Contacts per customer, in the order of `traits`; the same seed gives the same contacts. */
export function demoContacts(seed: number, traits: readonly ContactTraits[]): DemoContact[] {
  const rng = contactRng(seed);
  const emails = new Set<string>();
  const phones = new Set<string>();
  const handles = new Set<string>();
  return traits.map(({ storeOnly, usesApp }) => {
    const people = rng.chance(RUSSIAN_SHARE) ? PEOPLE.ru : PEOPLE.en;
    const female = rng.chance(0.5);
    const first = pick(rng, female ? people.female : people.male);
    const surname = pick(rng, people.surnames);
    const last = female && people === PEOPLE.ru ? `${surname}a` : surname;
    const contact: DemoContact = { email: '', phone: '', push: '', messenger: '' };

    if (rng.chance(storeOnly ? EMAIL_CHANCE.storeOnly : EMAIL_CHANCE.online)) {
      const domain = pick(rng, people.domains);
      const local = unique(emails, (attempt) => (attempt === 0 ? `${first}.${last}` : `${first}.${last}${rng.int(1, 999)}`));
      // Typed at a till without checking: the domain left off, or a dot where the @ belongs.
      if (rng.chance(MALFORMED_EMAIL_CHANCE)) contact.email = rng.chance(0.5) ? `${local}@` : `${local}.${domain}`;
      else contact.email = `${local}@${domain}`;
    }

    let digits = '';
    if (rng.chance(storeOnly ? PHONE_CHANCE.storeOnly : PHONE_CHANCE.online)) {
      digits = phoneDigits(rng, phones);
      contact.phone = writtenPhone(rng, digits);
    }

    if (usesApp && rng.chance(PUSH_CHANCE_APP_USER)) contact.push = pushToken(rng);

    if (rng.chance(digits ? MESSENGER_CHANCE.withPhone : MESSENGER_CHANCE.withoutPhone)) {
      contact.messenger =
        digits && rng.chance(WHATSAPP_SHARE)
          ? `wa:+${digits}`
          : `tg:@${unique(handles, (attempt) => (attempt === 0 ? `${first}_${last}` : `${first}_${last}${rng.int(1, 99)}`))}`;
    }
    return contact;
  });
}

/** A contact as the four trailing CSV fields; no value holds a comma or a quote, so none needs quoting. */
export function contactFields(contact: DemoContact): string {
  return `${contact.email},${contact.phone},${contact.push},${contact.messenger}`;
}
