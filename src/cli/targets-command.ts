// `--out-targets DIR` with `--plan`: the target lists of the plan's segment (one CSV per step, the
// control group apart; lib/plan/target-lists.ts) from the engine stage the page uses
// (worker/engine/plan.ts planTargets), and the smallest uplift that control group can detect.

import { detectableForShare } from '../lib/campaign/detectable';
import type { ScoringSettings } from '../lib/engine/api';
import type { SegmentationInput } from '../lib/archetypes/segment';
import type { Translate } from '../lib/i18n/translate';
import type { CascadeResult } from '../lib/plan/cascade';
import type { PlanFile } from '../lib/plan/plan-file';
import { CONTROL_FILE, CONTROL_HEADER, controlBaseline, reachableTargets, TARGET_HEADER, targetFileName, targetLists } from '../lib/plan/target-lists';
import { tableToCsv } from '../lib/spreadsheet-csv';
import type { AnalysisEngine } from '../worker/engine/analysis-engine';
import type { CliPlan } from './args';

export interface TargetFile {
  name: string;
  bytes: Uint8Array;
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const points = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function runTargets(
  engine: AnalysisEngine,
  plan: CliPlan & { targets: NonNullable<CliPlan['targets']> },
  file: PlanFile,
  segment: { id: string; name: string },
  result: CascadeResult,
  settings: ScoringSettings,
  segmentation: SegmentationInput,
  t: Translate,
): { lines: string[]; files: TargetFile[] } {
  const { control, seed } = plan.targets;
  const targets = engine.planTargets(settings, segmentation, plan.contacts, segment.id);
  const made = targetLists(targets, segment, file.steps, file.messages, file.offer, { share: control, seed }, { first_name: t('targets.firstNameFallback') });
  // The control group is drawn from the customers the plan reaches (target-lists.ts), so they are the group it is a share of.
  const reachable = reachableTargets(targets, file.steps).length;
  const files: TargetFile[] = [
    ...made.lists.map((list) => ({ name: targetFileName(list), bytes: tableToCsv(TARGET_HEADER, list.rows) })),
    { name: CONTROL_FILE, bytes: tableToCsv(CONTROL_HEADER, made.control) },
  ];
  const baseline = controlBaseline(result);
  const detectable = detectableForShare(reachable, control, baseline);
  const lines = [
    t('cli.targets.control', { control: made.holdout.control.length, customers: reachable, share: percent.format(control), seed }),
    detectable.uplift === null || detectable.tooSmall !== null
      ? t('cli.targets.tooSmall', { baseline: percent.format(baseline) })
      : t('cli.targets.detectable', { points: points.format(detectable.uplift * 100), baseline: percent.format(baseline) }),
    ...made.lists.map((list) =>
      t(list.step === 1 ? 'cli.targets.first' : 'cli.targets.later', { file: targetFileName(list), count: list.rows.length, step: list.step }),
    ),
  ];
  return { lines, files };
}
