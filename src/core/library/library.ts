import type { Briefing, Digest, Length, NoMatch, Point, Source, TopicList, TopicRef } from '../briefing.js';
import type { BriefError, BriefNotice } from '../errors.js';
import type { PassageRules } from '../summary/passages.js';
import type { SelectionParams } from '../summary/select-summary.js';
import type { UpdateParams } from '../summary/select-update.js';

export type BriefResult = { ok: true; briefing: Briefing } | { ok: false; noMatch: NoMatch };

export interface DigestOptions {
  /** Topic slugs or queries; default: the set's top topics. */
  topics?: readonly string[];
  /** Sets the word budget when `maxWords` is not given: short 250, standard 500, long 1000 words. */
  length?: Length;
  /** Documents added after this instant are listed as new. */
  since?: Date | null;
  late?: boolean;
  now?: Date;
  /** Words the digest stays under; default the budget of `length` (short: DEFAULT_WORD_BUDGET). */
  maxWords?: number;
  /** When the set first held a document (the store's record, by content hash); default its `addedAt`. */
  firstSeen?: (docId: string) => string | undefined;
  /** The update selection's parameters; the eval passes others to cross-validate the defaults. */
  params?: Partial<UpdateParams>;
}

export interface RefreshReport {
  added: string[];
  changed: string[];
  removed: string[];
  problems: BriefError[];
  /** Notices about the documents this refresh added or changed. */
  notices?: BriefNotice[];
}

/** A document set, loaded and indexed, that answers questions. Adapters see only this. */
export interface Library {
  readonly set: string;
  topics(): TopicList;
  brief(query: string, options?: BriefOptions): BriefResult;
  /** Topics matching what a user has typed so far, misspellings included; for autocomplete. */
  suggest(partial: string, limit?: number): TopicRef[];
  digest(options?: DigestOptions): Digest;
  /** Each document's content hash, for the store's first-seen record. */
  contentHashes?(): { docId: string; hash: string; addedAt: string }[];
  /** The text of these documents, sentence by sentence, as citations number them; unknown ids are left out. */
  articles?(docIds: readonly string[]): Article[];
  /** Documents that were refused, and why. */
  problems(): readonly BriefError[];
  /** Documents served with something left out (sentences too long to scan for facts), for the log. */
  notices?(): readonly BriefNotice[];
  /** Re-reads the set's folder and re-indexes only what changed. */
  refresh(): Promise<RefreshReport>;
}

/**
 * What the eval harness, the bench and tests inspect besides answering: a set-wide headline and the
 * documents behind a topic. Not part of Library, so no adapter reaches for it; `inspectLibrary` gives it.
 */
export interface EvalLibrary extends Library {
  /** The set's headline summary across every document, at a word or byte budget. */
  headline(options?: HeadlineOptions): Point[];
  /** The same headline with the sources its citations number; the eval harness checks each sentence against its source. */
  headlineWithSources(options?: HeadlineOptions): { points: Point[]; sources: Source[] };
  /** The documents a topic speaks to, most strongly first (summed relevance of their sentences); for scoring topic discovery. */
  topicDocuments(slug: string): { docId: string; weight: number }[];
  /** The sentences a query's briefing is composed from, most relevant first, with their relevance; none when the set answers nothing. For scoring retrieval. */
  queryPool(query: string): { text: string; docId: string; relevance: number }[];
}

/** The core's own libraries carry the inspection; a Library from elsewhere (a test double) does not. */
export function inspectLibrary(library: Library): EvalLibrary {
  const inspected = library as Partial<EvalLibrary>;
  if (!inspected.headline || !inspected.headlineWithSources || !inspected.topicDocuments || !inspected.queryPool) throw new Error(`library ${library.set} offers no inspection: build it with the core's createLibrary or openLibrary`);
  return library as EvalLibrary;
}

export interface BriefOptions {
  length?: Length;
  now?: Date;
  /** Show a sentence that leans on its neighbour together with it (default); false or 'without-descriptions', for comparison. */
  passages?: PassageRules;
}

/** A document's text as citations address it: paragraphs[citation.paragraph][citation.sentence]. */
export interface Article {
  docId: string;
  paragraphs: string[][];
}

export interface HeadlineOptions {
  /** As in BriefOptions; the eval scores the headline each way in one run. */
  passages?: PassageRules;
  /** Budget in UTF-8 bytes of the joined sentences, as DUC counts it (the last sentence may overflow). */
  maxBytes?: number;
  maxWords?: number;
  /** Other parameters for the selection's objective; the eval harness passes them to cross-validate the defaults. */
  params?: Partial<SelectionParams>;
}
