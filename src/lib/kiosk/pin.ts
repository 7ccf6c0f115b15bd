// The PIN that leaves the kiosk. Only a salted SHA-256 of it is kept on the device, so reading the
// browser's storage does not give it away; a 4-8 digit PIN is not a password, the salt only keeps
// one device's hash from matching another's.

export const PIN_MIN = 4;
export const PIN_MAX = 8;

export const isValidPin = (pin: string): boolean => new RegExp(`^\\d{${PIN_MIN},${PIN_MAX}}$`).test(pin);

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** 16 random bytes as hex. */
export const newSalt = (): string => hex(crypto.getRandomValues(new Uint8Array(16)));

export async function hashPin(pin: string, salt: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`));
  return hex(new Uint8Array(digest));
}

export async function pinMatches(pin: string, lock: { pinHash: string; salt: string }, subtle?: SubtleCrypto): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  return (await hashPin(pin, lock.salt, subtle)) === lock.pinHash;
}

/** Wrong tries allowed before the pad waits; each further round waits twice as long, up to 5 minutes. */
export const PIN_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** How long the pad refuses input after `failures` wrong PINs in a row (0: no wait). */
export function pinWaitMs(failures: number): number {
  if (failures < PIN_TRIES || failures % PIN_TRIES !== 0) return 0;
  const round = failures / PIN_TRIES - 1;
  return Math.min(FIRST_WAIT_MS * 2 ** round, LONGEST_WAIT_MS);
}
