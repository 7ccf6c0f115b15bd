// One validator per store: what the read paths, the set-aside list and restore ask of a record.

import type { StoreName } from '../schema';
import type { RecordProblem, Validator } from './check';
import { storedConfigProblem } from './configs';
import { keptDatasetProblem, keptOrdersProblem } from './datasets';
import { rememberedMappingProblem } from './mappings';
import { settingProblem } from './settings';
import { answerProblem, campaignProblem, surveyProblem } from './shaped';
import { snapshotCustomersProblem, snapshotProblem } from './snapshots';

export type { RecordProblem, RecordProblemKind } from './check';

export const VALIDATORS: Record<StoreName, Validator> = {
  settings: settingProblem,
  mappings: rememberedMappingProblem,
  datasets: keptDatasetProblem,
  'dataset-orders': keptOrdersProblem,
  snapshots: snapshotProblem,
  'snapshot-customers': snapshotCustomersProblem,
  'archetype-configs': storedConfigProblem,
  surveys: surveyProblem,
  'survey-answers': answerProblem,
  campaigns: campaignProblem,
};

export const recordProblem = (store: StoreName, value: unknown, key: string): RecordProblem | null => VALIDATORS[store](value, key);
