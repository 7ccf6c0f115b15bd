// The results page as plain English text for `npm run rfm`: import report, settings, key figures,
// cut points and the segment table. Pure; labels and sentences come from the English catalog so
// the terminal and the page word things the same way. Dates stay ISO: they are meant to be copied.

import type { Axis, ChurnSuggestion, ColumnMapping, DatasetInfo, ImportSummary, MovementResult, ScoreBand, ScoreResult, ScoringSettings } from '../lib/engine/api';
import { movementSummary } from '../lib/movement/movement-summary';
import { importReportItems, renderReportItem, rowsInFile } from '../lib/import/report-items';
import { formatMoney, formatNumber, formatPercent } from '../lib/i18n/format';
import { createTranslator } from '../lib/i18n/translate';
import { keyOf } from '../lib/i18n/keys';
import type { ArchetypeConfig } from '../lib/archetypes/config';
import { configFromPreset, isConfigPresetId } from '../lib/archetypes/presets';
import { AXES } from '../lib/rfm/cuts';
import { configName, segmentNames, segmentRows } from '../lib/archetypes/segment-rows';
import { platformLine } from '../lib/mapping/platform-line';
import { headlineRevenue, needsReconciling } from '../lib/value/headline';
import { smallDataWarning } from '../lib/rfm/small-data';
import { currencyInUse, guessCurrency } from '../lib/mapping/currency-guess';

export interface SummaryInput {
  dataset: DatasetInfo;
  mapping: Partial<ColumnMapping>;
  imported: ImportSummary;
  result: ScoreResult;
}

const t = createTranslator('en');

const integer = (n: number) => formatNumber('en', n, 0);
type Money = (n: number) => string;

/** The page's rule: the file's currency column, else the language's currency (English: USD). */
function currencyOf(dataset: DatasetInfo) {
  const guess = guessCurrency(dataset.columns.map((c) => c.name), dataset.preview);
  return { guess, ...currencyInUse(undefined, guess, 'en') };
}
const moneyIn = (dataset: DatasetInfo): Money => {
  const { code } = currencyOf(dataset);
  return (n) => formatMoney('en', n, code);
};
const percent = (fraction: number) => formatPercent('en', fraction);

const MAPPING_FIELDS = ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'status'] as const;
const EXAMPLES_SHOWN = 3;
const NO_PURCHASE_SHOWN = 5;

/** The preset configuration the settings name, on their grid (the CLI has no user configurations). */
export function cliConfig(settings: ScoringSettings): ArchetypeConfig {
  // The command line offers the presets only (args.ts refuses anything else).
  if (!isConfigPresetId(settings.archetypes)) throw new Error(`not a preset: ${settings.archetypes}`);
  return configFromPreset(settings.archetypes, settings.bins);
}

/** Archetype id -> English name, for the segment column of the scores CSV. */
export function englishArchetypeNames(settings: ScoringSettings): Record<string, string> {
  return segmentNames(cliConfig(settings), t);
}

/** Columns padded to a common width; `align` has one letter per column, `l` or `r`. */
export function table(header: string[], rows: string[][], align: string, indent: string): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    indent + cells.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The import part alone, for `--import-only`. */
export function importSummaryLines(input: Omit<SummaryInput, 'result'>): string[] {
  return importLines(input);
}

function importLines({ dataset, mapping, imported }: Omit<SummaryInput, 'result'>): string[] {
  const columns = MAPPING_FIELDS.flatMap((field) => (mapping[field] ? [`${t(`mapping.role.${field}`)} “${mapping[field]}”`] : []));
  const platform = platformLine(dataset.platform, dataset.guess, t);
  const lines = [
    `${t('mapping.fileTitle')}: ${dataset.fileName} (${t(keyOf('mapping.format', dataset.format))}${dataset.sheet ? `, ${t('mapping.sheet')} “${dataset.sheet}”` : ''}${dataset.rowCount === null ? '' : `, ${integer(dataset.rowCount)} rows`})`,
    ...(platform ? [platform] : []),
    `${t('mapping.fieldsTitle')}: ${columns.join(', ')}`,
    t('report.summary', { used: imported.rowsUsed, rows: rowsInFile(imported), from: imported.firstDate, to: imported.lastDate }),
    `  ${t('report.orders', { orders: imported.orders, customers: imported.customers })}`,
  ];
  for (const item of importReportItems(imported, dataset)) {
    const { text, examples } = renderReportItem(item, t, (iso) => iso, 'cli');
    lines.push(`  ${text}`);
    if (examples.length > 0) lines.push(`    ${t('report.examples')} ${examples.slice(0, EXAMPLES_SHOWN).join(', ')}`);
  }
  return lines;
}

function settingsLines(input: SummaryInput): string[] {
  const { result } = input;
  const { settings } = result;
  const bins = AXES.map((axis) => `${t(`axis.${axis}.short`)} ${settings.bins[axis]}`).join(', ');
  return [
    `${t('controls.asOf')}: ${settings.asOf}`,
    `${t('controls.method')}: ${settings.method} (${t(`method.${settings.method}`)})`,
    `${t('controls.bins')}: ${bins}`,
    `${t('controls.archetypes')}: ${settings.archetypes} (${configName(cliConfig(settings), t)})`,
    currencyLine(input.dataset),
  ];
}

function currencyLine(dataset: DatasetInfo): string {
  const { guess, code } = currencyOf(dataset);
  if (guess.kind === 'one') return `${t('controls.currency')}: ${t('currency.fromColumn', { code: guess.code, column: guess.column })}`;
  if (guess.kind === 'several') return `${t('controls.currency')}: ${t('currency.several', { column: guess.column, codes: guess.codes.join(', ') })}`;
  return `${t('controls.currency')}: ${code}`;
}

function figureLines({ result, dataset }: SummaryInput): string[] {
  const money = moneyIn(dataset);
  const { summary } = result;
  const aov = summary.purchases ? money(summary.revenue / summary.purchases) : '—';
  const headline = headlineRevenue(summary);
  const lines = [
    `${t('kpi.customers')}: ${integer(summary.customers)}`,
    `${t('kpi.purchases')}: ${integer(summary.purchases)}`,
    `${t('kpi.revenue')}: ${money(summary.revenue)}`,
    `  ${t('kpi.revenueIncludes', { date: summary.asOf })}`,
    ...(needsReconciling(headline) ? [`  ${t('kpi.revenueWithUnscored', { count: headline.unscoredCustomers, total: money(headline.all) })}`] : []),
    `${t('kpi.aov')}: ${aov}`,
    `Customers without purchase: ${integer(summary.customersNoPurchase)}`,
  ];
  if (summary.customersNoPurchase > 0) {
    const shown = summary.noPurchaseExamples.slice(0, NO_PURCHASE_SHOWN);
    const more = summary.customersNoPurchase > shown.length ? ', …' : '';
    lines.push(`  ${t('report.noPurchase', { count: summary.customersNoPurchase })} ${shown.join(', ')}${more}`);
  }
  const small = smallDataWarning(summary.customers, result.settings);
  if (small) {
    lines.push(t(small.level === 'few' ? 'smallData.fewCustomers' : 'smallData.veryFewCustomers', { count: integer(small.customers), bins: small.bins, suggested: small.suggestedBins }));
  }
  return lines;
}

function bandValue(axis: Axis, v: number, money: Money): string {
  if (axis === 'm') return money(v);
  if (axis === 'r') return t('unit.days', { count: v });
  return formatNumber('en', v, 2);
}

function bandRange(axis: Axis, band: ScoreBand, money: Money): string {
  if (band.min === null || band.max === null) return t('cuts.empty');
  if (band.min === band.max) return bandValue(axis, band.min, money);
  return t('cuts.between', { from: bandValue(axis, band.min, money), to: bandValue(axis, band.max, money) });
}

function cutLines({ result, dataset }: SummaryInput): string[] {
  const money = moneyIn(dataset);
  const lines = [`${t('cuts.title')}:`];
  for (const axis of AXES) {
    const { cuts, bands } = result.cuts[axis];
    lines.push(`  ${t(`axis.${axis}.long`)}`);
    if (cuts.length > 0) lines.push(`    ${t('cuts.breaks')} ${cuts.map((c) => formatNumber('en', c, 2)).join(', ')}`);
    const rows = [...bands].reverse().map((band) => [String(band.score), bandRange(axis, band, money), integer(band.customers)]);
    lines.push(...table([t('cuts.score'), t('cuts.range'), t('table.customers')], rows, 'rlr', '    '));
  }
  return lines;
}

function segmentLines({ result, dataset }: SummaryInput): string[] {
  const money = moneyIn(dataset);
  const rows = segmentRows(result, cliConfig(result.settings), t).map((row) => [
    row.name,
    integer(row.customers),
    percent(row.customerShare),
    money(row.revenue),
    percent(row.revenueShare),
    row.averageOrderValue === null ? '—' : money(row.averageOrderValue),
  ]);
  const header = ['table.segment', 'table.customers', 'table.customerShare', 'table.revenue', 'table.revenueShare', 'table.aov'] as const;
  return [`${t('segments.tableTitle')}:`, ...table(header.map((key) => t(key)), rows, 'lrrrrr', '  ')];
}

/** The summary as lines without trailing newlines; blank lines separate the sections. */
export function summaryLines(input: SummaryInput): string[] {
  return [
    ...importLines(input),
    '',
    ...settingsLines(input),
    '',
    ...figureLines(input),
    '',
    ...cutLines(input),
    '',
    ...segmentLines(input),
  ];
}

export function exportLine(path: string, customers: number): string {
  return `Scores of ${t('count.customers', { count: customers })} written to ${path}`;
}

export function segmentExportLine(path: string, segment: string, customers: number): string {
  return `Scores of the ${t('count.customers', { count: customers })} of ${segment} written to ${path}`;
}

/** The summary's names and the ids, compared without case, spaces, quotes or underscores: "At Risk", at_risk, "can't lose them". */
const looseName = (name: string) => name.toLowerCase().replace(/[\s_'’-]+/g, '');

/** The segment id `--segment` names, or null when it names none. */
export function segmentIdNamed(given: string, names: Record<string, string>): string | null {
  const wanted = looseName(given);
  return Object.entries(names).find(([id, name]) => looseName(id) === wanted || looseName(name) === wanted)?.[0] ?? null;
}

/** The movement summary, as the page's movement panel words it, in English. */
export function movementLines(movement: MovementResult, config: ArchetypeConfig, suggestion: ChurnSuggestion | null): string[] {
  const summary = movementSummary(movement.cells, config.archetypes.map((a) => a.id));
  return [
    t('cli.movement', { before: movement.before, after: movement.after, total: integer(summary.total) }),
    `  ${t('movement.summaryLine', { up: integer(summary.up), stayed: integer(summary.stayed), down: integer(summary.down), new: integer(summary.new), lost: integer(summary.lost) })}`,
    `  ${
      suggestion?.days != null
        ? t('value.churnSuggested', { days: movement.churnDays, share: percent(suggestion.share), gaps: integer(suggestion.gaps) })
        : t('value.churnGiven', { days: movement.churnDays })
    }`,
    `  ${t(movement.holdCuts ? 'movement.cutsHeld' : 'movement.cutsOwn')}`,
  ];
}
