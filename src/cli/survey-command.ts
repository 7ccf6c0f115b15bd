// `npm run rfm -- FILE --survey ANSWERS.csv [--out-survey SEGMENTS.csv]`: the survey export read
// by the same engine, its columns guessed as on the page unless given, the answers matched to the
// scored customers and summed per segment by the same SQL (worker/engine/survey.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NodeDatabase } from '../worker/database';
import type { ScoringSettings, SurveyResults } from '../lib/engine/api';
import type { SegmentationInput } from '../lib/archetypes/segment';
import type { Translate } from '../lib/i18n/translate';
import { answersFromRows } from '../lib/surveys/answer';
import { guessSurveyColumns, type SurveyColumns } from '../lib/surveys/survey-columns';
import { inSegmentOrder, surveySegmentTable } from '../lib/surveys/survey-table';
import { tableToCsv } from '../lib/spreadsheet-csv';
import type { AnalysisEngine } from '../worker/engine/analysis-engine';
import type { CliSurvey } from './args';

const REGISTERED = 'cli-survey.csv';

export class SurveyColumnError extends Error {}

/** The columns to read: the ones given on the command line, the rest guessed; a given column must exist. */
export function surveyColumnsFor(headers: string[], rows: (string | null)[][], given: CliSurvey['columns'], t: Translate): SurveyColumns {
  for (const column of Object.values(given)) {
    if (!headers.includes(column)) throw new SurveyColumnError(t('cli.survey.noColumn', { column, columns: headers.join(', ') }));
  }
  const guess = guessSurveyColumns(headers, rows);
  return {
    ...guess,
    ...(given.id ? { id: given.id } : {}),
    ...(given.nps ? { nps: given.nps } : {}),
    ...(given.satisfaction ? { satisfaction: given.satisfaction } : {}),
    ...(given.matters ? { matters: { kind: 'list' as const, column: given.matters } } : {}),
  };
}

export function runSurvey(
  engine: AnalysisEngine,
  database: NodeDatabase,
  survey: CliSurvey,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  segmentNames: Record<string, string>,
  t: Translate,
): { lines: string[]; csv: Uint8Array | null; results: SurveyResults } {
  const table = engine.readSurveyFile(database.registerFileBuffer(REGISTERED, new Uint8Array(readFileSync(survey.file))), path.basename(survey.file));
  database.dropFile(REGISTERED);
  const columns = surveyColumnsFor(table.headers, table.rows, survey.columns, t);
  const answers = answersFromRows(table.headers, table.rows, columns);
  const results = engine.surveyResults(settings, segmentation, answers, survey.contacts);
  const name = (id: string) => segmentNames[id] ?? id;
  const order = Object.keys(segmentNames);
  const lines = [
    t('cli.survey.columns', {
      id: columns.id ?? '—',
      nps: columns.nps ?? '—',
      satisfaction: columns.satisfaction ?? '—',
      matters: columns.matters ? (columns.matters.kind === 'list' ? columns.matters.column : columns.matters.columns.map((c) => c.option).join(', ')) : '—',
    }),
    t('cli.survey.matched', {
      answers: results.answers,
      matched: results.matched,
      noId: results.unmatched.no_id,
      notCustomer: results.unmatched.not_customer,
      ambiguous: results.unmatched.ambiguous,
    }),
    t('cli.survey.all', { nps: results.all.nps ?? '—', count: results.all.npsAnswers }),
    ...inSegmentOrder(results.segments, order).map((g) => t('cli.survey.segment', { segment: name(g.segment ?? ''), nps: g.nps ?? '—', count: g.npsAnswers, responses: g.responses })),
  ];
  if (survey.out === null) return { lines, csv: null, results };
  const { header, rows } = surveySegmentTable(results, order, name);
  return { lines, csv: tableToCsv(header, rows), results };
}
