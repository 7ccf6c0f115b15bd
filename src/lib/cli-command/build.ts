// The `npm run rfm` command that analyses a file the tab cannot hold: the file, the columns and
// import choices the user made, the scoring settings, on native DuckDB. Pure, so every command it
// builds is parsed back by the command line's own parser in a test (test/unit/cli-command.test.ts).

import type { Axis, ColumnMapping, ImportChoices, ImportOptions, ScoringSettings } from '../engine/api';
import { isConfigPresetId } from '../archetypes/presets';
import { NO_QUOTE } from '../import/csv-dialect';
import { EARLIEST_ORDER_DATE } from '../import/format-decision';
import { quotePosix, quotePowerShell } from './quote';

export interface CommandInput {
  /** The file's name as the browser knows it (never its folder). */
  fileName: string;
  /** Only the columns the user chose; the command line guesses the rest from the header, as the page does. */
  columns?: Partial<ColumnMapping>;
  read?: ImportOptions;
  choices?: Partial<ImportChoices>;
  /** Those given; the rest are the command line's defaults, which are the page's (as-of: the day after the last order). */
  settings?: Partial<Pick<ScoringSettings, 'asOf' | 'method' | 'bins' | 'archetypes'>> | null;
  /** The cores to use (navigator.hardwareConcurrency); null: native DuckDB's own default, every core. */
  threads?: number | null;
  /** As --memory-limit takes it: 8GB, 512MB; null: DuckDB's default, 80 % of the machine's memory. */
  memoryLimit?: string | null;
  /** The scores CSV. */
  out: string;
}

/** Choices of the page the command line has no flag for: the command says so rather than dropping them silently. */
export type NotCarried = 'custom-thresholds' | 'archetype-config' | 'statuses';

export interface BuiltCommand {
  /** The arguments after `npm run rfm --`, unquoted: what the command line's parser receives. */
  args: string[];
  /** For sh, bash and zsh (Linux, macOS, WSL, Git Bash). */
  posix: string;
  /** The same, word by word as quoted, for a display that wraps between words rather than inside them. */
  posixWords: string[];
  /** For Windows PowerShell; null when an argument holds a double quote, which PowerShell 5.1 cannot pass on intact. */
  powershell: string | null;
  powershellWords: string[] | null;
  notCarried: NotCarried[];
}

const COLUMN_FLAGS = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'status', 'refunded'] as const satisfies readonly (keyof ColumnMapping)[];
const DELIMITER_WORDS: Record<string, string> = { ',': ',', ';': ';', '|': '|', '\t': 'tab' };
const AXES: readonly Axis[] = ['r', 'f', 'm'];

/** "orders 2024.csv" -> "orders 2024-scores.csv": beside the input's name, never the input itself. */
export function scoresFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt|parquet|xlsx|json|ndjson|jsonl)(\.gz)?$/i, '');
  return `${base}-scores.csv`;
}

export function buildRfmCommand(input: CommandInput): BuiltCommand {
  const args: string[] = [];
  const notCarried: NotCarried[] = [];
  // A value that starts with "-" would be read as the next option: written inline it is a value.
  const flag = (name: string, value?: string) => {
    if (value === undefined) args.push(`--${name}`);
    else if (value.startsWith('-')) args.push(`--${name}=${value}`);
    else args.push(`--${name}`, value);
  };

  // A name starting with "-" is a path relative to the current folder all the same.
  args.push(input.fileName.startsWith('-') ? `./${input.fileName}` : input.fileName);
  flag('engine', 'native');
  if (input.threads != null && input.threads >= 1) flag('threads', String(Math.floor(input.threads)));
  if (input.memoryLimit) flag('memory-limit', input.memoryLimit);

  const columns = input.columns ?? {};
  for (const name of COLUMN_FLAGS) {
    const column = columns[name];
    if (column !== undefined && column !== '') flag(name, column);
  }

  readFlags(input.read ?? {}, flag);
  choiceFlags(input.choices ?? {}, columns.status !== undefined, flag, notCarried);
  settingFlags(input.settings ?? null, flag, notCarried);
  flag('out', input.out.startsWith('-') ? `./${input.out}` : input.out);

  const posixWords = ['npm', 'run', 'rfm', '--', ...args.map(quotePosix)];
  const powershellArgs = args.map(quotePowerShell);
  // PowerShell takes a bare -- as its own end of parameters and npm never sees it; quoted, it is passed on.
  const powershellWords = powershellArgs.every((word) => word !== null) ? ['npm', 'run', 'rfm', "'--'", ...powershellArgs] : null;
  return { args, posix: posixWords.join(' '), posixWords, powershell: powershellWords?.join(' ') ?? null, powershellWords, notCarried };
}

type Flag = (name: string, value?: string) => void;

function readFlags(read: ImportOptions, flag: Flag): void {
  if (read.encoding) flag('encoding', read.encoding);
  if (read.delimiter !== undefined && Object.hasOwn(DELIMITER_WORDS, read.delimiter)) flag('delimiter', DELIMITER_WORDS[read.delimiter]);
  if (read.quote !== undefined) flag('quote', read.quote === NO_QUOTE ? 'none' : read.quote);
  if (read.escape !== undefined && read.escape !== NO_QUOTE) flag('escape', read.escape);
  if (read.header !== undefined) flag('header', read.header ? 'yes' : 'no');
  if (read.sheet !== undefined) flag('sheet', read.sheet);
}

function choiceFlags(choices: Partial<ImportChoices>, hasStatus: boolean, flag: Flag, notCarried: NotCarried[]): void {
  if (choices.dateFormat) flag('date-format', choices.dateFormat);
  else if (choices.dateOrder === 'day-first' || choices.dateOrder === 'month-first') flag('date-format', choices.dateOrder);
  if (choices.decimal === 'point' || choices.decimal === 'comma') flag('decimal', choices.decimal);
  if (choices.dropDuplicates) flag('drop-duplicates');
  if (choices.mergeIdVariants) flag('merge-ids');
  if (choices.earliestDate && choices.earliestDate !== EARLIEST_ORDER_DATE) flag('earliest-date', choices.earliestDate);
  const statuses = choices.excludedStatuses;
  if (!hasStatus || statuses == null) return;
  // --exclude-status is a list split at commas: an empty list, or a status holding a comma, has no spelling.
  if (statuses.length > 0 && statuses.every((s) => s.trim() !== '' && !s.includes(',') && s === s.trim())) flag('exclude-status', statuses.join(','));
  else notCarried.push('statuses');
}

function settingFlags(settings: CommandInput['settings'], flag: Flag, notCarried: NotCarried[]): void {
  if (!settings) return;
  if (settings.asOf) flag('as-of', settings.asOf);
  if (settings.method === 'custom') notCarried.push('custom-thresholds');
  else {
    if (settings.method !== undefined && settings.method !== 'quantile') flag('method', settings.method);
    const bins = settings.bins;
    if (bins && bins.r === bins.f && bins.f === bins.m) {
      if (bins.r !== 5) flag('bins', String(bins.r));
    } else if (bins) for (const axis of AXES) flag(`${axis}-bins`, String(bins[axis]));
  }
  if (settings.archetypes === undefined) return;
  if (!isConfigPresetId(settings.archetypes)) notCarried.push('archetype-config');
  else if (settings.archetypes !== 'default') flag('archetypes', settings.archetypes);
}
