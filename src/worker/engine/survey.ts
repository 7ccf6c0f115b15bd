// What customers value, per segment: survey answers (lib/surveys: from a form tool's export, the
// kiosk or manual entry) matched to the scored customers by id, e-mail or phone, then NPS,
// satisfaction and "what matters" per segment of the segmentation in use (sql/survey/).

import type { ScoringSettings, SurveyContacts, SurveyGroup, SurveyResults, SurveyTable, SurveyUnmatchedReason } from '../../lib/engine/api';
import { EngineError, reasonOf } from '../../lib/engine/errors';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import { answerTableRows, type SurveyAnswer } from '../../lib/surveys/answer';
import { rowsToCsv } from '../../lib/import/csv-write';
import type { Db } from '../db';
import { statement, template } from '../sql-statement';
import { quoteIdent, SQL_NULL, type SourceParams } from '../sql-template';
import { score } from './score';
import { segmentIdOf, segmentIds } from './segment';
import { readingSource } from './source-read';
import type { EngineState } from './state';

type GroupRow = {
  seg: number | null;
  by_segment: boolean;
  responses: number;
  nps_answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  satisfaction_answers: number;
  satisfaction_mean: number | null;
};
type MattersRow = { seg: number | null; by_segment: boolean; option: string; answers: number; share: number };

const SQL = {
  readFile: statement<[path: string], Record<string, string | null>>('survey/read-survey-file'),
  answers: statement<[path: string]>('survey/create-survey-answers'),
  contacts: template<SourceParams, 'source' | 'customer' | 'email' | 'phone'>('survey/create-customer-contacts'),
  noContacts: statement('survey/create-no-contacts'),
  matches: statement('survey/create-survey-matches'),
  answered: statement('survey/create-survey-answered'),
  counts: statement<[], { answers: number; matched: number; no_id: number; not_customer: number; ambiguous: number }>('survey/survey-match-counts'),
  unmatched: statement<[], { answer_no: number; id_text: string | null; reason: SurveyUnmatchedReason }>('survey/survey-unmatched'),
  groups: statement<[], GroupRow>('survey/survey-segments'),
  matters: statement<[], MattersRow>('survey/survey-matters'),
  answerSegments: statement<[], { answer_no: number; seg: number | null }>('survey/survey-answer-segments'),
};

/** Our own file names: the answers as the engine loads them. */
const ANSWERS_FILE = 'survey-answers.csv';
/** Unmatched answers listed by number: enough to find them in the export. */
const UNMATCHED_EXAMPLES = 20;

/** A survey export (CSV) registered as `registeredName`, as text. */
export function readSurveyFile(db: Db, registeredName: string, fileName: string): SurveyTable {
  try {
    const { rows, columns } = db.rowsAndColumns(SQL.readFile, [registeredName]);
    return { headers: columns, rows: rows.map((row) => columns.map((c) => (row[c] == null ? null : String(row[c])))) };
  } catch (error) {
    throw new EngineError('file_unreadable', { file: fileName, reason: reasonOf(error) });
  }
}

export function surveyResults(
  db: Db,
  state: EngineState,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  answers: readonly SurveyAnswer[],
  contacts: SurveyContacts,
): SurveyResults {
  score(db, state, settings, segmentation);
  const ids = segmentIds(state);
  loadAnswers(db, answers);
  loadContacts(db, state, contacts);
  db.run(SQL.matches);
  db.run(SQL.answered);
  const counts = db.rows(SQL.counts)[0];
  const matters = db.rows(SQL.matters);
  const group = (row: GroupRow): SurveyGroup => ({
    segment: row.by_segment && row.seg !== null ? segmentIdOf(ids, row.seg) : null,
    responses: row.responses,
    npsAnswers: row.nps_answers,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    nps: row.nps,
    satisfactionAnswers: row.satisfaction_answers,
    satisfactionMean: row.satisfaction_mean,
    matters: matters
      .filter((m) => m.by_segment === row.by_segment && m.seg === row.seg)
      .map((m) => ({ option: m.option, answers: m.answers, share: m.share })),
  });
  const groups = db.rows(SQL.groups);
  const all = groups.find((g) => !g.by_segment);
  const empty: GroupRow = { seg: null, by_segment: false, responses: 0, nps_answers: 0, promoters: 0, passives: 0, detractors: 0, nps: null, satisfaction_answers: 0, satisfaction_mean: null };
  return {
    answers: counts.answers,
    matched: counts.matched,
    unmatched: { no_id: counts.no_id, not_customer: counts.not_customer, ambiguous: counts.ambiguous },
    unmatchedExamples: db
      .rows(SQL.unmatched)
      .slice(0, UNMATCHED_EXAMPLES)
      .map((u) => ({ answer: u.answer_no, id: u.id_text, reason: u.reason })),
    segments: groups.filter((g) => g.by_segment).map(group),
    all: group(all ?? empty),
    answerSegments: db.rows(SQL.answerSegments).map((a) => (a.seg === null ? null : segmentIdOf(ids, a.seg))),
  };
}

function loadAnswers(db: Db, answers: readonly SurveyAnswer[]): void {
  const header = ['answer_no', 'id_text', 'email_key', 'phone_key', 'nps', 'satisfaction', 'matters', 'answer_text'];
  const file = db.database.registerFileBuffer(ANSWERS_FILE, rowsToCsv([header, ...answerTableRows(answers)]));
  try {
    db.run(SQL.answers, [file]);
  } finally {
    db.database.dropFile(ANSWERS_FILE);
  }
}

/** The customers' contacts from the order file: only while its rows are at hand (not for a kept dataset). */
function loadContacts(db: Db, state: EngineState, contacts: SurveyContacts): void {
  const lines = state.prepared?.lines;
  const names = state.prepared?.dataset.columns.map((c) => c.name) ?? [];
  const hasContact = contacts.email !== undefined || contacts.phone !== undefined;
  if (!lines && hasContact) throw new EngineError('no_dataset');
  const source = lines?.job.source;
  const ident = (column: string | undefined) => (column ? quoteIdent(column, names) : SQL_NULL);
  if (!source || !lines || !hasContact) {
    db.run(SQL.noContacts);
    return;
  }
  readingSource(source, () =>
    db.run(db.fill(SQL.contacts, { source: source.from, customer: lines.job.values.customer, email: ident(contacts.email), phone: ident(contacts.phone) }), source.params),
  );
}
