import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedText } from './helpers/find-hardcoded-text.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

// Tokens that read the same in every language. R, F and M are the RFM axis letters.
const ALLOWED = new Set(['R', 'F', 'M']);

function svelteFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.svelte'))
    .map((name) => join(dir, name))
    .sort();
}

describe('findHardcodedText', () => {
  it('reports text nodes and user-facing attributes with letters, by line', () => {
    const source = [
      '<script>const label = "Not markup";</script>',
      '<p>Hello</p>',
      '<input placeholder="Имя клиента" class="wide" />',
      '<img alt="Chart" src="chart.png" />',
      '<button title="Close {name}" aria-label={label}>×</button>',
      '<style>p { font-family: Georgia; }</style>',
    ].join('\n');
    expect(findHardcodedText(source)).toEqual([
      { line: 2, where: 'text', text: 'Hello' },
      { line: 3, where: 'placeholder', text: 'Имя клиента' },
      { line: 4, where: 'alt', text: 'Chart' },
      { line: 5, where: 'title', text: 'Close' },
    ]);
  });

  it('finds text inside blocks and component children', () => {
    const source = '{#if open}\n  <Card>\n    Segments\n  </Card>\n{:else}<span>Пусто</span>{/if}';
    expect(findHardcodedText(source).map((f) => [f.line, f.text])).toEqual([
      [3, 'Segments'],
      [5, 'Пусто'],
    ]);
  });

  it('accepts expressions, entities, symbols, comments and allowed tokens', () => {
    const source = [
      '<h1>{t("app.title")}</h1>',
      '<p title={t("lang.label")}>{count} &nbsp;&mdash; 42 %</p>',
      '<!-- a note for developers -->',
      '<th>R</th>',
    ].join('\n');
    expect(findHardcodedText(source, ALLOWED)).toEqual([]);
  });
});

describe('components under src/', () => {
  it('take every user-visible string from the message catalog', () => {
    const findings = svelteFiles(SRC).flatMap((file) =>
      findHardcodedText(readFileSync(file, 'utf8'), ALLOWED).map(
        ({ line, where, text }) => `${relative(ROOT, file)}:${line} ${where}: ${JSON.stringify(text)}`,
      ),
    );
    expect(findings, 'use i18n.t(key) instead of literal text').toEqual([]);
  });
});
