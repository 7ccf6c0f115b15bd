// Which segments hold future value the RFM scores alone hide: a lapsing segment whose repeat
// customers the model still thinks active is worth a win-back; a best segment whose repeat
// customers it thinks are slipping away is a warning. Pure rules over the preset an archetype
// started as, so a renamed At Risk keeps its signal.
import { ALIVE_GONE, ALIVE_LIKELY } from './predictions';

export type SegmentSignal = 'win_back' | 'warning';

/** Presets whose customers have stopped buying by the scores (recency low): a high P(alive) says they may be back. */
const LAPSING = new Set(['at_risk', 'cant_lose', 'about_to_sleep', 'hibernating', 'need_attention', 'lost']);
/** Presets the scores call the best customers: a low P(alive) says the scores lag behind. */
const BEST = new Set(['champions', 'loyal']);

/**
 * Mean P(alive) from which a lapsing segment is worth a win-back: half-way between the two band
 * thresholds, so most of its repeat customers are more likely active than gone.
 */
export const WIN_BACK_FROM = (ALIVE_GONE + ALIVE_LIKELY) / 2;
/** Under this mean P(alive) a best segment is a warning: its typical customer is no longer "likely to buy again". */
export const WARNING_UNDER = ALIVE_LIKELY;
/** A mean over fewer repeat customers than this says too little to flag a segment. */
export const MIN_SIGNAL_CUSTOMERS = 5;

export interface RepeatAlive {
  /** Repeat customers of the segment (x > 0): one-purchase customers have P(alive) = 1 by construction, not by evidence. */
  repeatCustomers: number;
  /** Their mean P(alive); NaN without any. */
  meanPAlive: number;
}

/** Per segment id, the mean P(alive) of its repeat customers, from the prediction columns. */
export function repeatAliveBySegment(segments: readonly string[], x: ArrayLike<number>, pAlive: ArrayLike<number>): Map<string, RepeatAlive> {
  const sums = new Map<string, { n: number; sum: number }>();
  for (let i = 0; i < segments.length; i++) {
    if (!(x[i] > 0)) continue;
    const s = sums.get(segments[i]) ?? { n: 0, sum: 0 };
    s.n++;
    s.sum += pAlive[i];
    sums.set(segments[i], s);
  }
  const out = new Map<string, RepeatAlive>();
  for (const [id, s] of sums) out.set(id, { repeatCustomers: s.n, meanPAlive: s.sum / s.n });
  return out;
}

/** `kind`: the preset archetype the segment started as (or its id); null when it fits neither rule. */
export function segmentSignal(kind: string | null, alive: RepeatAlive | undefined): SegmentSignal | null {
  if (!kind || !alive || alive.repeatCustomers < MIN_SIGNAL_CUSTOMERS || !Number.isFinite(alive.meanPAlive)) return null;
  if (LAPSING.has(kind) && alive.meanPAlive >= WIN_BACK_FROM) return 'win_back';
  if (BEST.has(kind) && alive.meanPAlive < WARNING_UNDER) return 'warning';
  return null;
}
