// User-chosen column names are the only text that enters SQL other than our own .sql files.
// They pass quoteIdent() after being checked against the table's real columns; values are
// always bound parameters.

declare const quoted: unique symbol;
export type QuotedIdent = string & { readonly [quoted]: true };

/** The literal NULL, for an optional column the user did not map. */
export const SQL_NULL = 'NULL' as QuotedIdent;

export function quoteIdent(name: string, knownColumns: readonly string[]): QuotedIdent {
  if (!knownColumns.includes(name)) throw new Error(`unknown column: ${name}`);
  return `"${name.replaceAll('"', '""')}"` as QuotedIdent;
}

declare const fragment: unique symbol;
/** One of our own fixed SQL fragments (never user text): where a statement reads a dataset's rows. */
export type SourceFragment = string & { readonly [fragment]: true };

const sourceCall = (macro: string) =>
  `${macro}(CAST($1 AS VARCHAR), CAST($2 AS VARCHAR), CAST($3 AS BOOLEAN), CAST($4 AS INTEGER))` as SourceFragment;

/** The table macros of macros.sql and create-table-source.sql, called with the bound parameters $1..$4. */
export const SOURCE = { csv: sourceCall('cvm_csv'), table: sourceCall('cvm_table') } as const;

/** Replaces every {{key}} of a .sql template (keys it does not use are ignored); a missing key is a programming error. */
export function fillTemplate(template: string, idents: Record<string, QuotedIdent | SourceFragment>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const ident = idents[key];
    if (ident === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return ident;
  });
}

/** Inserts one of our own SQL fragments (a .sql file of the catalog) at {{key}}, before fillTemplate() fills the rest. */
export function expandFragment(template: string, key: string, fragment: string): string {
  return template.replaceAll(`{{${key}}}`, () => fragment);
}
