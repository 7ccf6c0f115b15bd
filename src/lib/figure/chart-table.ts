// A chart's data as a table a person opens in a spreadsheet: what the CSV button of every chart
// writes. Pure, so it reads any chart's plain data (Chart.js's `data`, copied out of the chart) in
// Node as in the page.

/** What a chart holds, whatever its kind: category labels with one value per label and series, or points. */
export interface ChartDataLike {
  labels?: readonly unknown[];
  datasets: readonly { label?: string; data: readonly unknown[] }[];
}

/** The column names, in the user's language. */
export interface ChartTableText {
  /** The labels' column of a category chart (segment, month, group). */
  category: string;
  /** The series' column of a chart of points. */
  series: string;
  /** The axes' titles, when the chart has them. */
  x: string;
  y: string;
}

export interface ChartTable {
  header: string[];
  rows: (string | number | null)[][];
}

const isPoint = (value: unknown): value is { x: unknown; y: unknown } => typeof value === 'object' && value !== null && 'x' in value && 'y' in value;

/** A label as shown: a multi-line label (Chart.js takes an array of lines) on one line. */
function labelText(label: unknown): string {
  if (Array.isArray(label)) return label.map(String).join(' ');
  return label === null || label === undefined ? '' : String(label);
}

/** A number stays a number (the CSV writes plain digits); anything else is text; gaps are empty. */
function cell(value: unknown): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined) return null;
  return String(value);
}

/**
 * Category charts (bar, line, stacked): a row per label, a column per series. Charts of points
 * (bubble, scatter): a row per point with its series, x and y. A bubble's radius is left out: it
 * is a drawing size, and the quantity it stands for is the chart's own business (its tooltip).
 */
export function chartTable(data: ChartDataLike, text: ChartTableText): ChartTable {
  const series = data.datasets.map((d, i) => d.label || `${i + 1}`);
  if (data.datasets.some((d) => d.data.some(isPoint))) {
    const rows = data.datasets.flatMap((d, i) => d.data.filter(isPoint).map((p) => [series[i], cell(p.x), cell(p.y)]));
    return { header: [text.series, text.x, text.y], rows };
  }
  const labels = data.labels ?? [];
  const length = Math.max(labels.length, ...data.datasets.map((d) => d.data.length));
  const rows = Array.from({ length }, (_, i) => [labelText(labels[i]), ...data.datasets.map((d) => cell(d.data[i]))]);
  return { header: [text.category, ...series], rows };
}
