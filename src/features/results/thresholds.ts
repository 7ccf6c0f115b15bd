// Custom thresholds as the user types them: numbers separated by ";" or spaces, with either
// a decimal point or a decimal comma ("12,5"), so both English and Russian habits work.

export function parseThresholds(text: string): number[] | null {
  const parts = text.trim().split(/[\s;]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const numbers = parts.map((p) => Number(p.replace(',', '.')));
  return numbers.every(Number.isFinite) ? numbers : null;
}

/** Rounded cut points to start the custom editor from what the quantiles found. */
export function suggestThresholds(cuts: readonly number[]): string {
  return cuts.map((c) => String(Math.round(c * 100) / 100)).join('; ');
}
