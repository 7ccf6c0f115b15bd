// The contact columns confirmed on the mapping screen, checked against the order columns and
// against the file: what may be a contact and what may not, and what a remembered choice keeps
// when a file of the same shape comes back.

import type { ChannelContacts, ColumnMapping } from '../engine/api';
import { CONTACT_KINDS, type ContactKind } from '../plan/channels';

/** A contact column that is also an order column where it cannot be. */
export interface ContactProblem {
  kind: ContactKind;
  column: string;
  field: keyof ColumnMapping;
}

/**
 * Order columns a contact may share: platforms that key customers by e-mail (Shopify,
 * WooCommerce) or by phone (loyalty programmes, 1C) have the customer id be the contact itself.
 * Every other order column holds dates, money or statuses, never a contact.
 */
const SHAREABLE: Partial<Record<ContactKind, readonly (keyof ColumnMapping)[]>> = {
  email: ['customer'],
  phone: ['customer'],
};

export function contactProblems(contacts: ChannelContacts, mapping: Partial<ColumnMapping>): ContactProblem[] {
  const problems: ContactProblem[] = [];
  for (const kind of CONTACT_KINDS) {
    const column = contacts[kind];
    if (column === undefined) continue;
    for (const field of Object.keys(mapping) as (keyof ColumnMapping)[]) {
      if (mapping[field] === column && !(SHAREABLE[kind] ?? []).includes(field)) problems.push({ kind, column, field });
    }
  }
  return problems;
}

/** The contacts whose columns the file has; a remembered column another file lacks is dropped. */
export function contactsIn(contacts: ChannelContacts, columns: ReadonlySet<string>): ChannelContacts {
  const kept: ChannelContacts = {};
  for (const kind of CONTACT_KINDS) {
    const column = contacts[kind];
    if (column !== undefined && columns.has(column)) kept[kind] = column;
  }
  return kept;
}

/** A stored (or restored) value that is contact columns: known channels, each a column name. */
export function isChannelContacts(value: unknown): value is ChannelContacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([kind, column]) => (CONTACT_KINDS as readonly string[]).includes(kind) && typeof column === 'string' && column !== '');
}
