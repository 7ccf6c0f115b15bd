// Catalog keys made of parts. `keyOf('busy', phase)` is `busy.${phase}` with a type that lists
// every key those parts can make, so t() rejects it at compile time if any of them is missing
// from the catalog. `messageKey` is for parts only known at run time (a name stored in a
// configuration): it says whether the catalog has the key.

import { en } from './en.ts';
import type { TranslationKey } from './types.ts';

type Joined<Parts extends readonly string[]> = Parts extends readonly [infer Only extends string]
  ? Only
  : Parts extends readonly [infer First extends string, ...infer Rest extends readonly string[]]
    ? `${First}.${Joined<Rest>}`
    : string;

export function keyOf<const Parts extends readonly string[]>(...parts: Parts): Joined<Parts> {
  return parts.join('.') as Joined<Parts>;
}

const catalog: Readonly<Record<string, string | undefined>> = en;

/** The key made of `parts` if the catalog has it (plural families included), else null. */
export function messageKey(...parts: string[]): TranslationKey | null {
  const key = parts.join('.');
  return catalog[key] !== undefined || catalog[`${key}.other`] !== undefined ? (key as TranslationKey) : null;
}
