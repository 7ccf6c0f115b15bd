// SQL statements by their path under src/worker/sql/ without `.sql` (`score/create-customers`).
// The browser build and Vitest read them with import.meta.glob; the Node CLI reads the same files
// from disk (src/cli/sql-catalog-node.ts).
export type SqlCatalog = Readonly<Record<string, string>>;

/** `modules`: file text by path; every path starts with `root`, the sql folder. */
export function sqlFromModules(modules: Record<string, string>, root: string): SqlCatalog {
  return Object.fromEntries(
    Object.entries(modules).map(([path, text]) => {
      if (!path.startsWith(root) || !path.endsWith('.sql')) throw new Error(`not a .sql file under ${root}: ${path}`);
      return [path.slice(root.length, -'.sql'.length), text];
    }),
  );
}
