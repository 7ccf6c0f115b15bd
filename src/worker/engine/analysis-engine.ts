// The analysis: file -> raw text -> order lines -> orders -> customers -> scores -> segments.
// Runs synchronously on DuckDB's blocking bindings; the browser worker and the Node CLI both
// call this one class, so the SQL tested in Node is the SQL the page runs. Each method is one
// stage's function over the database and the one state object (state.ts says what goes stale
// when a stage is rebuilt). The arguments are EngineApi's (src/lib/engine/api.ts), in its order.

import type {
  CampaignPurchase,
  ChannelContacts,
  ChurnSuggestion,
  CohortCell,
  ColumnMapping,
  DatasetInfo,
  HealthPoint,
  ImportChoices,
  ImportSummary,
  MovementOptions,
  MovementResult,
  PlanReach,
  PlanTarget,
  RejectedReasons,
  ScoreResult,
  ScoringSettings,
  SegmentCustomersPage,
  SegmentCustomersRequest,
  SegmentMixPoint,
  SegmentValue,
  StatusValues,
  SurveyContacts,
  SurveyResults,
  SurveyTable,
} from '../../lib/engine/api';
import type { SurveyAnswer } from '../../lib/surveys/answer';
import type { PredictSummary, TimeUnit } from '../../lib/predict/summary';
import type { SegmentationInput } from '../../lib/archetypes/segment';
import type { Db } from '../db';
import { exportMovement, exportRejected, exportScores, exportSource } from './export';
import { cohorts, healthSeries } from './health';
import { exportOrders, loadOrders } from './kept';
import { movement, movementCustomers, segmentMix, type MovementCellKey } from './movement';
import { openArrow, openCsv, openCsvFiles, openParquet, type CsvChoice, type SourceMeta } from './open';
import type { Opener } from './open-source';
import { exampleTexts, prepare } from './prepare';
import { score } from './score';
import { segmentCustomers } from './segment-customers';
import { emptyState } from './state';
import { statusValues } from './status-values';
import { readSurveyFile, surveyResults } from './survey';
import { planReach, planTargets } from './plan';
import { campaignPurchases } from './campaign';
import { predict, predictSummary } from './predict';
import type { PredictProgress, PredictRequest, PredictResult } from '../../lib/predict/request';
import { segmentValue, suggestChurnDays } from './value';

export class AnalysisEngine implements Opener {
  private readonly db: Db;
  private readonly state = emptyState();

  constructor(db: Db) {
    this.db = db;
  }

  duckdbVersion(): string {
    return this.db.database.version();
  }

  openCsv(registeredName: string, meta: SourceMeta, choice?: CsvChoice): DatasetInfo {
    return openCsv(this.db, this.state, registeredName, meta, choice);
  }

  openArrow(ipc: Uint8Array, meta: SourceMeta): DatasetInfo {
    return openArrow(this.db, this.state, ipc, meta);
  }

  /** Native DuckDB only (the command line's --engine native): Parquet read by DuckDB itself. */
  openParquet(path: string, meta: SourceMeta): DatasetInfo {
    return openParquet(this.db, this.state, path, meta);
  }

  /** Native DuckDB only: a glob of CSV files with one header, as one table. */
  openCsvFiles(glob: string, meta: SourceMeta): DatasetInfo {
    return openCsvFiles(this.db, this.state, glob, meta);
  }

  statusValues(column: string, limit: number): StatusValues {
    return statusValues(this.db, this.state, column, limit);
  }

  /** `textsLater`: the report's example texts are read by exampleTexts() (the page's order of work); the command line reads them at once. */
  prepare(mapping: ColumnMapping, choices: Partial<ImportChoices> = {}, textsLater = false): ImportSummary {
    return prepare(this.db, this.state, mapping, choices, textsLater);
  }

  /** The registered files the open and the prepared dataset read: any other dropped file's copy can be freed. */
  filesInUse(): string[] {
    return [this.state.opened?.source, this.state.prepared?.lines?.job.source].flatMap((source) => (source ? [String(source.params[0])] : []));
  }

  exampleTexts(): ImportSummary {
    return exampleTexts(this.db, this.state);
  }

  exportSourceCsv(): Uint8Array {
    return exportSource(this.db, this.state);
  }

  exportRejectedCsv(reasons: RejectedReasons): Uint8Array {
    return exportRejected(this.db, this.state, reasons);
  }

  score(settings: ScoringSettings, segmentation: SegmentationInput): ScoreResult {
    return score(this.db, this.state, settings, segmentation);
  }

  exportScoresCsv(settings: ScoringSettings, segmentation: SegmentationInput, segmentNames: Record<string, string>, segment?: string): Uint8Array {
    return exportScores(this.db, this.state, settings, segmentation, segmentNames, segment);
  }

  segmentCustomers(settings: ScoringSettings, segmentation: SegmentationInput, request: SegmentCustomersRequest): SegmentCustomersPage {
    return segmentCustomers(this.db, this.state, settings, segmentation, request);
  }

  readSurveyFile(registeredName: string, fileName: string): SurveyTable {
    return readSurveyFile(this.db, registeredName, fileName);
  }

  /** The survey reader holds nothing survey-specific: every column as text, a header row. */
  readTableFile(registeredName: string, fileName: string): SurveyTable {
    return readSurveyFile(this.db, registeredName, fileName);
  }

  surveyResults(settings: ScoringSettings, segmentation: SegmentationInput, answers: SurveyAnswer[], contacts: SurveyContacts): SurveyResults {
    return surveyResults(this.db, this.state, settings, segmentation, answers, contacts);
  }

  planReach(settings: ScoringSettings, segmentation: SegmentationInput, contacts: ChannelContacts): PlanReach {
    return planReach(this.db, this.state, settings, segmentation, contacts);
  }

  planTargets(settings: ScoringSettings, segmentation: SegmentationInput, contacts: ChannelContacts, segment: string): PlanTarget[] {
    return planTargets(this.db, this.state, settings, segmentation, contacts, segment);
  }

  campaignPurchases(from: string, until: string): CampaignPurchase[] {
    return campaignPurchases(this.db, this.state, from, until);
  }

  predictSummary(calibrationEnd: string, timeUnit: TimeUnit): PredictSummary {
    return predictSummary(this.db, this.state, calibrationEnd, timeUnit);
  }

  predict(settings: ScoringSettings, segmentation: SegmentationInput, request: PredictRequest, onProgress?: (progress: PredictProgress) => void): PredictResult {
    return predict(this.db, this.state, settings, segmentation, request, onProgress);
  }

  exportOrdersCsv(): Uint8Array {
    return exportOrders(this.db, this.state);
  }

  loadOrders(registeredName: string, dataset: DatasetInfo, summary: ImportSummary): void {
    loadOrders(this.db, this.state, registeredName, dataset, summary);
  }

  segmentValue(settings: ScoringSettings, segmentation: SegmentationInput, churnDays: number): SegmentValue[] {
    return segmentValue(this.db, this.state, settings, segmentation, churnDays);
  }

  suggestChurnDays(asOf: string, share: number): ChurnSuggestion {
    return suggestChurnDays(this.db, this.state, asOf, share);
  }

  healthSeries(asOf: string, period: 'month' | 'week', churnDays: number): HealthPoint[] {
    return healthSeries(this.db, this.state, asOf, period, churnDays);
  }

  cohorts(asOf: string): CohortCell[] {
    return cohorts(this.db, this.state, asOf);
  }

  segmentMix(settings: ScoringSettings, segmentation: SegmentationInput, dates: string[]): SegmentMixPoint[] {
    return segmentMix(this.db, this.state, settings, segmentation, dates);
  }

  movement(settings: ScoringSettings, beforeAsOf: string, segmentation: SegmentationInput, options: MovementOptions): MovementResult {
    return movement(this.db, this.state, settings, beforeAsOf, segmentation, options);
  }

  movementCustomers(cell: MovementCellKey, limit: number): string[] {
    return movementCustomers(this.db, this.state, cell, limit);
  }

  exportMovementCsv(segmentNames: Record<string, string>, cell?: MovementCellKey): Uint8Array {
    return exportMovement(this.db, this.state, segmentNames, cell);
  }
}
