// Getting a file to the point where it can be scored: the size warning, reading the file (or the
// demo shop), reading it again with other options, the column mapping and import choices, and
// building its orders. Also rebuilds an analysis in a fresh engine after a cancelled read.

import type { EngineHost } from '../../app/engine-host.svelte';
import type { ChannelContacts, ColumnMapping, DatasetInfo, ImportChoices, ImportOptions, ImportSummary, StatusValues } from '../../lib/engine/api';
import { detectFileKind } from '../../lib/engine/file-kind';
import { localToday } from '../../lib/dates';
import { defaultImportChoices } from '../../lib/import/format-decision';
import { guessContactColumns } from '../../lib/import/contact-columns';
import { contactsIn } from '../../lib/mapping/contact-columns-check';
import { bytesPerRowOfHead } from '../../lib/import/progress';
import { checkSize, deviceMemoryOf, type SizeCheck } from '../../lib/import/size-check';
import { mark } from '../../lib/marks';
import type { CommandFile } from '../command-line/command-file';
import { recallMappingAndStatuses, rememberMapping } from '../../lib/storage/preferences';

/** The demo shop opened from the import screen; the Survey tab asks for the same shop's survey. */
export const DEMO_SEED = 42;

/** Statuses the mapping screen lists at most; a column with more is most likely not a status. */
export const STATUS_LIST_LIMIT = 30;

/** Bytes sampled from a chosen file's start for the size check and the rows estimate. */
const HEAD_SAMPLE_BYTES = 64 * 1024;

/** Where a dataset came from, kept so a fresh engine can read it again (after a cancel). */
export type SourceRef = { kind: 'file'; file: File; bytesPerRow: number | null } | { kind: 'demo' } | { kind: 'kept'; id: string };

type FileSource = Extract<SourceRef, { kind: 'file' }>;

/** A file the size check expects to be too large: the user decides whether to read it. */
export interface SizeWarning {
  file: File;
  source: FileSource;
  check: SizeCheck;
}

/** Where the contact columns the mapping screen starts from came from: the file's guess, or what was confirmed for its shape before. */
export interface ContactSuggestion {
  source: 'guess' | 'remembered';
  contacts: ChannelContacts;
}

/** A file read into orders: enough to score it, and to build it again in a fresh engine. */
export interface Prepared {
  source: SourceRef;
  dataset: DatasetInfo;
  mapping: ColumnMapping;
  /** The order file's contact columns for the channel cascade (none: no channel can reach anyone). */
  contacts: ChannelContacts;
  summary: ImportSummary;
}

export class ImportFlow {
  /** The file being mapped. */
  #dataset = $state.raw<DatasetInfo | null>(null);
  #mapping = $state.raw<Partial<ColumnMapping>>({});
  #contacts = $state.raw<ChannelContacts>({});
  #contactSuggestion = $state.raw<ContactSuggestion>({ source: 'guess', contacts: {} });
  /** Choices for the next analysis of the dataset; each new file starts from the defaults. */
  #choices = $state.raw<ImportChoices>(defaultImportChoices());
  /** Reading overrides the dataset was opened with. */
  #readOptions = $state.raw<ImportOptions>({});
  #sizeWarning = $state.raw<SizeWarning | null>(null);
  /** The file whose read or build ran out of memory last, with what was chosen for it: the command line's command is built from it. */
  #tooLarge = $state.raw<CommandFile | null>(null);
  #source: SourceRef | null = null;
  readonly #host: EngineHost;

  constructor(host: EngineHost) {
    this.#host = host;
  }

  get dataset(): DatasetInfo | null {
    return this.#dataset;
  }
  get mapping(): Partial<ColumnMapping> {
    return this.#mapping;
  }
  get choices(): ImportChoices {
    return this.#choices;
  }
  get contacts(): ChannelContacts {
    return this.#contacts;
  }
  /** What the contact choices started from, so the screen can say per column whether it was guessed. */
  get contactSuggestion(): ContactSuggestion {
    return this.#contactSuggestion;
  }
  get readOptions(): ImportOptions {
    return this.#readOptions;
  }
  get sizeWarning(): SizeWarning | null {
    return this.#sizeWarning;
  }
  get tooLarge(): CommandFile | null {
    return this.#tooLarge;
  }

  setMapping(patch: Partial<ColumnMapping>): void {
    // The statuses chosen are another column's: the new one starts from the default rule.
    if ('status' in patch && patch.status !== this.#mapping.status) this.#choices = { ...this.#choices, excludedStatuses: null };
    this.#mapping = { ...this.#mapping, ...patch };
  }

  /** A contact column confirmed or cleared (undefined) on the mapping screen. */
  setContacts(patch: Partial<ChannelContacts>): void {
    const next: ChannelContacts = { ...this.#contacts, ...patch };
    for (const kind of Object.keys(next) as (keyof ChannelContacts)[]) if (next[kind] === undefined) delete next[kind];
    this.#contacts = next;
  }

  setChoices(patch: Partial<ImportChoices>): void {
    this.#choices = { ...this.#choices, ...patch };
  }

  /** The statuses of a column of the file being mapped, for the choice of those that count as purchases. */
  statusValues(column: string): Promise<StatusValues> {
    return this.#host.query((engine) => engine.statusValues(column, STATUS_LIST_LIMIT));
  }

  dismissWarning(): boolean {
    const had = this.#sizeWarning !== null;
    this.#sizeWarning = null;
    return had;
  }

  /** Samples the file's head and warns before reading a file the tab probably cannot hold; true when it was read. */
  async chooseFile(file: File): Promise<boolean> {
    this.#sizeWarning = null;
    this.#tooLarge = null;
    const head = await file
      .slice(0, HEAD_SAMPLE_BYTES)
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer))
      .catch(() => null);
    // An unreadable head is the engine's to report, with its specific message.
    const kind = head ? detectFileKind(file.name, file.size, head) : null;
    const bytesPerRow = head && kind === 'csv' ? bytesPerRowOfHead(head) : null;
    const source: FileSource = { kind: 'file', file, bytesPerRow };
    if (kind === 'csv' || kind === 'parquet') {
      const check = checkSize({ sizeBytes: file.size, format: kind, deviceMemoryGb: deviceMemoryOf(globalThis.navigator), bytesPerRow });
      if (check.verdict !== 'ok') {
        this.#sizeWarning = { file, source, check };
        return false;
      }
    }
    return this.#openFile(source);
  }

  /** Reads the file the size warning is about anyway. */
  confirmLarge(): Promise<boolean> {
    const warning = this.#sizeWarning;
    this.#sizeWarning = null;
    return warning ? this.#openFile(warning.source) : Promise.resolve(false);
  }

  /** The same file read with other options, keeping the user's column and import choices. */
  reopen(options: ImportOptions): Promise<boolean> {
    const source = this.#source;
    return source?.kind === 'file' ? this.#openFile(source, options, true) : Promise.resolve(false);
  }

  openDemo(): Promise<boolean> {
    this.#sizeWarning = null;
    return this.#open({ kind: 'demo' }, () => this.#host.run('opening', (engine) => engine.openDemo(DEMO_SEED)));
  }

  /** Builds the orders of the dataset under the mapping; null when refused (the banner says why). */
  async prepare(): Promise<Prepared | null> {
    const dataset = this.#dataset;
    const source = this.#source;
    if (!dataset || !source) return null;
    mark('analyse');
    const mapping = { ...this.#mapping } as ColumnMapping;
    const bytesPerRow = source.kind === 'file' ? source.bytesPerRow : null;
    const progress = this.#host.watchProgress('preparing', dataset.fileName, dataset.sizeBytes, bytesPerRow);
    // Today is the device's date at the moment of analysis: rows dated later are future dates.
    const choices: ImportChoices = { ...this.#choices, today: localToday() };
    const readOptions = this.#readOptions;
    const summary = await this.#host.run('preparing', (engine) => engine.prepare(mapping, choices, progress));
    if (!summary) {
      if (source.kind === 'file') this.#noteTooLarge(source, { columns: mapping, read: readOptions, choices });
      return null;
    }
    mark('prepared');
    const contacts = { ...this.#contacts };
    void rememberMapping(dataset.signature, dataset.fileName, mapping, choices.excludedStatuses, contacts).catch(() => undefined);
    return { source, dataset, mapping, contacts, summary };
  }

  /** A kept dataset (or a rebuilt analysis) is what the mapping screen shows next. */
  adopt(prepared: Prepared): void {
    this.#source = prepared.source;
    this.#dataset = prepared.dataset;
    this.#mapping = { ...prepared.mapping };
    this.#contacts = { ...prepared.contacts };
    this.#contactSuggestion = { source: 'remembered', contacts: { ...prepared.contacts } };
    // Summaries kept before a choice existed (earliestDate) take its default.
    this.#choices = { ...defaultImportChoices(), ...prepared.summary.choices };
    this.#readOptions = {};
  }

  /** Reads `earlier` into the engine again, the way it was read, and builds its orders (after a cancel). */
  async reread(earlier: Prepared, current: () => boolean, loadKept: (id: string) => Promise<unknown>): Promise<void> {
    this.adopt(earlier);
    const { source, dataset, mapping, summary } = earlier;
    const engine = this.#host.engine;
    if (source.kind === 'kept') {
      await loadKept(source.id);
      return;
    }
    if (source.kind === 'demo') await engine.openDemo(DEMO_SEED);
    else {
      const { encoding, dialect, sheet } = dataset;
      await engine.openFile(source.file, undefined, { encoding: encoding?.used, delimiter: dialect?.delimiter, sheet: sheet ?? undefined });
    }
    if (current()) await engine.prepare(mapping, summary.choices);
  }

  forget(): void {
    this.#source = null;
    this.#dataset = null;
    this.#sizeWarning = null;
  }

  async #openFile(source: FileSource, options: ImportOptions = {}, reopen = false): Promise<boolean> {
    const { file, bytesPerRow } = source;
    // Read again with other options, the file keeps the columns and choices made for it.
    const chosen = reopen ? { columns: { ...this.#mapping }, read: options, choices: this.#choices } : null;
    const progress = this.#host.watchProgress('reading', file.name, file.size, bytesPerRow);
    const opened = await this.#open(source, () => this.#host.run('opening', (engine) => engine.openFile(file, progress, options)), options, reopen);
    if (!opened) this.#noteTooLarge(source, chosen);
    return opened;
  }

  /** After a failed request: when it ran out of memory, what the command line needs to analyse the file instead. */
  #noteTooLarge({ file, bytesPerRow }: FileSource, chosen: CommandFile['chosen']): void {
    if (this.#host.error?.code !== 'too_large') return;
    this.#tooLarge = { name: file.name, sizeBytes: file.size, format: /\.parquet$/i.test(file.name) ? 'parquet' : 'csv', bytesPerRow, chosen };
  }

  async #open(source: SourceRef, read: () => Promise<DatasetInfo | null>, options: ImportOptions = {}, reopen = false): Promise<boolean> {
    mark('file-chosen');
    const dataset = await read();
    if (!dataset) return false;
    mark('file-read');
    const names = new Set(dataset.columns.map((c) => c.name));
    const keep = reopen && Object.values(this.#mapping).every((column) => column === undefined || names.has(column));
    this.#dataset = dataset;
    this.#source = source;
    this.#readOptions = options;
    if (!reopen) this.#choices = defaultImportChoices();
    if (keep) {
      this.#contacts = contactsIn(this.#contacts, names);
      return true;
    }
    const remembered = await recallMappingAndStatuses(dataset.signature).catch(() => null);
    this.#mapping = remembered?.mapping ?? { ...dataset.guess };
    const taken = new Set(Object.values(this.#mapping).filter((c): c is string => c !== undefined));
    // Confirmed before for this file shape: those columns (the ones this file has), not a new guess.
    this.#contactSuggestion = remembered?.contacts
      ? { source: 'remembered', contacts: contactsIn(remembered.contacts, names) }
      : { source: 'guess', contacts: guessContactColumns([...names], dataset.preview, taken) };
    this.#contacts = { ...this.#contactSuggestion.contacts };
    this.#choices = { ...this.#choices, excludedStatuses: remembered?.excludedStatuses ?? null };
    return true;
  }
}
