// Writes test/fixtures/orders.parquet: the rows of orders-basic.csv that have a customer,
// date and amount, plus the row without a customer, with real Parquet types (TIMESTAMP
// dates, DECIMAL amounts), so the app's Parquet path is tested on typed columns.
// Native DuckDB writes it; the app itself never uses DuckDB's parquet extension.
import { DuckDBInstance } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../test/fixtures/orders.parquet', import.meta.url));
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const rows = `
  SELECT order_id, customer, order_time, CAST(amount AS DECIMAL(10, 2)) AS amount FROM (VALUES
    ('A1', 'alice', TIMESTAMP '2024-01-10 09:00:00', 100.10),
    ('A1', 'alice', TIMESTAMP '2024-01-10 09:00:00', 50.00),
    ('A2', 'alice', TIMESTAMP '2024-03-01 12:30:00', 20.00),
    ('R1', 'alice', TIMESTAMP '2024-03-05 10:00:00', -30.00),
    ('B1', 'bob', TIMESTAMP '2024-02-01 08:00:00', 80.00),
    ('B2', 'bob', TIMESTAMP '2024-02-01 17:00:00', 20.00),
    ('C1', 'carol', TIMESTAMP '2024-03-30 11:00:00', 10.00),
    ('C2', 'carol', TIMESTAMP '2024-03-31 18:45:00', 5.55),
    ('X1', NULL, TIMESTAMP '2024-03-01 10:00:00', 99.00),
    ('D1', 'dave', TIMESTAMP '2024-02-15 10:00:00', -40.00),
    ('E3', 'erin', TIMESTAMP '2024-01-05 10:00:00', 0.10),
    ('E4', 'erin', TIMESTAMP '2024-01-06 23:59:00', 0.20)
  ) AS t(order_id, customer, order_time, amount)
`;
// The path is this repository's own fixture path, not user input.
await connection.run(`COPY (${rows}) TO '${out.replaceAll("'", "''")}' (FORMAT parquet)`);
console.log(`wrote ${out}`);
