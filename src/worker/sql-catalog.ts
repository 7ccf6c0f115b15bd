// SQL statements by file name (without .sql). The browser build and Vitest read them with
// import.meta.glob; the Node CLI reads the same files from disk (src/cli/sql-catalog-node.ts).
export type SqlCatalog = Readonly<Record<string, string>>;

export function sqlFromModules(modules: Record<string, string>): SqlCatalog {
  return Object.fromEntries(
    Object.entries(modules).map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.sql$/, ''), text]),
  );
}
