/** Plain data the core passes between its stages. */

export interface DocumentMeta {
  title: string;
  outlet?: string;
  author?: string;
  url?: string;
  /** ISO date, YYYY-MM-DD. */
  published?: string;
  /** An opinion piece: its writer argues in the first person (opinion.ts) or front matter says so. */
  opinion?: boolean;
  /** ISO instant the article was corrected: its page changed after it was first stored (front matter `updated`). */
  updatedAt?: string;
}

/** A document as read, before cleaning: what a loader (file, test, eval harness) hands the core. */
export interface RawDocument {
  /** Stable id: the file name within its set. */
  id: string;
  text: string;
  /** What front matter said; the rest is inferred from the text. */
  meta?: Partial<DocumentMeta>;
  /** When the set first held it (ISO instant); drives "new since the last digest". */
  addedAt?: string;
}

export interface Sentence {
  docId: string;
  /** 0-based paragraph in the cleaned document. */
  paragraph: number;
  /** 0-based sentence within its paragraph. */
  index: number;
  /** 0-based sentence within the whole document. */
  position: number;
  /** Verbatim from the cleaned document (hard wraps re-joined). */
  text: string;
  /** Lower-cased word tokens, punctuation dropped. */
  words: string[];
  /** Porter stems of the content words (stop words dropped). */
  stems: string[];
  /**
   * Key phrases: stemmed runs of nouns, proper nouns and adjectives, as unigrams and bigrams
   * ("secur guarante"). Topics are built from these.
   */
  phrases: string[];
  /**
   * The figures the sentence states (figures.ts), found when it was analysed, so no answer tags it
   * again; absent on a sentence made elsewhere, whose figures are looked for when asked.
   */
  figures?: { value: string; counts: string }[];
  /**
   * Who the sentence's direct speech is attributed to (quotes.ts), worked out when the document was
   * analysed, so no answer reads its stretch again: null when it carries none; absent on a sentence
   * made elsewhere, which is attributed when asked.
   */
  speech?: Speech | null;
  /**
   * What chrono reads in the sentence against its article's date (ingest/chrono-reading.ts), read when the document was
   * analysed, so no answer loads chrono or parses it again; absent when the sentence holds nothing chrono starts a date
   * from, or on a sentence made elsewhere, which is read when asked.
   */
  chronoReading?: ChronoReading;
}

/** What the timeline reads of one expression chrono finds in a sentence: plain data, so it can be stored with the sentence's analysis. */
export interface ChronoFound {
  /** The expression as chrono matched it, and where it starts in the sentence. */
  text: string;
  index: number;
  /** Which of year, month, day and weekday chrono is certain of (the bits of chrono-reading.ts's CERTAIN). */
  certain: number;
  /** The values chrono gives them, known or implied (null when it gives none). */
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** The expression's start as a time (ms since the epoch), as chrono resolves it against the instant. */
  start: number;
}

/** chrono's reading of one sentence's text: what it found, read against this instant (ms since the epoch). */
export interface ChronoReading {
  instant: number;
  /** The length of the text it read: a copy of the sentence with another text (a passage) does not use it. */
  length: number;
  found: ChronoFound[];
}

/** A sentence's speaker as briefings show it ('' when the text does not say), and whether who said what may show it (a named speaker). */
export interface Speech {
  speaker: string;
  named: boolean;
}

export interface Document {
  id: string;
  meta: DocumentMeta;
  paragraphs: string[];
  sentences: Sentence[];
  addedAt: string;
  /**
   * Present while the readings only a briefing's sections need are not made yet (a worker's first index leaves them for
   * after ready: index/deferred-readings.ts): its sentences' `speech` and `chronoReading`. `listed` is what cleaning
   * found listed (bullets), which who said what reads.
   */
  deferred?: { listed: string[] };
}
