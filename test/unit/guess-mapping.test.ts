import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../src/lib/engine/api';
import { guessMapping, mappingProblems } from '../../src/lib/mapping/guess-mapping';

/** Columns as DESCRIBE reports them: `name:TYPE` pairs. */
function columns(...specs: string[]): ColumnInfo[] {
  return specs.map((spec) => {
    const at = spec.lastIndexOf(':');
    return { name: spec.slice(0, at), detectedType: spec.slice(at + 1) };
  });
}

const onlineRetail = columns(
  'InvoiceNo:VARCHAR',
  'StockCode:VARCHAR',
  'Description:VARCHAR',
  'Quantity:BIGINT',
  'InvoiceDate:TIMESTAMP',
  'UnitPrice:DOUBLE',
  'CustomerID:BIGINT',
  'Country:VARCHAR',
);

describe('guessMapping on known public files', () => {
  it('maps UCI Online Retail to quantity x price with the invoice as order', () => {
    expect(guessMapping(onlineRetail)).toStrictEqual({
      customer: 'CustomerID',
      date: 'InvoiceDate',
      quantity: 'Quantity',
      price: 'UnitPrice',
      order: 'InvoiceNo',
    });
  });

  it('maps Online Retail II, whose headers differ from the first release', () => {
    const cols = columns(
      'Invoice:VARCHAR',
      'StockCode:VARCHAR',
      'Description:VARCHAR',
      'Quantity:BIGINT',
      'InvoiceDate:TIMESTAMP',
      'Price:DOUBLE',
      'Customer ID:BIGINT',
      'Country:VARCHAR',
    );
    expect(guessMapping(cols)).toStrictEqual({
      customer: 'Customer ID',
      date: 'InvoiceDate',
      quantity: 'Quantity',
      price: 'Price',
      order: 'Invoice',
    });
  });

  it('maps the rfm package sample and keeps customer_id over email wherever email stands', () => {
    const expected = { customer: 'customer_id', date: 'order_date', amount: 'revenue' };
    const cols = columns(
      'customer_id:VARCHAR',
      'order_date:DATE',
      'revenue:BIGINT',
      'first_name:VARCHAR',
      'last_name:VARCHAR',
      'email:VARCHAR',
    );
    expect(guessMapping(cols)).toStrictEqual(expected);
    expect(guessMapping([...cols].reverse())).toStrictEqual(expected);
  });

  it('maps CDNOW to dollar_value, leaving number_of_cds alone', () => {
    const cols = columns('customer_id:BIGINT', 'date:DATE', 'number_of_cds:BIGINT', 'dollar_value:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({ customer: 'customer_id', date: 'date', amount: 'dollar_value' });
  });

  it('splits camelCase headers such as the AdventureWorks sales fact table', () => {
    const cols = columns(
      'OrderDateKey:BIGINT',
      'CustomerKey:BIGINT',
      'SalesOrderNumber:VARCHAR',
      'OrderQuantity:BIGINT',
      'UnitPrice:DOUBLE',
      'ExtendedAmount:DOUBLE',
      'DiscountAmount:DOUBLE',
      'SalesAmount:DOUBLE',
      'OrderDate:TIMESTAMP',
      'DueDate:TIMESTAMP',
    );
    expect(guessMapping(cols)).toStrictEqual({
      customer: 'CustomerKey',
      date: 'OrderDate',
      amount: 'SalesAmount',
      order: 'SalesOrderNumber',
    });
  });

  it('reads glued upper-case headers of the Kaggle sample sales file', () => {
    const cols = columns(
      'ORDERNUMBER:BIGINT',
      'QUANTITYORDERED:BIGINT',
      'PRICEEACH:DOUBLE',
      'SALES:DOUBLE',
      'ORDERDATE:TIMESTAMP',
      'CUSTOMERNAME:VARCHAR',
    );
    expect(guessMapping(cols)).toMatchObject({ date: 'ORDERDATE', amount: 'SALES', order: 'ORDERNUMBER' });
  });

  it('maps the demo shop', () => {
    const cols = columns('order_id:VARCHAR', 'customer_id:VARCHAR', 'order_date:DATE', 'amount:DOUBLE', 'channel:VARCHAR');
    expect(guessMapping(cols)).toStrictEqual({
      order: 'order_id',
      customer: 'customer_id',
      date: 'order_date',
      amount: 'amount',
    });
  });
});

describe('guessMapping on Russian exports', () => {
  it('maps a 1C-like order list', () => {
    const cols = columns('Номер заказа:VARCHAR', 'Дата:DATE', 'Клиент:VARCHAR', 'Сумма:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({
      order: 'Номер заказа',
      date: 'Дата',
      customer: 'Клиент',
      amount: 'Сумма',
    });
  });

  it('maps a sales list with quantity and price but no amount', () => {
    const cols = columns('Покупатель:VARCHAR', 'Дата продажи:DATE', 'Количество:BIGINT', 'Цена:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({
      customer: 'Покупатель',
      date: 'Дата продажи',
      quantity: 'Количество',
      price: 'Цена',
    });
  });

  it('reads headers through case, separators, punctuation, ё and inflection', () => {
    const cols = columns(
      ' КОД_КЛИЕНТА :BIGINT',
      '№ счёта:VARCHAR',
      'Дата.Покупки:VARCHAR',
      'Кол-во, шт.:VARCHAR',
      'Цена за ед. (руб.):VARCHAR',
    );
    expect(guessMapping(cols)).toStrictEqual({
      customer: ' КОД_КЛИЕНТА ',
      date: 'Дата.Покупки',
      quantity: 'Кол-во, шт.',
      price: 'Цена за ед. (руб.)',
      order: '№ счёта',
    });
  });

  it('finds the customer in a longer 1C header and gives the order number to the order', () => {
    const cols = columns('Номер заказа клиента:VARCHAR', 'Код клиента 1С:VARCHAR', 'Дата документа:TIMESTAMP', 'Сумма, руб.:VARCHAR');
    expect(guessMapping(cols)).toStrictEqual({
      customer: 'Код клиента 1С',
      date: 'Дата документа',
      amount: 'Сумма, руб.',
      order: 'Номер заказа клиента',
    });
  });
});

describe('guessMapping scoring', () => {
  it('prefers an exact header over one that only contains a synonym', () => {
    const cols = columns('Код клиента 1С:VARCHAR', 'Клиент:VARCHAR', 'Дата:DATE', 'Сумма:DOUBLE');
    expect(guessMapping(cols).customer).toBe('Клиент');
  });

  it('takes a contained synonym when nothing matches exactly', () => {
    const cols = columns('Код клиента 1С:VARCHAR', 'Дата:DATE', 'Сумма:DOUBLE');
    expect(guessMapping(cols).customer).toBe('Код клиента 1С');
  });

  it('gives a header naming two fields to the one it describes more of', () => {
    const cols = columns('Номер заказа клиента:VARCHAR', 'Телефон покупателя:VARCHAR', 'Дата:DATE', 'Сумма:DOUBLE');
    const guess = guessMapping(cols);
    expect(guess.order).toBe('Номер заказа клиента');
    expect(guess.customer).toBe('Телефон покупателя');
  });

  it('prefers a DATE or TIMESTAMP column between two date headers', () => {
    const cols = columns('customer:VARCHAR', 'order_date:VARCHAR', 'date:DATE', 'total:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({ customer: 'customer', date: 'date', amount: 'total' });
  });

  it('never guesses a date-typed column as amount or quantity', () => {
    const cols = columns('customer_id:BIGINT', 'invoice_date:TIMESTAMP', 'sales_period:DATE', 'qty_date:DATE');
    const guess = guessMapping(cols);
    expect(guess.amount).toBeUndefined();
    expect(guess.quantity).toBeUndefined();
  });

  it('does not reuse the date column as the order', () => {
    const cols = columns('customer_id:BIGINT', 'order_date:VARCHAR', 'amount:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({ customer: 'customer_id', date: 'order_date', amount: 'amount' });
  });

  it('prefers an amount column to quantity and price', () => {
    const cols = columns('customer_id:BIGINT', 'date:DATE', 'quantity:BIGINT', 'price:DOUBLE', 'total:DOUBLE');
    expect(guessMapping(cols)).toStrictEqual({ customer: 'customer_id', date: 'date', amount: 'total' });
  });

  it('maps a bare id to the customer only when nothing else fits', () => {
    expect(guessMapping(columns('id:BIGINT', 'date:DATE', 'amount:DOUBLE')).customer).toBe('id');
    const guess = guessMapping(columns('id:BIGINT', 'customer_id:BIGINT', 'date:DATE', 'amount:DOUBLE'));
    expect(guess.customer).toBe('customer_id');
    expect(Object.values(guess)).not.toContain('id');
  });

  it('leaves the date out when no column looks like one', () => {
    const guess = guessMapping(columns('customer_id:BIGINT', 'amount:DOUBLE', 'channel:VARCHAR'));
    expect(guess).toStrictEqual({ customer: 'customer_id', amount: 'amount' });
  });

  it('takes a lone timestamp column as the date whatever its name, but not one of two', () => {
    expect(guessMapping(columns('client_id:BIGINT', 'ts:TIMESTAMP', 'amount:DOUBLE')).date).toBe('ts');
    const two = columns('client_id:BIGINT', 'ts:TIMESTAMP', 'registered:DATE', 'amount:DOUBLE');
    expect(guessMapping(two).date).toBeUndefined();
  });
});

describe('mappingProblems', () => {
  it('accepts the guesses for complete files', () => {
    expect(mappingProblems(guessMapping(onlineRetail), onlineRetail)).toEqual([]);
  });

  it('asks for customer, date and amount on an empty mapping', () => {
    expect(mappingProblems({}, onlineRetail)).toEqual([
      { code: 'missing_customer', field: 'customer' },
      { code: 'missing_date', field: 'date' },
      { code: 'missing_amount', field: 'amount' },
    ]);
  });

  it('asks for the other half of quantity x price', () => {
    const base = { customer: 'CustomerID', date: 'InvoiceDate' };
    expect(mappingProblems({ ...base, quantity: 'Quantity' }, onlineRetail)).toEqual([
      { code: 'missing_price', field: 'price' },
    ]);
    expect(mappingProblems({ ...base, price: 'UnitPrice' }, onlineRetail)).toEqual([
      { code: 'missing_quantity', field: 'quantity' },
    ]);
  });

  it('treats a cleared field as missing', () => {
    const mapping = { customer: '', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' };
    expect(mappingProblems(mapping, onlineRetail)).toEqual([{ code: 'missing_customer', field: 'customer' }]);
  });

  it('flags a column the file does not have, such as one remembered from another file', () => {
    const mapping = { customer: 'Customer ID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' };
    expect(mappingProblems(mapping, onlineRetail)).toEqual([
      { code: 'unknown_column', field: 'customer', column: 'Customer ID' },
    ]);
  });

  it('flags one column used as both quantity and price', () => {
    const mapping = { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'Quantity' };
    expect(mappingProblems(mapping, onlineRetail)).toEqual([
      { code: 'same_column_twice', field: 'price', column: 'Quantity' },
    ]);
  });

  it('flags the customer column reused as the order', () => {
    const mapping = { customer: 'CustomerID', date: 'InvoiceDate', amount: 'UnitPrice', order: 'CustomerID' };
    expect(mappingProblems(mapping, onlineRetail)).toEqual([
      { code: 'same_column_twice', field: 'order', column: 'CustomerID' },
    ]);
  });

  it('takes an order or payment status by its exact name, never an address state or a fulfilment status', () => {
    const cols = (...names: string[]) => names.map((name) => ({ name, detectedType: 'VARCHAR' }));
    expect(guessMapping(cols('Order ID', 'Billing Email', 'Order Date', 'Order Total', 'Order Status', 'Billing State')).status).toBe('Order Status');
    expect(guessMapping(cols('Клиент', 'Дата', 'Сумма', 'Статус')).status).toBe('Статус');
    expect(guessMapping(cols('customer', 'date', 'amount', 'Fulfillment Status', 'Billing State')).status).toBeUndefined();
  });
});
