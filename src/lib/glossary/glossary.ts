// One glossary: each metric has one name, used by the totals, the tables, the health view and the
// exports, and one definition, shown where the metric is used (as a hint) and in "How the numbers
// are computed". "New", "lost" and "churned" each mean three different things in CVM talk; here
// each meaning has its own term, so a page showing "968 new buyers" beside the segment "New
// Customers" says which is which. The test holds every label of a metric to its one name.

import type { Translate } from '../i18n/translate';
import type { MessageKey, TranslationKey } from '../i18n/types';

export type TermId =
  | 'netRevenue'
  | 'purchases'
  | 'averageOrderValue'
  | 'repeatRate'
  | 'returningShare'
  | 'churned'
  | 'newBuyers'
  | 'movementNew'
  | 'movementLost'
  | 'segmentNames';

export interface Term {
  id: TermId;
  /** The term's name and its definition. */
  name: TranslationKey;
  definition: TranslationKey;
  /** Every catalog key that labels this metric on a page or in an export: each must read as `name`. */
  labels: MessageKey[];
}

const term = (id: TermId, labels: MessageKey[]): Term => ({ id, name: `glossary.${id}.term` as TranslationKey, definition: `glossary.${id}.text` as TranslationKey, labels });

export const GLOSSARY: readonly Term[] = [
  term('netRevenue', ['kpi.revenue', 'table.revenue', 'value.col.revenue', 'health.series.revenue', 'health.chart.revenue', 'cohorts.revenue']),
  term('purchases', ['kpi.purchases', 'value.col.purchases', 'health.series.purchases']),
  term('averageOrderValue', ['kpi.aov', 'table.aov', 'value.col.aov', 'health.series.aov', 'health.chart.aov']),
  term('repeatRate', ['value.col.repeatRate']),
  term('returningShare', ['health.series.repeat', 'health.chart.repeat']),
  term('churned', ['value.col.churnRate', 'health.series.churned']),
  term('newBuyers', ['health.series.new']),
  term('movementNew', []),
  term('movementLost', []),
  term('segmentNames', []),
];

export const glossaryTerm = (id: TermId): Term => GLOSSARY.find((t) => t.id === id)!;

/** A label's definition in words, for its hint (title); undefined when the label names no metric of the glossary. */
export function hintOf(label: MessageKey, t: Translate): string | undefined {
  const definition = definitionOf(label);
  return definition ? t(definition) : undefined;
}

/** The definition to show beside a label, if the label names a metric of the glossary. */
export function definitionOf(label: MessageKey): TranslationKey | null {
  return GLOSSARY.find((t) => t.labels.includes(label))?.definition ?? null;
}
