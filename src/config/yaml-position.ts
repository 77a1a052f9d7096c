import { type Document, isMap, isSeq, LineCounter, type Node } from 'yaml';

/**
 * The 1-based line of a field in a parsed YAML document, for error messages. An unknown key points
 * at the key itself; a missing field points at the nearest parent that exists.
 */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
  let node: unknown = doc.contents;
  let line = startLine(node, counter);
  for (const part of key === undefined ? path : [...path, key]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => scalarValue(item.key) === String(part));
      if (!pair) return line;
      // The key's line: a value may be an empty node or a block starting on the next line.
      line = startLine(pair.key, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(String(part))) {
      // Paths arrive as strings ("sets.2.name"): a list index is a number in text.
      node = node.items[Number(part)];
      line = startLine(node, counter) ?? line;
    } else {
      return line;
    }
  }
  return line;
}

function startLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

function scalarValue(node: unknown): unknown {
  return node && typeof node === 'object' && 'value' in node ? (node as { value: unknown }).value : node;
}

export { LineCounter };
