// The demo the tour runs on: the locked demo, so a workshop's edits vanish on Reset demo (or on the
// next start) and the next group starts from the shop as shipped.

import type { Send } from '../../app/events';
import { openLockedDemo } from '../demo/locked-demo.svelte';

export function openTourDemo(send: Send): void {
  openLockedDemo(send);
}
