// A segment's definition in plain words: which scores or rules put a customer in it, and what
// those scores mean for this data (days since the last purchase, purchases, money), read from the
// score bands the engine returned with the scores (the observed range of each score). Pure: the
// segment page shows these lines, and the unit test reads them.

import type { Axis, AxisCuts } from '../engine/api';
import { AXES } from '../rfm/cuts';
import { OTHER_ID, gridCells, type ArchetypeConfig, type RuleConditions, type ScoreRange } from '../archetypes/config';
import { DEFAULT_TABLE } from '../archetypes/preset-data';
import { configFromPreset } from '../archetypes/presets';
import { keyOf } from '../i18n/keys';
import type { Translate } from '../i18n/translate';

export interface DefinitionText {
  t: Translate;
  money: (amount: number) => string;
  integer: (n: number) => string;
  date: (isoDate: string) => string;
}

export interface SegmentDefinition {
  /** Sentences, in order: scores or rules, then what the scores mean here. */
  lines: string[];
  /** The cells (R-F-M keys) the cell map gives the segment, for the list below the lines. */
  cells: string[];
}

/** "4–5", or "5" for a range of one. */
const span = (lo: number, hi: number, show: (n: number) => string): string => (lo === hi ? show(lo) : `${show(lo)}–${show(hi)}`);

/** The values customers with scores lo..hi of an axis have, from its bands; null when none has them. */
function valuesOf(cuts: AxisCuts, [lo, hi]: ScoreRange): [number, number] | null {
  const bands = cuts.bands.filter((b) => b.score >= lo && b.score <= hi && b.min !== null && b.max !== null);
  if (bands.length === 0) return null;
  return [Math.min(...bands.map((b) => b.min!)), Math.max(...bands.map((b) => b.max!))];
}

/** What scores lo..hi of one axis mean in days, purchases or money. */
function meaning(axis: Axis, range: ScoreRange, cuts: Record<Axis, AxisCuts>, asOf: string, text: DefinitionText): string {
  const values = valuesOf(cuts[axis], range);
  const show = axis === 'm' ? text.money : text.integer;
  return text.t(keyOf('segdef', axis), {
    scores: span(range[0], range[1], String),
    range: values ? span(values[0], values[1], show) : '—',
    date: text.date(asOf),
  });
}

/** The smallest and largest score of each axis among these cells. */
function rangesOf(cells: { r: number; f: number; m: number }[]): Record<Axis, ScoreRange> {
  const of = (axis: Axis): ScoreRange => [Math.min(...cells.map((c) => c[axis])), Math.max(...cells.map((c) => c[axis]))];
  return { r: of('r'), f: of('f'), m: of('m') };
}

function conditionWords(when: RuleConditions, text: DefinitionText): string[] {
  const { t } = text;
  const words: string[] = [];
  for (const axis of AXES) {
    const range = when[axis];
    if (range) words.push(t('segdef.cond.scores', { axis: t(keyOf('axis', axis, 'short')), scores: span(range[0], range[1], String) }));
  }
  if (when.minOrders !== undefined && when.minOrders === when.maxOrders) words.push(t('segdef.cond.exactOrders', { count: when.minOrders }));
  else {
    if (when.minOrders !== undefined) words.push(t('segdef.cond.minOrders', { count: when.minOrders }));
    if (when.maxOrders !== undefined) words.push(t('segdef.cond.maxOrders', { count: when.maxOrders }));
  }
  if (when.minSpend !== undefined) words.push(t('segdef.cond.minSpend', { amount: text.money(when.minSpend) }));
  if (when.maxSpend !== undefined) words.push(t('segdef.cond.maxSpend', { amount: text.money(when.maxSpend) }));
  if (when.maxRecencyDays !== undefined) words.push(t('segdef.cond.maxRecency', { n: text.integer(when.maxRecencyDays) }));
  if (when.minRecencyDays !== undefined) words.push(t('segdef.cond.minRecency', { n: text.integer(when.minRecencyDays) }));
  return words.length ? words : [t('segdef.cond.any')];
}

/**
 * The eleven archetypes' own words for a segment whose cells are still the preset's: the R scores
 * and combined F+M scores of its places in the preset's table (preset-data.ts), on five scores.
 * Null once the user has repainted its cells (the table no longer says who is in it).
 */
function presetTableWords(config: ArchetypeConfig, id: string, t: Translate): string | null {
  if (config.basedOn !== 'default') return null;
  const preset = configFromPreset('default', config.grid);
  if (!gridCells(config.grid).every((c) => (config.cells[c.key] === id) === (preset.cells[c.key] === id))) return null;
  const pairs: string[] = [];
  DEFAULT_TABLE.forEach((row, i) => {
    const fm = row.flatMap((archetype, col) => (archetype === id ? [col + 1] : []));
    if (fm.length) pairs.push(t('segdef.presetPair', { r: String(5 - i), fm: span(fm[0], fm.at(-1)!, String) }));
  });
  return pairs.length ? t('segdef.presetTable', { pairs: pairs.join('; ') }) : null;
}

/**
 * The definition of segment `id` (an archetype of `config`, or Other) for scores whose bands are
 * `cuts`, as of `asOf`.
 */
export function segmentDefinition(config: ArchetypeConfig, id: string, cuts: Record<Axis, AxisCuts>, asOf: string, text: DefinitionText): SegmentDefinition {
  const { t } = text;
  const all = gridCells(config.grid);
  const enabled = config.rules.filter((rule) => rule.enabled);
  const lines: string[] = [];
  const cells = id === OTHER_ID ? all.filter((c) => config.cells[c.key] === undefined) : all.filter((c) => config.cells[c.key] === id);
  const rules = id === OTHER_ID ? [] : enabled.map((rule, i) => ({ rule, n: i + 1 })).filter(({ rule }) => rule.archetype === id);

  for (const { rule, n } of rules) {
    lines.push(t('segdef.rule', { n, conditions: conditionWords(rule.when, text).join(t('segdef.cond.and')) }));
    for (const axis of AXES) {
      const range = rule.when[axis];
      if (range) lines.push(meaning(axis, range, cuts, asOf, text));
    }
  }

  if (id === OTHER_ID) lines.push(t(cells.length ? 'segdef.others' : 'segdef.othersNone'));
  if (cells.length) {
    const ranges = rangesOf(cells);
    const box = AXES.reduce((n, axis) => n * (ranges[axis][1] - ranges[axis][0] + 1), 1);
    const scores = (axis: Axis) => span(ranges[axis][0], ranges[axis][1], String);
    lines.push(t('segdef.scores', { r: scores('r'), f: scores('f'), m: scores('m') }));
    const table = id === OTHER_ID ? null : presetTableWords(config, id, t);
    if (table) lines.push(table);
    if (cells.length < box) lines.push(t('segdef.someCells', { count: cells.length, box }));
    for (const axis of AXES) lines.push(meaning(axis, ranges[axis], cuts, asOf, text));
  }

  if (!cells.length && !rules.length && id !== OTHER_ID) lines.push(t('segdef.nothing'));
  // Rules of other segments come first: they may take customers of these cells.
  if (cells.length && enabled.some((rule) => rule.archetype !== id)) lines.push(t('segdef.rulesFirst'));
  if (cells.length || rules.some(({ rule }) => AXES.some((axis) => rule.when[axis]))) lines.push(t('segdef.scale'));
  return { lines, cells: cells.map((c) => c.key) };
}
