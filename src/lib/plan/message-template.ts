// A message template per archetype and channel, with placeholders filled from a customer of the
// segment: {first_name}, {last_purchase_date}, {days_since_purchase}, {segment}, {offer}. The
// rendered text is what the target list carries and, for SMS, what its part count (and so its
// price) is worked out from (sms.ts).

import { smsLength, type SmsLength } from './sms';

export const PLACEHOLDERS = ['first_name', 'last_purchase_date', 'days_since_purchase', 'segment', 'offer'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What one customer fills in; a missing value renders as the fallback given for it, or nothing. */
export type TemplateValues = Partial<Record<Placeholder, string | number | null>>;

const TOKEN = /\{([a-z_]+)\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The names in braces that are not placeholders: a typo ({frist_name}) is shown, never sent. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of template.matchAll(TOKEN)) if (!isPlaceholder(name)) unknown.add(name);
  return [...unknown];
}

/**
 * The text for one customer. A placeholder without a value takes `fallbacks[name]` ("Hello
 * {first_name}" with no name → "Hello there" when the fallback is "there"), else nothing; the
 * spaces a dropped value leaves behind are closed up, so "Hello {first_name}," never reads
 * "Hello ,". Unknown names stay as written (unknownPlaceholders reports them).
 */
export function renderTemplate(template: string, values: TemplateValues, fallbacks: TemplateValues = {}): string {
  const text = template.replace(TOKEN, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = values[name] ?? fallbacks[name];
    return value === null || value === undefined ? '\u0000' : String(value);
  });
  return text
    .replace(/\u0000(?:[ \t]*\u0000)+/g, '\u0000')
    .replace(/[ \t]*\u0000[ \t]*(?=[,.!?;:])/g, '')
    .replace(/[ \t]*\u0000[ \t]*/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export interface RenderedMessage {
  text: string;
  /** For SMS: its encoding and parts (Cyrillic is UCS-2: 70 characters, 67 per part). */
  sms: SmsLength;
}

/** Renders for a preview and says how long it is as an SMS. */
export function renderMessage(template: string, values: TemplateValues, fallbacks: TemplateValues = {}): RenderedMessage {
  const text = renderTemplate(template, values, fallbacks);
  return { text, sms: smsLength(text) };
}
