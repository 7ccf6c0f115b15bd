// Integers beyond 2^53 (order and customer ids often are) lose digits as JS numbers: twenty
// 20-digit customer ids can all become the same double, so twenty customers become one. This
// quotes them in the JSON text, so a plain JSON.parse reads them as their exact digits.
//
// Not JSON.parse's reviver: only newer engines give it the number's source text (V8 11.4+:
// Chromium, Node 22), and the command line runs on Node 20 too. A hand-written pass rather than
// one regular expression over strings and numbers, which took three times as long on a 45 MB export.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const COLON = 0x3a;
/** A double holds every integer of up to 15 digits, so shorter tokens are never looked at. */
const SHORTEST_UNSAFE = 16;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Digits, signs, the point and the exponent letter: what a JSON number is made of. */
const isNumberChar = (c: number): boolean => isDigit(c) || c === MINUS || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Index just past the string opening at `open`; a quote after an odd run of backslashes is escaped. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
  return text.length;
}

/** An object key: a number there is invalid JSON, and quoting it would make it valid. */
function isKey(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === COLON;
}

/**
 * The text with every integer that is not exact as a double in quotes; numbers with a fraction
 * or an exponent are amounts and stay numbers, as does anything inside a string. A token JSON
 * forbids (a leading zero, a key) is left as it is, so invalid text stays invalid.
 */
export function quoteLongIntegers(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (!isDigit(c) && c !== MINUS) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
    if (i - start < SHORTEST_UNSAFE) continue;
    const token = text.slice(start, i);
    if (/^-?[1-9]\d*$/.test(token) && !Number.isSafeInteger(Number(token)) && !isKey(text, i)) {
      parts.push(text.slice(copied, start), '"', token, '"');
      copied = i;
    }
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
