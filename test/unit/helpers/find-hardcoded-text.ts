import { parse } from 'svelte/compiler';

export interface HardcodedText {
  line: number;
  /** 'text' for a text node, otherwise the attribute name. */
  where: string;
  text: string;
}

/** Attributes a user reads or hears; other attribute values (class, href, type) are code. */
const USER_FACING_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt']);

const LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

interface TextNode {
  type: 'Text';
  start: number;
  raw: string;
  data: string;
}

function isNode(value: unknown): value is { type: string } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Literal human text in a component's markup: text nodes and user-facing attribute values
 * outside `{...}`, with letters, that are not in `allowed` (compared after trimming).
 * `<script>` and `<style>` contents are code and never reported.
 */
export function findHardcodedText(source: string, allowed: ReadonlySet<string> = new Set()): HardcodedText[] {
  const findings: HardcodedText[] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;

  const check = (node: TextNode, where: string) => {
    const text = node.data.trim();
    if (!LETTER.test(text) || allowed.has(text)) return;
    const firstVisible = node.raw.search(/\S/);
    findings.push({ line: lineAt(node.start + Math.max(firstVisible, 0)), where, text });
  };

  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isNode(value)) return;
    switch (value.type) {
      case 'Text':
        check(value as unknown as TextNode, 'text');
        return;
      case 'Attribute': {
        const name = String(value.name);
        if (!USER_FACING_ATTRIBUTES.has(name) || !Array.isArray(value.value)) return;
        for (const part of value.value as unknown[]) {
          if (isNode(part) && part.type === 'Text') check(part as unknown as TextNode, name);
        }
        return;
      }
      // Expressions are JavaScript; strings in them are the author's business, as in <script>.
      case 'ExpressionTag':
        return;
      case 'RegularElement':
        if (value.name === 'script' || value.name === 'style') return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'expression' && key !== 'metadata') visit(child);
    }
  };

  // The modern AST keeps top-level <script> and <style> apart from the markup fragment.
  visit(parse(source, { modern: true }).fragment);
  return findings;
}
