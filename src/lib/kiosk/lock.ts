// What keeps a device in kiosk mode across reloads: which survey it asks and the PIN that leaves.

export interface KioskLock {
  surveyId: string;
  /** Salted SHA-256 of the PIN, hex (pin.ts). */
  pinHash: string;
  salt: string;
  startedAt: string;
  /**
   * Wrong PINs in a row and until when (epoch ms) the pad waits: kept with the lock, so reloading
   * the page does not reset the back-off (else a reload per three tries would try every PIN).
   */
  failures?: number;
  waitUntil?: number;
}

const isHex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]+$/.test(v);

/** A lock read from storage, checked whole: a damaged one locks nothing. */
export function isKioskLock(value: unknown): value is KioskLock {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.surveyId === 'string' &&
    v.surveyId !== '' &&
    isHex(v.pinHash) &&
    v.pinHash.length === 64 &&
    isHex(v.salt) &&
    typeof v.startedAt === 'string' &&
    !Number.isNaN(Date.parse(v.startedAt)) &&
    (v.failures === undefined || (Number.isInteger(v.failures) && (v.failures as number) >= 0)) &&
    (v.waitUntil === undefined || Number.isFinite(v.waitUntil))
  );
}
