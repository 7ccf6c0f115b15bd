// The demo shop's contact columns: the channels a cascade can use, in shares a real shop has,
// clearly fake, and untidy in the ways a till export is.
import { describe, expect, it } from 'vitest';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { guessDataset } from '../../src/lib/mapping/guess-mapping';

interface Customer {
  channels: Set<string>;
  contacts: string[];
  /** Every distinct contact tuple seen on its rows. */
  variants: Set<string>;
}

function customersOf(csv: string): Map<string, Customer> {
  const customers = new Map<string, Customer>();
  for (const line of csv.split('\n').slice(1, -1)) {
    const fields = line.split(',');
    const contacts = fields.slice(5);
    const c = customers.get(fields[1]) ?? { channels: new Set<string>(), contacts, variants: new Set<string>() };
    c.channels.add(fields[4]);
    c.variants.add(contacts.join(','));
    customers.set(fields[1], c);
  }
  return customers;
}

const shop = generateDemoShop({ seed: 42 });
const customers = [...customersOf(shop.csv).values()];
const [EMAIL, PHONE, PUSH, MESSENGER] = [0, 1, 2, 3];
const has = (field: number) => (c: Customer) => c.contacts[field] !== '';
const share = (predicate: (c: Customer) => boolean, of: readonly Customer[] = customers) => of.filter(predicate).length / of.length;
const filled = (field: number) => customers.map((c) => c.contacts[field]).filter((v) => v !== '');
const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^8/, '7');

describe('the demo shop\'s contacts', () => {
  it('are the same on every row of a customer, and the same for the same seed', () => {
    expect(customers.filter((c) => c.variants.size !== 1)).toEqual([]);
    expect(customersOf(generateDemoShop({ seed: 42 }).csv)).toEqual(customersOf(shop.csv));
    const other = [...customersOf(generateDemoShop({ seed: 43 }).csv).values()].map((c) => c.contacts.join(','));
    expect(other).not.toEqual(customers.map((c) => c.contacts.join(',')));
  });

  it('reach most customers by e-mail, many by phone, some by push and messenger', () => {
    expect(share(has(EMAIL))).toBeGreaterThan(0.74);
    expect(share(has(EMAIL))).toBeLessThan(0.86);
    expect(share(has(PHONE))).toBeGreaterThan(0.53);
    expect(share(has(PHONE))).toBeLessThan(0.67);
    expect(share(has(PUSH))).toBeGreaterThan(0.18);
    expect(share(has(PUSH))).toBeLessThan(0.32);
    expect(share(has(MESSENGER))).toBeGreaterThan(0.23);
    expect(share(has(MESSENGER))).toBeLessThan(0.37);
    // Some customers left no contact at all: a cascade has someone it cannot reach.
    expect(share((c) => c.contacts.every((v) => v === ''))).toBeGreaterThan(0.01);
  });

  it('follow how each customer buys: fewer e-mails from store-only buyers, push tokens only from app users', () => {
    const storeOnly = customers.filter((c) => c.channels.size === 1 && c.channels.has('store'));
    const online = customers.filter((c) => c.channels.has('web') || c.channels.has('app'));
    expect(storeOnly.length).toBeGreaterThan(300);
    expect(share(has(EMAIL), online) - share(has(EMAIL), storeOnly)).toBeGreaterThan(0.2);
    expect(customers.filter((c) => has(PUSH)(c) && !c.channels.has('app'))).toEqual([]);
  });

  it('are clearly fake: reserved e-mail domains, phones in +7 900 0xx xx xx, hex push tokens, tg:/wa: messenger ids', () => {
    expect(filled(EMAIL).filter((e) => !/^[a-z0-9._]+(@(example\.(com|org|net))?|\.example\.(com|org|net)|@)$/.test(e))).toEqual([]);
    expect(filled(PHONE).filter((p) => !/^79000\d{6}$/.test(digits(p)))).toEqual([]);
    expect(filled(PUSH).filter((t) => !/^[0-9a-f]{64}$/.test(t))).toEqual([]);
    expect(filled(MESSENGER).filter((m) => !/^(tg:@[a-z0-9_]+|wa:\+79000\d{6})$/.test(m))).toEqual([]);
  });

  it('name one customer each: no e-mail, phone, token or messenger id is shared', () => {
    for (const field of [EMAIL, PHONE, PUSH, MESSENGER]) {
      const values = field === PHONE ? filled(PHONE).map(digits) : filled(field);
      expect(new Set(values).size, `field ${field}`).toBe(values.length);
    }
  });

  it('are untidy the way a till export is: about 1 % malformed e-mails, phones written three ways', () => {
    const malformed = filled(EMAIL).filter((e) => !/^[^@]+@example\.(com|org|net)$/.test(e));
    expect(malformed.length / filled(EMAIL).length).toBeGreaterThan(0.004);
    expect(malformed.length / filled(EMAIL).length).toBeLessThan(0.025);
    expect(malformed.some((e) => e.endsWith('@'))).toBe(true);
    expect(malformed.some((e) => !e.includes('@'))).toBe(true);
    const styles = (p: string) => (p.startsWith('+7 ') ? 'plus' : p.startsWith('8 (') ? 'trunk' : /^\d{11}$/.test(p) ? 'digits' : 'other');
    const counts = new Map<string, number>();
    for (const p of filled(PHONE)) counts.set(styles(p), (counts.get(styles(p)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['digits', 'plus', 'trunk']);
    for (const count of counts.values()) expect(count / filled(PHONE).length).toBeGreaterThan(0.15);
  });

  it('leave the columns the analysis needs as they were: the mapping guess still takes customer_id, order_date and amount', () => {
    // The types DuckDB detects in the demo CSV.
    const types = ['VARCHAR', 'VARCHAR', 'DATE', 'DOUBLE', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR'];
    const columns = shop.csv.slice(0, shop.csv.indexOf('\n')).split(',').map((name, i) => ({ name, detectedType: types[i] }));
    expect(guessDataset(columns)).toEqual({ mapping: { customer: 'customer_id', date: 'order_date', amount: 'amount', order: 'order_id' }, platform: null });
  });
});
