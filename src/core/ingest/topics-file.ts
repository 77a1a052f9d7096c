import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isMap, isSeq, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import type { BriefError } from '../errors.js';
import { err, ok, type Result } from '../result.js';

/** config/topics.yaml: curated topics, per document set. */
export const CuratedTopicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by "-", e.g. security-guarantees'),
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  terms: z.array(z.string().min(1)).default([]),
});
export type CuratedTopic = z.infer<typeof CuratedTopicSchema>;

export const TopicsFileSchema = z.object({
  sets: z.record(z.string(), z.array(CuratedTopicSchema)),
});

/** Reads the curated topics for one set. A missing file is no topics; a bad one is an error naming line and field. */
export async function readTopicsFile(path: string, set: string): Promise<Result<CuratedTopic[], BriefError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok([]);
    return err({ code: 'bad-topics-file', file: path, message: (e as Error).message });
  }
  return parseTopicsFile(text, path, set);
}

export function parseTopicsFile(text: string, path: string, set: string): Result<CuratedTopic[], BriefError> {
  const file = basename(path) === path ? path : path;
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return err({ code: 'bad-topics-file', file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
  }
  const parsed = TopicsFileSchema.safeParse(doc.toJS() ?? { sets: {} });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = nodeAt(doc.contents, issue.path);
    const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
    return err({
      code: 'bad-topics-file',
      file,
      ...(line !== undefined ? { line } : {}),
      field: issue.path.join('.'),
      message: issue.message,
    });
  }
  const topics = parsed.data.sets[set] ?? [];
  const seen = new Set<string>();
  for (const [i, t] of topics.entries()) {
    if (seen.has(t.slug)) {
      const node = nodeAt(doc.contents, ['sets', set, i, 'slug']);
      const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
      return err({ code: 'bad-topics-file', file, ...(line !== undefined ? { line } : {}), field: `sets.${set}.${i}.slug`, message: `slug "${t.slug}" is used twice` });
    }
    seen.add(t.slug);
  }
  return ok(topics);
}

function nodeAt(node: unknown, path: readonly PropertyKey[]): Node | undefined {
  let current = node as Node | undefined;
  let last = current;
  for (const key of path) {
    if (isMap(current)) current = current.get(key as string, true) as Node | undefined;
    else if (isSeq(current)) current = current.get(Number(key), true) as Node | undefined;
    else break;
    if (current) last = current;
  }
  return current ?? last;
}
