// The demo the tour runs on. One call, so the locked demo (a demo whose edits vanish on reset)
// can take the place of the plain one in a single line.

import type { Send } from '../../app/events';

export function openTourDemo(send: Send): void {
  send({ type: 'open-demo' });
}
