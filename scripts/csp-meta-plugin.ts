// Writes the app's Content-Security-Policy (scripts/content-security-policy.ts) into the built
// index.html as its first head element, so a host that sends no header still gets the policy for
// the page. The build only: Vite's dev server injects inline scripts and styles for hot reload,
// which the policy forbids.

import type { Plugin } from 'vite';
import { CSP_META } from './content-security-policy.ts';

export function cspMetaTag(): Plugin {
  return {
    name: 'cvm:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
    },
  };
}
