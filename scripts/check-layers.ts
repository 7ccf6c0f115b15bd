// The layers of src/ are checked, not hoped for: which folder may import which (LAYERS below,
// the one place the rules live) and that no files import each other in a circle.
// Run: npm run check:layers (also a stage of npm test and a unit test, test/unit/layers.test.ts).
//
// Our own script rather than dependency-cruiser or eslint-plugin-boundaries: the imports that
// matter are in .svelte files' <script> blocks, which those tools read only through extra
// plugins; here Svelte's own parser finds the script blocks and TypeScript's parser reads them,
// both already installed, so the check is a few hundred lines with no new dependency.
//
// Read: import and export ... from, import type, import(), typeof import(), and
// new URL(..., import.meta.url); not import.meta.glob, which loads only worker/sql/*.sql as text.
//
// Type-only imports count for every rule, circles included: a circle of types is still two
// modules that cannot be understood or moved apart, even though it costs nothing at run time.
// Type-only imports of lib/ are allowed from everywhere because every layer may import lib/.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseSvelte } from 'svelte/compiler';

/** The folders of src/; `entry` is the files directly in src/ (main.ts, App.svelte). */
export type Layer = 'entry' | 'app' | 'features' | 'ui' | 'worker' | 'cli' | 'lib';
type PackageGroup = 'Svelte' | 'DuckDB' | 'Chart.js' | 'Comlink';

/** A package name matches an entry exactly or, for an entry ending in `*`, by its start. */
const PACKAGES: Record<PackageGroup, readonly string[]> = {
  // .svelte, .svelte.ts and .svelte.js modules count as Svelte too (isSvelteModule).
  Svelte: ['svelte'],
  // duckdb-wasm-browser-blocking is an alias into @duckdb/duckdb-wasm (tsconfig.json paths).
  DuckDB: ['@duckdb/*'],
  'Chart.js': ['chart.js', 'chartjs-*'],
  Comlink: ['comlink'],
};

const ANY = 'any';
/** Outside src/, for a relative import that climbs out of it. */
const OUTSIDE = 'outside src/';
type Place = Layer | typeof OUTSIDE;

/**
 * What may import what. `may`: the parts of src/ a layer's files may import (`any` for no
 * limit); `not`: the package groups they may not import.
 */
export const LAYERS: Record<Layer, { may: readonly Place[] | typeof ANY; not: readonly PackageGroup[] }> = {
  //          may import                          may not import
  entry:    { may: ANY,                           not: ['DuckDB'] },
  app:      { may: ANY,                           not: ['DuckDB'] },
  features: { may: ANY,                           not: ['DuckDB'] },
  // ui/ knows no app state and calls no engine (STYLE.md), so not even worker/ or cli/.
  ui:       { may: ['ui', 'lib'],                 not: ['DuckDB'] },
  worker:   { may: ANY,                           not: [] },
  cli:      { may: ['cli', 'worker', 'lib'],      not: [] },
  lib:      { may: ['lib'],                       not: ['Svelte', 'DuckDB', 'Chart.js', 'Comlink'] },
};

export type ImportKind = 'import' | 'import type' | 'export from' | 'export type from' | 'import()' | 'type import()' | 'new URL()';
export type Rule = 'layer' | 'package' | 'circle' | 'unresolved' | 'unknown-layer';

export interface Violation {
  /** The importing file, relative to the project (src/...), with the line of the import. */
  file: string;
  line: number;
  /** The imported specifier as written; empty for a rule about the file itself. */
  specifier: string;
  kind: ImportKind | '';
  rule: Rule;
  message: string;
}

export interface Options {
  /** tsconfig.json `paths`: an alias to the project path it stands for (`*` allowed at the end). */
  aliases?: Record<string, string>;
}

interface Import {
  /** Undefined when computed (`import(name)`). */
  specifier: string | undefined;
  kind: ImportKind;
  line: number;
}

type Target = { file: string } | { package: string } | { outside: string } | { missing: true };

const CODE = /\.(ts|js|svelte)$/;
const EXTENSIONS = ['', '.ts', '.svelte', '.svelte.ts', '.svelte.js', '.js', '/index.ts'];

/**
 * Checks a tree of files (project-relative path -> text; non-code files may have any text,
 * they only need to exist for imports to resolve to them) and returns every broken rule.
 */
export function checkLayers(files: Record<string, string>, options: Options = {}): { files: number; violations: Violation[] } {
  const violations: Violation[] = [];
  const edges = new Map<string, Map<string, Import>>();
  const modules = Object.keys(files).filter((file) => file.startsWith('src/') && CODE.test(file)).sort();

  for (const file of modules) {
    const layer = layerOf(file);
    const out = new Map<string, Import>();
    edges.set(file, out);
    const fileRule = (message: string, rule: Rule) => violations.push({ file, line: 1, specifier: '', kind: '', rule, message });
    if (!layer) fileRule(`src/${file.split('/')[1]}/ is not in the layer table (scripts/check-layers.ts)`, 'unknown-layer');
    if (layer === 'lib' && isSvelteModule(file)) fileRule('lib/ holds no Svelte modules', 'package');
    for (const imp of importsOf(file, files[file])) {
      const found = (message: string, rule: Rule) =>
        violations.push({ file, line: imp.line, specifier: imp.specifier ?? '(computed)', kind: imp.kind, rule, message });
      if (imp.specifier === undefined) {
        found('the specifier is computed, so the check cannot follow it', 'unresolved');
        continue;
      }
      const target = resolve(file, imp.specifier, files, options.aliases ?? {});
      if ('missing' in target) {
        found('no such file', 'unresolved');
        continue;
      }
      if ('file' in target) {
        // One edge per pair for the circle check; a value import outranks a type-only one.
        const known = out.get(target.file);
        if (!known || (isTypeOnly(known.kind) && !isTypeOnly(imp.kind))) out.set(target.file, imp);
      }
      if (!layer) continue;
      const group = groupOf(target);
      if (group && LAYERS[layer].not.includes(group)) found(packageRule(layer, group), 'package');
      const place = 'outside' in target ? OUTSIDE : 'file' in target ? layerOf(target.file) : undefined;
      const may = LAYERS[layer].may;
      if (place && may !== ANY && !may.includes(place)) found(layerRule(layer, may), 'layer');
    }
  }

  violations.push(...circles(edges));
  violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return { files: modules.length, violations };
}

/** One line: where, what, which rule. */
export function formatViolation(v: Violation): string {
  const what = v.specifier ? ` ${v.kind} '${v.specifier}'` : '';
  return `${v.file}:${v.line}${what} — ${v.rule}: ${v.message}`;
}

function layerOf(file: string): Layer | undefined {
  const parts = file.split('/');
  if (parts.length === 2) return 'entry';
  return parts[1] in LAYERS && parts[1] !== 'entry' ? (parts[1] as Layer) : undefined;
}

function isTypeOnly(kind: ImportKind): boolean {
  return kind === 'import type' || kind === 'export type from' || kind === 'type import()';
}

function isSvelteModule(file: string): boolean {
  return /\.svelte(\.[jt]s)?$/.test(file);
}

function groupOf(target: Target): PackageGroup | undefined {
  if ('file' in target) return isSvelteModule(target.file) ? 'Svelte' : undefined;
  if (!('package' in target)) return undefined;
  const name = target.package;
  return (Object.keys(PACKAGES) as PackageGroup[]).find((group) =>
    PACKAGES[group].some((entry) => (entry.endsWith('*') ? name.startsWith(entry.slice(0, -1)) : name === entry)),
  );
}

function packageRule(layer: Layer, group: PackageGroup): string {
  const may = (Object.keys(LAYERS) as Layer[]).filter((other) => !LAYERS[other].not.includes(group));
  return `${layer}/ may not import ${group}` + (may.length <= 2 ? ` (only ${may.map((other) => `${other}/`).join(' and ')} may)` : '');
}

function layerRule(layer: Layer, may: readonly Place[]): string {
  return `${layer}/ may import only ${may.map((place) => (place === OUTSIDE ? place : `${place}/`)).join(', ')}`;
}

/** The imports of one file, from its text (a .svelte file's <script> blocks only). */
function importsOf(file: string, text: string): Import[] {
  if (!file.endsWith('.svelte')) return importsOfScript(text, 0, text);
  const ast = parseSvelte(text, { modern: true });
  return [ast.module, ast.instance].flatMap((script) => {
    if (!script) return [];
    // The parser gives every node its offsets; the types leave them off estree's Program.
    const { start, end } = script.content as typeof script.content & { start: number; end: number };
    return importsOfScript(text.slice(start, end), start, text);
  });
}

function importsOfScript(script: string, offset: number, whole: string): Import[] {
  const source = ts.createSourceFile('script.ts', script, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const line = (node: ts.Node) => whole.slice(0, offset + node.getStart(source)).split('\n').length;
  const add = (node: ts.Node, specifier: ts.Node | undefined, kind: ImportKind) =>
    found.push({ specifier: specifier && ts.isStringLiteralLike(specifier) ? specifier.text : undefined, kind, line: line(node) });

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.isTypeOnly ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier, node.isTypeOnly ? 'export type from' : 'export from');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], 'import()');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, 'type import()');
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.length === 2 &&
      node.arguments[1].getText(source) === 'import.meta.url'
    ) {
      add(node, node.arguments[0], 'new URL()');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolve(from: string, specifier: string, files: Record<string, string>, aliases: Record<string, string>): Target {
  const bare = specifier.replace(/[?#].*$/, '');
  for (const [alias, path] of Object.entries(aliases)) {
    const star = alias.endsWith('*');
    if (star ? bare.startsWith(alias.slice(0, -1)) : bare === alias) {
      const to = star ? path.replace('*', bare.slice(alias.length - 1)) : path;
      return to.startsWith('node_modules/') ? { package: packageName(to.slice('node_modules/'.length)) } : resolvePath(posix.normalize(to), files);
    }
  }
  // A leading / is the project root, as in Vite.
  if (bare.startsWith('/')) return resolvePath(posix.normalize(bare.slice(1)), files);
  if (!bare.startsWith('.')) return { package: packageName(bare) };
  return resolvePath(posix.join(posix.dirname(from), bare), files);
}

function resolvePath(path: string, files: Record<string, string>): Target {
  const candidates = [...EXTENSIONS.map((ext) => path + ext), path.replace(/\.js$/, '.ts')];
  const file = candidates.find((candidate) => candidate in files);
  if (file) return { file };
  // Only src/ is read; whether a file outside it exists is for the type check and the build.
  return path.startsWith('src/') ? { missing: true } : { outside: path };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Every strongly connected component of more than one file, and every file importing itself,
 * as one line: the shortest circle through its first file, and the rest of the knot if larger.
 */
function circles(edges: Map<string, Map<string, Import>>): Violation[] {
  const found: Violation[] = [];
  for (const component of stronglyConnected(edges)) {
    const first = component.slice().sort()[0];
    if (component.length === 1 && !edges.get(first)?.has(first)) continue;
    const path = shortestCircle(first, new Set(component), edges);
    const steps = path.slice(1).map((to, i) => (isTypeOnly(edges.get(path[i])!.get(to)!.kind) ? ` -(type)-> ${to}` : ` -> ${to}`));
    const rest = component.filter((file) => !path.includes(file)).sort();
    const imp = edges.get(first)!.get(path[1])!;
    const specifier = imp.specifier!;
    found.push({
      file: first,
      line: imp.line,
      specifier,
      kind: imp.kind,
      rule: 'circle',
      message: `files import each other in a circle: ${first}${steps.join('')}` + (rest.length ? `; the same knot holds ${rest.join(', ')}` : ''),
    });
  }
  return found;
}

/** Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack. */
function stronglyConnected(edges: Map<string, Map<string, Import>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { file: string; targets: string[] }[] = [];
    const enter = (file: string) => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      work.push({ file, targets: [...(edges.get(file)?.keys() ?? [])] });
    };
    enter(root);
    while (work.length) {
      const top = work[work.length - 1];
      const to = top.targets.pop();
      if (to !== undefined) {
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(top.file, Math.min(low.get(top.file)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].file;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.file)!));
      }
      if (low.get(top.file) === index.get(top.file)) {
        const component: string[] = [];
        let file: string;
        do {
          file = stack.pop()!;
          onStack.delete(file);
          component.push(file);
        } while (file !== top.file);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first from `start` back to itself inside its component: start, ..., start. */
function shortestCircle(start: string, component: Set<string>, edges: Map<string, Map<string, Import>>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const to of edges.get(file)?.keys() ?? []) {
      if (!component.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = file; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        path.push(start);
        return path;
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** The project's src/ tree and tsconfig.json aliases, as checkLayers reads them. */
export function readProject(root: string): { files: Record<string, string>; options: Options } {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[path] = CODE.test(path) ? readFileSync(posix.join(root, path), 'utf8') : '';
    }
  };
  walk('src');
  const config = ts.readConfigFile(posix.join(root, 'tsconfig.json'), ts.sys.readFile).config ?? {};
  const paths: Record<string, string[]> = config.compilerOptions?.paths ?? {};
  const aliases = Object.fromEntries(Object.entries(paths).map(([alias, [to]]) => [alias, posix.normalize(to)]));
  return { files, options: { aliases } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { files, options } = readProject(root);
  const result = checkLayers(files, options);
  for (const violation of result.violations) console.log(formatViolation(violation));
  if (result.violations.length) {
    console.log(`layers: ${result.violations.length} broken rule(s) in ${result.files} files`);
    process.exit(1);
  }
  console.log(`layers: ok (${result.files} files)`);
}
