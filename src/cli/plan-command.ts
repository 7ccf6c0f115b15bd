// `npm run rfm -- FILE --plan PLAN.json [--out-plan RESULT.json] [--email COL --phone COL --push
// COL --messenger COL]`: who each channel reaches in the plan's segment, counted by the engine
// stage the page uses (worker/engine/plan.ts), then the cascade model of lib/plan on those counts,
// so the planner's numbers and these are the same.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetInfo, ScoringSettings } from '../lib/engine/api';
import type { SegmentationInput } from '../lib/archetypes/segment';
import type { Translate } from '../lib/i18n/translate';
import type { TranslationKey } from '../lib/i18n/types';
import { currencyInUse, guessCurrency } from '../lib/mapping/currency-guess';
import { cascade, type CascadeResult } from '../lib/plan/cascade';
import { defaultChannel, type Channel, type ContactKind, type DefaultChannelId } from '../lib/plan/channels';
import { doubleCharge } from '../lib/plan/double-charge';
import { meanSmsParts } from '../lib/plan/message-cost';
import { parsePlanFile, resultJson, type PlanFile } from '../lib/plan/plan-file';
import type { AnalysisEngine } from '../worker/engine/analysis-engine';
import type { CliPlan } from './args';
import { segmentIdNamed } from './summary-text';

/** A problem with PLAN.json or its flags: its message is the whole line printed. */
export class PlanInputError extends Error {}

const FLAGS: Record<ContactKind, string> = { email: '--email', phone: '--phone', push: '--push', messenger: '--messenger' };

/** PLAN.json names only the default channels. */
const CHANNEL_NAME: Record<DefaultChannelId, TranslationKey> = { email: 'plan.channel.email', push: 'plan.channel.push', messenger: 'plan.channel.messenger', sms: 'plan.channel.sms' };

/** The shop's currency as the summary prints it: the file's currency column, else USD. */
const currencyOf = (dataset: DatasetInfo) => currencyInUse(undefined, guessCurrency(dataset.columns.map((c) => c.name), dataset.preview), 'en').code;

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2, useGrouping: false });
const n2 = (x: number | null) => (x === null ? '—' : number.format(x));
// Late reports are a small share of a small share: two significant digits keep them visible.
const small = new Intl.NumberFormat('en', { maximumSignificantDigits: 2, useGrouping: false });

/** Before any work: a PLAN.json that cannot be read stops the run with nothing printed. */
export function checkPlanFile(plan: CliPlan, t: Translate): void {
  const parsed = parsePlanFile(readFileSync(plan.file, 'utf8'), null);
  if (!parsed.ok) throw new PlanInputError(t('cli.plan.badFile', { file: path.basename(plan.file), problem: t(parsed.problem.key, parsed.problem.params) }));
}

export function readPlan(plan: CliPlan, dataset: DatasetInfo, t: Translate): PlanFile {
  const file = path.basename(plan.file);
  const parsed = parsePlanFile(readFileSync(plan.file, 'utf8'), currencyOf(dataset));
  if (!parsed.ok) throw new PlanInputError(t('cli.plan.badFile', { file, problem: t(parsed.problem.key, parsed.problem.params) }));
  const names = dataset.columns.map((c) => c.name);
  for (const [kind, column] of Object.entries(plan.contacts)) {
    if (!names.includes(column)) throw new PlanInputError(t('cli.plan.noColumn', { column, flag: FLAGS[kind as ContactKind], columns: names.join(', ') }));
  }
  return parsed.plan;
}

/**
 * The plan's steps with an SMS step that carries a message priced at its price per part times the
 * mean parts of that message over the segment's customers with a phone, as the planner prices it
 * (lib/plan/message-cost.ts), so both give the same cost.
 */
function pricedPerPart(
  engine: AnalysisEngine,
  file: PlanFile,
  plan: CliPlan,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  segment: { id: string; name: string },
  t: Translate,
): Channel[] {
  const sms = file.steps.findIndex((s, i) => s.contact === 'phone' && file.messages[i] != null);
  if (sms < 0) return file.steps;
  const targets = engine.planTargets(settings, segmentation, plan.contacts, segment.id);
  const parts = meanSmsParts(file.messages[sms], targets, segment.name, file.offer, { first_name: t('targets.firstNameFallback') });
  return file.steps.map((s, i) => (i === sms ? { ...s, price: s.price * parts } : s));
}

export function runPlan(
  engine: AnalysisEngine,
  dataset: DatasetInfo,
  plan: CliPlan,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  segmentNames: Record<string, string>,
  t: Translate,
): { lines: string[]; json: Uint8Array | null; result: CascadeResult; segment: string; file: PlanFile } {
  const file = readPlan(plan, dataset, t);
  const { segment: named } = file;
  const segment = segmentIdNamed(named, segmentNames);
  if (segment === null) throw new PlanInputError(t('cli.plan.noSegment', { file: path.basename(plan.file), segment: named, segments: Object.values(segmentNames).join(', ') }));
  const steps = pricedPerPart(engine, file, plan, settings, segmentation, { id: segment, name: segmentNames[segment] ?? segment }, t);
  const reach = engine.planReach(settings, segmentation, plan.contacts);
  const groups = reach.segments.find((s) => s.segment === segment)?.groups ?? [];
  const sms = steps.find((s) => s.contact === 'phone') ?? defaultChannel('sms', currencyOf(dataset));
  const result = cascade(steps, groups, sms);
  const late = doubleCharge(steps, groups);
  const currency = currencyOf(dataset) ?? '';
  const pad = (cells: string[]) => `  ${cells[0].padEnd(4)}${cells[1].padEnd(12)}${cells.slice(2).map((c) => c.padStart(11)).join('')}`;
  const lines = [
    t('cli.plan.title', { segment: segmentNames[segment], count: result.customers, reach: result.total.reach, currency }),
    ...steps.filter((s) => plan.contacts[s.contact] === undefined).map((s) => t('cli.plan.noContact', { channel: t(CHANNEL_NAME[s.id as DefaultChannelId]), flag: FLAGS[s.contact] })),
    pad(['#', t('cli.plan.col.channel'), t('cli.plan.col.reachable'), t('cli.plan.col.sent'), t('cli.plan.col.delivered'), t('cli.plan.col.read'), t('cli.plan.col.responses'), t('cli.plan.col.cost')]),
    ...result.steps.map((s, i) =>
      pad([String(i + 1), t(CHANNEL_NAME[steps[i].id as DefaultChannelId]), String(s.reachable), n2(s.sent), n2(s.delivered), n2(s.read), n2(s.responses), n2(s.cost)]),
    ),
    pad(['', t('cli.plan.col.total'), String(result.total.reach), n2(result.total.sent), n2(result.total.delivered), n2(result.total.read), n2(result.total.responses), n2(result.total.cost)]),
    t('cli.plan.costPerResponse', { cost: n2(result.total.cost_per_response) }),
    ...(['sms_to_all', 'all_channels'] as const).map((b) => {
      const base = result.baselines[b];
      const figures = { sent: n2(base.sent), responses: n2(base.responses), cost: n2(base.cost), perResponse: n2(base.cost_per_response) };
      // A cascade dearer than the baseline says so, never "saves -2.10".
      if (base.saving < 0) return t(b === 'sms_to_all' ? 'cli.plan.smsToAllMore' : 'cli.plan.allChannelsMore', { ...figures, extra: n2(-base.saving) });
      return t(b === 'sms_to_all' ? 'cli.plan.smsToAll' : 'cli.plan.allChannels', { ...figures, saving: n2(base.saving) });
    }),
    ...(late.extraMessages > 0 ? [t('cli.plan.doubleCharge', { messages: small.format(late.extraMessages), cost: small.format(late.extraCost) })] : []),
  ];
  const json = plan.out === null ? null : new TextEncoder().encode(`${JSON.stringify(resultJson(named, result), null, 2)}\n`);
  return { lines, json, result, segment, file };
}
