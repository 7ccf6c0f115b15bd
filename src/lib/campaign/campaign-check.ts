// The check a campaign record passes before it is used: when read from the device and when a
// backup brings one. A record written by an older or broken build is left out and counted, never
// shown half-valid (the results are computed from these fields, so a wrong shape would mislead).

import type { Campaign, CampaignContact, CampaignMeasure } from './campaign';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const orNull = (v: unknown): boolean => v === null || isText(v);
const everyOf = (v: unknown, check: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(check);

function isStep(v: unknown): boolean {
  return isObject(v) && isId(v.id) && isText(v.name) && isText(v.contact) && isNumber(v.price) && v.price >= 0 &&
    isNumber(v.delivery) && isNumber(v.read) && isNumber(v.response);
}

const isContacted = (v: unknown): boolean => isObject(v) && isId(v.id) && isText(v.segment) && isId(v.channel);
const isControl = (v: unknown): boolean => isObject(v) && isId(v.id) && isText(v.segment) && (v.channel === null || isId(v.channel));
const isContact = (v: unknown): v is CampaignContact =>
  isObject(v) && isId(v.id) && orNull(v.email) && orNull(v.phone) && orNull(v.push) && orNull(v.messenger);

export function isCampaignMeasure(v: unknown): v is CampaignMeasure {
  if (!isObject(v) || !isText(v.fileName) || !isIso(v.measuredAt)) return false;
  if (v.kind === 'responders') return everyOf(v.responders, isId) && isCount(v.unmatched);
  if (v.kind === 'orders') {
    return isDay(v.until) && everyOf(v.purchases, (p) => isObject(p) && isId(p.id) && Number.isInteger(p.revenueCents) && isCount(p.orders));
  }
  return false;
}

/** Nobody can be both contacted and held out: the comparison would be meaningless (campaignResults refuses it). */
function apart(contacted: unknown[], control: unknown[]): boolean {
  const ids = new Set(contacted.map((c) => (c as { id: string }).id));
  return control.every((c) => !ids.has((c as { id: string }).id));
}

export function isCampaign(v: unknown): v is Campaign {
  if (!isObject(v)) return false;
  const forecast = v.forecast;
  const control = v.control;
  return (
    isId(v.id) && isText(v.name) && isIso(v.createdAt) && isDay(v.sentOn) && isText(v.datasetName) && isDay(v.asOf) &&
    isText(v.segment) && isText(v.segmentName) && orNull(v.currency) &&
    everyOf(v.steps, isStep) && everyOf(v.messages, orNull) && isText(v.offer) &&
    isObject(forecast) && isNumber(forecast.customers) && isNumber(forecast.sent) && isNumber(forecast.responses) && isNumber(forecast.cost) &&
    isObject(control) && isNumber(control.share) && control.share >= 0 && control.share <= 1 && Number.isInteger(control.seed) &&
    everyOf(v.contacted, isContacted) && everyOf(v.controlGroup, isControl) && everyOf(v.contacts, isContact) &&
    apart(v.contacted as unknown[], v.controlGroup as unknown[]) &&
    (v.measure === null || isCampaignMeasure(v.measure)) &&
    (v.actualCost === undefined || v.actualCost === null || (isNumber(v.actualCost) && v.actualCost >= 0))
  );
}
