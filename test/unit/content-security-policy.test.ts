// One policy: the header, the meta tag and the README's copies for other hosts say the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../scripts/content-security-policy';

describe('the Content-Security-Policy', () => {
  it('is the meta tag plus frame-ancestors, which a meta tag cannot carry', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(CSP_HEADER).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_HEADER).not.toContain('unsafe-inline');
  });

  it('is the one the README tells other hosts to send, in each of its examples', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const copies = readme.match(/default-src [^"\n]+/g) ?? [];
    expect(copies.length).toBe(3);
    for (const copy of copies) expect(copy.trim()).toBe(CSP_HEADER);
  });
});
