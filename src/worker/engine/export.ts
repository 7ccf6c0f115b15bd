// Every CSV the engine writes is DuckDB's COPY into one in-memory file, read back as bytes:
// the downloads here (scores, the file as understood, rejected rows, a movement's customers) and
// the orders of a kept dataset (kept.ts). A download is for a person: its text cells pass
// cvm_csv_text in SQL, and its header, which COPY writes as the column names are, passes the same
// rule in spreadsheetSafeHeader. That takes the names DuckDB wrote, so the columns and their order
// are exactly the statement's; aliases could not do it, since the file as understood and the rows
// not used select the source's columns with COLUMNS(...), whatever they are called. The kept
// orders are read back by the app, not opened by a person, and stay exactly as read.

import type { RejectedReasons, ScoringSettings } from '../../lib/engine/api';
import { EngineError, reasonOf } from '../../lib/engine/errors';
import { OTHER_ID } from '../../lib/archetypes/config';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import { spreadsheetSafeHeader } from '../../lib/spreadsheet-csv';
import type { Db } from '../db';
import { statement, template, type ParamArgs, type SqlParams, type Template, type TemplateValue } from '../sql-statement';
import { fileNameLiteral, type SourceParams } from '../sql-template';
import type { LineKey, LineParams } from './line-job';
import { movementSegmentIds, type MovementCellKey } from './movement';
import { score } from './score';
import { segmentFilterNumber, segmentIds, segmentNumberOf } from './segment';
import { readingSource } from './source-read';
import type { EngineState } from './state';


type RejectedParams = [
  ...LineParams,
  noCustomer: string,
  badDate: string,
  badAmount: string,
  futureDate: string,
  duplicate: string,
  dropDuplicates: boolean,
  earlyDate: string,
  excludedStatusKeys: string,
  status: string,
  orderTotal: boolean,
  repeatedHeader: string,
  totals: string,
  malformed: string,
  comment: string,
  rowOffset: number,
];

const SQL = {
  scores: template<[oneSegment: boolean, segment: number], 'export_file'>('export/export-scores'),
  source: template<SourceParams, 'source' | 'export_file'>('export/export-source'),
  rejected: template<RejectedParams, LineKey | 'export_file'>('export/export-rejected'),
  movement: template<[oneCell: boolean, before: number, after: number], 'export_file'>('export/export-movement'),
  createLabels: statement('export/create-segment-labels'),
  insertLabel: statement<[segment: number, label: string]>('export/insert-segment-label'),
};

/** The one file every export writes to: in memory (in Node, COPY would otherwise write into the working directory). */
const EXPORT_FILE = 'cvm-export.csv';

/** Runs a COPY statement (its target is {{export_file}}) and returns the file it wrote. */
export function copyToBuffer<P extends SqlParams, K extends string>(
  db: Db,
  copy: Template<P, K | 'export_file', unknown>,
  values: Readonly<Record<Exclude<NoInfer<K>, 'export_file'>, TemplateValue>>,
  ...args: ParamArgs<NoInfer<P>>
): Uint8Array {
  const target = db.database.registerFileBuffer(EXPORT_FILE, new Uint8Array(0));
  try {
    // The type checker cannot see that K minus export_file, plus export_file, is K.
    const all = { ...values, export_file: fileNameLiteral(target) } as Readonly<Record<K | 'export_file', TemplateValue>>;
    db.run(db.fill(copy, all), ...args);
    return db.database.copyFileToBuffer(EXPORT_FILE);
  } catch (error) {
    throw new EngineError('export_failed', { reason: reasonOf(error) });
  } finally {
    db.database.dropFile(EXPORT_FILE);
  }
}

/** The names the file shows for each segment number (bound values, one row per segment); unnamed segments show their id. */
function labelSegments(db: Db, ids: readonly string[], names: Record<string, string>): void {
  db.run(SQL.createLabels);
  db.run(SQL.insertLabel, [segmentNumberOf(ids, OTHER_ID), names[OTHER_ID] ?? OTHER_ID]);
  for (const [seg, id] of ids.entries()) db.run(SQL.insertLabel, [seg, names[id] ?? id]);
}

/**
 * Scored customers: the columns `npm run rfm --out` writes, segments named by `segmentNames`;
 * with `segment`, only that segment's customers (the segment page, `npm run rfm --segment`).
 */
export function exportScores(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  segmentNames: Record<string, string>,
  segment?: string,
): Uint8Array {
  score(db, state, settings, segmentation);
  const ids = segmentIds(state);
  labelSegments(db, ids, segmentNames);
  return spreadsheetSafeHeader(copyToBuffer(db, SQL.scores, {}, [segment !== undefined, segment === undefined ? 0 : segmentFilterNumber(ids, segment)]));
}

/** The analysed file as understood (or, before any analysis, the open one): every column as read. */
export function exportSource(db: Db, state: EngineState): Uint8Array {
  const source = state.prepared?.lines?.job.source ?? state.opened?.source;
  if (!source) throw new EngineError('no_dataset');
  return spreadsheetSafeHeader(readingSource(source, () => copyToBuffer(db, SQL.source, { source: source.from }, source.params)));
}

/** The two columns export/export-rejected.sql writes before the file's own. */
const REJECTED_FIRST_COLUMNS = ['row', 'reason'];

/**
 * Above this many columns the rows-not-used download is refused with a message instead of being
 * tried: it carries every column through the statement's windows, and its cost grows faster than
 * the columns (2,000 rows in the Node build: 500 columns 14.6 s against 10.2 s for scoring alone,
 * 1,000 columns 29.5 s against 12.8 s; 5,000 columns ran out of memory after 86 s while scoring
 * worked). Scoring has no such limit.
 */
export const REJECTED_MAX_COLUMNS = 1_000;

/** The rows of the last prepare that were not used, with row number and reason. */
export function exportRejected(db: Db, state: EngineState, reasons: RejectedReasons): Uint8Array {
  const { lines, summary, dataset } = state.prepared ?? {};
  if (!lines || !summary || !dataset) throw new EngineError('no_dataset');
  if (dataset.columns.length > REJECTED_MAX_COLUMNS) {
    throw new EngineError('rejected_too_wide', { file: dataset.fileName, columns: dataset.columns.length, limit: REJECTED_MAX_COLUMNS });
  }
  return spreadsheetSafeHeader(
    copyToBuffer(db, SQL.rejected, lines.job.values, [
      ...lines.params,
      reasons.no_customer,
      reasons.bad_date,
      reasons.bad_amount,
      reasons.future_date,
      reasons.duplicate,
      summary.choices.dropDuplicates,
      reasons.early_date,
      lines.job.excludedStatusKeys,
      reasons.status ?? '',
      summary.orderAmount === 'total',
      reasons.repeated_header ?? '',
      reasons.totals ?? '',
      reasons.malformed ?? '',
      reasons.comment ?? '',
      lines.job.rowOffset,
    ]),
    // The file's own names, as they are: a column of the file may itself be called "row" or "reason".
    [...REJECTED_FIRST_COLUMNS, ...dataset.columns.map((c) => c.name)],
  );
}

/** The last movement's customers, all or one cell's: customer_id, segment_before, segment_after. */
export function exportMovement(db: Db, state: EngineState, segmentNames: Record<string, string>, cell?: MovementCellKey): Uint8Array {
  const ids = movementSegmentIds(state);
  labelSegments(db, ids, segmentNames);
  return spreadsheetSafeHeader(
    copyToBuffer(db, SQL.movement, {}, [!!cell, segmentNumberOf(ids, cell?.before ?? null), segmentNumberOf(ids, cell?.after ?? null)]),
  );
}
