// The query helper: a panel's question asked again when what it depends on changes, answers
// to older questions dropped, the last answer kept while the next loads.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { query } from '../../src/app/query.svelte';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('query', () => {
  it('shows the answer to the latest question even when an older answer arrives after it', async () => {
    let asOf = $state('2024-01-01');
    const answers = new Map<string, ReturnType<typeof deferred<number>>>();
    let q!: ReturnType<typeof query<{ asOf: string }, number>>;
    const stop = $effect.root(() => {
      q = query(
        () => ({ asOf }),
        ({ asOf }) => {
          const answer = deferred<number>();
          answers.set(asOf, answer);
          return answer.promise;
        },
      );
    });
    flushSync();
    expect(q.loading).toBe(true);
    answers.get('2024-01-01')!.resolve(1);
    await settle();
    expect(q.current).toBe(1);

    asOf = '2024-02-01';
    flushSync();
    asOf = '2024-03-01';
    flushSync();
    // The last answer stays on screen while the next one loads.
    expect(q.current).toBe(1);
    expect(q.loading).toBe(true);
    answers.get('2024-03-01')!.resolve(3);
    await settle();
    answers.get('2024-02-01')!.resolve(2);
    await settle();
    expect(q.current).toBe(3);
    expect(q.loading).toBe(false);
    stop();
  });

  it('asks nothing new for an equal question, clears the answer when there is nothing to ask, and retries a failure', async () => {
    let key = $state<{ n: number } | null>({ n: 1 });
    let asked = 0;
    let fail = true;
    let q!: ReturnType<typeof query<{ n: number }, number>>;
    const stop = $effect.root(() => {
      q = query(
        () => (key ? { n: key.n } : null),
        async ({ n }) => {
          asked++;
          if (fail) throw new Error('engine busy');
          return n * 10;
        },
      );
    });
    flushSync();
    await settle();
    expect(q.error).toMatchObject({ code: 'engine_failed', details: { reason: 'engine busy' } });
    fail = false;
    q.retry();
    await settle();
    expect(q.error).toBeNull();
    expect(q.current).toBe(10);

    key = { n: 1 };
    flushSync();
    await settle();
    expect(asked).toBe(2);

    key = null;
    flushSync();
    expect(q.current).toBeUndefined();
    expect(q.loading).toBe(false);
    stop();
  });
});
