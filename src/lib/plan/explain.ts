// One line of text per number of the cascade, as a catalog key with its parameters, so the page
// can show how each number was reached (a tooltip or a line under the table) in the user's
// language. Parameters are plain numbers: the page formats them as it formats the table.

import type { TranslationKey } from '../i18n/types';
import type { CascadeResult, StepChannel, StepResult } from './cascade';
import { lateShare, type DoubleCharge } from './double-charge';

export interface ExplainLine {
  key: TranslationKey;
  params: Record<string, string | number>;
}

export function explainStep(step: StepChannel, result: StepResult, channelName: string): Record<'sent' | 'delivered' | 'read' | 'responses' | 'cost', ExplainLine> {
  return {
    sent: { key: 'plan.explain.sent', params: { channel: channelName, sent: result.sent, reachable: result.reachable } },
    delivered: { key: 'plan.explain.delivered', params: { rate: step.delivery, delivered: result.delivered } },
    read: { key: 'plan.explain.read', params: { rate: step.read, read: result.read } },
    responses: { key: 'plan.explain.responses', params: { rate: step.response, responses: result.responses } },
    cost:
      step.charged === 'delivered'
        ? { key: 'plan.explain.costDelivered', params: { price: step.price, delivered: result.delivered, cost: result.cost } }
        : { key: 'plan.explain.costSent', params: { price: step.price, sent: result.sent, cost: result.cost } },
  };
}

export function explainBaselines(result: CascadeResult): Record<'smsToAll' | 'allChannels', ExplainLine> {
  // A cascade dearer than a baseline says so ("costs 2.10 more"), never "saves -2.10".
  const line = (saves: TranslationKey, more: TranslationKey, b: CascadeResult['baselines']['sms_to_all']): ExplainLine =>
    b.saving < 0 ? { key: more, params: { sent: b.sent, cost: b.cost, extra: -b.saving } } : { key: saves, params: { sent: b.sent, cost: b.cost, saving: b.saving } };
  return {
    smsToAll: line('plan.explain.smsToAll', 'plan.explain.smsToAllMore', result.baselines.sms_to_all),
    allChannels: line('plan.explain.allChannels', 'plan.explain.allChannelsMore', result.baselines.all_channels),
  };
}

/** The double-charging warning of each step that lets late-reported customers through; none where nothing is expected. */
export function explainDoubleCharge(steps: readonly (StepChannel & { timeoutHours: number })[], charge: DoubleCharge): (ExplainLine | null)[] {
  return steps.map((step, k) => {
    const { extraMessages, extraCost } = charge.byStep[k];
    if (!(extraMessages > 0 || extraCost > 0)) return null;
    return { key: 'plan.explain.doubleCharge', params: { hours: step.timeoutHours, messages: extraMessages, cost: extraCost, share: lateShare(step.timeoutHours) } };
  });
}
