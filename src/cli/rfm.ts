// `npm run rfm -- FILE [options]`: the page's analysis in a terminal, on the same engine and SQL.
// Exit codes: 0 done, 2 the input or the options are wrong (one line on stderr saying what),
// 1 an internal error (one line too: a stack trace helps nobody who typed a file name), 3 --predict
// could not fit the models on these orders (every customer bought once, no orders before the
// calibration end, a fit that did not settle): the input is valid, the data cannot support a
// prediction, and the reasons are printed on stderr.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ColumnInfo, ColumnMapping, ScoringSettings } from '../lib/engine/api';
import type { NodeDatabase } from '../worker/database';
import { EngineError, reasonOf } from '../lib/engine/errors';
import { createTranslator } from '../lib/i18n/translate';
import { keyOf, messageKey } from '../lib/i18n/keys';
import { defaultSettings } from '../lib/rfm/settings';
import { parseCliArgs, resolveMapping, USAGE, type CliOptions } from './args';
import { createNodeDatabase, engineOn } from './duckdb-node';
import { findPathClash } from './output-paths';
import { isGlob, ManyFilesError, openFile } from './open-file';
import { TempDirectoryError } from './native/native-database';
import { cliConfig, englishArchetypeNames, exportLine, segmentExportLine, segmentIdNamed, importSummaryLines, movementLines, summaryLines } from './summary-text';
import { CHURN_QUANTILE, churnDaysFrom } from '../lib/value/churn';
import { movementSummary } from '../lib/movement/movement-summary';
import { localToday } from '../lib/dates';
import { rejectedReasons, rejectedRows } from '../lib/import/report-items';
import { segmentationInput } from '../lib/archetypes/segment';
import { runSurvey, SurveyColumnError } from './survey-command';
import { checkPlanFile, PlanInputError, runPlan } from './plan-command';
import { runTargets, type TargetFile } from './targets-command';
import { PredictInputError, runPredict } from './predict-command';

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;
const EXIT_NO_PREDICTION = 3;

/** A problem the user can fix; its message is the whole line printed. */
class InputError extends Error {}

/** --predict ran, but the models cannot be fitted on these orders; its message is the lines printed. */
class NoPredictionError extends Error {}

const t = createTranslator('en');

/** Where the page offers a choice on its mapping screen, the command line has a flag. */
const CLI_ANSWERS: Partial<Record<EngineError['code'], string>> = {
  date_order_ambiguous: 'Give --date-format day-first or --date-format month-first.',
  number_format_ambiguous: 'Give --decimal point or --decimal comma.',
  encoding_mismatch: 'Give --encoding windows-1251, koi8-r, utf-16le or utf-16be.',
};

function engineErrorLine(error: EngineError, columns: ColumnInfo[] | null): string {
  const message = t(keyOf('error', error.code), error.details);
  const parts = [message];
  if (error.code === 'mapping_invalid') {
    const problem = messageKey('mapping.problem', String(error.details.problem));
    if (problem) parts.push(t(problem, error.details));
    const flag = error.details.field === 'amount' ? '--amount (or --quantity and --price)' : `--${error.details.field}`;
    parts.push(`Give the column with ${flag}${columns ? `; the file's columns are ${columns.map((c) => c.name).join(', ')}` : ''}.`);
  }
  const flag = CLI_ANSWERS[error.code];
  if (flag) parts.push(flag);
  if (typeof error.details.reason === 'string') parts.push(t('error.technical', { reason: reasonOf(error.details.reason) }));
  return parts.join(' ');
}

/** `folder`: a folder is an input too (native DuckDB reads its Parquet files as one table; open-file.ts). */
function checkInputFile(file: string, folder = false): void {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new InputError(`file not found: ${file}`);
  }
  if (!stats.isFile() && !(folder && stats.isDirectory())) throw new InputError(`not a file: ${file}`);
}

const MANY_FILES_KEYS = { 'needs-native': 'cli.engine.manyNeedNative', mixed: 'cli.engine.manyMixed', none: 'cli.engine.manyNone', 'headers-differ': 'cli.engine.headersDiffer' } as const;

function writeOutput(out: string, bytes: Uint8Array): void {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new InputError(`could not write ${out}: ${reasonOf(error)}`);
  }
}

/** The folder is made if it does not exist; a file of that name is refused. */
function writeTargetFiles(dir: string, files: readonly TargetFile[]): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`could not make the folder ${dir}: ${reasonOf(error)}`);
  }
  for (const file of files) writeOutput(path.join(dir, file.name), file.bytes);
}

const REJECTED_REASONS = rejectedReasons(t);

/** Before any work, so that a refused run has written nothing. */
function checkOutputPaths(options: CliOptions): void {
  const clash = findPathClash(options.file, options.outputs);
  if (clash?.kind === 'input') throw new InputError(t('cli.outputIsInput', { flag: clash.flag, file: clash.file, input: options.file }));
  if (clash?.kind === 'outputs') throw new InputError(t('cli.outputsClash', { first: clash.flags[0], second: clash.flags[1], file: clash.file }));
}

async function run(options: CliOptions, print: (line: string) => void): Promise<void> {
  // A glob is DuckDB's to expand (open-file.ts).
  if (!isGlob(options.file)) checkInputFile(options.file, true);
  if (options.survey) checkInputFile(options.survey.file);
  if (options.plan) {
    checkInputFile(options.plan.file);
    try {
      checkPlanFile(options.plan, t);
    } catch (error) {
      if (error instanceof PlanInputError) throw new InputError(error.message);
      throw error;
    }
  }
  checkOutputPaths(options);
  const database = await createNodeDatabase(options.engine.kind, options.engine.native).catch((error: unknown) => {
    if (error instanceof TempDirectoryError) throw new InputError(t('cli.engine.tempDirUnusable', { dir: error.dir, reason: error.reason }));
    throw error;
  });
  try {
    await analyse(options, print, database);
  } finally {
    database.close();
  }
}

async function analyse(options: CliOptions, print: (line: string) => void, database: NodeDatabase): Promise<void> {
  const engine = engineOn(database);
  let columns: ColumnInfo[] | null = null;
  try {
    const dataset = await openFile(engine, database, options.file, options.read);
    columns = dataset.columns;
    // The data as understood: after the import, which may settle how the file is read (a quote
    // that never closes: quoting off), or without it when there is no mapping, so it helps exactly
    // when the mapping fails.
    const writeSource = () => {
      if (!options.importOnly || options.out === null) return;
      writeOutput(options.out, engine.exportSourceCsv());
      print(t('cli.wroteSource', { file: options.out, columns: dataset.columns.length }));
    };
    const mapping = resolveMapping(dataset.guess, options.columns);
    // prepare() checks the mapping itself and names the missing or wrong column.
    const prepareLines = () => engine.prepare(mapping as ColumnMapping, { ...options.choices, today: localToday() });
    let imported: ReturnType<typeof prepareLines>;
    try {
      imported = prepareLines();
    } catch (error) {
      // Writing the data as understood needs no mapping: it is done, so the run succeeded; only
      // the import report, which judges rows by the mapping, is missing. Rows not used are judged
      // by the mapping too, so --rejected still fails without one.
      if (error instanceof EngineError && error.code !== 'engine_failed') writeSource();
      const written = options.importOnly && options.out !== null && options.rejected === null;
      if (!written || !(error instanceof EngineError) || error.code === 'engine_failed') throw error;
      print(t('cli.noImportReport', { reason: engineErrorLine(error, columns) }));
      return;
    }
    writeSource();
    if (options.rejected !== null) {
      writeOutput(options.rejected, engine.exportRejectedCsv(REJECTED_REASONS));
      print(t('cli.wroteRejected', { file: options.rejected, count: rejectedRows(imported) }));
    }
    const settings: ScoringSettings = {
      ...defaultSettings(options.asOf ?? imported.defaultAsOf),
      method: options.method,
      bins: options.bins,
      archetypes: options.archetypes,
    };
    if (options.importOnly) {
      for (const line of importSummaryLines({ dataset, mapping, imported })) print(line);
      return;
    }
    if (options.compareTo !== null && !(options.compareTo < settings.asOf)) {
      throw new InputError(t('cli.compareToLate', { compareTo: options.compareTo, asOf: settings.asOf }));
    }
    const segmentation = segmentationInput(cliConfig(settings));
    const result = engine.score(settings, segmentation);
    for (const line of summaryLines({ dataset, mapping, imported, result })) print(line);

    if (options.out !== null) {
      const names = englishArchetypeNames(settings);
      const segment = options.segment === null ? null : segmentIdNamed(options.segment, names);
      if (options.segment !== null && segment === null) {
        throw new InputError(`--segment "${options.segment}" is no segment of this analysis; its segments: ${Object.values(names).join(', ')}`);
      }
      writeOutput(options.out, engine.exportScoresCsv(settings, segmentation, names, segment ?? undefined));
      print('');
      if (segment === null) print(exportLine(options.out, result.summary.customers));
      else print(segmentExportLine(options.out, names[segment], result.segments.find((s) => s.segment === segment)?.customers ?? 0));
    }
    if (options.survey !== null) {
      const survey = runSurvey(engine, database, options.survey, settings, segmentation, englishArchetypeNames(settings), t);
      print('');
      for (const line of survey.lines) print(line);
      if (options.survey.out !== null && survey.csv) {
        writeOutput(options.survey.out, survey.csv);
        print(t('cli.wroteSurvey', { file: options.survey.out, count: survey.results.segments.length }));
      }
    }
    if (options.plan !== null) {
      const plan = runPlan(engine, dataset, options.plan, settings, segmentation, englishArchetypeNames(settings), t);
      print('');
      for (const line of plan.lines) print(line);
      if (options.plan.out !== null && plan.json) {
        writeOutput(options.plan.out, plan.json);
        print(t('cli.wrotePlan', { file: options.plan.out }));
      }
      const targets = options.plan.targets;
      if (targets !== null) {
        const segmentName = englishArchetypeNames(settings)[plan.segment] ?? plan.segment;
        const made = runTargets(engine, { ...options.plan, targets }, plan.file, { id: plan.segment, name: segmentName }, plan.result, settings, segmentation, t);
        for (const line of made.lines) print(line);
        writeTargetFiles(targets.dir, made.files);
        print(t('cli.wroteTargets', { count: made.files.length, dir: targets.dir }));
      }
    }
    if (options.predict !== null) {
      const predict = runPredict(engine, options.predict, settings, segmentation, englishArchetypeNames(settings), t);
      print('');
      for (const line of predict.lines) print(line);
      if (predict.failure) throw new NoPredictionError(predict.failure.join('\n'));
      if (options.predict.outModel !== null) {
        writeOutput(options.predict.outModel, predict.model);
        print(t('cli.predict.wroteModel', { file: options.predict.outModel }));
      }
      if (options.predict.outPredictions !== null && predict.predictions) {
        writeOutput(options.predict.outPredictions, predict.predictions);
        print(t('cli.predict.wrotePredictions', { file: options.predict.outPredictions, count: predict.result.customerIds.length }));
      }
    }
    if (options.compareTo !== null) {
      const suggestion = options.churnDays === null ? engine.suggestChurnDays(settings.asOf, CHURN_QUANTILE) : null;
      const churnDays = options.churnDays ?? churnDaysFrom(suggestion);
      const movement = engine.movement(settings, options.compareTo, segmentation, { holdCuts: options.holdCuts, churnDays });
      print('');
      for (const line of movementLines(movement, cliConfig(settings), suggestion)) print(line);
      if (options.outMovement !== null) {
        writeOutput(options.outMovement, engine.exportMovementCsv(englishArchetypeNames(settings)));
        print(t('cli.wroteMovement', { file: options.outMovement, count: movementSummary(movement.cells, []).total }));
      }
    }
  } catch (error) {
    if (error instanceof ManyFilesError) throw new InputError(t(MANY_FILES_KEYS[error.kind], { input: error.input, file: error.file }));
    if (error instanceof SurveyColumnError || error instanceof PlanInputError || error instanceof PredictInputError) throw new InputError(error.message);
    if (error instanceof EngineError && error.code !== 'engine_failed') throw new InputError(engineErrorLine(error, columns));
    throw error;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    await run(parsed.options, (line) => process.stdout.write(`${line}\n`));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof NoPredictionError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_NO_PREDICTION;
    }
    process.stderr.write(`internal error: ${reasonOf(error)}\n`);
    return EXIT_INTERNAL;
  }
}

process.exitCode = await main(process.argv.slice(2));
