// Command line of `npm run rfm`: argv in, a typed options object or one sentence saying what is
// wrong out. Pure (no file system, no engine), so every combination is unit-tested.

import { parseArgs } from 'node:util';
import type { Axis, ColumnMapping, ImportChoices, ImportOptions } from '../lib/engine/api';
import { EngineError } from '../lib/engine/errors';
import { parseEncodingName } from '../lib/import/encoding';
import { NO_QUOTE } from '../lib/import/csv-dialect';
import { excludedStatusesWith } from '../lib/import/order-status';
import { CONFIG_PRESETS, isConfigPresetId } from '../lib/archetypes/presets';
import { AXES, MAX_BINS, MIN_BINS } from '../lib/rfm/cuts';
import { isIsoDate } from '../lib/rfm/settings';
import { createTranslator } from '../lib/i18n/translate';
import type { TimeUnit } from '../lib/predict/summary';
import { engineOptions, type CliEngine } from './engine-args';

export const USAGE = `Usage: npm run rfm -- FILE [options]

Scores the customers of an order history (CSV, Excel .xlsx, JSON, NDJSON or Parquet) and prints
the summary the page shows, with its import report.

Options:
  --as-of YYYY-MM-DD         orders on or after this day are ignored (default: the day after the last order)
  --method quantile|ntile    quantiles as the R package rfm 0.3.0 (default) or equal-size groups
  --bins N                   scores per axis, ${MIN_BINS} to ${MAX_BINS} (default 5)
  --r-bins N, --f-bins N, --m-bins N
                             scores of one axis; override --bins
  --archetypes ID            segment preset: ${CONFIG_PRESETS.join(' or ')} (default: ${CONFIG_PRESETS[0]})
  --customer COL             customer id column
  --date COL                 order date column
  --amount COL               amount column, or instead:
  --quantity COL --price COL amount = quantity x unit price
  --order COL                order id column (rows with the same id form one order)
  --status COL               order status column: cancelled, refunded, failed, pending, ... orders
                             are not purchases and are left out
  --refunded COL             amount refunded of an order: it counts at its amount less this
  --exclude-status A,B       with --status: only these statuses are left out
  --include-status A,B       with --status: these statuses count as purchases after all
  --out FILE.csv             also write every customer's scores and segment to this CSV file
  --segment NAME             with --out: only the customers of this segment (its name or id, as
                             the summary prints it: "At Risk", at_risk), as the segment page's download
  --import-only              stop after import; with --out, write the data as understood
                             (UTF-8, comma, every column as read) instead of the scores: it
                             needs no customer or other column, only the report after it does
  --rejected FILE.csv        write the rows that could not be used, with row number and reason
  --compare-to YYYY-MM-DD    also score at this earlier date and print who moved between segments
  --out-movement FILE.csv    with --compare-to: write customer_id,segment_before,segment_after
                             (--out-migration, its name before, works too)
  --hold-cuts                with --compare-to: score the earlier date with the later date's cut points
  --survey ANSWERS.csv       survey answers (a Google Forms, Typeform, Yandex Forms or SurveyMonkey
                             export): matched to the customers, NPS per segment printed
  --out-survey FILE.csv      with --survey: segment,responses,promoters,passives,detractors,nps,
                             satisfaction_mean, then one share column per "what matters" option
  --survey-id COL, --survey-nps COL, --survey-satisfaction COL, --survey-matters COL
                             with --survey: its columns (default: guessed from headers and values)
  --email COL, --phone COL   the order file's contact columns an answer's identifier is matched to
                             (e-mail without case or spaces, phone by its digits; else: customer id),
                             and with --plan the columns e-mail and SMS are sent to
  --plan PLAN.json           a channel cascade for one segment: {"segment": NAME, "steps": [{"channel":
                             "email"|"push"|"messenger"|"sms", "price", "charged", "delivery", "read",
                             "response", "fallback"}]}; prints what each step is expected to send,
                             deliver and cost, against SMS to all and every channel to all
  --out-plan RESULT.json     with --plan: write those numbers as JSON
  --out-targets DIR          with --plan: one CSV per step (customer_id, segment, contact, message:
                             a step's "message" template rendered; PLAN.json's "offer" fills {offer})
                             and control.csv, the control group left out of every list
  --control SHARE            with --out-targets: the control group's share (default 10%)
  --seed N                   with --out-targets: the seed of the control group's draw (default 1)
  --push COL, --messenger COL
                             with --plan: the columns of push tokens and messenger ids
  --predict                  fit BG/NBD and Gamma-Gamma and print each segment's predicted purchases
                             and value, with the holdout check when orders follow the calibration end
  --calibration-end YYYY-MM-DD
                             with --predict: fit on the orders up to this day, included (default:
                             the last order date); later orders are the holdout
  --time-unit days|weeks     with --predict: the models' unit of time (default weeks)
  --horizon-days N           with --predict: the days ahead purchases and value are predicted for (default 365)
  --discount-monthly RATE    with --predict: monthly discount of the predicted value, 0.01 or 1% (default 0.01)
  --out-model MODEL.json     with --predict: write the fitted parameters, evidence and reasons
  --out-predictions PRED.csv with --predict: write customer_id,x,t_x,T,p_alive,expected_purchases,
                             expected_spend,predicted_value for every customer
  --churn-days N             churned = no purchase for more than N days (default: the 90th
                             percentile of the days between a customer's purchases)

The engine (the same SQL on either):
  --engine wasm|native       wasm (default): DuckDB-WASM, the page's own engine: one thread, at most
                             4 GB of memory. native: native DuckDB, every core, spills to disk past
                             its memory limit, reads Parquet itself; FILE may then also be a folder
                             or a glob (quoted: "orders/*.parquet") of Parquet files, or of CSV
                             files with one header, read as one table
  --threads N                with --engine native: threads (default: every core)
  --memory-limit SIZE        with --engine native: memory before spilling to disk, as 8GB or 512MB
                             (default: DuckDB's, 80% of the machine's memory)
  --temp-dir DIR             with --engine native: where the run's spill folder is made (default:
                             the system's temporary folder); that folder is removed after

Reading the file (found from its content unless given):
  --encoding NAME            utf-8, utf-16le, utf-16be, windows-1251 (cp1251) or koi8-r
  --delimiter C              , ; | or tab
  --quote C, --escape C      CSV: the quote and escape characters (default: found, else ");
                             --quote none reads every quote as text
  --header yes|no            CSV: whether the first line is a header (--no-header: no)
  --sheet NAME               Excel: the sheet to read (default: the first)
  --date-format FORMAT       day-first, month-first, or a strptime format such as %d.%m.%Y
  --decimal point|comma      the decimal separator of amounts
  --drop-duplicates          drop rows that repeat an earlier row exactly
  --merge-ids                treat customer ids that differ only in case or spaces as one
  --earliest-date YYYY-MM-DD rows dated earlier are placeholders, left out (default 1990-01-01)
  -h, --help                 show this help

Columns not given are guessed from the header, as on the page. An output file that is the input
file or another output is refused before anything is written.`;

export type CliMethod = 'quantile' | 'ntile';

/** A file the run may write, with the flag that named it (the command line refuses one that is the input). */
export interface CliOutput {
  flag: string;
  file: string;
}

export interface CliOptions {
  file: string;
  /** null: the default as-of date of the imported orders. */
  asOf: string | null;
  method: CliMethod;
  bins: Record<Axis, number>;
  archetypes: string;
  /** Only the columns given on the command line; the rest come from the file's guess. */
  columns: Partial<ColumnMapping>;
  out: string | null;
  /** With `out`: only this segment's customers (a name or id as the user typed it; rfm.ts resolves it). */
  segment: string | null;
  importOnly: boolean;
  rejected: string | null;
  read: ImportOptions;
  choices: Partial<ImportChoices>;
  compareTo: string | null;
  outMovement: string | null;
  /** Every file given to an output flag, in the order of USAGE. */
  outputs: CliOutput[];
  holdCuts: boolean;
  /** null: suggested from the data. */
  churnDays: number | null;
  /** --survey and its columns; null without it. */
  survey: CliSurvey | null;
  /** --plan, its output and the contact columns; null without it. */
  plan: CliPlan | null;
  /** --predict and its settings; null without it. */
  predict: CliPredict | null;
  /** --engine and the native engine's settings. */
  engine: CliEngine;
}

export interface CliPredict {
  /** null: the last order date. */
  calibrationEnd: string | null;
  timeUnit: TimeUnit;
  horizonDays: number;
  discountMonthly: number;
  outModel: string | null;
  outPredictions: string | null;
}

export interface CliPlan {
  file: string;
  out: string | null;
  /** --out-targets DIR: the target lists and the control group, drawn with `control` and `seed`. */
  targets: { dir: string; control: number; seed: number } | null;
  contacts: { email?: string; phone?: string; push?: string; messenger?: string };
}

export interface CliSurvey {
  file: string;
  out: string | null;
  /** Only the columns given; the rest are guessed. */
  columns: { id?: string; nps?: string; satisfaction?: string; matters?: string };
  contacts: { email?: string; phone?: string };
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

const OPTIONS = {
  'as-of': { type: 'string' },
  engine: { type: 'string' },
  threads: { type: 'string' },
  'memory-limit': { type: 'string' },
  'temp-dir': { type: 'string' },
  method: { type: 'string' },
  bins: { type: 'string' },
  'r-bins': { type: 'string' },
  'f-bins': { type: 'string' },
  'm-bins': { type: 'string' },
  archetypes: { type: 'string' },
  customer: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'string' },
  quantity: { type: 'string' },
  price: { type: 'string' },
  order: { type: 'string' },
  status: { type: 'string' },
  refunded: { type: 'string' },
  'exclude-status': { type: 'string' },
  'include-status': { type: 'string' },
  out: { type: 'string' },
  segment: { type: 'string' },
  'import-only': { type: 'boolean' },
  rejected: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  quote: { type: 'string' },
  escape: { type: 'string' },
  header: { type: 'string' },
  'no-header': { type: 'boolean' },
  sheet: { type: 'string' },
  'date-format': { type: 'string' },
  decimal: { type: 'string' },
  'drop-duplicates': { type: 'boolean' },
  'merge-ids': { type: 'boolean' },
  'earliest-date': { type: 'string' },
  'compare-to': { type: 'string' },
  'out-movement': { type: 'string' },
  survey: { type: 'string' },
  'out-survey': { type: 'string' },
  'survey-id': { type: 'string' },
  'survey-nps': { type: 'string' },
  'survey-satisfaction': { type: 'string' },
  'survey-matters': { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  plan: { type: 'string' },
  'out-plan': { type: 'string' },
  'out-targets': { type: 'string' },
  control: { type: 'string' },
  seed: { type: 'string' },
  push: { type: 'string' },
  messenger: { type: 'string' },
  'out-migration': { type: 'string' },
  'hold-cuts': { type: 'boolean' },
  'churn-days': { type: 'string' },
  predict: { type: 'boolean' },
  'calibration-end': { type: 'string' },
  'time-unit': { type: 'string' },
  'horizon-days': { type: 'string' },
  'discount-monthly': { type: 'string' },
  'out-model': { type: 'string' },
  'out-predictions': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const METHODS: readonly CliMethod[] = ['quantile', 'ntile'];
const COLUMN_FIELDS = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'status', 'refunded'] as const satisfies readonly (keyof ColumnMapping)[];
const DEFAULT_BINS = 5;

class ArgsError extends Error {}

/** "-5", "-0.5", "-.5", "-10%": what a user types for a number, never the name of an option. */
const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * Non-strict parsing with tokens, checked here: node's own strict errors are several lines
 * long and point at `--` tricks, where one short sentence is what a user needs.
 */
function readValues(argv: readonly string[]): { values: Partial<Record<OptionName, string | true>>; positionals: string[] } {
  const { tokens, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const values: Partial<Record<OptionName, string | true>> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) throw new ArgsError(`unknown option ${token.rawName} (see --help)`);
    if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined) throw new ArgsError(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    // `--bins --as-of 2024-01-01` would otherwise read "--as-of" as the number of bins. A negative
    // number is a value, refused by its flag's own check: "--churn-days -5" needs no value, it has a wrong one.
    const missing = token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-') && !NEGATIVE_NUMBER.test(token.value));
    if (missing) throw new ArgsError(`${token.rawName} needs a value`);
    values[token.name] = token.value;
  }
  return { values, positionals };
}

function binsValue(flag: string, value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= MIN_BINS && n <= MAX_BINS)) throw new ArgsError(`--${flag} must be a whole number from ${MIN_BINS} to ${MAX_BINS}, got "${value}"`);
  return n;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\t': '\t', '\\t': '\t' };

function readOptions(text: (name: OptionName) => string | undefined, noHeader: boolean): ImportOptions {
  const options: ImportOptions = {};
  const encoding = text('encoding');
  if (encoding !== undefined) {
    try {
      options.encoding = parseEncodingName(encoding);
    } catch (error) {
      if (error instanceof EngineError) throw new ArgsError(`--encoding must be utf-8, utf-16le, utf-16be, windows-1251 or koi8-r, got "${encoding}"`);
      throw error;
    }
  }
  const delimiter = text('delimiter');
  if (delimiter !== undefined) {
    if (!Object.hasOwn(DELIMITERS, delimiter)) throw new ArgsError(`--delimiter must be , ; | or tab, got "${delimiter}"`);
    options.delimiter = DELIMITERS[delimiter];
  }
  for (const name of ['quote', 'escape'] as const) {
    const value = text(name);
    if (value === undefined) continue;
    // "none": quoting off, every quote is text (a file whose quote never closes).
    if (name === 'quote' && value === 'none') {
      options.quote = NO_QUOTE;
      continue;
    }
    // One character: DuckDB's reader takes no longer quote or escape.
    if ([...value].length !== 1) throw new ArgsError(`--${name} must be one character${name === 'quote' ? ' or none' : ''}, got "${value}"`);
    options[name] = value;
  }
  const header = text('header') ?? (noHeader ? 'no' : undefined);
  if (header !== undefined) {
    if (header !== 'yes' && header !== 'no') throw new ArgsError(`--header must be yes or no, got "${header}"`);
    options.header = header === 'yes';
  }
  const sheet = text('sheet');
  if (sheet !== undefined) options.sheet = sheet;
  return options;
}

function dateChoice(value: string | undefined): Partial<ImportChoices> {
  if (value === undefined) return {};
  if (value === 'day-first' || value === 'dmy') return { dateOrder: 'day-first' };
  if (value === 'month-first' || value === 'mdy') return { dateOrder: 'month-first' };
  if (/%[dmYyb]/.test(value)) return { dateFormat: value };
  throw new ArgsError(`--date-format must be day-first, month-first or a format such as %d.%m.%Y, got "${value}"`);
}

function decimalValue(value: string): 'point' | 'comma' {
  if (value === 'point' || value === '.') return 'point';
  if (value === 'comma' || value === ',') return 'comma';
  throw new ArgsError(`--decimal must be point or comma, got "${value}"`);
}

function presetValue(value: string): string {
  if (isConfigPresetId(value)) return value;
  const presets = CONFIG_PRESETS.join(' or ');
  if (/\.json$/i.test(value)) throw new ArgsError(`archetype configuration files are not supported yet: use ${presets}`);
  throw new ArgsError(`--archetypes must be ${presets}, got "${value}"`);
}

function toOptions(argv: readonly string[]): CliOptions | 'help' {
  const { values, positionals } = readValues(argv);
  if (values.help) return 'help';
  const text = (name: OptionName): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  if (positionals.length === 0) throw new ArgsError('no input file given (usage: npm run rfm -- FILE [options]; --help lists the options)');
  if (positionals.length > 1) throw new ArgsError(`one input file expected, got ${positionals.length}: ${positionals.join(', ')}`);

  const asOf = text('as-of') ?? null;
  if (asOf !== null && !isIsoDate(asOf)) throw new ArgsError(`--as-of must be a calendar date as YYYY-MM-DD, got "${asOf}"`);

  const method = text('method') ?? 'quantile';
  if (!METHODS.includes(method as CliMethod)) throw new ArgsError(`--method must be ${METHODS.join(' or ')}, got "${method}"`);

  const all = text('bins');
  const allBins = all === undefined ? DEFAULT_BINS : binsValue('bins', all);
  const bins = Object.fromEntries(
    AXES.map((axis) => {
      const value = text(`${axis}-bins`);
      return [axis, value === undefined ? allBins : binsValue(`${axis}-bins`, value)];
    }),
  ) as Record<Axis, number>;

  const columns: Partial<ColumnMapping> = {};
  for (const field of COLUMN_FIELDS) {
    const value = text(field);
    if (value !== undefined) columns[field] = value;
  }
  if (columns.amount !== undefined && (columns.quantity !== undefined || columns.price !== undefined)) {
    throw new ArgsError('--amount cannot be combined with --quantity or --price: give either the amount or quantity and price');
  }
  if ((columns.quantity === undefined) !== (columns.price === undefined)) {
    throw new ArgsError('--quantity and --price go together: give both, or --amount instead');
  }

  const compareTo = text('compare-to') ?? null;
  if (compareTo !== null && !isIsoDate(compareTo)) throw new ArgsError(`--compare-to must be a calendar date as YYYY-MM-DD, got "${compareTo}"`);
  // Two names for one option: with both, one file would be silently ignored.
  if (text('out-movement') !== undefined && text('out-migration') !== undefined) {
    throw new ArgsError('--out-movement and --out-migration are one option: give it once');
  }
  const movementFlag = text('out-movement') !== undefined ? '--out-movement' : '--out-migration';
  const movementText = text('out-movement') ?? text('out-migration');
  if (compareTo === null && movementText !== undefined) throw new ArgsError('--out-movement needs --compare-to YYYY-MM-DD');
  if (compareTo === null && values['hold-cuts'] === true) throw new ArgsError('--hold-cuts needs --compare-to YYYY-MM-DD');
  const churnText = text('churn-days');
  // Digits only: Number() would take "0x10", "1e3" and " " (as 0) for numbers of days.
  const churnDays = churnText === undefined ? null : /^\d+$/.test(churnText.trim()) ? Number(churnText.trim()) : NaN;
  if (churnDays !== null && !(Number.isInteger(churnDays) && churnDays > 0)) {
    throw new ArgsError(`--churn-days must be a positive whole number of days, got "${churnText}"`);
  }

  const earliestDate = text('earliest-date');
  if (earliestDate !== undefined && !isIsoDate(earliestDate)) {
    throw new ArgsError(`--earliest-date must be a calendar date as YYYY-MM-DD, got "${earliestDate}"`);
  }

  const statusList = (name: OptionName) => text(name)?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const excludeStatus = statusList('exclude-status');
  const includeStatus = statusList('include-status');
  if ((excludeStatus || includeStatus) && columns.status === undefined) {
    throw new ArgsError('--exclude-status and --include-status need --status COL, the column of order statuses');
  }
  const excludedStatuses = excludedStatusesWith(excludeStatus ?? null, includeStatus ?? []);

  const importOnly = values['import-only'] === true;
  if (importOnly && text('out') === undefined && text('rejected') === undefined) {
    throw new ArgsError('--import-only needs --out FILE.csv (the data as understood) or --rejected FILE.csv');
  }

  const plan = planOptions(text);
  const predict = predictOptions(text, values.predict === true);
  const survey = surveyOptions(text, plan !== null);
  const segment = text('segment');
  if (segment !== undefined && (text('out') === undefined || importOnly)) {
    throw new ArgsError('--segment needs --out FILE.csv, where that segment\'s customers are written (not with --import-only)');
  }
  if (segment !== undefined && segment.trim() === '') throw new ArgsError('--segment needs a segment name, for example --segment "At Risk"');

  const outputs: CliOutput[] = [];
  for (const [flag, file] of [['--out', text('out')], ['--rejected', text('rejected')], [movementFlag, movementText], ['--out-survey', survey?.out ?? undefined], ['--out-plan', plan?.out ?? undefined], ['--out-model', predict?.outModel ?? undefined], ['--out-predictions', predict?.outPredictions ?? undefined]] as const) {
    if (file !== undefined) outputs.push({ flag, file });
  }

  return {
    file: positionals[0],
    importOnly,
    rejected: text('rejected') ?? null,
    read: readOptions(text, values['no-header'] === true),
    choices: {
      ...dateChoice(text('date-format')),
      ...(text('decimal') === undefined ? {} : { decimal: decimalValue(text('decimal')!) }),
      dropDuplicates: values['drop-duplicates'] === true,
      mergeIdVariants: values['merge-ids'] === true,
      ...(earliestDate === undefined ? {} : { earliestDate }),
      ...(excludedStatuses === null ? {} : { excludedStatuses }),
    },
    asOf,
    method: method as CliMethod,
    bins,
    archetypes: presetValue(text('archetypes') ?? CONFIG_PRESETS[0]),
    columns,
    out: text('out') ?? null,
    segment: segment ?? null,
    compareTo,
    outMovement: movementText ?? null,
    outputs,
    holdCuts: values['hold-cuts'] === true,
    churnDays,
    survey,
    plan,
    predict,
    engine: engineOptions(text, en, (message) => {
      throw new ArgsError(message);
    }),
  };
}

/** The command line's own messages about --predict's flags, from the catalog (cli.predict.*). */
const en = createTranslator('en');

/** Ten years: beyond that a horizon says more about the model's assumptions than about the customers. */
export const MAX_HORIZON_DAYS = 3650;

/** --predict and the flags that go with it; those without it are refused. */
function predictOptions(text: (name: OptionName) => string | undefined, predict: boolean): CliPredict | null {
  const flags = ['calibration-end', 'time-unit', 'horizon-days', 'discount-monthly', 'out-model', 'out-predictions'] as const;
  if (!predict) {
    const given = flags.find((n) => text(n) !== undefined);
    if (given) throw new ArgsError(en('cli.predict.needsPredict', { flag: `--${given}` }));
    return null;
  }
  const calibrationEnd = text('calibration-end') ?? null;
  if (calibrationEnd !== null && !isIsoDate(calibrationEnd)) throw new ArgsError(en('cli.predict.badCalibrationEnd', { value: calibrationEnd }));
  const unit = text('time-unit') ?? 'weeks';
  if (unit !== 'days' && unit !== 'weeks') throw new ArgsError(en('cli.predict.badTimeUnit', { value: unit }));
  const horizonText = text('horizon-days');
  const horizonDays = horizonText === undefined ? 365 : /^\d+$/.test(horizonText.trim()) ? Number(horizonText.trim()) : NaN;
  if (!(horizonDays >= 1 && horizonDays <= MAX_HORIZON_DAYS)) throw new ArgsError(en('cli.predict.badHorizon', { value: horizonText ?? '', max: String(MAX_HORIZON_DAYS) }));
  return {
    calibrationEnd,
    timeUnit: unit,
    horizonDays,
    discountMonthly: discountRate(text('discount-monthly')),
    outModel: text('out-model') ?? null,
    outPredictions: text('out-predictions') ?? null,
  };
}

/** "0.01" or "1%"; default 1 % a month. Up to 50 % a month: more is no discount rate but a typo. */
function discountRate(value: string | undefined): number {
  if (value === undefined) return 0.01;
  const trimmed = value.trim();
  const percent = trimmed.endsWith('%');
  const n = /^\d+(\.\d+)?$|^\.\d+$/.test(trimmed.replace(/%$/, '')) ? Number(trimmed.replace(/%$/, '')) : NaN;
  const rate = percent ? n / 100 : n;
  if (!(rate >= 0 && rate <= 0.5)) throw new ArgsError(en('cli.predict.badDiscount', { value }));
  return rate;
}

const defined = <T extends Record<string, string | undefined>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };

/** --plan and the flags that go with it; those without it are refused. */
function planOptions(text: (name: OptionName) => string | undefined): CliPlan | null {
  const file = text('plan');
  if (file === undefined) {
    const given = (['out-plan', 'out-targets', 'control', 'seed', 'push', 'messenger'] as const).find((n) => text(n) !== undefined);
    if (given) throw new ArgsError(`--${given} needs --plan PLAN.json`);
    return null;
  }
  const dir = text('out-targets');
  const given = (['control', 'seed'] as const).find((n) => text(n) !== undefined);
  if (dir === undefined && given) throw new ArgsError(`--${given} needs --out-targets DIR, where the target lists and the control group are written`);
  const targets = dir === undefined ? null : { dir, control: controlShare(text('control')), seed: seedValue(text('seed')) };
  return { file, out: text('out-plan') ?? null, targets, contacts: defined({ email: text('email'), phone: text('phone'), push: text('push'), messenger: text('messenger') }) };
}

/** "10%", "0.1" or "10" (a percent above 1); default 10 %. Half the segment at most: the rest is the campaign. */
function controlShare(value: string | undefined): number {
  if (value === undefined) return 0.1;
  const number = value.trim().replace(/%$/, '');
  // A decimal number only: Number() would read "0x10" as 16 and " " as 0.
  const n = /^\d+(\.\d+)?$|^\.\d+$/.test(number) ? Number(number) : NaN;
  const share = value.trim().endsWith('%') || n > 1 ? n / 100 : n;
  if (!(Number.isFinite(share) && share >= 0 && share <= 0.5)) throw new ArgsError(`--control must be a share from 0 to 0.5 (or 0% to 50%), got "${value}"`);
  return share;
}

/** The seed of the control group's draw, shown in the output so the same group can be drawn again. */
function seedValue(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^\d{1,10}$/.test(value.trim())) throw new ArgsError(`--seed must be a whole number, got "${value}"`);
  return Number(value.trim());
}

/** --survey and the flags that go with it; those without it are refused. */
function surveyOptions(text: (name: OptionName) => string | undefined, withPlan: boolean): CliSurvey | null {
  const file = text('survey');
  // --email and --phone also name the columns a plan sends to.
  const contacts = withPlan ? [] : (['email', 'phone'] as const);
  const given = (['out-survey', 'survey-id', 'survey-nps', 'survey-satisfaction', 'survey-matters', ...contacts] as const).filter((n) => text(n) !== undefined);
  if (file === undefined) {
    if (given.length > 0) throw new ArgsError(`--${given[0]} needs --survey ANSWERS.csv`);
    return null;
  }
  return {
    file,
    out: text('out-survey') ?? null,
    columns: defined({ id: text('survey-id'), nps: text('survey-nps'), satisfaction: text('survey-satisfaction'), matters: text('survey-matters') }),
    contacts: defined({ email: text('email'), phone: text('phone') }),
  };
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  try {
    const options = toOptions(argv);
    return options === 'help' ? { kind: 'help' } : { kind: 'run', options };
  } catch (error) {
    if (error instanceof ArgsError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/**
 * The file's guessed mapping with the given columns laid over it. Giving an amount drops a
 * guessed quantity and price and vice versa, and a guessed field that would share a column
 * the user gave to another field is dropped, so the user's choice never collides with a guess.
 */
export function resolveMapping(guess: Partial<ColumnMapping>, given: Partial<ColumnMapping>): Partial<ColumnMapping> {
  const guessed: Partial<ColumnMapping> = { ...guess };
  if (given.amount !== undefined) {
    delete guessed.quantity;
    delete guessed.price;
  }
  if (given.quantity !== undefined || given.price !== undefined) delete guessed.amount;
  const chosen = new Set(Object.values(given));
  for (const field of COLUMN_FIELDS) {
    const column = guessed[field];
    if (column !== undefined && given[field] === undefined && chosen.has(column)) delete guessed[field];
  }
  const mapping: Partial<ColumnMapping> = {};
  for (const field of COLUMN_FIELDS) {
    const column = given[field] ?? guessed[field];
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}
