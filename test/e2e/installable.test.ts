// Chromium considers the built app installable: its manifest is served and complete, every icon
// and screenshot loads at the size it declares (a maskable icon, a wide and a narrow screenshot
// included), and a service worker controls the page.
// Chromium's own verdict comes from the DevTools protocol (Page.getInstallabilityErrors).
import { expect, inject, it } from 'vitest';
import { openApp } from './helpers/browser';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

interface ManifestScreenshot {
  src: string;
  sizes: string;
  type: string;
  form_factor?: 'wide' | 'narrow';
  label?: string;
}

it('is installable: manifest, icons, service worker, and no installability error from Chromium', async () => {
  const app = await openApp(inject('baseUrl'), { width: 1280, height: 800 });
  try {
    const { page } = app;
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });

    const manifestUrl = await page.evaluate(() => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href ?? null);
    expect(manifestUrl).not.toBeNull();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl!);
    expect(manifest).toMatchObject({ name: 'CVM Lab', short_name: 'CVM Lab', display: 'standalone', theme_color: '#1f3a5f', start_url: './' });

    const icons = manifest.icons as ManifestIcon[];
    expect(icons.some((i) => i.sizes === '192x192' && i.type === 'image/png')).toBe(true);
    expect(icons.some((i) => i.sizes === '512x512' && i.type === 'image/png' && (i.purpose ?? 'any') === 'any')).toBe(true);
    expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    // Chromium's richer install dialog shows wide screenshots on desktops, the others on phones.
    const screenshots = (manifest.screenshots ?? []) as ManifestScreenshot[];
    const isWide = (s: ManifestScreenshot) => s.form_factor === 'wide';
    const isNarrow = (s: ManifestScreenshot) => (s.form_factor ?? 'narrow') === 'narrow';
    expect(screenshots.filter(isWide).length).toBeGreaterThan(0);
    expect(screenshots.filter(isNarrow).length).toBeGreaterThan(0);
    for (const shot of screenshots) {
      const [width, height] = shot.sizes.split('x').map(Number) as [number, number];
      expect(shot.type, shot.src).toBe('image/png');
      expect(shot.label, shot.src).toBeTruthy();
      expect(isWide(shot) ? width > height : width < height, `${shot.src} is ${shot.form_factor ?? 'narrow'}`).toBe(true);
    }

    for (const image of [...icons.filter((i) => i.type === 'image/png'), ...screenshots]) {
      const size = await page.evaluate(async (src) => {
        const element = new Image();
        element.src = new URL(src, document.baseURI).href;
        await element.decode();
        return `${element.naturalWidth}x${element.naturalHeight}`;
      }, image.src);
      expect(size, image.src).toBe(image.sizes);
    }

    const cdp = await app.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
  } finally {
    await app.close();
  }
});

it('shows the storage used and available, and the browser’s answer to a request to keep the data', async () => {
  const app = await openApp(inject('baseUrl'), { width: 390, height: 844, locale: 'en-GB' });
  try {
    const { page } = app;
    const panel = page.getByTestId('storage-status');
    await expect.poll(() => page.getByTestId('storage-usage').innerText()).toMatch(/^[\d.,]+ (B|KB|MB|GB) used, [\d.,]+ (KB|MB|GB) still available to the app\.$/);
    await expect.poll(() => panel.getAttribute('data-persistence')).not.toBe('unknown');
    if ((await panel.getAttribute('data-persistence')) === 'best-effort') {
      await page.getByTestId('storage-persist').click();
      await expect.poll(() => panel.getAttribute('data-persistence')).toMatch(/^(granted|denied)$/);
      expect(await panel.innerText()).toMatch(/The browser (agreed|declined)/);
    }
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
  }
});
