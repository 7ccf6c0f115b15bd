// The small vocabulary every stored-record validator speaks: the first thing wrong, by where it
// is ("summary.rows") and what kind of wrong, so the start page can say it in the user's language.
// One problem is enough: the record is set aside whole either way, never used half-valid.

import type { ProblemKind as ConfigProblemKind } from '../../archetypes/validate';

export type RecordProblemKind =
  | ConfigProblemKind
  /** Not a date (YYYY-MM-DD) or not a moment (an ISO timestamp). */
  | 'bad_date'
  /** A value this version does not know (a language, a method), maybe written by a newer one. */
  | 'unknown_value'
  /** The record is stored under another key than the id it holds. */
  | 'wrong_key'
  /** The large data kept beside the record (a dataset's orders) is missing or not data. */
  | 'no_data'
  /** A survey, answer or campaign whose checker does not say where (survey.ts, campaign-check.ts). */
  | 'bad_shape';

export interface RecordProblem {
  /** Where in the record; empty for the record as a whole. */
  path: string;
  kind: RecordProblemKind;
}

export type Validator = (value: unknown, key: string) => RecordProblem | null;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A name, a file name, a column: text, but not a document. */
const MAX_TEXT = 2000;

/** YYYY-MM-DD that is a real day. */
export function isIsoDay(v: unknown): v is string {
  const match = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO timestamp as toISOString() writes it (anything Date cannot read would make `new Date(x).toISOString()` throw). */
export const isTimestamp = (v: unknown): v is string => typeof v === 'string' && TIMESTAMP.test(v) && Number.isFinite(Date.parse(v));

/**
 * Collects the first problem of a record. Each method returns whether its value passed, so a
 * validator reads as a list of expectations and stops looking inside what already failed.
 */
export class Check {
  problem: RecordProblem | null = null;

  fail(path: string, kind: RecordProblemKind): false {
    this.problem ??= { path, kind };
    return false;
  }

  present(path: string, v: unknown): boolean {
    return v === undefined || v === null ? this.fail(path, 'missing') : true;
  }

  object(path: string, v: unknown): v is Record<string, unknown> {
    if (!this.present(path, v)) return false;
    return isObject(v) ? true : this.fail(path, path === '' ? 'not_object' : 'wrong_type');
  }

  array(path: string, v: unknown): v is unknown[] {
    if (!this.present(path, v)) return false;
    return Array.isArray(v) ? true : this.fail(path, 'wrong_type');
  }

  text(path: string, v: unknown, options: { optional?: boolean; nonEmpty?: boolean; max?: number } = {}): boolean {
    if (v === undefined && options.optional) return true;
    if (!this.present(path, v)) return false;
    if (typeof v !== 'string') return this.fail(path, 'wrong_type');
    if (options.nonEmpty && v.trim() === '') return this.fail(path, 'missing');
    return v.length > (options.max ?? MAX_TEXT) ? this.fail(path, 'too_long') : true;
  }

  /** A whole number from 0 up: rows, customers, bytes. */
  count(path: string, v: unknown, optional = false): boolean {
    if (v === undefined && optional) return true;
    if (!this.present(path, v)) return false;
    if (typeof v !== 'number') return this.fail(path, 'wrong_type');
    return Number.isInteger(v) && v >= 0 ? true : this.fail(path, 'out_of_range');
  }

  /** Any finite number: revenue may be negative, never NaN. */
  number(path: string, v: unknown): boolean {
    if (!this.present(path, v)) return false;
    if (typeof v !== 'number') return this.fail(path, 'wrong_type');
    return Number.isFinite(v) ? true : this.fail(path, 'out_of_range');
  }

  integerIn(path: string, v: unknown, min: number, max: number): boolean {
    if (!this.present(path, v)) return false;
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.fail(path, 'wrong_type');
    return v >= min && v <= max ? true : this.fail(path, 'out_of_range');
  }

  day(path: string, v: unknown): boolean {
    if (!this.present(path, v)) return false;
    return isIsoDay(v) ? true : this.fail(path, 'bad_date');
  }

  timestamp(path: string, v: unknown): boolean {
    if (!this.present(path, v)) return false;
    return isTimestamp(v) ? true : this.fail(path, 'bad_date');
  }

  oneOf<T>(path: string, v: unknown, values: readonly T[]): v is T {
    if (!this.present(path, v)) return false;
    return (values as readonly unknown[]).includes(v) ? true : this.fail(path, 'unknown_value');
  }

  /** The id a record holds is the key it is stored under (a keyPath store finds it by that). */
  key(path: string, v: unknown, key: string): boolean {
    if (!this.text(path, v, { nonEmpty: true })) return false;
    return v === key ? true : this.fail(path, 'wrong_key');
  }

  /** Runs another validator on a part of this record, its paths under `path`. */
  part(path: string, problem: RecordProblem | null): boolean {
    if (!problem) return true;
    return this.fail([path, problem.path].filter((p) => p !== '').join('.'), problem.kind);
  }
}
