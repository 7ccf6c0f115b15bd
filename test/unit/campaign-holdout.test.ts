import { describe, it, expect } from 'vitest';
import { allocateControl, drawHoldout, type TargetCustomer } from '../../src/lib/campaign/holdout';

/** 40 customers: every 4th Lost (10), every other 3rd At Risk (10), the rest Champions (20). */
function shop(): TargetCustomer[] {
  const customers: TargetCustomer[] = [];
  for (let i = 1; i <= 40; i++) {
    customers.push({ id: `K${String(i).padStart(3, '0')}`, segment: i % 4 === 0 ? 'Lost' : i % 3 === 0 ? 'At Risk' : 'Champions' });
  }
  return customers;
}

describe('control group held out at export', () => {
  it('is drawn again, customer for customer, from its published seed', () => {
    // Seed 20261202 and share 0.1 are what the export shows; this list must never change, or a
    // control group written down by a user could not be checked against the app any more.
    const holdout = drawHoldout(shop(), 0.1, 20261202);
    expect(holdout.control).toEqual(['K013', 'K033', 'K035', 'K036']);
    expect(holdout.seed).toBe(20261202);
    expect(holdout.contacted).toHaveLength(36);
    expect(holdout.contacted).not.toContain('K013');
  });

  it('gives the same group for the same seed and another for another seed', () => {
    const a = drawHoldout(shop(), 0.1, 7);
    const b = drawHoldout(shop(), 0.1, 7);
    const c = drawHoldout(shop(), 0.1, 8);
    expect(b.control).toEqual(a.control);
    expect(c.control).not.toEqual(a.control);
  });

  it('does not depend on the order the customers come in', () => {
    const reversed = shop().reverse();
    const interleaved = [...shop().filter((_, i) => i % 2 === 1), ...shop().filter((_, i) => i % 2 === 0)];
    const expected = drawHoldout(shop(), 0.1, 20261202).control;
    expect(drawHoldout(reversed, 0.1, 20261202).control).toEqual(expected);
    expect(drawHoldout(interleaved, 0.1, 20261202).control).toEqual(expected);
  });

  it('holds out round(share × n) of every segment', () => {
    const holdout = drawHoldout(shop(), 0.1, 99);
    expect(holdout.segments).toEqual([
      { segment: 'At Risk', customers: 10, control: 1 },
      { segment: 'Champions', customers: 20, control: 2 },
      { segment: 'Lost', customers: 10, control: 1 },
    ]);
    const segmentOf = new Map(shop().map((c) => [c.id, c.segment]));
    const lost = holdout.control.filter((id) => segmentOf.get(id) === 'Lost');
    expect(lost).toHaveLength(1);
  });

  it('rounds by largest remainder so the total is round(share × N)', () => {
    // share 0.25 of 7 + 3 + 2 = 12 customers → 3 in all. Exact shares 1.75, 0.75, 0.5: floors give
    // 1, 0, 0 and two units are left; the largest remainders are 0.75 (Champions) and 0.75 (At Risk).
    const sizes = new Map([['Champions', 7], ['At Risk', 3], ['Lost', 2]]);
    expect(Object.fromEntries(allocateControl(sizes, 0.25))).toEqual({ 'At Risk': 1, Champions: 2, Lost: 0 });
    // share 0.1 of 15 + 15 + 15 = 45 → round(4.5) = 5: floors 1, 1, 1, remainders 0.5 each, the two
    // units left go to the first names (ties by name, so the draw is the same everywhere).
    const even = new Map([['C', 15], ['B', 15], ['A', 15]]);
    expect(Object.fromEntries(allocateControl(even, 0.1))).toEqual({ A: 2, B: 2, C: 1 });
    // share 0.05 of nine segments of 1 and one of 21 (N = 30 → 2): J gets floor(1.05) = 1 and all
    // ten remainders are 0.05, so the unit left goes to A by name; in raw floats J's remainder is
    // 1.05 − 1 = 0.050000000000000044 and would win.
    const noisy = new Map([...'ABCDEFGHI'].map((s): [string, number] => [s, 1]));
    noisy.set('J', 21);
    const drawn = allocateControl(noisy, 0.05);
    expect([drawn.get('A'), drawn.get('B'), drawn.get('J')]).toEqual([1, 0, 1]);
  });

  it('holds out nobody at share 0 and everybody at share 1', () => {
    expect(drawHoldout(shop(), 0, 1).control).toEqual([]);
    expect(drawHoldout(shop(), 1, 1).contacted).toEqual([]);
  });

  it('refuses a share outside 0..1 and a customer listed twice', () => {
    expect(() => drawHoldout(shop(), 1.5, 1)).toThrow(RangeError);
    expect(() => drawHoldout([...shop(), { id: 'K001', segment: 'Lost' }], 0.1, 1)).toThrow(/twice/);
  });
});
