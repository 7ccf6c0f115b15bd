// Shop platforms known by the headers of their order exports, each with the mapping that reads it
// right. A header guess alone goes wrong on exactly these files: Shopify's "Name" is the order
// number, not a person; WooCommerce's "Customer Note" is empty on every row. Where each layout
// comes from: test/fixtures/import/README.md.

import type { ColumnMapping } from '../engine/api';

type Field = keyof ColumnMapping;

/** Column names as the platform writes them; for a field, the first one present and filled is used. */
export interface PlatformLayout {
  /** Also the catalog key's tail: `mapping.platform.<id>`. */
  id: string;
  /** Every one must be present: the headers no other export has. */
  required: readonly string[];
  /** Count towards the score; an export may leave some out or rename them. */
  optional: readonly string[];
  mapping: Partial<Record<Field, readonly string[]>>;
}

export const PLATFORMS: readonly PlatformLayout[] = [
  {
    id: 'shopify',
    required: ['Name', 'Email', 'Financial Status', 'Lineitem quantity'],
    optional: ['Paid at', 'Fulfillment Status', 'Created at', 'Subtotal', 'Total', 'Lineitem name', 'Lineitem price', 'Billing Name', 'Refunded Amount', 'Cancelled at'],
    mapping: { customer: ['Email'], order: ['Name'], date: ['Created at'], amount: ['Total'], status: ['Financial Status'] },
  },
  {
    // "Advanced Order Export For WooCommerce", the usual way a WooCommerce shop exports orders.
    id: 'woocommerce',
    required: ['Order Number', 'Order Status', 'Order Date'],
    optional: ['Customer Note', 'Email (Billing)', 'First Name (Billing)', 'Last Name (Billing)', 'Phone (Billing)', 'Order Total Amount', 'Order Subtotal Amount', 'Order Refund Amount', 'Payment Method Title', 'Item Name', 'Quantity (- Refund)', 'Customer User ID'],
    mapping: { customer: ['Email (Billing)', 'Customer User ID', 'Phone (Billing)'], order: ['Order Number'], date: ['Order Date'], amount: ['Order Total Amount'], status: ['Order Status'] },
  },
  {
    // WooCommerce's own "Customer / Order CSV Export", with its raw field keys as headers.
    id: 'woocommerce-keys',
    required: ['order_number', 'status', 'billing_email', 'order_total'],
    optional: ['order_id', 'date', 'order_date', 'customer_note', 'customer_user', 'billing_first_name', 'billing_last_name', 'payment_method', 'shipping_method', 'cart_discount', 'order_shipping'],
    mapping: { customer: ['billing_email', 'customer_user'], order: ['order_number', 'order_id'], date: ['order_date', 'date'], amount: ['order_total'], status: ['status'] },
  },
  {
    // Square Dashboard, Transactions, Export: one row per payment.
    id: 'square',
    required: ['Transaction ID', 'Gross Sales', 'Net Sales', 'Total Collected'],
    optional: ['Date', 'Time', 'Time Zone', 'Discounts', 'Tax', 'Tip', 'Partial Refunds', 'Fees', 'Net Total', 'Payment ID', 'Event Type', 'Customer ID', 'Customer Name', 'Customer Reference ID', 'Card Brand', 'Location'],
    // Net sales is what the goods brought, after discounts and refunds, before tax and tips.
    mapping: { customer: ['Customer ID', 'Customer Reference ID', 'Customer Name'], order: ['Transaction ID'], date: ['Date'], amount: ['Net Sales'] },
  },
  {
    // Stripe Dashboard, Payments, Export (unified payments export).
    id: 'stripe',
    required: ['Created (UTC)', 'Amount', 'Amount Refunded', 'Currency'],
    optional: ['id', 'Description', 'Converted Amount', 'Converted Amount Refunded', 'Fee', 'Tax', 'Converted Currency', 'Status', 'Seller Message', 'Captured', 'Customer ID', 'Customer Email', 'Customer Description', 'Card ID', 'Invoice ID'],
    mapping: { customer: ['Customer ID', 'Customer Email'], order: ['id'], date: ['Created (UTC)'], amount: ['Amount'], status: ['Status'] },
  },
  {
    // Etsy Shop Manager, Settings, Options, Download Data: "Orders" (EtsySoldOrders*.csv).
    id: 'etsy',
    required: ['Sale Date', 'Order ID', 'Buyer User ID', 'Order Value'],
    optional: ['Full Name', 'First Name', 'Last Name', 'Number of Items', 'Payment Method', 'Date Shipped', 'Currency', 'Coupon Code', 'Discount Amount', 'Shipping', 'Sales Tax', 'Order Total', 'Status', 'Card Processing Fees', 'Order Net', 'Adjusted Order Total', 'Buyer', 'Order Type'],
    mapping: { customer: ['Buyer User ID', 'Buyer'], order: ['Order ID'], date: ['Sale Date'], amount: ['Order Total', 'Order Value'], status: ['Status'] },
  },
  {
    // Ecwid control panel, My Sales, Orders, Export: one row per item, semicolon-separated.
    id: 'ecwid',
    required: ['order_number', 'order_total', 'payment_status', 'customer_email'],
    optional: ['order_date', 'order_subtotal', 'fulfillment_status', 'payment_method', 'shipping_method', 'customer_name', 'customer_phone', 'product_sku', 'product_name', 'product_price', 'product_quantity', 'order_discount'],
    mapping: { customer: ['customer_email', 'customer_phone'], order: ['order_number'], date: ['order_date'], amount: ['order_total'], status: ['payment_status'] },
  },
  {
    // Tilda, Заявки (leads), Export to CSV: each order form sent is one lead.
    id: 'tilda',
    required: ['tranid', 'formid'],
    optional: ['Name', 'Email', 'Phone', 'payment_orderid', 'payment_amount', 'payment_products', 'payment_status', 'sent', 'referer', 'Created'],
    mapping: { customer: ['Email', 'Phone'], order: ['payment_orderid', 'tranid'], date: ['sent', 'Created'], amount: ['payment_amount'], status: ['payment_status'] },
  },
  {
    // InSales back office, Заказы, Экспорт заказов (CSV or Excel).
    id: 'insales',
    required: ['Номер заказа', 'Дата создания', 'Email покупателя'],
    optional: ['Статус заказа', 'Статус оплаты', 'Контактное лицо', 'Телефон покупателя', 'Сумма заказа', 'Стоимость товаров', 'Стоимость доставки', 'Способ оплаты', 'Способ доставки', 'Название товара', 'Артикул', 'Количество', 'Цена'],
    mapping: { customer: ['Email покупателя', 'Телефон покупателя'], order: ['Номер заказа'], date: ['Дата создания'], amount: ['Сумма заказа'], status: ['Статус оплаты', 'Статус заказа'] },
  },
  {
    // 1C:Управление торговлей / Розница, a sales report (Продажи) saved as CSV or Excel.
    id: '1c',
    required: ['Документ продажи', 'Контрагент'],
    optional: ['Период', 'Дата', 'Номенклатура', 'Характеристика', 'Количество', 'Сумма', 'Выручка', 'Сумма продажи', 'Статус', 'Склад', 'Менеджер', 'Организация', 'Партнер'],
    mapping: { customer: ['Контрагент', 'Партнер'], order: ['Документ продажи'], date: ['Период', 'Дата'], amount: ['Выручка', 'Сумма продажи', 'Сумма'], status: ['Статус'] },
  },
  {
    // МойСклад, Продажи, Заказы покупателей, Экспорт в Excel or CSV.
    id: 'moysklad',
    required: ['№', 'Время', 'Контрагент', 'Сумма', 'Статус'],
    optional: ['Организация', 'Склад', 'Проект', 'Канал продаж', 'Оплачено', 'Отгружено', 'Зарезервировано', 'Валюта', 'Комментарий', 'Сотрудник', 'Телефон контрагента', 'Email контрагента', 'План. дата отгрузки'],
    mapping: { customer: ['Контрагент', 'Email контрагента', 'Телефон контрагента'], order: ['№'], date: ['Время'], amount: ['Сумма'], status: ['Статус'] },
  },
];

/** Below this share of its signature headers a layout is not called by its platform's name. */
const MIN_SHARE = 0.5;

// A customer column is filled on most rows, except in line-item exports, which write the order's
// columns on its first line only: there the customer may be filled on a third of the rows or less.
// So a column is ruled out when it is nearly empty, or much emptier than another customer column.
/** Below this share of the sampled rows a column is nobody's id (WooCommerce's "Customer Note"). */
export const NEARLY_EMPTY = 0.1;
/** Below this share of the fullest customer column's count a column is the wrong one. */
export const MUCH_EMPTIER = 0.5;

export interface PlatformMatch {
  id: string;
  /** The mapping in the file's own spelling of the headers. */
  mapping: Partial<ColumnMapping>;
}

/** How many sampled rows hold a value, per column; absent when nothing was sampled. */
export type FilledCounts = { nonEmpty: (column: string) => number | undefined; sampled: number };

function key(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

/**
 * The customer candidates full enough to be the customer, in the order given: none nearly empty,
 * none much emptier than the fullest. Unknown counts never rule a column out.
 */
export function fullEnough(candidates: readonly string[], filled: FilledCounts | undefined): string[] {
  if (!filled || filled.sampled === 0) return [...candidates];
  const count = (column: string) => filled.nonEmpty(column) ?? filled.sampled;
  const fullest = Math.max(0, ...candidates.map(count));
  return candidates.filter((column) => count(column) >= NEARLY_EMPTY * filled.sampled && count(column) >= MUCH_EMPTIER * fullest);
}

/**
 * The platform whose signature headers the file has the largest share of (every required one
 * present), with its mapping; null when none fits well enough. The customer is the first of the
 * platform's candidates the file fills, so a guest-checkout export keyed by email still works.
 */
export function recognisePlatform(columns: readonly string[], filled?: FilledCounts): PlatformMatch | null {
  const byKey = new Map<string, string>();
  for (const column of columns) if (!byKey.has(key(column))) byKey.set(key(column), column);

  let best: { layout: PlatformLayout; share: number } | null = null;
  for (const layout of PLATFORMS) {
    if (!layout.required.every((header) => byKey.has(key(header)))) continue;
    const signature = [...layout.required, ...layout.optional];
    const share = signature.filter((header) => byKey.has(key(header))).length / signature.length;
    if (share >= MIN_SHARE && (!best || share > best.share)) best = { layout, share };
  }
  if (!best) return null;

  const mapping: Partial<ColumnMapping> = {};
  for (const [field, names] of Object.entries(best.layout.mapping) as [Field, readonly string[]][]) {
    const present = names.flatMap((name) => byKey.get(key(name)) ?? []);
    const column = field === 'customer' ? (fullEnough(present, filled)[0] ?? present[0]) : present[0];
    if (column !== undefined) mapping[field] = column;
  }
  return { id: best.layout.id, mapping };
}
