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

/** Replaces every {{key}} of a .sql template (keys it does not use are ignored); a missing key is a programming error. */
export function fillTemplate(template: string, idents: Record<string, QuotedIdent>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const ident = idents[key];
    if (ident === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return ident;
  });
}
