// Which synced stores (sync-channel.ts) a restore wrote to, so that every tab, the restoring one
// too, reads them again: a restore writes behind all of their lists and editors. The library
// (datasets, snapshots) is announced by its own state after a restore, as after any of its writes.

import { MESSAGE_TEMPLATE_PREFIX } from './message-templates';
import { PLAN_CHANNELS_KEY } from './plan-channels';
import type { RestoreWrite } from './restore-plan';
import type { SyncedStore } from './sync-channel';

function channelOf(write: RestoreWrite): SyncedStore | null {
  switch (write.store) {
    case 'archetype-configs':
    case 'surveys':
    case 'campaigns':
      return write.store;
    // A survey's list shows how many answers it holds (surveys.ts announces answers the same way).
    case 'survey-answers':
      return 'surveys';
    case 'settings':
      if (write.key === PLAN_CHANNELS_KEY) return 'plan-channels';
      return write.key?.startsWith(MESSAGE_TEMPLATE_PREFIX) ? 'message-templates' : null;
    default:
      return null;
  }
}

export function restoredChannels(writes: readonly RestoreWrite[]): Set<SyncedStore> {
  const channels = new Set<SyncedStore>();
  for (const write of writes) {
    const channel = channelOf(write);
    if (channel) channels.add(channel);
  }
  return channels;
}
