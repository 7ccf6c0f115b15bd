// Which kept dataset a new analysis is another copy of, if any: the same file, known by its
// content, read under the same mapping and choices. Keeping the analysis then replaces that copy
// instead of listing it twice. Anything else is another dataset, even a file with the same name,
// header and size: replacing it would make its snapshots analyse data they were not made from.

import type { ColumnMapping, DatasetInfo, ImportChoices } from '../engine/api';
import { sameContent } from '../engine/content-hash';
import { loadDataset } from './library';
import { canonicalJson } from './canonical-json';
import type { KeptDataset } from './schema';

/** `kept`: the datasets on the device; `orders`: the compact copy the analysis would be kept with. */
export async function sameKeptDataset(
  kept: readonly KeptDataset[],
  dataset: DatasetInfo,
  mapping: ColumnMapping,
  choices: ImportChoices,
  orders: Uint8Array,
): Promise<KeptDataset | undefined> {
  const candidates = kept.filter(
    (d) =>
      d.dataset.signature === dataset.signature &&
      canonicalJson(d.mapping) === canonicalJson(mapping) &&
      canonicalJson(d.summary.choices) === canonicalJson(choices),
  );
  for (const candidate of candidates) {
    const same = sameContent(candidate.dataset, dataset);
    if (same === true) return candidate;
    // Kept before content hashes were recorded: the same file only if it gave these very orders.
    // Orders compressed differently (another browser version) only list the dataset twice.
    if (same === null && candidate.dataset.sizeBytes === dataset.sizeBytes && (await keptWith(candidate.id, orders))) return candidate;
  }
  return undefined;
}

async function keptWith(id: string, orders: Uint8Array): Promise<boolean> {
  const loaded = await loadDataset(id);
  if (!loaded || loaded.orders.size !== orders.length) return false;
  const stored = new Uint8Array(await loaded.orders.arrayBuffer());
  return stored.every((byte, i) => byte === orders[i]);
}
