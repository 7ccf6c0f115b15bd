// Scoring settings: defaults, validation at the engine boundary, and the bins actually used.

import type { Axis, ScoringSettings } from '../engine/api';
import { EngineError } from '../engine/errors';
import { AXES, MAX_BINS, MIN_BINS, thresholdProblem } from './cuts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function defaultSettings(asOf: string): ScoringSettings {
  return {
    asOf,
    method: 'quantile',
    bins: { r: 5, f: 5, m: 5 },
    thresholds: { r: [], f: [], m: [] },
    archetypes: 'default',
  };
}

/** With custom thresholds the bins follow from them: one more band than cut points. */
export function effectiveBins(settings: ScoringSettings): Record<Axis, number> {
  if (settings.method !== 'custom') return settings.bins;
  return { r: settings.thresholds.r.length + 1, f: settings.thresholds.f.length + 1, m: settings.thresholds.m.length + 1 };
}

/** `archetypes` is only the configuration's id here: the engine segments with the segmentation it is given. */
export function validateSettings(settings: ScoringSettings): ScoringSettings {
  if (!isIsoDate(settings.asOf)) throw new EngineError('settings_invalid', { field: 'asOf', value: String(settings.asOf) });
  if (!['quantile', 'ntile', 'custom'].includes(settings.method)) {
    throw new EngineError('settings_invalid', { field: 'method', value: String(settings.method) });
  }
  if (typeof settings.archetypes !== 'string' || settings.archetypes === '') {
    throw new EngineError('settings_invalid', { field: 'archetypes', value: String(settings.archetypes) });
  }
  for (const axis of AXES) {
    if (settings.method === 'custom') {
      const problem = thresholdProblem(settings.thresholds[axis]);
      if (problem) throw new EngineError('thresholds_invalid', { axis, problem });
    } else {
      const bins = settings.bins[axis];
      if (!Number.isInteger(bins) || bins < MIN_BINS || bins > MAX_BINS) {
        throw new EngineError('settings_invalid', { field: `bins.${axis}`, value: String(bins) });
      }
    }
  }
  return settings;
}
