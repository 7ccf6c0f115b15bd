// Typed handles on the .sql files of the catalog. Each stage declares the statements it runs with
// their bound parameters ($1, $2, ... in order) and the rows they return, so that a call with the
// wrong parameters does not compile. Each file is declared exactly once: a second declaration
// throws when its module loads, and test/sql/sql-catalog.test.ts compares the declared names
// with the files, so a typo or a file nobody runs fails a test.

import type { OwnSql, QuotedIdent } from './sql-template';

type SqlParam = string | number | boolean | null;
export type SqlParams = readonly SqlParam[];

declare const types: unique symbol;

/** A statement of the catalog, run as written with the parameters P; it returns rows R. */
export interface Statement<P extends SqlParams, R> {
  readonly kind: 'statement';
  readonly name: string;
  readonly [types]?: { params: P; row: R };
}

/** A statement with {{placeholders}} K, filled with quoted identifiers and our own SQL before it runs. */
export interface Template<P extends SqlParams, K extends string, R> {
  readonly kind: 'template';
  readonly name: string;
  readonly [types]?: { params: P; keys: K; row: R };
}

/** A .sql file that is part of other statements, not one itself: inserted at a placeholder. */
export interface Fragment {
  readonly kind: 'fragment';
  readonly name: string;
}

/** A template with its placeholders filled: SQL text to run with the parameters P. */
export interface FilledSql<P extends SqlParams, R> {
  readonly kind: 'filled';
  readonly text: string;
  readonly [types]?: { params: P; row: R };
}

/** What a placeholder is filled with: user text only ever through quoteIdent(). */
export type TemplateValue = QuotedIdent | OwnSql | Fragment;

/** `run(statement)` for a statement without parameters, `run(statement, params)` for one with. */
export type ParamArgs<P extends SqlParams> = P extends readonly [] ? [] : [params: P];

const declared = new Set<string>();

function declare(name: string): string {
  if (declared.has(name)) throw new Error(`SQL ${name} is declared twice`);
  declared.add(name);
  return name;
}

export function statement<P extends SqlParams = [], R = unknown>(name: string): Statement<P, R> {
  return { kind: 'statement', name: declare(name) };
}

export function template<P extends SqlParams, K extends string, R = unknown>(name: string): Template<P, K, R> {
  return { kind: 'template', name: declare(name) };
}

export function fragment(name: string): Fragment {
  return { kind: 'fragment', name: declare(name) };
}

/** The catalog names declared by the modules loaded so far. */
export function declaredSqlNames(): ReadonlySet<string> {
  return declared;
}

/**
 * Replaces every {{key}} of a template (keys it does not use are ignored; a missing key is a
 * programming error). A fragment goes in with its own placeholders filled from the same values.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, TemplateValue>>, fragmentText: (fragment: Fragment) => string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return typeof value === 'string' ? value : fillTemplate(fragmentText(value), values, fragmentText);
  });
}
