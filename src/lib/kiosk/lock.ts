// What keeps a device in kiosk mode across reloads: which survey it asks and the PIN that leaves.

export interface KioskLock {
  surveyId: string;
  /** Salted SHA-256 of the PIN, hex (pin.ts). */
  pinHash: string;
  salt: string;
  startedAt: string;
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
    !Number.isNaN(Date.parse(v.startedAt))
  );
}
