// A snapshot (the `snapshots` store): an analysis with its results, opened without the engine,
// so everything its pages draw from must be there. Its customers are `snapshot-customers`.

import { fromStoredPrediction } from '../../predict/stored-prediction';
import { validateConfig } from '../../archetypes/validate';
import { AXES } from '../../rfm/cuts';
import { Check, type RecordProblem } from './check';
import { CUSTOMERS_FORMAT, blobRecordProblem } from './datasets';
import { datasetInfoProblem } from './dataset-info';
import { importSummaryProblem } from './import-summary';
import { scoringSettingsProblem } from './scoring';

function scoreResultProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.part('settings', scoringSettingsProblem(v.settings));
  if (c.object('summary', v.summary)) {
    const s = v.summary;
    c.day('summary.asOf', s.asOf);
    c.count('summary.customers', s.customers);
    c.count('summary.purchases', s.purchases);
    c.number('summary.revenue', s.revenue);
    c.count('summary.customersNoPurchase', s.customersNoPurchase);
    c.array('summary.noPurchaseExamples', s.noPurchaseExamples);
  }
  if (c.object('cuts', v.cuts)) {
    for (const axis of AXES) {
      const cuts = v.cuts[axis];
      if (c.object(`cuts.${axis}`, cuts)) {
        c.array(`cuts.${axis}.cuts`, cuts.cuts);
        c.array(`cuts.${axis}.bands`, cuts.bands);
      }
    }
  }
  if (c.array('cells', v.cells)) {
    v.cells.forEach((cell, i) => {
      if (!c.object(`cells[${i}]`, cell)) return;
      for (const field of ['r', 'f', 'm', 'customers', 'purchases'] as const) c.count(`cells[${i}].${field}`, cell[field]);
      c.number(`cells[${i}].revenue`, cell.revenue);
    });
  }
  if (c.array('segments', v.segments)) {
    v.segments.forEach((segment, i) => {
      if (!c.object(`segments[${i}]`, segment)) return;
      c.text(`segments[${i}].segment`, segment.segment, { nonEmpty: true, max: 500 });
      c.count(`segments[${i}].customers`, segment.customers);
      c.count(`segments[${i}].purchases`, segment.purchases);
      c.number(`segments[${i}].revenue`, segment.revenue);
    });
  }
  return c.problem;
}

export function snapshotProblem(v: unknown, key: string): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.key('id', v.id, key);
  c.text('name', v.name, { nonEmpty: true });
  c.timestamp('savedAt', v.savedAt);
  c.text('datasetId', v.datasetId, { nonEmpty: true });
  c.text('datasetName', v.datasetName);
  c.part('dataset', datasetInfoProblem(v.dataset));
  c.part('summary', importSummaryProblem(v.summary));
  c.part('settings', scoringSettingsProblem(v.settings));
  c.part('result', scoreResultProblem(v.result));
  c.count('storedBytes', v.storedBytes);
  if (v.config !== undefined) {
    const config = validateConfig(v.config);
    if (!config.ok) c.part('config', config.problems[0]);
  }
  // A prediction this version cannot read would only be left off the Prediction tab, but one kept
  // must be one it can show.
  if (v.prediction !== undefined && fromStoredPrediction(v.prediction) === null) c.fail('prediction', 'bad_shape');
  return c.problem;
}

export const snapshotCustomersProblem = (v: unknown, key: string): RecordProblem | null => blobRecordProblem(v, key, CUSTOMERS_FORMAT);
