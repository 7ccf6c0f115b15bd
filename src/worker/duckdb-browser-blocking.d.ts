// Types of DuckDB-WASM's browser blocking build, which vite.config.ts aliases because the
// package's exports map does not name it (nor its type files, hence the relative path).
declare module 'duckdb-wasm-browser-blocking' {
  export * from '../../node_modules/@duckdb/duckdb-wasm/dist/types/src/targets/duckdb-browser-blocking';
}
