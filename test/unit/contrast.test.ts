import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OTHER_COLOR } from '../../src/lib/archetypes/config';
import { PRESET_ARCHETYPES } from '../../src/lib/archetypes/preset-data';
import { contrastRatio, textColorOn } from '../../src/ui/contrast';

describe('text on a segment colour', () => {
  it('matches the WCAG contrast of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(255, 255, 255)', '#ffffff')).toBe(1);
  });

  it('is readable at small sizes (4.5:1) on every preset archetype colour and on Other', () => {
    for (const colour of [...PRESET_ARCHETYPES.map((a) => a.color), OTHER_COLOR]) {
      expect(contrastRatio(colour, textColorOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('text on a colour the user picks', () => {
  it('reaches 4.5:1 on every colour: white or black, whichever contrasts more', () => {
    for (let r = 0; r <= 255; r += 15) {
      for (let g = 0; g <= 255; g += 15) {
        for (let b = 0; b <= 255; b += 15) {
          const colour = `rgb(${r}, ${g}, ${b})`;
          expect(contrastRatio(colour, textColorOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});

describe('the focus ring', () => {
  const theme = readFileSync(fileURLToPath(new URL('../../src/ui/theme.css', import.meta.url)), 'utf8');
  const header = readFileSync(fileURLToPath(new URL('../../src/ui/AppHeader.svelte', import.meta.url)), 'utf8');
  const variable = (css: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1] ?? '';

  it('stands out 3:1 against the page, the cards and the tab bar, and (white) against the dark header', () => {
    const ring = variable(theme, 'focus-ring');
    for (const background of ['bg', 'surface', 'surface-2', 'border']) {
      expect(contrastRatio(ring, variable(theme, background)), background).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(variable(header, 'focus-ring'), variable(theme, 'brand'))).toBeGreaterThanOrEqual(3);
  });

  it('has a light gap inside it, so on a dark segment colour the gap stands out where the ring does not', () => {
    expect(contrastRatio(variable(theme, 'focus-ring'), variable(theme, 'focus-gap'))).toBeGreaterThanOrEqual(3);
  });
});
