// What the SMS message of a plan costs in parts: an SMS is billed per part and the part count
// depends on the text each customer gets ({days_since_purchase} may add a digit, a Cyrillic offer
// switches the whole text to UCS-2), so the planner and the command line price the SMS step at
// its price per part times the mean parts over the customers it could be sent to.

import type { PlanTarget } from '../engine/api';
import { renderTemplate, type TemplateValues } from './message-template';
import { smsLength } from './sms';
import { targetValues } from './target-lists';

/**
 * The mean SMS parts of `template` rendered for each of the segment's customers with a phone; 1
 * when there is no message or nobody has a phone (the price as entered). An empty text still
 * costs a part, as a sent SMS does.
 */
export function meanSmsParts(
  template: string | null,
  targets: readonly PlanTarget[],
  segmentName: string,
  offer: string,
  fallbacks: TemplateValues = {},
): number {
  if (template === null || template.trim() === '') return 1;
  let customers = 0;
  let parts = 0;
  for (const target of targets) {
    if (target.phone === null) continue;
    customers += 1;
    parts += Math.max(1, smsLength(renderTemplate(template, targetValues(target, segmentName, offer), fallbacks)).parts);
  }
  return customers === 0 ? 1 : parts / customers;
}
