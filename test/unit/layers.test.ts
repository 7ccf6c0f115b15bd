import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, formatViolation, readProject, type Options } from '../../scripts/check-layers';

/** The broken rules of a planted tree, one line each, as `npm run check:layers` prints them. */
function broken(files: Record<string, string>, options?: Options): string[] {
  return checkLayers(files, options).violations.map(formatViolation);
}

describe('layer rules', () => {
  it('finds nothing wrong in a tree that keeps to the table', () => {
    const files = {
      'src/main.ts': "import App from './App.svelte';\nimport { mount } from 'svelte';",
      'src/App.svelte': "<script lang=\"ts\">\n  import Panel from './features/results/Panel.svelte';\n  import { session } from './app/session.svelte';\n</script>\n<Panel />",
      'src/app/session.svelte.ts': "import * as Comlink from 'comlink';\nimport type { Api } from '../lib/engine/api';\nconst worker = new URL('../worker/engine.worker.ts', import.meta.url);",
      'src/features/results/Panel.svelte': "<script lang=\"ts\">\n  import Card from '../../ui/Card.svelte';\n  import { session } from '../../app/session.svelte';\n  import type { ChartConfiguration } from 'chart.js';\n</script>",
      'src/ui/Card.svelte': "<script lang=\"ts\">\n  import { chart } from './charts/chart-action';\n  import { t } from '../lib/i18n/translate';\n</script>",
      'src/ui/charts/chart-action.ts': "import { Chart } from 'chart.js';\nimport { MatrixController } from 'chartjs-chart-matrix';",
      'src/worker/engine.worker.ts': "import * as duckdb from '@duckdb/duckdb-wasm';\nimport * as Comlink from 'comlink';\nimport sql from './sql/count.sql?raw';\nimport type { Api } from '../lib/engine/api';",
      'src/worker/sql/count.sql': 'SELECT count(*) FROM orders',
      'src/cli/rfm.ts': "import { createDuckDB } from '@duckdb/duckdb-wasm/blocking';\nimport { run } from '../worker/engine.worker';\nimport { readFile } from 'node:fs/promises';\nimport { t } from '../lib/i18n/translate';",
      'src/lib/engine/api.ts': "export type { Locale } from '../i18n/translate';\nimport { openDB } from 'idb';",
      'src/lib/i18n/translate.ts': 'export type Locale = "en" | "ru";',
    };
    expect(checkLayers(files)).toEqual({ files: 10, violations: [] });
  });

  it('reports a lib/ file that imports Svelte, with the file, the specifier and the rule on one line', () => {
    expect(broken({ 'src/lib/dates.ts': "import { untrack } from 'svelte';" })).toEqual([
      "src/lib/dates.ts:1 import 'svelte' — package: lib/ may not import Svelte",
    ]);
  });

  it('counts svelte/* packages and .svelte, .svelte.ts modules as Svelte in lib/', () => {
    expect(
      broken({
        'src/lib/a.ts': "import { writable } from 'svelte/store';\nimport { state } from './b.svelte';",
        'src/lib/b.svelte.ts': 'export const state = $state(0);',
      }),
    ).toEqual([
      "src/lib/a.ts:1 import 'svelte/store' — package: lib/ may not import Svelte",
      "src/lib/a.ts:2 import './b.svelte' — package: lib/ may not import Svelte",
      'src/lib/b.svelte.ts:1 — package: lib/ holds no Svelte modules',
    ]);
  });

  it('reports DuckDB, Chart.js and Comlink in lib/', () => {
    expect(
      broken({
        'src/lib/a.ts': "import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';\nimport 'chartjs-chart-matrix';\nimport { Chart } from 'chart.js';\nimport * as Comlink from 'comlink';",
      }),
    ).toEqual([
      "src/lib/a.ts:1 import type '@duckdb/duckdb-wasm' — package: lib/ may not import DuckDB (only worker/ and cli/ may)",
      "src/lib/a.ts:2 import 'chartjs-chart-matrix' — package: lib/ may not import Chart.js",
      "src/lib/a.ts:3 import 'chart.js' — package: lib/ may not import Chart.js",
      "src/lib/a.ts:4 import 'comlink' — package: lib/ may not import Comlink",
    ]);
  });

  it('reports a lib/ file that climbs out of lib/, into src/ or beyond it', () => {
    expect(
      broken({
        'src/lib/a.ts': "import { x } from '../app/x';\nimport pkg from '../../package.json';",
        'src/app/x.ts': 'export const x = 1;',
      }),
    ).toEqual([
      "src/lib/a.ts:1 import '../app/x' — layer: lib/ may import only lib/",
      "src/lib/a.ts:2 import '../../package.json' — layer: lib/ may import only lib/",
    ]);
  });

  it('reports a ui/ component whose script imports a feature', () => {
    expect(
      broken({
        'src/ui/Card.svelte': '<script lang="ts">\n  import type { Props } from "./props";\n  import { y } from \'../features/y\';\n</script>\n<div>{y}</div>',
        'src/ui/props.ts': 'export type Props = {};',
        'src/features/y.ts': 'export const y = 1;',
      }),
    ).toEqual(["src/ui/Card.svelte:3 import '../features/y' — layer: ui/ may import only ui/, lib/"]);
  });

  it('reports a type-only import of app/ state from ui/', () => {
    expect(
      broken({
        'src/ui/AppHeader.svelte': "<script lang=\"ts\">\n  import type { EngineStatus } from '../app/session.svelte';\n</script>",
        'src/app/session.svelte.ts': "export type EngineStatus = 'ready';",
      }),
    ).toEqual(["src/ui/AppHeader.svelte:2 import type '../app/session.svelte' — layer: ui/ may import only ui/, lib/"]);
  });

  it('reports a cli/ file that imports a feature', () => {
    expect(
      broken({
        'src/cli/rfm.ts': "import { z } from '../features/z';",
        'src/features/z.ts': 'export const z = 1;',
      }),
    ).toEqual(["src/cli/rfm.ts:1 import '../features/z' — layer: cli/ may import only cli/, worker/, lib/"]);
  });

  it('reports DuckDB outside worker/ and cli/, through its browser-blocking alias too', () => {
    const options = { aliases: { 'duckdb-wasm-browser-blocking': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.d.ts' } };
    expect(
      broken(
        {
          'src/features/results/queries.ts': "import * as duckdb from '@duckdb/duckdb-wasm';",
          'src/app/engine.ts': "import { createDuckDB } from 'duckdb-wasm-browser-blocking';",
          'src/worker/db.ts': "import { createDuckDB } from 'duckdb-wasm-browser-blocking';",
        },
        options,
      ),
    ).toEqual([
      "src/app/engine.ts:1 import 'duckdb-wasm-browser-blocking' — package: app/ may not import DuckDB (only worker/ and cli/ may)",
      "src/features/results/queries.ts:1 import '@duckdb/duckdb-wasm' — package: features/ may not import DuckDB (only worker/ and cli/ may)",
    ]);
  });

  it('reads every form of import: export from, import type, import(), import() types and new URL(…, import.meta.url)', () => {
    const lines = broken({
      'src/lib/a.ts': [
        "export { b } from '../ui/b';",
        "export type { C } from '../ui/c';",
        "import type { D } from '../ui/d';",
        "const e = await import('../ui/e');",
        'let f: typeof import("../ui/f");',
        "const g = new URL('../worker/g.ts', import.meta.url);",
      ].join('\n'),
      ...Object.fromEntries(['b', 'c', 'd', 'e', 'f'].map((name) => [`src/ui/${name}.ts`, ''])),
      'src/worker/g.ts': '',
    });
    expect(lines.map((line) => line.split(' — ')[0])).toEqual([
      "src/lib/a.ts:1 export from '../ui/b'",
      "src/lib/a.ts:2 export type from '../ui/c'",
      "src/lib/a.ts:3 import type '../ui/d'",
      "src/lib/a.ts:4 import() '../ui/e'",
      "src/lib/a.ts:5 type import() '../ui/f'",
      "src/lib/a.ts:6 new URL() '../worker/g.ts'",
    ]);
  });

  it('reads both script blocks of a component and nothing in its markup, comments or strings', () => {
    expect(
      broken({
        'src/ui/Table.svelte': [
          '<script lang="ts" module>',
          "  import { x } from '../app/x';",
          '</script>',
          '<script lang="ts">',
          "  // import { y } from '../app/y';",
          "  const text = \"import { z } from '../app/z'\";",
          '</script>',
          "<p>import {'{'} w {'}'} from '../app/w'</p>",
        ].join('\n'),
        'src/app/x.ts': '',
      }),
    ).toEqual(["src/ui/Table.svelte:2 import '../app/x' — layer: ui/ may import only ui/, lib/"]);
  });

  it('reports an import that resolves to no file, or whose specifier is computed', () => {
    expect(broken({ 'src/lib/a.ts': "import { b } from './b';\nconst name = 'c';\nawait import(name);" })).toEqual([
      "src/lib/a.ts:1 import './b' — unresolved: no such file",
      "src/lib/a.ts:3 import() '(computed)' — unresolved: the specifier is computed, so the check cannot follow it",
    ]);
  });

  it('reports a folder of src/ that the table does not name', () => {
    expect(broken({ 'src/helpers/x.ts': '' })).toEqual(['src/helpers/x.ts:1 — unknown-layer: src/helpers/ is not in the layer table (scripts/check-layers.ts)']);
  });
});

describe('circles', () => {
  it('reports two files that import each other, once', () => {
    expect(
      broken({
        'src/lib/i18n/format.ts': "import { t } from './translate.ts';",
        'src/lib/i18n/translate.ts': "import { formatNumber } from './format';",
      }),
    ).toEqual([
      "src/lib/i18n/format.ts:1 import './translate.ts' — circle: files import each other in a circle: src/lib/i18n/format.ts -> src/lib/i18n/translate.ts -> src/lib/i18n/format.ts",
    ]);
  });

  it('reports a circle of three files across layers and extensions', () => {
    expect(
      broken({
        'src/features/a/Panel.svelte': "<script lang=\"ts\">\n  import { state } from './state.svelte';\n</script>",
        'src/features/a/state.svelte.ts': "import { query } from './queries';",
        'src/features/a/queries/index.ts': "import Panel from '../Panel.svelte';",
      }),
    ).toEqual([
      "src/features/a/Panel.svelte:2 import './state.svelte' — circle: files import each other in a circle: src/features/a/Panel.svelte -> src/features/a/state.svelte.ts -> src/features/a/queries/index.ts -> src/features/a/Panel.svelte",
    ]);
  });

  it('counts a circle made only partly of type imports, and marks the type-only step', () => {
    expect(
      broken({
        'src/lib/rfm/archetype-presets.ts': "import type { ArchetypeId } from './archetypes';",
        'src/lib/rfm/archetypes.ts': "import { DEFAULT_PRESET } from './archetype-presets';",
      }),
    ).toEqual([
      "src/lib/rfm/archetype-presets.ts:1 import type './archetypes' — circle: files import each other in a circle: src/lib/rfm/archetype-presets.ts -(type)-> src/lib/rfm/archetypes.ts -> src/lib/rfm/archetype-presets.ts",
    ]);
  });

  it('does not mark a step type-only when the same file is also imported for its values', () => {
    expect(
      broken({
        'src/lib/a.ts': "import type { B } from './b';\nimport { b } from './b';",
        'src/lib/b.ts': "import { a } from './a';",
      }),
    ).toEqual(["src/lib/a.ts:2 import './b' — circle: files import each other in a circle: src/lib/a.ts -> src/lib/b.ts -> src/lib/a.ts"]);
  });

  it('reports a file that imports itself', () => {
    expect(broken({ 'src/lib/a.ts': "export * from './a';" })).toEqual([
      "src/lib/a.ts:1 export from './a' — circle: files import each other in a circle: src/lib/a.ts -> src/lib/a.ts",
    ]);
  });

  it('names the rest of a knot bigger than its shortest circle', () => {
    expect(
      broken({
        'src/lib/a.ts': "import './b';",
        'src/lib/b.ts': "import './a';\nimport './c';",
        'src/lib/c.ts': "import './a';",
      }),
    ).toEqual([
      "src/lib/a.ts:1 import './b' — circle: files import each other in a circle: src/lib/a.ts -> src/lib/b.ts -> src/lib/a.ts; the same knot holds src/lib/c.ts",
    ]);
  });

  it('does not mistake a shared dependency for a circle', () => {
    expect(
      broken({
        'src/lib/a.ts': "import './b';\nimport './c';",
        'src/lib/b.ts': "import './c';",
        'src/lib/c.ts': '',
      }),
    ).toEqual([]);
  });
});

describe('the real src/ tree', () => {
  it('keeps to the layer table and has no circles', () => {
    const { files, options } = readProject(fileURLToPath(new URL('../..', import.meta.url)));
    const result = checkLayers(files, options);
    expect(result.files).toBeGreaterThan(100);
    expect(result.violations.map(formatViolation)).toEqual([]);
    // Parsing ~200 files takes about a second alone, and five times that on a busy 2-core machine.
  }, 30_000);
});
