// A list of responders (from the sending tool, the till, a form) matched to a campaign's
// contacted and control customers: each line names a customer by id, e-mail or phone. E-mails
// and phones meet by the keys the survey matching uses (lib/surveys/contact-key.ts), which are
// the rules of the SQL macros that made the order file's contacts comparable.

import { emailKey, phoneKey } from '../surveys/contact-key';
import type { Campaign } from './campaign';

export interface ResponderIndex {
  byId: Map<string, string>;
  byEmail: Map<string, string[]>;
  byPhone: Map<string, string[]>;
}

const add = (map: Map<string, string[]>, key: string | null, id: string): void => {
  if (key === null) return;
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(key, ids);
};

/** Every customer of the campaign (contacted or control) by id, e-mail key and phone key. */
export function responderIndex(campaign: Pick<Campaign, 'contacted' | 'controlGroup' | 'contacts'>): ResponderIndex {
  const byId = new Map<string, string>();
  for (const c of [...campaign.contacted, ...campaign.controlGroup]) byId.set(c.id.trim(), c.id);
  const byEmail = new Map<string, string[]>();
  const byPhone = new Map<string, string[]>();
  for (const c of campaign.contacts) {
    if (!byId.has(c.id.trim())) continue;
    add(byEmail, emailKey(c.email), c.id);
    add(byPhone, phoneKey(c.phone), c.id);
  }
  return { byId, byEmail, byPhone };
}

/**
 * The customers one line names: its id first (an id may look like a phone number), then its
 * e-mail, then its phone. A contact two customers share names both: each of them may have answered.
 */
export function matchLine(index: ResponderIndex, line: string): string[] {
  const text = line.trim();
  if (text === '') return [];
  const id = index.byId.get(text);
  if (id !== undefined) return [id];
  const email = emailKey(text);
  if (email !== null) return index.byEmail.get(email) ?? [];
  const phone = phoneKey(text);
  return phone !== null ? (index.byPhone.get(phone) ?? []) : [];
}

export interface ResponderMatch {
  /** Customers named by at least one line, sorted. */
  responders: string[];
  /** Lines (not blank) that named somebody. */
  matched: number;
  /** Lines (not blank) that named nobody of the campaign, as written. */
  unmatched: string[];
}

export function matchResponders(index: ResponderIndex, lines: readonly (string | null)[]): ResponderMatch {
  const responders = new Set<string>();
  const unmatched: string[] = [];
  let matched = 0;
  for (const line of lines) {
    if (line === null || line.trim() === '') continue;
    const ids = matchLine(index, line);
    if (ids.length === 0) unmatched.push(line);
    else {
      matched++;
      for (const id of ids) responders.add(id);
    }
  }
  return { responders: [...responders].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), matched, unmatched };
}

/** A read table: its header and rows as text (the engine's readSurveyFile). */
export interface ResponderTable {
  headers: string[];
  rows: (string | null)[][];
}

/**
 * The lines of one column. A header is optional: a plain list of ids read with a header row
 * gives its first id as the column's name, so the name counts as a line when it names a customer
 * (a real header, "email" or "client", names nobody and is left out).
 */
export function columnLines(index: ResponderIndex, table: ResponderTable, column: number): (string | null)[] {
  const values = table.rows.map((row) => row[column] ?? null);
  const header = table.headers[column] ?? '';
  return matchLine(index, header).length > 0 ? [header, ...values] : values;
}

/** The column with most lines naming a customer of the campaign; the first on a tie (0 for an empty table). */
export function guessResponderColumn(index: ResponderIndex, table: ResponderTable): number {
  let best = 0;
  let most = -1;
  table.headers.forEach((_h, column) => {
    const hits = columnLines(index, table, column).filter((line) => line !== null && matchLine(index, line).length > 0).length;
    if (hits > most) {
      most = hits;
      best = column;
    }
  });
  return best;
}
