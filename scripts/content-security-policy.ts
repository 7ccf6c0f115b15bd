// The app's Content-Security-Policy, in one place: the build writes it into index.html as a meta
// tag (scripts/csp-meta-plugin.ts), `npm run serve` and the browser tests send it as a header
// (scripts/static-app.ts), and README.md's hosting note tells other hosts to send the same.
//
// With it the browser itself keeps "your file never leaves this device": no script, worker or
// fetch may reach another origin, whatever our code does. 'wasm-unsafe-eval' lets DuckDB's
// WebAssembly compile (nothing else is evaluated); without it the engine cannot start.
// Stricter than issue 20 asked where nothing needs more: images only from the app's own files (no
// data: or blob: image is drawn; downloads are blob: links, which img-src does not govern).
// No 'unsafe-inline' anywhere: Svelte's style: directives and Chart.js set styles through the
// CSSOM, which style-src does not govern, and every stylesheet is a file of the build.

const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['img-src', "'self'"],
  ['style-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (with a console warning) when the policy comes in a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors']);

const policyOf = (directives: readonly (readonly [string, string])[]) => directives.map(([name, sources]) => `${name} ${sources}`).join('; ');

/** The Content-Security-Policy header, for every response of the app. */
export const CSP_HEADER = policyOf(DIRECTIVES);

/** The same policy as index.html's meta tag carries it: frame-ancestors only works as a header. */
export const CSP_META = policyOf(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
