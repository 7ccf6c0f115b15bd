// Segments whose future differs from their scores: a lapsing segment still likely active is worth a win-back, a best one slipping is a warning.
import { describe, expect, it } from 'vitest';
import { repeatAliveBySegment, segmentSignal, WIN_BACK_FROM, WARNING_UNDER } from '../../src/lib/predict/segment-signals';

const many = (meanPAlive: number) => ({ repeatCustomers: 50, meanPAlive });

describe('segmentSignal', () => {
  it('flags At Risk and Can’t Lose Them with a high mean P(alive) as worth a win-back', () => {
    expect(segmentSignal('at_risk', many(0.6))).toBe('win_back');
    expect(segmentSignal('cant_lose', many(WIN_BACK_FROM))).toBe('win_back');
    expect(segmentSignal('at_risk', many(0.3))).toBeNull();
  });

  it('flags Champions and Loyal with a low mean P(alive) as a warning', () => {
    expect(segmentSignal('champions', many(0.55))).toBe('warning');
    expect(segmentSignal('loyal', many(WARNING_UNDER))).toBeNull();
    expect(segmentSignal('champions', many(0.9))).toBeNull();
  });

  it('says nothing for other segments, unknown ones, or too few repeat customers', () => {
    expect(segmentSignal('new', many(0.1))).toBeNull();
    expect(segmentSignal(null, many(0.9))).toBeNull();
    expect(segmentSignal('at_risk', { repeatCustomers: 2, meanPAlive: 0.95 })).toBeNull();
    expect(segmentSignal('at_risk', undefined)).toBeNull();
  });
});

describe('repeatAliveBySegment', () => {
  it('averages P(alive) over repeat customers only (one-purchase customers have 1 by construction)', () => {
    const alive = repeatAliveBySegment(['a', 'a', 'a', 'b'], [0, 2, 4, 0], [1, 0.4, 0.8, 1]);
    expect(alive.get('a')!.repeatCustomers).toBe(2);
    expect(alive.get('a')!.meanPAlive).toBeCloseTo(0.6, 12);
    expect(alive.has('b')).toBe(false);
  });
});
