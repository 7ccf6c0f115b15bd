import { describe, expect, it } from 'vitest';
import { cellKey, type Grid, gridCells, OTHER_COLOR, OTHER_ID } from '../../src/lib/archetypes/config';
import { CONFIG_PRESETS, type ConfigPresetId, configFromPreset, isConfigPresetId, RULE_PRESETS, rulePreset } from '../../src/lib/archetypes/presets';
import { validateConfig } from '../../src/lib/archetypes/validate';
import { configWarnings } from '../../src/lib/archetypes/warnings';

const BIN_COUNTS = [2, 3, 4, 5];
const ALL_GRIDS: Grid[] = BIN_COUNTS.flatMap((r) => BIN_COUNTS.flatMap((f) => BIN_COUNTS.map((m) => ({ r, f, m }))));
const FULL = { r: 5, f: 5, m: 5 };

/** The segment a customer of cell (r, f, m) falls into under the preset alone. */
const segmentAt = (preset: ConfigPresetId, grid: Grid) => {
  const { cells } = configFromPreset(preset, grid);
  return (r: number, f: number, m: number) => cells[cellKey(r, f, m)] ?? OTHER_ID;
};

type Expected = [r: number, f: number, m: number, segment: string];

function expectCells(preset: ConfigPresetId, grid: Grid, expected: Expected[]): void {
  const at = segmentAt(preset, grid);
  for (const [r, f, m, segment] of expected) expect(at(r, f, m), `${preset} ${grid.r}x${grid.f}x${grid.m} cell ${cellKey(r, f, m)}`).toBe(segment);
}

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('presets', () => {
  it('are the eleven archetypes, first, and the R package rules; a user configuration id is none of them', () => {
    expect(CONFIG_PRESETS).toEqual(['default', 'rfm-package']);
    expect(CONFIG_PRESETS.every(isConfigPresetId)).toBe(true);
    expect(isConfigPresetId('cfg-2026-11-23')).toBe(false);
  });

  it('refuses a grid with fewer than 2 or more than 5 scores on an axis', () => {
    expect(() => configFromPreset('default', { r: 5, f: 1, m: 5 })).toThrow(/Bins for F .* got 1/);
    expect(() => configFromPreset('rfm-package', { r: 6, f: 5, m: 5 })).toThrow(/Bins for R must be an integer from 2 to 5, got 6/);
  });

  describe.each(CONFIG_PRESETS)('%s', (preset) => {
    it.each(ALL_GRIDS)('is a valid configuration on the $r x $f x $m grid', (grid) => {
      const config = configFromPreset(preset, grid);
      expect(validateConfig(config)).toEqual({ ok: true, config });
      expect(config).toMatchObject({ id: preset, basedOn: preset, name: '', grid, rules: [] });
    });

    it('colours each archetype apart from the others, from the rule presets and from Other, readable on white', () => {
      const colors = [
        ...configFromPreset(preset, FULL).archetypes.map((a) => a.color),
        ...RULE_PRESETS.map((r) => rulePreset(r, FULL, r).archetype.color),
        OTHER_COLOR,
      ];
      expect(new Set(colors.map((c) => c.toLowerCase())).size).toBe(colors.length);
      for (const color of colors) expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('default preset', () => {
  it('has the eleven archetypes, most valuable first, and leaves no cell of any grid to Other', () => {
    expect(configFromPreset('default', FULL).archetypes.map((a) => a.id)).toEqual([
      'champions',
      'loyal',
      'potential_loyalist',
      'new',
      'promising',
      'need_attention',
      'about_to_sleep',
      'at_risk',
      'cant_lose',
      'hibernating',
      'lost',
    ]);
    for (const grid of ALL_GRIDS) {
      const { cells } = configFromPreset('default', grid);
      expect(gridCells(grid).filter((c) => !cells[c.key]), `${grid.r}x${grid.f}x${grid.m}`).toEqual([]);
    }
  });

  it('reads the R x FM table on the 5 x 5 x 5 grid', () => {
    // FM = floor((F + M + 1) / 2).
    expectCells('default', FULL, [
      [5, 5, 4, 'champions'], // FM 5
      [5, 3, 4, 'champions'], // FM 4
      [5, 1, 2, 'potential_loyalist'], // FM 2
      [5, 1, 1, 'new'],
      [4, 4, 5, 'champions'], // FM 4.5 -> 5
      [4, 4, 4, 'loyal'],
      [4, 1, 1, 'promising'],
      [3, 5, 4, 'loyal'], // FM 5
      [3, 3, 3, 'need_attention'],
      [3, 1, 2, 'about_to_sleep'], // FM 2
      [2, 5, 4, 'cant_lose'], // FM 5
      [2, 4, 4, 'at_risk'],
      [2, 1, 2, 'hibernating'], // FM 2
      [1, 5, 5, 'cant_lose'],
      [1, 2, 3, 'at_risk'], // FM 3
      [1, 1, 2, 'lost'], // FM 2
    ]);
  });

  it('projects the 2 x 2 x 2 grid onto scores 1 and 5, from Champions to Lost', () => {
    expectCells('default', { r: 2, f: 2, m: 2 }, [
      [2, 2, 2, 'champions'], // R 5, FM 5
      [2, 2, 1, 'potential_loyalist'], // R 5, FM (5 + 1 + 1) / 2 = 3
      [2, 1, 1, 'new'], // R 5, FM 1
      [1, 2, 2, 'cant_lose'], // R 1, FM 5
      [1, 2, 1, 'at_risk'], // R 1, FM 3
      [1, 1, 1, 'lost'], // R 1, FM 1
    ]);
  });

  it('projects each axis of a 3 x 4 x 2 grid on its own', () => {
    // R: 1, 3, 5.  F: 1, 2, 4, 5.  M: 1, 5.
    expectCells('default', { r: 3, f: 4, m: 2 }, [
      [3, 4, 2, 'champions'], // R 5, F 5, M 5 -> FM 5
      [3, 3, 2, 'champions'], // R 5, F 4, M 5 -> FM 5
      [3, 1, 1, 'new'], // R 5, F 1, M 1 -> FM 1
      [2, 4, 1, 'need_attention'], // R 3, F 5, M 1 -> FM 3
      [2, 3, 1, 'need_attention'], // R 3, F 4, M 1 -> FM 3
      [2, 2, 2, 'loyal'], // R 3, F 2, M 5 -> FM 4
      [1, 4, 2, 'cant_lose'], // R 1, F 5, M 5 -> FM 5
      [1, 1, 1, 'lost'], // R 1, F 1, M 1 -> FM 1
    ]);
  });
});

describe('rfm-package preset', () => {
  it('has the ten segments of the package README in value order, and leaves the cells no rule contains to Other', () => {
    const config = configFromPreset('rfm-package', FULL);
    expect(config.archetypes.map((a) => a.id)).toEqual([
      'champions',
      'loyal',
      'potential_loyalist',
      'new',
      'promising',
      'need_attention',
      'about_to_sleep',
      'at_risk',
      'cant_lose',
      'lost',
    ]);
    const unassigned = gridCells(FULL).filter((c) => !config.cells[c.key]);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(configWarnings(config)).toEqual([{ kind: 'unassigned', cells: unassigned.length }]);
  });

  it('gives the segments of the published vignette rows', () => {
    expectCells('rfm-package', FULL, [
      [3, 4, 3, 'potential_loyalist'],
      [4, 1, 2, 'new'],
      [3, 2, 3, 'loyal'],
      [5, 4, 4, 'potential_loyalist'],
      [4, 3, 3, 'potential_loyalist'],
      [5, 5, 5, 'champions'],
      [3, 5, 5, 'potential_loyalist'],
      [3, 2, 1, 'about_to_sleep'],
      [4, 4, 5, 'potential_loyalist'],
    ]);
  });

  it('reaches the remaining segments and Other', () => {
    expectCells('rfm-package', FULL, [
      [4, 1, 3, 'promising'],
      [1, 3, 4, 'cant_lose'],
      [1, 5, 5, 'at_risk'], // F 5 is outside Can't Lose Them (3-4)
      [1, 3, 3, 'need_attention'],
      [1, 1, 1, 'lost'],
      // M 1 fails Potential Loyalist (2-5), R 5 fails Loyal and Promising, F 4 fails New (1-3).
      [5, 4, 1, OTHER_ID],
    ]);
  });

  it('gives a cell that several rules contain to the first of them', () => {
    expectCells('rfm-package', FULL, [
      [3, 3, 3, 'potential_loyalist'], // also Loyal, Promising, Need Attention
      [4, 2, 3, 'loyal'], // also Promising
      [2, 3, 4, 'loyal'], // also Can't Lose Them and At Risk
    ]);
  });

  it('matches the README rules, transcribed from their vectors, on every 5-point cell', () => {
    const names = ['champions', 'potential_loyalist', 'loyal', 'promising', 'new', 'cant_lose', 'at_risk', 'need_attention', 'about_to_sleep', 'lost'];
    const rl = [5, 3, 2, 3, 4, 1, 1, 1, 2, 1];
    const ru = [5, 5, 4, 4, 5, 2, 2, 3, 3, 1];
    const fl = [5, 3, 2, 1, 1, 3, 2, 3, 1, 1];
    const fu = [5, 5, 4, 3, 3, 4, 5, 5, 3, 5];
    const ml = [5, 2, 2, 3, 1, 4, 4, 3, 1, 1];
    const mu = [5, 5, 4, 5, 5, 5, 5, 5, 4, 5];
    const at = segmentAt('rfm-package', FULL);
    for (const c of gridCells(FULL)) {
      const i = names.findIndex((_, k) => c.r >= rl[k] && c.r <= ru[k] && c.f >= fl[k] && c.f <= fu[k] && c.m >= ml[k] && c.m <= mu[k]);
      expect(at(c.r, c.f, c.m), c.key).toBe(i < 0 ? OTHER_ID : names[i]);
    }
  });

  it('applies the rules to projected scores on smaller grids', () => {
    expectCells('rfm-package', { r: 3, f: 3, m: 3 }, [
      [3, 3, 3, 'champions'], // 5, 5, 5
      [1, 1, 1, 'lost'], // 1, 1, 1
      [2, 1, 3, 'promising'], // 3, 1, 5
    ]);
    // A 2-bin axis projects to 1 and 5, so the extreme rules still fire.
    expectCells('rfm-package', { r: 2, f: 2, m: 2 }, [
      [2, 2, 2, 'champions'], // 5, 5, 5
      [1, 1, 1, 'lost'], // 1, 1, 1
    ]);
  });
});

describe('rule presets', () => {
  it('Forgotten is R 4-5, F 1-2, M 1-2 on five scores; VIP the top F and M; Newcomers one purchase within 30 days', () => {
    expect(rulePreset('forgotten', FULL, 'x').rule.when).toEqual({ r: [4, 5], f: [1, 2], m: [1, 2] });
    expect(rulePreset('forgotten', { r: 3, f: 2, m: 3 }, 'x').rule.when).toEqual({ r: [3, 3], f: [1, 1], m: [1, 1] });
    expect(rulePreset('vip', FULL, 'x').rule.when).toEqual({ f: [4, 5], m: [5, 5] });
    expect(rulePreset('newcomers', FULL, 'x').rule.when).toEqual({ minOrders: 1, maxOrders: 1, maxRecencyDays: 30 });
  });
});
