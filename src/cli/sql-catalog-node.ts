import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqlFromModules, type SqlCatalog } from '../worker/sql-catalog';

const SQL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../worker/sql');

export function sqlCatalogFromDisk(): SqlCatalog {
  const files = readdirSync(SQL_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.split(path.sep).join('/'));
  return sqlFromModules(Object.fromEntries(files.map((f) => [f, readFileSync(path.join(SQL_DIR, f), 'utf8')])), '');
}
