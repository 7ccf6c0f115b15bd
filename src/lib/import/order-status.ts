// Which order statuses are purchases. Shop exports keep cancelled, refunded, failed and unpaid
// orders beside the paid ones; counted as purchases they give customers value they never paid.
// The rule works on a normalised key, so "Partially_Refunded", "partially refunded" and
// "partially-refunded" are one status; the SQL side (cvm_status_key in prepare-lines.sql)
// normalises the same way and receives the excluded keys as one bound list.

/** Lower case, without spaces, underscores, hyphens and dots: "On-Hold" and "on hold" meet. */
export function statusKey(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_.-]+/g, '');
}

/**
 * Statuses that are not purchases, as keys. Shopify financial status (pending, authorized,
 * refunded, voided; partially_refunded stays a purchase), WooCommerce order status (pending,
 * on-hold, cancelled, refunded, failed, draft, checkout-draft; processing and completed are
 * paid), Stripe and payment providers (failed, canceled), and the Russian statuses of 1C,
 * МойСклад, InSales and Tilda.
 */
const NOT_PURCHASES = [
  'pending',
  'pendingpayment',
  'authorized',
  'unpaid',
  'notpaid',
  'voided',
  'void',
  'refunded',
  'cancelled',
  'canceled',
  'failed',
  'declined',
  'draft',
  'checkoutdraft',
  'onhold',
  'expired',
  'abandoned',
  'отменен',
  'отменён',
  'отмена',
  'отменензаказ',
  'заказотменен',
  'возврат',
  'возвращен',
  'неоплачен',
  'неоплачено',
  'ожиданиеоплаты',
  'ожидаетоплаты',
  'черновик',
  'ошибка',
  'ошибкаоплаты',
  'отклонен',
].map(statusKey);

const NOT_PURCHASE_KEYS = new Set(NOT_PURCHASES);

/** Whether an order with this status is left out when the user has not chosen otherwise. */
export function excludedByDefault(status: string): boolean {
  return NOT_PURCHASE_KEYS.has(statusKey(status));
}

/**
 * A list for ImportChoices.excludedStatuses from two lists of statuses: those that are not
 * purchases (null: the default rule's), less those that count after all (`npm run rfm
 * --exclude-status`, `--include-status`).
 */
export function excludedStatusesWith(excluded: string[] | null, included: string[]): string[] | null {
  if (included.length === 0) return excluded;
  const counted = new Set(included.map(statusKey));
  return (excluded ?? NOT_PURCHASES).filter((s) => !counted.has(statusKey(s)));
}

/**
 * The keys the engine leaves out: the user's list (statuses as found in the file) when there
 * is one, otherwise the default rule's. An empty status is never left out.
 */
export function excludedStatusKeys(userChoice: string[] | null): string[] {
  if (userChoice === null) return [...NOT_PURCHASES];
  return [...new Set(userChoice.map(statusKey).filter((k) => k !== ''))];
}

/** Whether an order with this status counts as a purchase under the user's choice (null: the default rule). */
export function countsAsPurchase(status: string, userChoice: string[] | null): boolean {
  const key = statusKey(status);
  return key === '' || !excludedStatusKeys(userChoice).includes(key);
}

/**
 * The user's choice after they say on the mapping screen whether `status` counts as a purchase.
 * The first change starts from the default rule's keys, and only the statuses the user changes
 * leave it: a status the user never saw (not listed, or only in a later export of the same shape,
 * which gets the remembered choice) keeps the default rule.
 */
export function withStatusCounted(userChoice: string[] | null, status: string, counts: boolean): string[] {
  const key = statusKey(status);
  const others = (userChoice ?? NOT_PURCHASES).filter((s) => statusKey(s) !== key);
  const next = counts ? others : [...others, status];
  const seen = new Set<string>();
  return next.filter((s) => {
    const k = statusKey(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
