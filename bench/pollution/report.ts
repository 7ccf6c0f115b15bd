// The printed report: mean score per pollution kind and loader, the simple score of each loader,
// and the files where ours does clearly worse than DuckDB's most forgiving reader, with why.

import type { LoadResult } from './loaders';
import { simpleScore, type FileScore, type TruthTable } from './score';

export interface FileResult {
  name: string;
  kind: string;
  truth: TruthTable;
  /** One per loader, ours first, DuckDB's best second. */
  loads: LoadResult[];
  scores: FileScore[];
}

/** How far below DuckDB's best reader a file must score to be listed. */
const WORSE_BY = 0.5;

/** The kind from the manifest, or from a Pollock-style name without its numbers and code points. */
export function kindOf(name: string, manifest: Record<string, string>): string {
  return manifest[name] ?? name.replace(/_0x[0-9A-Fa-f]+/g, '').replace(/\d+/g, '').replace(/_col$/, '').replace(/_+/g, '_').replace(/_$/, '');
}

const fmt = (n: number) => n.toFixed(2);
const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

function table(rows: string[][], widths: number[]): string[] {
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cut(cell, widths[0]) : cell.padStart(widths[i]))).join('  '));
}

function why(result: FileResult): string {
  const [ours, best] = result.scores;
  const load = result.loads[0];
  // The refusal's first sentence says which check refused; the rest is advice for the user.
  if (!load.ok) return `refused: ${cut(load.reason.split(/(?<=[.?!])\s/)[0], 140).trim()}`;
  const reasons: string[] = [];
  if (ours.header.f1 < best.header.f1) {
    reasons.push(`header wrong (first row: ${(load.table[0] ?? []).slice(0, 4).map((c) => JSON.stringify(cut(c, 18).trim())).join(', ')}…)`);
  }
  if (ours.record.f1 < best.record.f1) {
    const trueRows = (result.truth.noHeader ? result.truth.table : result.truth.table.slice(1)).length;
    const matched = Math.round(ours.record.precision * trueRows);
    reasons.push(`rows lost (${matched} of ${trueRows} true rows found, ${Math.max(0, load.table.length - 1)} loaded)`);
  }
  if (ours.cell.f1 < best.cell.f1) reasons.push(`cells F1 ${fmt(ours.cell.f1)} vs ${fmt(best.cell.f1)}`);
  return reasons.join('; ') || 'lower precision/recall';
}

export function reportLines(results: readonly FileResult[], loaderNames: readonly string[]): string[] {
  const byKind = new Map<string, FileResult[]>();
  for (const result of results) byKind.set(result.kind, [...(byKind.get(result.kind) ?? []), result]);
  const mean = (group: readonly FileResult[], i: number) => fmt(simpleScore(group.map((r) => r.scores[i])));
  const rows = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, group]) => [kind, String(group.length), ...loaderNames.map((_, i) => mean(group, i))]);
  const widths = [28, 5, ...loaderNames.map((name) => Math.max(name.length, 6))];
  const lines = table([['kind', 'files', ...loaderNames], ...rows, ['simple score (0..10)', String(results.length), ...loaderNames.map((_, i) => mean(results, i))]], widths);
  lines.splice(1, 0, '-'.repeat(lines[0].length));
  lines.splice(lines.length - 1, 0, '-'.repeat(lines[0].length));
  const succeeded = loaderNames.map((name, i) => `${name} ${results.filter((r) => r.scores[i].success).length}/${results.length}`);
  lines.push(`loaded without refusal: ${succeeded.join(', ')}`);
  const worse = results.filter((r) => r.scores[0].total < r.scores[1].total - WORSE_BY);
  lines.push('', `${worse.length} files where ${loaderNames[0]} scores more than ${WORSE_BY} below ${loaderNames[1]}:`);
  for (const result of worse) {
    lines.push(`  ${result.name}: ${fmt(result.scores[0].total)} vs ${fmt(result.scores[1].total)}: ${why(result)}`);
  }
  return lines;
}
