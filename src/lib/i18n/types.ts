import type { en } from './en.ts';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/** Every key of the English catalog, plural variants included. */
export type MessageKey = keyof typeof en;

type FamilyOf<Key> = Key extends `${infer Family}.other` ? Family : never;

/** A plural family is named by the English key without its suffix: 'count.customers'. */
export type PluralFamily = FamilyOf<MessageKey>;

type PluralVariantKey = `${PluralFamily}.${PluralCategory}`;

/** Keys translated one-to-one: every language must have each of them. */
export type SimpleKey = Exclude<MessageKey, PluralVariantKey>;

/** What a component may pass to t(). */
export type TranslationKey = SimpleKey | PluralFamily;

/**
 * A catalog. A missing or unknown simple key is a type error; plural variants are optional
 * here because languages need different ones (English one/other, Russian one/few/many/other),
 * so test/unit/i18n-catalog.test.ts checks the families instead.
 */
export type Messages = Record<SimpleKey, string> & Partial<Record<PluralVariantKey, string>>;

export type MessageParams = Readonly<Record<string, string | number>>;
