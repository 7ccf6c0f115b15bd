// What a polluter makes: the damaged text and the table a perfect loader would recover from it.

import type { Table } from './csv';

export interface PollutedFile {
  /** File name without .csv; Pollock's naming where Pollock has the same pollution. */
  name: string;
  /** The pollution, for grouping results: the name without its row and column numbers. */
  kind: string;
  text: string;
  /** Header row first, except for a file without header (name contains "no_header"), as in Pollock's clean/ files. */
  clean: Table;
}

/** Pollock's clean/ files carry no marker for a missing header; its file name says it. */
export const hasNoHeader = (name: string): boolean => name.includes('no_header');
