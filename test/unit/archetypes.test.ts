import { describe, expect, it } from 'vitest';
import {
  cellKey,
  fmScore,
  PRESET_IDS,
  presetById,
  projectScore,
  type ArchetypePreset,
  type Grid,
} from '../../src/lib/rfm/archetypes.ts';

const BIN_COUNTS = [2, 3, 4, 5];
const ALL_GRIDS: Grid[] = BIN_COUNTS.flatMap((r) => BIN_COUNTS.flatMap((f) => BIN_COUNTS.map((m) => ({ r, f, m }))));

function archetypeMap(preset: ArchetypePreset, grid: Grid): Map<string, string> {
  return new Map(preset.assign(grid).map((c) => [cellKey(c.r, c.f, c.m), c.archetype]));
}

type Expected = [r: number, f: number, m: number, archetype: string];

function expectCells(preset: ArchetypePreset, grid: Grid, expected: Expected[]): void {
  const got = archetypeMap(preset, grid);
  for (const [r, f, m, archetype] of expected) {
    expect(got.get(cellKey(r, f, m)), `${preset.id} ${grid.r}x${grid.f}x${grid.m} cell ${cellKey(r, f, m)}`).toBe(archetype);
  }
}

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('projection onto the 5-point scale', () => {
  it('spreads each grid evenly from 1 to 5', () => {
    const table = BIN_COUNTS.map((n) => Array.from({ length: n }, (_, i) => projectScore(i + 1, n)));
    expect(table).toEqual([
      [1, 5],
      [1, 3, 5],
      [1, 2, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
  });

  it('rejects scores and bin counts outside the supported range', () => {
    expect(() => projectScore(0, 3)).toThrow(/Score 0 is outside 1\.\.3/);
    expect(() => projectScore(4, 3)).toThrow(/outside/);
    expect(() => projectScore(1, 6)).toThrow(/from 2 to 5, got 6/);
    expect(() => presetById('default').assign({ r: 5, f: 1, m: 5 })).toThrow(/Bins for F .* got 1/);
  });

  it('combines F and M by their mean rounded half up', () => {
    expect(fmScore(5, 4)).toBe(5);
    expect(fmScore(3, 4)).toBe(4);
    expect(fmScore(2, 4)).toBe(3);
    expect(fmScore(1, 2)).toBe(2);
    expect(fmScore(1, 1)).toBe(1);
  });
});

describe('presets', () => {
  it('are listed and found by id', () => {
    expect(PRESET_IDS).toEqual(['default', 'rfm-package']);
    for (const id of PRESET_IDS) expect(presetById(id).id).toBe(id);
  });

  it('name the unknown id and the known ones', () => {
    expect(() => presetById('nope')).toThrow('Unknown archetype preset "nope"; known presets: default, rfm-package');
  });

  describe.each(PRESET_IDS)('%s', (id) => {
    const preset = presetById(id);

    it.each(ALL_GRIDS)('puts every cell of $r x $f x $m in exactly one of its archetypes', (grid) => {
      const cells = preset.assign(grid);
      expect(cells).toHaveLength(grid.r * grid.f * grid.m);
      const keys = new Set(cells.map((c) => cellKey(c.r, c.f, c.m)));
      expect(keys.size).toBe(cells.length);
      for (const c of cells) {
        expect(c.r >= 1 && c.r <= grid.r && c.f >= 1 && c.f <= grid.f && c.m >= 1 && c.m <= grid.m).toBe(true);
      }
      const ids = new Set(preset.archetypes.map((a) => a.id));
      expect(cells.filter((c) => !ids.has(c.archetype))).toEqual([]);
    });

    it('reaches every one of its archetypes on the 5 x 5 x 5 grid', () => {
      const reached = new Set(preset.assign({ r: 5, f: 5, m: 5 }).map((c) => c.archetype));
      expect([...reached].sort()).toEqual(preset.archetypes.map((a) => a.id).sort());
    });

    it('lists archetypes most valuable first, each with its own colour readable on white', () => {
      const ranks = preset.archetypes.map((a) => a.valueRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size).toBe(ranks.length);
      expect(preset.archetypes[0].id).toBe('champions');
      const colors = preset.archetypes.map((a) => a.color.toLowerCase());
      expect(new Set(colors).size).toBe(colors.length);
      for (const a of preset.archetypes) {
        expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrastOnWhite(a.color), a.id).toBeGreaterThanOrEqual(3);
      }
    });
  });
});

describe('default preset', () => {
  const preset = presetById('default');

  it('has the eleven archetypes and never falls back to others', () => {
    expect(preset.archetypes.map((a) => a.id)).toEqual([
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
    const reached = new Set(preset.assign({ r: 5, f: 5, m: 5 }).map((c) => c.archetype));
    expect(reached.size).toBe(11);
    expect(reached.has('others')).toBe(false);
  });

  it('reads the R x FM table on the 5 x 5 x 5 grid', () => {
    // FM = floor((F + M + 1) / 2).
    expectCells(preset, { r: 5, f: 5, m: 5 }, [
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
    expectCells(preset, { r: 2, f: 2, m: 2 }, [
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
    expectCells(preset, { r: 3, f: 4, m: 2 }, [
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
  const preset = presetById('rfm-package');
  const full = { r: 5, f: 5, m: 5 };

  it('gives the segments of the published vignette rows', () => {
    expectCells(preset, full, [
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

  it('reaches the remaining segments and others', () => {
    expectCells(preset, full, [
      [4, 1, 3, 'promising'],
      [1, 3, 4, 'cant_lose'],
      [1, 5, 5, 'at_risk'], // F 5 is outside Can't Lose Them (3-4)
      [1, 3, 3, 'need_attention'],
      [1, 1, 1, 'lost'],
      // M 1 fails Potential Loyalist (2-5), R 5 fails Loyal and Promising, F 4 fails New (1-3).
      [5, 4, 1, 'others'],
    ]);
  });

  it('gives a cell that several rules contain to the first of them', () => {
    expectCells(preset, full, [
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
    for (const c of preset.assign(full)) {
      const i = names.findIndex((_, k) => c.r >= rl[k] && c.r <= ru[k] && c.f >= fl[k] && c.f <= fu[k] && c.m >= ml[k] && c.m <= mu[k]);
      expect(c.archetype, cellKey(c.r, c.f, c.m)).toBe(i < 0 ? 'others' : names[i]);
    }
  });

  it('applies the rules to projected scores on smaller grids', () => {
    expectCells(preset, { r: 3, f: 3, m: 3 }, [
      [3, 3, 3, 'champions'], // 5, 5, 5
      [1, 1, 1, 'lost'], // 1, 1, 1
      [2, 1, 3, 'promising'], // 3, 1, 5
    ]);
    // A 2-bin axis projects to 1 and 5, so the extreme rules still fire.
    expectCells(preset, { r: 2, f: 2, m: 2 }, [
      [2, 2, 2, 'champions'], // 5, 5, 5
      [1, 1, 1, 'lost'], // 1, 1, 1
    ]);
  });
});
