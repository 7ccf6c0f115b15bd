// How an answer's identifier meets a customer's contact: an e-mail without case or spaces; a phone
// number by its digits, a Russian number written 8 XXX or +7 XXX being one number (7 + 10 digits).
// The engine matches with SQL macros of the same rules (cvm_email_key, cvm_phone_key in
// worker/sql/shared/macros.sql); test/sql/survey.test.ts holds the two to the same cases.

/** Lower case, no spaces; null when it holds no "@" between two parts. */
export function emailKey(text: string | null | undefined): string | null {
  // The same characters as the SQL macro: ASCII white space and the no-break space.
  const key = (text ?? '').replace(/[ \t\r\n\u00a0]+/g, '').toLowerCase();
  return /^[^@]+@[^@]+$/.test(key) ? key : null;
}

/** Minimum digits of a phone number (shorter runs are order numbers or codes). */
const MIN_PHONE_DIGITS = 7;

/** The digits; 8 or 7 followed by ten digits is the Russian number 7XXXXXXXXXX. Null for fewer than 7 digits. */
export function phoneKey(text: string | null | undefined): string | null {
  const digits = (text ?? '').replace(/[^0-9]+/g, '');
  if (digits.length < MIN_PHONE_DIGITS) return null;
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return `7${digits.slice(1)}`;
  return digits;
}
