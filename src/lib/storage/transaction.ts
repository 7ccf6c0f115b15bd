// The one way the app writes several records: all of them, or none.

/**
 * Runs the writes of one transaction and waits for it to commit. A write that fails, even
 * synchronously (a value the store cannot hold), aborts the transaction, so earlier writes of
 * the same transaction are undone too.
 */
export async function allOrNothing(tx: { done: Promise<void>; abort(): void }, writes: (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [tx.done];
  try {
    for (const write of writes) pending.push(write());
    await Promise.all(pending);
  } catch (error) {
    // After an abort every pending request rejects too: the first failure is the one to report.
    for (const request of pending) request.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    throw error;
  }
}
