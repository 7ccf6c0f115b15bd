// What restoring a backup would do, decided before anything is written: each record is new
// (added), already here (nothing to do) or in conflict with a different record under the same
// key. Conflicts are never settled silently: the user keeps this device's record, replaces it,
// or (datasets, snapshots, configurations, surveys, campaigns) keeps both.
//
// Each record is checked by its store's validator (validate/) first, the way the app reads it: one
// this version cannot use is left out (status 'invalid', with what is wrong) and never written,
// so a restore can no longer put on the device what would break the app.

import type { Backup, BackupEntry } from './backup-file';
import type { StoreName, KeptDataset, Snapshot } from './schema';
import type { StoredAnswer, Survey } from '../surveys/survey';
import type { Campaign } from '../campaign/campaign';
import { VALIDATORS, type RecordProblem } from './validate';
import { pairProblem } from './validate/pairs';
import { canonicalJson } from './canonical-json';

export type ItemKind = 'dataset' | 'snapshot' | 'setting' | 'mapping' | 'config' | 'survey' | 'answer' | 'campaign';
export type ItemStatus = 'add' | 'same' | 'conflict' | 'invalid';
export type Resolution = 'keep' | 'replace' | 'both';

export interface PlanItem {
  kind: ItemKind;
  key: string;
  /** The name the user knows it by. */
  label: string;
  status: ItemStatus;
  incoming: BackupEntry;
  /** The Blob record stored beside it (a dataset's orders, a snapshot's customers). */
  companion?: BackupEntry;
  /** For a conflict: the record on this device. */
  existing?: unknown;
  /** For an invalid record: the first thing wrong with it. */
  problem?: RecordProblem;
}

/** Records on this device by store and key. */
export type CurrentRecords = Partial<Record<StoreName, Map<string, unknown>>>;

interface KindRule {
  kind: ItemKind;
  store: StoreName;
  companion?: StoreName;
  label(value: unknown, key: string): string;
  /** Two records are the same item when these agree; only asked of records that pass their validator. */
  identity(value: unknown): string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const RULES: readonly KindRule[] = [
  {
    kind: 'dataset',
    store: 'datasets',
    companion: 'dataset-orders',
    label: (v) => (v as KeptDataset).name,
    // Renaming it or scoring it again on one device does not make it another dataset; another
    // file's content does (records kept before content hashes compare as they always did).
    identity: (v) => {
      const d = v as KeptDataset;
      return `${d.importedAt}|${d.storedBytes}|${d.dataset.signature}|${d.dataset.contentHash ?? ''}`;
    },
  },
  {
    kind: 'snapshot',
    store: 'snapshots',
    companion: 'snapshot-customers',
    label: (v) => (v as Snapshot).name,
    identity: (v) => {
      const s = v as Snapshot;
      return `${s.savedAt}|${s.storedBytes}`;
    },
  },
  { kind: 'setting', store: 'settings', label: (_v, key) => key, identity: canonicalJson },
  {
    kind: 'config',
    store: 'archetype-configs',
    label: (v) => String((v as { name?: unknown }).name ?? ''),
    // The same configuration unless its content differs (its update time and save count aside).
    identity: (v) => canonicalJson({ ...(v as object), updatedAt: undefined, revision: undefined }),
  },
  {
    kind: 'mapping',
    store: 'mappings',
    label: (v) => String((v as { fileName?: unknown }).fileName ?? ''),
    // The statuses left out and the contact columns are part of what was confirmed: a different choice is a conflict.
    identity: (v) => {
      const { mapping, excludedStatuses, contacts } = v as { mapping?: unknown; excludedStatuses?: unknown; contacts?: unknown };
      return canonicalJson({ mapping, excludedStatuses, contacts });
    },
  },
  {
    kind: 'survey',
    store: 'surveys',
    label: (v) => (v as Survey).name,
    // Any difference (a version more, a renamed option) is another survey: its answers depend on
    // it. How often it was saved (revision.ts) is not a difference.
    identity: (v) => canonicalJson({ ...(v as object), revision: undefined }),
  },
  {
    kind: 'answer',
    store: 'survey-answers',
    label: (v) => (v as StoredAnswer).answeredAt,
    identity: canonicalJson,
  },
  {
    kind: 'campaign',
    store: 'campaigns',
    label: (v) => (v as Campaign).name,
    // A rename or a measure made on one device is a difference the user decides about; how often
    // it was saved (revision.ts) is not.
    identity: (v) => canonicalJson({ ...(v as object), revision: undefined }),
  },
];

const COMPANION_STORES = new Set(RULES.flatMap((r) => (r.companion ? [r.companion] : [])));

/** The name a record is known by, or its key when it has none it can be shown by. */
function labelOf(rule: KindRule, value: unknown, key: string, valid: boolean): string {
  if (valid) return rule.label(value, key);
  const name = isObject(value) ? value.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : key;
}

export function planRestore(backup: Backup, current: CurrentRecords): PlanItem[] {
  const companions = new Map<string, BackupEntry>();
  for (const entry of backup.entries) if (COMPANION_STORES.has(entry.store)) companions.set(`${entry.store}:${entry.key}`, entry);
  const items: PlanItem[] = [];
  for (const entry of backup.entries) {
    const rule = RULES.find((r) => r.store === entry.store);
    if (!rule) continue;
    const companion = rule.companion ? companions.get(`${rule.companion}:${entry.key}`) : undefined;
    // In the file the companion's Blob travels as a part beside its record.
    const companionRecord = companion?.data && isObject(companion.value) ? { ...companion.value, data: companion.data } : companion?.value;
    const problem = pairProblem(rule.store, entry.value, entry.key, companionRecord);
    const existing = current[rule.store]?.get(entry.key);
    // A record on this device that no longer passes is never "the same": the user may replace it.
    const sameAsHere = () => VALIDATORS[rule.store](existing, entry.key) === null && rule.identity(existing) === rule.identity(entry.value);
    const status: ItemStatus = problem ? 'invalid' : existing === undefined ? 'add' : sameAsHere() ? 'same' : 'conflict';
    items.push({
      kind: rule.kind,
      key: entry.key,
      label: labelOf(rule, entry.value, entry.key, !problem),
      status,
      incoming: entry,
      ...(companion ? { companion } : {}),
      ...(status === 'conflict' ? { existing } : {}),
      ...(problem ? { problem } : {}),
    });
  }
  return withoutOrphanAnswers(items, current);
}

/** The answers of a survey left out (and not on this device) would belong to nothing: they are left out with it. */
function withoutOrphanAnswers(items: PlanItem[], current: CurrentRecords): PlanItem[] {
  const leftOut = new Set(items.filter((i) => i.kind === 'survey' && i.status === 'invalid').map((i) => i.key));
  if (leftOut.size === 0) return items;
  return items.map((item) => {
    const surveyId = item.kind === 'answer' && item.status !== 'invalid' ? String((item.incoming.value as StoredAnswer).surveyId) : null;
    if (surveyId === null || !leftOut.has(surveyId) || current.surveys?.has(surveyId)) return item;
    const { existing: _existing, ...rest } = item;
    return { ...rest, status: 'invalid', problem: { path: 'surveyId', kind: 'unknown_value' } };
  });
}

/** `both` is only possible where a copy can get its own id. */
export const canKeepBoth = (kind: ItemKind): boolean =>
  kind === 'dataset' || kind === 'snapshot' || kind === 'config' || kind === 'survey' || kind === 'campaign';

/** A record to write, and the Blob record beside it. */
export interface RestoreWrite {
  store: StoreName;
  value: unknown;
  /** Stores without a key path (settings) take the key apart. */
  key?: string;
}

export interface RestoreOutcome {
  writes: RestoreWrite[];
  added: number;
  replaced: number;
  copied: number;
  kept: number;
  same: number;
  /** Records left out because this version cannot use them. */
  leftOut: number;
}

/**
 * The writes a plan comes to under the user's resolutions (default: keep this device's record).
 * A copy gets a fresh id and `copyName(name)`; the backup's snapshots of a copied dataset follow it.
 * The backup's answers of a copied survey all go to the copy, each under a fresh id, whatever
 * their own status: the copy holds the backup's versions, and those answers were given to them.
 */
export function restoreWrites(
  items: PlanItem[],
  resolutions: ReadonlyMap<string, Resolution>,
  newId: () => string,
  copyName: (name: string) => string,
): RestoreOutcome {
  const outcome: RestoreOutcome = { writes: [], added: 0, replaced: 0, copied: 0, kept: 0, same: 0, leftOut: 0 };
  const movedDatasets = new Map<string, string>();
  const movedSurveys = new Map<string, string>();
  const itemKey = (item: PlanItem) => `${item.kind}:${item.key}`;
  const resolutionOf = (item: PlanItem): Resolution => {
    const chosen = resolutions.get(itemKey(item)) ?? 'keep';
    return chosen === 'both' && !canKeepBoth(item.kind) ? 'keep' : chosen;
  };
  // Datasets and surveys first, so their snapshots and answers know where a copy went.
  const first = (item: PlanItem) => Number(item.kind === 'dataset' || item.kind === 'survey');
  const ordered = [...items].sort((a, b) => first(b) - first(a));
  for (const item of ordered) {
    if (item.status === 'invalid') {
      outcome.leftOut++;
      continue;
    }
    const survey = item.kind === 'answer' ? movedSurveys.get(String((item.incoming.value as StoredAnswer).surveyId)) : undefined;
    if (survey !== undefined) {
      outcome.writes.push({ store: 'survey-answers', value: { ...(item.incoming.value as StoredAnswer), id: newId(), surveyId: survey } });
      outcome.added++;
      continue;
    }
    const resolution = item.status === 'conflict' ? resolutionOf(item) : null;
    if (item.status === 'same') {
      outcome.same++;
      continue;
    }
    if (resolution === 'keep') {
      outcome.kept++;
      continue;
    }
    let value = item.incoming.value as Record<string, unknown>;
    let id = item.key;
    if (resolution === 'both') {
      id = newId();
      value = { ...value, id, name: copyName(String(value.name)) };
      if (item.kind === 'dataset') movedDatasets.set(item.key, id);
      if (item.kind === 'survey') movedSurveys.set(item.key, id);
      outcome.copied++;
    } else if (resolution === 'replace') outcome.replaced++;
    else outcome.added++;
    if (item.kind === 'snapshot' && movedDatasets.has(String(value.datasetId))) {
      value = { ...value, datasetId: movedDatasets.get(String(value.datasetId)) };
    }
    const rule = RULES.find((r) => r.kind === item.kind)!;
    outcome.writes.push(rule.store === 'settings' ? { store: rule.store, value, key: item.key } : { store: rule.store, value });
    if (rule.companion && item.companion) {
      const companionValue = item.companion.value as Record<string, unknown>;
      outcome.writes.push({ store: rule.companion, value: { ...companionValue, id, data: item.companion.data } });
    }
  }
  return outcome;
}
