// The printed report's paper: its size, the default for the user's region, and the scale at which
// the report fills one page. Pure, so the fit is tested in Node with made-up heights.

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Millimetres: ISO 216 A4 and US Letter (8.5 x 11 in). */
const SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** The page's margin on every side, in millimetres: inside what every office printer reaches. */
export const MARGIN_MM = 10;

/** CSS pixels per millimetre (96 per inch). */
export const PX_PER_MM = 96 / 25.4;

/** CLDR's regions that use US Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'SV', 'NI', 'PA', 'BZ']);

/** The paper of the user's region: Letter for en-US (and the other Letter regions), A4 otherwise. */
export function defaultPaper(languages: readonly string[]): Paper {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return LETTER_REGIONS.has(region) ? 'letter' : 'a4';
    } catch {
      // A tag the browser itself would not parse: the next one decides.
    }
  }
  return 'a4';
}

/** What the printer can print on, in millimetres. */
export function printableArea(paper: Paper): { width: number; height: number } {
  const { width, height } = SIZES[paper];
  return { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM };
}

/** The `@page` rule that sets the paper for the browser's print dialog. */
export function pageRule(paper: Paper): string {
  return `@page { size: ${paper === 'a4' ? 'A4' : 'letter'} portrait; margin: ${MARGIN_MM}mm; }`;
}

/** Part of the page kept free, against rounding between the screen's layout and the printer's. */
const SAFETY = 0.97;
/** Below this the type is too small to read; a report this long is printed at it and runs over. */
export const MIN_SCALE = 0.4;

/**
 * The largest scale, at most 1, at which the report fits one page. A report scaled down is laid
 * out wider (width / scale) so that, scaled, it still spans the page; its scaled height
 * (scale x its height at that width) grows with the scale, so the answer is found by bisection.
 * `heightAt(width)` lays the report out at a width in CSS pixels and measures its height.
 */
export function fitScale(heightAt: (widthPx: number) => number, page: { width: number; height: number }): number {
  const room = page.height * SAFETY;
  const fits = (scale: number) => scale * heightAt(page.width / scale) <= room;
  if (fits(1)) return 1;
  let low = MIN_SCALE;
  let high = 1;
  // Eight halvings: within 0.3 % of the best scale, eight layouts of one page.
  for (let pass = 0; pass < 8; pass++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
