// Calendar dates as 'YYYY-MM-DD' text. Arithmetic runs on UTC midnights, so no time zone or
// daylight-saving change moves a date by a day; only "today" is the device's own.

const DAY_MS = 86_400_000;

/** Milliseconds of the UTC midnight that starts the date. */
export const utcMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/** The UTC calendar date of a moment. */
export const isoDateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (isoDate: string, days: number): string => isoDateOf(utcMidnight(isoDate) + days * DAY_MS);

export function addMonths(isoDate: string, months: number): string {
  const d = new Date(utcMidnight(isoDate));
  d.setUTCMonth(d.getUTCMonth() + months);
  return isoDateOf(d.getTime());
}

/** The device's local calendar date (not UTC: "today" is where the user is). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
