import { sqlFromModules } from './sql-catalog';

export const sqlCatalog = sqlFromModules(
  import.meta.glob<string>('./sql/**/*.sql', { query: '?raw', import: 'default', eager: true }),
  './sql/',
);
