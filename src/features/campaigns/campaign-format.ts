// How the Campaigns tab writes its figures: rates as percentages, uplifts in signed percentage
// points, money in the campaign's currency, a dash for what cannot be computed.

import { i18n } from '../../ui/i18n.svelte';

export const DASH = '—';

export const rate = (x: number | null): string => (x === null ? DASH : i18n.fmt.percent(x, 1));

const signed = (x: number, digits: number): string => `${x > 0 ? '+' : ''}${i18n.fmt.number(x, digits)}`;

/** 0.1 -> "+10.0 pp" */
export const points = (x: number | null | undefined): string =>
  x === null || x === undefined ? DASH : i18n.t('campaigns.points', { value: signed(Math.round(x * 1000) / 10, 1) });

/** A size, not a change: 0.514 -> "51.4 pp". */
export const magnitude = (x: number | null): string => (x === null ? DASH : i18n.t('campaigns.points', { value: i18n.fmt.number(Math.round(x * 1000) / 10, 1) }));

export const money = (x: number | null | undefined, currency: string | null): string =>
  x === null || x === undefined ? DASH : i18n.fmt.money(x, currency);

export const signedMoney = (x: number | null | undefined, currency: string | null): string =>
  x === null || x === undefined ? DASH : `${x > 0 ? '+' : ''}${i18n.fmt.money(x, currency)}`;

export const roi = (x: number | null): string => (x === null ? DASH : `${x > 0 ? '+' : ''}${i18n.fmt.percent(x, 0)}`);
