// A survey's answers as a table for a spreadsheet: one row per answer, oldest first. The cells
// go through the project's formula-safe writer (spreadsheet-csv.ts): an answer is text a
// customer typed, and "=HYPERLINK(...)" must reach the spreadsheet as text.

import { tableToCsv } from '../spreadsheet-csv';
import type { StoredAnswer } from './survey';

export const ANSWERS_CSV_HEADER = ['answered_at', 'source', 'version', 'identifier', 'nps', 'satisfaction', 'matters', 'open_text'];

/** Options chosen are joined with "; " (an option may itself hold a comma). */
export const MATTERS_SEPARATOR = '; ';

export function answerRows(answers: readonly StoredAnswer[]): (string | number | null)[][] {
  return [...answers]
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))
    .map((a) => [a.answeredAt, a.source, a.version, a.answer.id, a.answer.nps, a.answer.satisfaction, a.answer.matters.join(MATTERS_SEPARATOR), a.answer.text]);
}

export function answersCsv(answers: readonly StoredAnswer[]): Uint8Array {
  return tableToCsv(ANSWERS_CSV_HEADER, answerRows(answers));
}

/** `Shop survey` -> `shop-survey-answers-2026-12-02.csv`; a name of no letters or digits gives `survey`. */
export function answersFileName(name: string, today: string): string {
  const base = name.trim().toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'survey';
  return `${base}-answers-${today}.csv`;
}
