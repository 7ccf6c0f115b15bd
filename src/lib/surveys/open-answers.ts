// The open answers of a survey as the page lists them: each with the segment its customer is in,
// newest first, found by a search that ignores case in Latin and Cyrillic alike (and ё = е, as
// Russian is often typed without ё).

import type { SurveyAnswer } from './answer';

export interface OpenAnswer {
  /** 1-based number of the answer in the set the engine was given. */
  no: number;
  text: string;
  /** The segment id; null when the answer matched no customer. */
  segment: string | null;
  /** When it was given (stored answers); null for a form tool's export read as it is. */
  at: string | null;
}

/**
 * The answers with an open text. `segments[i]` and `dates[i]` belong to `answers[i]`; without
 * dates the later answer counts as the newer (form tools write rows in the order they arrive).
 */
export function openAnswers(answers: readonly SurveyAnswer[], segments: readonly (string | null)[], dates?: readonly (string | null)[]): OpenAnswer[] {
  const list: OpenAnswer[] = [];
  answers.forEach((a, i) => {
    if (a.text !== null && a.text.trim() !== '') list.push({ no: i + 1, text: a.text, segment: segments[i] ?? null, at: dates?.[i] ?? null });
  });
  return list.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || b.no - a.no);
}

/** Text as search compares it. */
export function searchKey(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').normalize('NFC');
}

/** Which segment's answers to list: any, one segment (by id), or the answers of no customer (''). */
export type SegmentFilter = { kind: 'any' } | { kind: 'segment'; segment: string } | { kind: 'unmatched' };

export function filterOpenAnswers(list: readonly OpenAnswer[], search: string, filter: SegmentFilter): OpenAnswer[] {
  const words = searchKey(search).split(/\s+/).filter((w) => w !== '');
  return list.filter((a) => {
    if (filter.kind === 'segment' && a.segment !== filter.segment) return false;
    if (filter.kind === 'unmatched' && a.segment !== null) return false;
    const text = searchKey(a.text);
    return words.every((w) => text.includes(w));
  });
}
