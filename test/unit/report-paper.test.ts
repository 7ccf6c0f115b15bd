// The print report's paper: Letter where the region uses it, and a scale that fits one page.
import { describe, expect, it } from 'vitest';
import { defaultPaper, fitScale, MIN_SCALE, pageRule, printableArea } from '../../src/lib/report/paper';

describe('the report paper', () => {
  it('is Letter for US English and the other Letter regions, A4 elsewhere and for a bare language', () => {
    expect(defaultPaper(['en-US'])).toBe('letter');
    expect(defaultPaper(['es-MX', 'en'])).toBe('letter');
    expect(defaultPaper(['en-GB'])).toBe('a4');
    expect(defaultPaper(['ru-RU'])).toBe('a4');
    expect(defaultPaper(['ru'])).toBe('a4');
    // A bare "en" means US English to CLDR.
    expect(defaultPaper(['en'])).toBe('letter');
    expect(defaultPaper([])).toBe('a4');
  });

  it('prints inside 10 mm margins and says its size to the print dialog', () => {
    expect(printableArea('a4')).toEqual({ width: 190, height: 277 });
    expect(printableArea('letter').height).toBeCloseTo(259.4, 6);
    expect(pageRule('letter')).toBe('@page { size: letter portrait; margin: 10mm; }');
  });
});

describe('the scale that fits the report on one page', () => {
  const page = { width: 700, height: 1000 };

  it('is 1 when the report fits as it is', () => {
    expect(fitScale(() => 900, page)).toBe(1);
  });

  it('shrinks a long report just enough, counting that wider lines make it shorter', () => {
    // Text of a fixed area: height x width stays the same, plus a fixed part (headings, table).
    const heightAt = (width: number) => 400 + (1_200 * 700) / width;
    const scale = fitScale(heightAt, page);
    const scaled = scale * heightAt(page.width / scale);
    expect(scaled).toBeLessThanOrEqual(970);
    // Hardly any room left: not shrunk more than needed.
    expect(scaled).toBeGreaterThan(960);
    // Without the wider lines it would have had to be 970 / 1600.
    expect(scale).toBeGreaterThan(970 / 1_600);
  });

  it('stops at the smallest readable scale', () => {
    expect(fitScale(() => 100_000, page)).toBe(MIN_SCALE);
  });
});
