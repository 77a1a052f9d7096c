import type { Point, Source } from '../src/core/briefing.js';
import { buildDocument } from '../src/core/index/build-document.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { type EvalLibrary, inspectLibrary } from '../src/core/library/library.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import type { PassageRules } from '../src/core/summary/passages.js';
import type { SelectionParams, SummaryInput } from '../src/core/summary/select-summary.js';
import type { Budget } from './budget.js';
import { type Cluster, toRawDocument } from './dataset.js';
import { lead } from './lead.js';
import { type RougeScores, rouge } from './rouge.js';
import { textRank } from './textrank.js';

/** A cluster loaded once: its document set, and the baselines' summaries, which no parameter changes. */
export interface PreparedCluster {
  id: string;
  references: string[];
  budget: Budget;
  library: EvalLibrary;
  articles: Map<string, string>;
  baselines: { TextRank: string[]; LEAD: string[] };
  /** The whole set as the headline's selection sees it, for fitting a concept model. */
  input: SummaryInput;
}

/** briefbot's headline of one cluster at the task's budget, scored. */
export interface Headline {
  summary: string[];
  scores: RougeScores;
  /** Summary sentences found verbatim in the article their first citation names. */
  faithful: number;
  ms: number;
}

/**
 * One cluster: its articles become one document set through the public core API, and the
 * baselines read the same cleaned sentences the product reads.
 */
export function prepareCluster(cluster: Cluster, budget: Budget): PreparedCluster {
  const raw = cluster.docs.map(toRawDocument);
  const library = inspectLibrary(createLibrary(cluster.id, raw));
  const sentences = raw.flatMap((r) => {
    const built = buildDocument(r);
    return 'document' in built ? built.document.sentences : [];
  });
  const published = new Map(raw.map((r) => [r.id, r.meta?.published]));
  const documents = new Map<string, { published?: string; sentenceCount: number }>();
  for (const s of sentences) {
    const info = documents.get(s.docId) ?? { sentenceCount: 0, ...(published.get(s.docId) ? { published: published.get(s.docId)! } : {}) };
    info.sentenceCount++;
    documents.set(s.docId, info);
  }
  return {
    id: cluster.id,
    references: cluster.references,
    budget,
    library,
    articles: new Map(cluster.docs.map((d) => [d.id, d.text])),
    baselines: { TextRank: textRank(sentences, budget).map(textOf), LEAD: lead(sentences, published, budget).map(textOf) },
    input: { sentences, documents },
  };
}

/** `passages: false` shows each sentence alone, 'without-descriptions' leaves out one rule (PassageRules), to score passages on and off in one run. */
export function headlineOf(cluster: PreparedCluster, params?: Partial<SelectionParams>, passages: PassageRules = true): Headline {
  const started = performance.now();
  const options = { ...('bytes' in cluster.budget ? { maxBytes: cluster.budget.bytes } : { maxWords: cluster.budget.words }), ...(params ? { params } : {}), passages };
  const headline = cluster.library.headlineWithSources(options);
  const ms = performance.now() - started;
  const summary = headline.points.map((p) => p.text);
  return {
    summary,
    scores: scoreSummary(cluster, summary),
    faithful: headline.points.filter((p) => isVerbatim(p, headline.sources, cluster.articles)).length,
    ms,
  };
}

export function scoreSummary(cluster: PreparedCluster, summary: readonly string[]): RougeScores {
  return rouge(summary, cluster.references, cluster.budget);
}

function textOf(s: Sentence): string {
  return s.text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The point's text stands, word for word, in the article its first citation names. */
export function isVerbatim(point: Point, sources: readonly Source[], articles: ReadonlyMap<string, string>): boolean {
  const first = point.citations[0];
  const source = sources.find((s) => s.n === first?.source);
  const article = source ? articles.get(source.docId) : undefined;
  return article !== undefined && squash(article).includes(squash(point.text));
}
