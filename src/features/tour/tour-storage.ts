// The tour's step kept in localStorage, not in the IndexedDB preferences: it is read synchronously
// when the page starts, so the "Tour" button can say where it resumes from the first paint, and it
// is a passing UI note rather than the user's data (no schema, no backup entry). A browser that
// refuses storage (a private window's quota, a policy) just forgets it.

const KEY = 'cvm-lab.tour.step';

export function readTourStep(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeTourStep(id: string | null): void {
  try {
    if (id === null) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, id);
  } catch {
    // Not remembered: the tour still works in this tab.
  }
}
