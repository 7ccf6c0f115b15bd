// PLAN.json of `npm run rfm -- ... --plan PLAN.json`: the segment and the ordered steps, each a
// channel whose missing fields take that channel's defaults for the shop's currency. Bad input
// comes back as one catalog key with the field it is about, never as a half-read plan.
// RESULT.json is the cascade's numbers in the shape the issue fixes (resultJson).

import { CHARGED, defaultChannel, FALLBACKS, isDefaultChannelId, isRate, DEFAULT_CHANNEL_IDS, type Channel } from './channels';
import type { CascadeResult } from './cascade';

export interface PlanFile {
  segment: string;
  steps: Channel[];
  /** Optional: what the segment is offered ({offer} in a message); empty when not given. */
  offer: string;
  /** Per step its message template (message-template.ts), or null: the target list carries none. */
  messages: (string | null)[];
}

export type PlanProblem =
  | { key: 'plan.file.notJson'; params: { reason: string } }
  | { key: 'plan.file.notObject' | 'plan.file.noSteps'; params: Record<string, never> }
  | { key: 'plan.file.noSegment'; params: { field: string } }
  | { key: 'plan.file.unknownField'; params: { field: string; fields: string } }
  | { key: 'plan.file.unknownChannel'; params: { field: string; value: string; channels: string } }
  | { key: 'plan.file.badPrice' | 'plan.file.badRate' | 'plan.file.badTimeout' | 'plan.file.badText'; params: { field: string; value: string } }
  | { key: 'plan.file.badChoice'; params: { field: string; value: string; choices: string } };

export type PlanParse = { ok: true; plan: PlanFile } | { ok: false; problem: PlanProblem };

const STEP_FIELDS = ['channel', 'price', 'charged', 'delivery', 'read', 'response', 'fallback', 'timeout_hours', 'message'] as const;
const PLAN_FIELDS = ['segment', 'steps', 'offer'] as const;
const RATES = ['delivery', 'read', 'response'] as const;

class Problem extends Error {
  constructor(readonly problem: PlanProblem) {
    super(problem.key);
  }
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyFields(o: Record<string, unknown>, allowed: readonly string[], at: string) {
  const unknown = Object.keys(o).find((k) => !allowed.includes(k));
  if (unknown !== undefined) throw new Problem({ key: 'plan.file.unknownField', params: { field: `${at}${unknown}`, fields: allowed.join(', ') } });
}

function choice<T extends string>(value: unknown, choices: readonly T[], field: string): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new Problem({ key: 'plan.file.badChoice', params: { field, value: shown(value), choices: choices.join(', ') } });
}

function textOf(value: unknown, field: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new Problem({ key: 'plan.file.badText', params: { field, value: shown(value) } });
  return value;
}

function stepOf(raw: unknown, i: number, currency: string | null): Channel {
  const at = `steps[${i}]`;
  if (!isObject(raw)) throw new Problem({ key: 'plan.file.unknownChannel', params: { field: `${at}.channel`, value: shown(raw), channels: DEFAULT_CHANNEL_IDS.join(', ') } });
  onlyFields(raw, STEP_FIELDS, `${at}.`);
  if (!isDefaultChannelId(raw.channel)) {
    throw new Problem({ key: 'plan.file.unknownChannel', params: { field: `${at}.channel`, value: shown(raw.channel), channels: DEFAULT_CHANNEL_IDS.join(', ') } });
  }
  const step = defaultChannel(raw.channel, currency);
  if (raw.price !== undefined) {
    if (!(typeof raw.price === 'number' && Number.isFinite(raw.price) && raw.price >= 0)) throw new Problem({ key: 'plan.file.badPrice', params: { field: `${at}.price`, value: shown(raw.price) } });
    step.price = raw.price;
    step.priceNote = '';
  }
  if (raw.charged !== undefined) step.charged = choice(raw.charged, CHARGED, `${at}.charged`);
  if (raw.fallback !== undefined) step.fallback = choice(raw.fallback, FALLBACKS, `${at}.fallback`);
  for (const rate of RATES) {
    const value = raw[rate];
    if (value === undefined) continue;
    if (!isRate(value)) throw new Problem({ key: 'plan.file.badRate', params: { field: `${at}.${rate}`, value: shown(value) } });
    step[rate] = value;
  }
  if (raw.timeout_hours !== undefined) {
    const h = raw.timeout_hours;
    if (!(typeof h === 'number' && Number.isFinite(h) && h > 0)) throw new Problem({ key: 'plan.file.badTimeout', params: { field: `${at}.timeout_hours`, value: shown(h) } });
    step.timeoutHours = h;
  }
  return step;
}

/** PLAN.json's text as a plan; `currency`: the shop's, for the defaults' prices. */
export function parsePlanFile(text: string, currency: string | null): PlanParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { key: 'plan.file.notJson', params: { reason: error instanceof Error ? error.message : String(error) } } };
  }
  try {
    if (!isObject(raw)) throw new Problem({ key: 'plan.file.notObject', params: {} });
    onlyFields(raw, PLAN_FIELDS, '');
    if (typeof raw.segment !== 'string' || raw.segment.trim() === '') throw new Problem({ key: 'plan.file.noSegment', params: { field: 'segment' } });
    if (!Array.isArray(raw.steps) || raw.steps.length === 0) throw new Problem({ key: 'plan.file.noSteps', params: {} });
    const steps = raw.steps.map((s, i) => stepOf(s, i, currency));
    const messages = raw.steps.map((s, i) => textOf((s as Record<string, unknown>).message, `steps[${i}].message`));
    return { ok: true, plan: { segment: raw.segment, steps, offer: textOf(raw.offer, 'offer') ?? '', messages } };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** RESULT.json: expected values as plain numbers, the segment as PLAN.json named it. */
export function resultJson(segment: string, result: CascadeResult) {
  const { sent, delivered, responses, cost, cost_per_response, reach } = result.total;
  return {
    segment,
    customers: result.customers,
    steps: result.steps.map(({ channel, reachable, sent, delivered, read, responses, cost }) => ({ channel, reachable, sent, delivered, read, responses, cost })),
    total: { sent, delivered, responses, cost, cost_per_response, reach },
    baselines: result.baselines,
  };
}
