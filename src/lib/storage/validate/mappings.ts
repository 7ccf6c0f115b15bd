// A remembered mapping (the `mappings` store): the columns confirmed for a file shape, offered
// again for the next file of that shape. One that cannot be read is not offered.

import { isChannelContacts } from '../../mapping/contact-columns-check';
import { Check, type RecordProblem } from './check';
import { columnMappingProblem } from './column-mapping';

export function rememberedMappingProblem(v: unknown, key: string): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  c.key('signature', v.signature, key);
  c.text('fileName', v.fileName);
  c.part('mapping', columnMappingProblem(v.mapping));
  if (v.excludedStatuses !== undefined && c.array('excludedStatuses', v.excludedStatuses)) {
    if (!v.excludedStatuses.every((s) => typeof s === 'string')) c.fail('excludedStatuses', 'wrong_type');
  }
  if (v.contacts !== undefined && !isChannelContacts(v.contacts)) c.fail('contacts', 'wrong_type');
  c.text('savedAt', v.savedAt);
  return c.problem;
}
