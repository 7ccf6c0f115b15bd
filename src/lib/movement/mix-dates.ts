// The dates "segment sizes over time" scores the segment mix at.

import { isoDateOf, utcMidnight } from '../dates';

/** As-of dates for "segment sizes over time": the first day of each month or quarter after the first order, up to and including `asOf`. */
export function periodEnds(firstDate: string, asOf: string, step: 'month' | 'quarter', max = 24): string[] {
  const first = new Date(utcMidnight(firstDate));
  const months = step === 'month' ? 1 : 3;
  // The first period boundary after the first order (quarters start in January, April, July, October).
  let month = first.getUTCMonth() + 1;
  if (step === 'quarter') month = Math.ceil(month / 3) * 3;
  let cursor = Date.UTC(first.getUTCFullYear(), month, 1);
  const dates: string[] = [];
  while (isoDateOf(cursor) < asOf) {
    dates.push(isoDateOf(cursor));
    const d = new Date(cursor);
    d.setUTCMonth(d.getUTCMonth() + months);
    cursor = d.getTime();
  }
  dates.push(asOf);
  return dates.slice(-max);
}
