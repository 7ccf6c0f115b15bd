// Text drawn on a colour the data chooses (a segment's, a heat-map cell's): white or black,
// whichever contrasts more by WCAG's relative luminance. One of the two always reaches 4.58:1,
// so small labels stay readable on every colour (most archetype colours reach 3:1 against white
// only, and a mid-tone like ochre reaches 4.5:1 only against pure black).

const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** `#rrggbb` or `rgb(r, g, b)` as its three 0..255 channels. */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const [r = 0, g = 0, b = 0] = colour.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
  return [r, g, b];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function textColorOn(background: string): string {
  return contrastRatio(background, LIGHT_TEXT) >= contrastRatio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}
