import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RawDocument } from '../src/core/ingest/document.js';

/** The shape of ../shared/eval/duc2004/dev.json: clusters of articles with human summaries. */
const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  date: z.string().optional(),
  text: z.string(),
});

const ClusterSchema = z.object({
  id: z.string().min(1),
  topic: z.string().optional(),
  docs: z.array(ArticleSchema).min(1),
  references: z.array(z.string().min(1)).min(1),
});

const DatasetSchema = z.object({
  source: z.string().optional(),
  split: z.string().optional(),
  /** The summary length the references were written for; DUC's 665 bytes when absent. */
  budget: z.union([z.object({ words: z.number().int().positive() }), z.object({ bytes: z.number().int().positive() })]).optional(),
  clusters: z.array(ClusterSchema).min(1),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; missing: boolean; message: string };

export function loadDataset(file: string): LoadResult {
  if (!existsSync(file)) return { ok: false, missing: true, message: `no evaluation data at ${file}` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, missing: false, message: `${file} is not JSON: ${(error as Error).message}` };
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, missing: false, message: `${file}: ${issue?.path.join('.')}: ${issue?.message}` };
  }
  return { ok: true, dataset: parsed.data };
}

/** `a-b` (0-based, inclusive) or a single index: the clusters to score; all of them when absent. */
export function pickClusters(dataset: Dataset, range: string | undefined): { ok: true; dataset: Dataset } | { ok: false; message: string } {
  if (range === undefined) return { ok: true, dataset };
  const match = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
  const last = dataset.clusters.length - 1;
  const from = match ? Number(match[1]) : NaN;
  const to = match ? Number(match[2] ?? match[1]) : NaN;
  if (!(from <= to && to <= last)) return { ok: false, message: `--clusters ${range}: expected a-b with 0 <= a <= b <= ${last}` };
  return { ok: true, dataset: { ...dataset, clusters: dataset.clusters.slice(from, to + 1) } };
}

/**
 * An article as the core receives it. The NIST title is a human one-line summary of the article,
 * so it is withheld: handing it over would leak the answer into the summary.
 */
export function toRawDocument(article: Article): RawDocument {
  const published = article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date) ? article.date : undefined;
  return { id: article.id, text: article.text, meta: published ? { published } : {} };
}
