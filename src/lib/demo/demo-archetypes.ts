// The archetype each demo customer lands in when the shop is opened with the app's defaults
// (rfm 0.3.0 quantiles on five bins, as of the day after the last order, the eleven archetypes),
// worked out here from the shop's own facts rather than by the engine: the demo survey is made in
// the worker before anything is scored, and its answers must show their pattern in exactly these
// segments. test/sql/demo-survey.test.ts holds it to the engine's segments.

import { configFromPreset } from '../archetypes/presets';
import { segmentOf } from '../archetypes/segment';
import { bandIndex, quantileBreaks } from '../rfm/cuts';
import type { DemoCustomer } from './demo-shop';

const BINS = 5;
const MS_PER_DAY = 86_400_000;
// Only the cell map is read; a fixed date keeps this a pure function.
const DEFAULT_CONFIG = configFromPreset('default', { r: BINS, f: BINS, m: BINS }, 'default', new Date(0));

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** Cut points of one axis from its values, as the engine interpolates them from sorted positions. */
function breaksOf(values: Float64Array): number[] {
  const sorted = values.slice().sort();
  return quantileBreaks(sorted.length, BINS, (position) => sorted[position - 1]);
}

/** Preset archetype id per customer, in the order given. `lastDate` is the shop's last order day. */
export function defaultArchetypes(customers: readonly DemoCustomer[], lastDate: string): string[] {
  const asOf = dayNumber(lastDate) + 1;
  const recency = Float64Array.from(customers, (c) => asOf - dayNumber(c.lastPurchase));
  const frequency = Float64Array.from(customers, (c) => c.purchases);
  // As the engine reads a decimal sum as a double: the nearest double to the amount in units.
  const monetary = Float64Array.from(customers, (c) => c.netCents / 100);
  const [rBreaks, fBreaks, mBreaks] = [breaksOf(recency), breaksOf(frequency), breaksOf(monetary)];
  return customers.map((_, i) =>
    segmentOf(DEFAULT_CONFIG, {
      // Recency is reversed: the most recent band scores highest.
      r: BINS + 1 - bandIndex(recency[i], rBreaks),
      f: bandIndex(frequency[i], fBreaks),
      m: bandIndex(monetary[i], mBreaks),
      frequency: frequency[i],
      monetary: monetary[i],
      recencyDays: recency[i],
    }),
  );
}
