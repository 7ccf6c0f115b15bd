import { describe, expect, it } from 'vitest';
import { countsAsPurchase, excludedByDefault, excludedStatusesWith, excludedStatusKeys, statusKey, withStatusCounted } from '../../src/lib/import/order-status';

describe('order status', () => {
  it('takes spelling variants of one status for the same', () => {
    expect(statusKey(' Partially_Refunded ')).toBe('partiallyrefunded');
    expect(statusKey('partially refunded')).toBe('partiallyrefunded');
    expect(statusKey('On-Hold')).toBe('onhold');
    expect(statusKey('Отменён')).toBe(statusKey('отменен'));
  });

  it('leaves out Shopify orders that were not paid or were given back', () => {
    for (const s of ['pending', 'authorized', 'refunded', 'voided']) expect(excludedByDefault(s), s).toBe(true);
    for (const s of ['paid', 'partially_paid', 'partially_refunded']) expect(excludedByDefault(s), s).toBe(false);
  });

  it('leaves out WooCommerce orders that never became sales', () => {
    for (const s of ['pending', 'on-hold', 'cancelled', 'refunded', 'failed', 'draft', 'checkout-draft', 'Cancelled']) {
      expect(excludedByDefault(s), s).toBe(true);
    }
    for (const s of ['processing', 'completed', 'Completed']) expect(excludedByDefault(s), s).toBe(false);
  });

  it('leaves out cancelled, returned and unpaid orders of 1C and МойСклад', () => {
    for (const s of ['Отменен', 'Возврат', 'Не оплачен', 'ОТМЕНЁН', 'Черновик']) expect(excludedByDefault(s), s).toBe(true);
    for (const s of ['Оплачен', 'Выполнен', 'Отгружен', 'Доставлен']) expect(excludedByDefault(s), s).toBe(false);
  });

  it("uses the user's own list instead of the default when there is one", () => {
    expect(excludedStatusKeys(['Paid', 'paid', ''])).toEqual(['paid']);
    expect(excludedStatusKeys([])).toEqual([]);
    expect(excludedStatusKeys(null)).toContain('cancelled');
  });

  it('counts the statuses given on the command line as purchases, from the default list or the given one', () => {
    expect(excludedStatusesWith(null, [])).toBeNull();
    const withPending = excludedStatusesWith(null, ['Pending']);
    expect(withPending).not.toContain('pending');
    expect(withPending).toContain('cancelled');
    expect(excludedStatusesWith(['cancelled', 'failed'], ['FAILED'])).toEqual(['cancelled']);
  });

  it('counts a status as the user chose on the mapping screen, the default rule until then, an empty one always', () => {
    expect(countsAsPurchase('On hold', null)).toBe(false);
    expect(countsAsPurchase('completed', null)).toBe(true);
    expect(countsAsPurchase('On hold', ['cancelled'])).toBe(true);
    expect(countsAsPurchase('Completed', ['completed'])).toBe(false);
    expect(countsAsPurchase('  ', ['  '])).toBe(true);
  });

  it('changes only the status the user checked or unchecked, the default rule holding for every other', () => {
    const counted = (choice: string[] | null) => ['completed', 'cancelled', 'On hold', 'processing', 'Refunded', 'fraud'].filter((s) => countsAsPurchase(s, choice));
    const onHold = withStatusCounted(null, 'On hold', true);
    expect(counted(onHold)).toEqual(['completed', 'On hold', 'processing', 'fraud']);
    const processing = withStatusCounted(onHold, 'processing', false);
    expect(counted(processing)).toEqual(['completed', 'On hold', 'fraud']);
    expect(counted(withStatusCounted(processing, 'Processing', true))).toEqual(counted(onHold));
    // Another spelling of a status already left out is the same status, listed once.
    expect(withStatusCounted(['cancelled'], 'Cancelled', false)).toEqual(['Cancelled']);
  });
});
