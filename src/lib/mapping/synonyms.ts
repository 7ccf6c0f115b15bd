// Header names an order-history export uses for each mapped field, in English and Russian.
// Within a list the strongest name comes first: when two headers match a field equally
// well, the one whose synonym is listed earlier wins (so `customer_id` beats `email`).
// Spelling does not matter here: entries are normalised the same way as headers
// (case, spaces, underscores, dashes, dots, punctuation, ё).

import type { ColumnMapping } from '../engine/api';

/**
 * The fields a header name alone can tell. Not the refunded amount: its headers ("Order Refund
 * Amount") read like amounts, and taking one for the amount would be a silently wrong total.
 */
export type HeaderField = Exclude<keyof ColumnMapping, 'refunded'>;

export const FIELD_SYNONYMS: Record<HeaderField, readonly string[]> = {
  customer: [
    'customer id', 'customerid', 'customer_id', 'customer number', 'customer no', 'customer code',
    'client id', 'clientid', 'client code', 'user id', 'userid', 'buyer id', 'member id', 'account id',
    'customer', 'client', 'buyer', 'member', 'shopper',
    'card number', 'loyalty card', 'card id', 'email', 'e-mail', 'phone',
    'код клиента', 'id клиента', 'ид клиента', 'номер клиента', 'клиент',
    'код покупателя', 'покупатель', 'контрагент',
    'номер карты', 'карта', 'карта лояльности', 'дисконтная карта', 'телефон',
  ],
  date: [
    'order date', 'order_date', 'invoicedate', 'invoice date', 'purchase date', 'transaction date',
    'sale date', 'sales date', 'order datetime', 'order timestamp', 'created_at', 'created at',
    'ordered at', 'purchased at', 'date', 'datetime', 'timestamp', 'dt',
    'дата заказа', 'дата покупки', 'дата продажи', 'дата чека', 'дата документа', 'дата операции',
    'дата', 'период',
  ],
  amount: [
    'order total', 'order amount', 'order value', 'total amount', 'total price', 'line total',
    'amount', 'revenue', 'sales', 'sum', 'total', 'value', 'dollar_value', 'net', 'net amount',
    'сумма заказа', 'сумма продажи', 'сумма покупки', 'сумма чека', 'сумма документа',
    'сумма', 'выручка', 'стоимость', 'итого',
  ],
  quantity: [
    'quantity', 'qty', 'units', 'pieces', 'pcs',
    'количество', 'кол-во', 'кол во', 'кол', 'шт',
  ],
  price: [
    'unitprice', 'unit price', 'price per unit', 'price',
    'цена за единицу', 'цена за шт', 'цена продажи', 'цена',
  ],
  order: [
    'invoiceno', 'invoice no', 'invoice number', 'invoice id', 'order_id', 'order id', 'order number',
    'order no', 'receipt id', 'receipt number', 'transaction id', 'invoice', 'order', 'receipt', 'check',
    'номер заказа', 'номер чека', 'номер документа', 'номер счета', 'заказ', 'чек', 'документ', 'счет',
  ],
  // Only names that say "status of the order or its payment": a bare "state" is an address field
  // in US exports (Billing State), and a fulfilment status says nothing of the purchase.
  status: [
    'order status', 'financial status', 'payment status', 'status',
    'статус заказа', 'статус оплаты', 'состояние заказа', 'статус',
  ],
};

/**
 * Names that may be the customer key or just a row number. They are used for the customer
 * only when no header matches it at all.
 */
export const AMBIGUOUS_CUSTOMER: readonly string[] = ['id', 'ид'];
