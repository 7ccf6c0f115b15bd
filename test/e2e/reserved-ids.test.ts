// A configuration file whose archetype takes an id the app uses itself (the movement matrix's
// "not yet a customer" row) is refused on import with a message naming the field; the Movement
// tab, which such an archetype broke (each_key_duplicate), keeps working.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/use-app';

describe('an imported configuration with a reserved archetype id', () => {
  const ctx = useApp({ width: 1280, height: 1000, locale: 'en-GB' });

  it('is refused with the field named, and nothing is added', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('config-export').click()]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    // The "lost" archetype renamed to the sentinel everywhere it is named: a consistent file otherwise.
    json.archetypes = json.archetypes.map((a: { id: string }) => (a.id === 'lost' ? { ...a, id: '__not-yet__' } : a));
    for (const [key, archetype] of Object.entries(json.cells)) if (archetype === 'lost') json.cells[key] = '__not-yet__';
    const file = join(tmpdir(), 'sentinel.cvm-segments.json');
    await writeFile(file, JSON.stringify(json));

    await page.getByTestId('config-import').setInputFiles(file);
    const problems = await page.getByTestId('config-problems').innerText();
    expect(problems).toContain('“sentinel.cvm-segments.json” was not imported');
    expect(problems).toMatch(/archetypes\[\d+\]\.id: this id is reserved for the app/);
    expect(await page.locator('[data-testid="config-select"] option').count()).toBe(2);
    expect(await page.getByTestId('preset-note').isVisible()).toBe(true);
  });
});
