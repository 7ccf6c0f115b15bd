// Each store's validator (src/lib/storage/validate/) against the records the issue found locking
// the app, and one case per kind of wrong: the first problem is named by where and what.
import { describe, expect, it } from 'vitest';
import { recordProblem } from '../../src/lib/storage/validate';
import { pairProblem } from '../../src/lib/storage/validate/pairs';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { defaultChannels } from '../../src/lib/plan/channels';
import { keptDataset, snapshotRecord } from './helpers/stored-records';

const orders = (id: string) => ({ id, format: 'orders-csv-gzip-1', data: new Blob(['x']) });
const config = () => ({ ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'c1', new Date('2026-11-01T00:00:00Z')), name: 'Mine' });

describe('settings', () => {
  it('accepts what this version writes', () => {
    for (const [key, value] of [
      ['locale', 'ru'],
      ['currency', 'RUB'],
      ['currency', null],
      ['method', 'ntile'],
      ['bins', { r: 2, f: 3, m: 5 }],
      ['archetypes', 'default'],
      ['message-template:champions:email', 'Hello {name}'],
      ['planChannels', { RUB: defaultChannels('RUB').map((c) => ({ ...c, enabled: true })), '': defaultChannels(null).map((c) => ({ ...c, enabled: false })) }],
      ['kiosk-lock', { surveyId: 's1', pinHash: 'a'.repeat(64), salt: 'ab', startedAt: '2026-11-01T00:00:00.000Z' }],
      ['something-newer', { any: 'thing' }],
    ] as const) {
      expect(recordProblem('settings', value, key), key).toBeNull();
    }
  });

  it('sets aside a language this version lacks, as a newer one could write it', () => {
    expect(recordProblem('settings', 'de', 'locale')).toEqual({ path: '', kind: 'unknown_value' });
    expect(recordProblem('settings', 'xx-<b>', 'locale')).toEqual({ path: '', kind: 'unknown_value' });
    expect(recordProblem('settings', undefined, 'locale')).toEqual({ path: '', kind: 'missing' });
  });

  it('sets aside bins and methods no analysis can start from', () => {
    expect(recordProblem('settings', { r: 9, f: 5, m: 5 }, 'bins')).toEqual({ path: 'r', kind: 'out_of_range' });
    expect(recordProblem('settings', { r: 5, f: '5', m: 5 }, 'bins')).toEqual({ path: 'f', kind: 'wrong_type' });
    expect(recordProblem('settings', { r: 5, f: 5 }, 'bins')).toEqual({ path: 'm', kind: 'missing' });
    expect(recordProblem('settings', [5, 5, 5], 'bins')).toEqual({ path: '', kind: 'not_object' });
    expect(recordProblem('settings', 'custom', 'method')).toEqual({ path: '', kind: 'unknown_value' });
    expect(recordProblem('settings', 'kmeans', 'method')).toEqual({ path: '', kind: 'unknown_value' });
    expect(recordProblem('settings', '', 'archetypes')).toEqual({ path: '', kind: 'missing' });
    expect(recordProblem('settings', 'rub', 'currency')).toEqual({ path: '', kind: 'unknown_value' });
  });

  it('sets aside a damaged kiosk lock, template or planner channels', () => {
    expect(recordProblem('settings', { surveyId: 's' }, 'kiosk-lock')?.kind).toBe('bad_shape');
    expect(recordProblem('settings', 42, 'message-template:a:b')?.kind).toBe('wrong_type');
    expect(recordProblem('settings', 'x'.repeat(6000), 'message-template:a:b')?.kind).toBe('too_long');
    expect(recordProblem('settings', { RUB: [{ id: 'sms' }] }, 'planChannels')).toEqual({ path: 'RUB', kind: 'bad_shape' });
  });
});

describe('datasets', () => {
  it('accepts a complete record with its orders', () => {
    expect(pairProblem('datasets', keptDataset('d1'), 'd1', orders('d1'))).toBeNull();
  });

  it('sets aside a record whose facts would show as NaN', () => {
    const d = keptDataset('d1');
    expect(recordProblem('datasets', { ...d, summary: { ...d.summary, rows: Number.NaN } }, 'd1')).toEqual({ path: 'summary.rows', kind: 'out_of_range' });
    expect(recordProblem('datasets', { ...d, summary: { ...d.summary, customers: '3' } }, 'd1')).toEqual({ path: 'summary.customers', kind: 'wrong_type' });
    expect(recordProblem('datasets', { ...d, summary: undefined }, 'd1')).toEqual({ path: 'summary', kind: 'missing' });
    expect(recordProblem('datasets', { ...d, summary: { ...d.summary, lastDate: '2026-13-01' } }, 'd1')).toEqual({ path: 'summary.lastDate', kind: 'bad_date' });
    expect(recordProblem('datasets', { ...d, storedBytes: -1 }, 'd1')).toEqual({ path: 'storedBytes', kind: 'out_of_range' });
    expect(recordProblem('datasets', { ...d, importedAt: 'yesterday' }, 'd1')).toEqual({ path: 'importedAt', kind: 'bad_date' });
  });

  it('sets aside a record that cannot be read into orders', () => {
    const d = keptDataset('d1');
    expect(recordProblem('datasets', { ...d, mapping: { customer: 'customer', date: 'date' } }, 'd1')).toEqual({ path: 'mapping.amount', kind: 'missing' });
    expect(recordProblem('datasets', { ...d, mapping: { ...d.mapping, date: '' } }, 'd1')).toEqual({ path: 'mapping.date', kind: 'missing' });
    expect(recordProblem('datasets', { ...d, dataset: { ...d.dataset, format: 'dbf' } }, 'd1')).toEqual({ path: 'dataset.format', kind: 'unknown_value' });
    expect(recordProblem('datasets', { ...d, settings: { ...d.settings, bins: { r: 1, f: 5, m: 5 } } }, 'd1')).toEqual({ path: 'settings.bins.r', kind: 'out_of_range' });
    expect(recordProblem('datasets', { ...d, id: 'd2' }, 'd1')).toEqual({ path: 'id', kind: 'wrong_key' });
    expect(recordProblem('datasets', 'd1', 'd1')).toEqual({ path: '', kind: 'not_object' });
  });

  it('sets aside a dataset whose orders are missing or not data', () => {
    expect(pairProblem('datasets', keptDataset('d1'), 'd1', undefined)).toEqual({ path: 'data', kind: 'no_data' });
    expect(pairProblem('datasets', keptDataset('d1'), 'd1', { ...orders('d1'), data: 'abc' })).toEqual({ path: 'data.data', kind: 'no_data' });
    expect(pairProblem('datasets', keptDataset('d1'), 'd1', { ...orders('d1'), format: 'orders-csv-zstd-9' })).toEqual({ path: 'data.format', kind: 'unknown_value' });
  });
});

describe('snapshots', () => {
  it('accepts a complete record', () => {
    expect(recordProblem('snapshots', snapshotRecord('s1', 'd1'), 's1')).toBeNull();
  });

  it('sets aside a malformed snapshot by what is wrong', () => {
    const s = snapshotRecord('s1', 'd1');
    expect(recordProblem('snapshots', { ...s, savedAt: undefined }, 's1')).toEqual({ path: 'savedAt', kind: 'missing' });
    expect(recordProblem('snapshots', { ...s, result: { ...s.result, segments: [{ segment: 'x', customers: 1, purchases: 1, revenue: null }] } }, 's1')).toEqual({
      path: 'result.segments[0].revenue',
      kind: 'missing',
    });
    expect(recordProblem('snapshots', { ...s, settings: { ...s.settings, method: 'median' } }, 's1')).toEqual({ path: 'settings.method', kind: 'unknown_value' });
    expect(recordProblem('snapshots', { ...s, config: { format: 2 } }, 's1')?.path).toMatch(/^config\./);
    expect(recordProblem('snapshots', { ...s, prediction: { format: 'prediction-9' } }, 's1')).toEqual({ path: 'prediction', kind: 'bad_shape' });
  });
});

describe('archetype configurations', () => {
  it('accepts a configuration as the editor saves it', () => {
    expect(recordProblem('archetype-configs', config(), 'c1')).toBeNull();
  });

  it('sets aside one with an update time that is no moment (remapping it threw and hung new analyses)', () => {
    expect(recordProblem('archetype-configs', { ...config(), updatedAt: 'soon' }, 'c1')).toEqual({ path: 'updatedAt', kind: 'bad_date' });
    expect(recordProblem('archetype-configs', { ...config(), updatedAt: 7 }, 'c1')).toEqual({ path: 'updatedAt', kind: 'wrong_type' });
  });

  it('names the configuration checker’s own problems and a wrong key', () => {
    expect(recordProblem('archetype-configs', { ...config(), grid: { r: 9, f: 5, m: 5 } }, 'c1')).toEqual({ path: 'grid.r', kind: 'out_of_range' });
    expect(recordProblem('archetype-configs', config(), 'c2')).toEqual({ path: 'id', kind: 'wrong_key' });
  });
});

describe('mappings, surveys, answers, campaigns', () => {
  const mapping = { signature: 'k', fileName: 'a.csv', mapping: { customer: 'c', date: 'd', amount: 'a' }, savedAt: '2026-01-01T00:00:00.000Z' };
  it('checks a remembered mapping', () => {
    expect(recordProblem('mappings', mapping, 'k')).toBeNull();
    expect(recordProblem('mappings', { ...mapping, mapping: { customer: 'c' } }, 'k')).toEqual({ path: 'mapping.date', kind: 'missing' });
    expect(recordProblem('mappings', { ...mapping, contacts: { fax: 'Fax' } }, 'k')).toEqual({ path: 'contacts', kind: 'wrong_type' });
    expect(recordProblem('mappings', { ...mapping, excludedStatuses: [1] }, 'k')).toEqual({ path: 'excludedStatuses', kind: 'wrong_type' });
  });

  it('sets aside what the survey and campaign checkers refuse, and records under another id', () => {
    expect(recordProblem('surveys', { id: 's', name: 3 }, 's')).toEqual({ path: '', kind: 'bad_shape' });
    expect(recordProblem('surveys', { id: 't' }, 's')).toEqual({ path: 'id', kind: 'wrong_key' });
    expect(recordProblem('survey-answers', { id: 'a' }, 'a')).toEqual({ path: '', kind: 'bad_shape' });
    expect(recordProblem('campaigns', [], 'c')).toEqual({ path: '', kind: 'not_object' });
  });
});
