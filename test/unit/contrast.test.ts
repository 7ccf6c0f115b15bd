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
