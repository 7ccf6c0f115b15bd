// Saves bytes made in the worker as a file, without a server round trip.
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `orders.csv` -> `orders-rfm-2011-12-10.csv` */
export function scoresFileName(sourceName: string, asOf: string): string {
  const base = sourceName.replace(/\.[^.]+$/, '') || 'customers';
  return `${base}-rfm-${asOf}.csv`;
}

/** `orders.xlsx` -> `orders-not-used.csv` / `orders-as-read.csv` / `orders-predictions.csv`; `answers.csv` -> `answers-per-segment.csv` */
export function derivedFileName(sourceName: string, suffix: 'not-used' | 'as-read' | 'per-segment' | 'predictions'): string {
  const base = sourceName.replace(/\.[^.]+$/, '') || 'data';
  return `${base}-${suffix}.csv`;
}

/** `orders.csv` + `segment-shares` -> `orders-segment-shares.png`: a chart's picture or data, named after its dataset. */
export function figureFileName(sourceName: string, figure: string, extension: 'png' | 'csv'): string {
  const base = sourceName.replace(/\.[^.]+$/, '') || 'chart';
  return `${base}-${figure}.${extension}`;
}
