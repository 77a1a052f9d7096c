import { z } from 'zod';

/**
 * The one value every adapter renders. Plain, JSON-serialisable data: the core builds it,
 * `parseBriefing` validates it as it leaves the core, renderers only read it.
 */

export const LengthSchema = z.enum(['short', 'standard', 'long']);
export type Length = z.infer<typeof LengthSchema>;

/** Where a sentence stands in its document: 0-based paragraph and sentence-in-paragraph. */
export const CitationSchema = z.object({
  /** 1-based number of the source in `Briefing.sources`, as shown to the reader: [1], [2]… */
  source: z.number().int().positive(),
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const SourceSchema = z.object({
  n: z.number().int().positive(),
  docId: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  /** ISO date (YYYY-MM-DD) when the document states one. */
  published: z.string().optional(),
  /** An opinion piece: its sentences are its writer's views, attributed where shown. */
  opinion: z.boolean().optional(),
  /** ISO instant the article was corrected (its page changed after it was first stored): sources say "updated" with it. */
  updatedAt: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Where the briefing already prints an item's sentence (or a near copy of it): a section and the
 * item's 1-based place in it (in the summary, printed as one paragraph, the sentence's place among its sentences). Renderers then refer back ("see key point 2") instead of printing
 * the sentence twice; `text` still holds it for readers of the JSON.
 */
export const ShownAtSchema = z.object({
  section: z.enum(['summary', 'keyPoints', 'quotes', 'figures', 'timeline', 'differences']),
  n: z.number().int().positive(),
});
export type ShownAt = z.infer<typeof ShownAtSchema>;

/**
 * A person a point names by one word ("Lahoud") whom no point before it names in full, with the full name (and title) its
 * document gives: "President Emile Lahoud". Composed, not quoted: renderers print it after the sentence, marked as added.
 */
export const NameGlossSchema = z.object({
  name: z.string().min(1),
  full: z.string().min(1),
});
export type NameGloss = z.infer<typeof NameGlossSchema>;

/**
 * A day a point names relative to its article ("Tuesday", "last month") with the date it is: "24 November 1998". Composed,
 * not quoted: renderers print it after the sentence with the name glosses (docs/quality.md, "Twenty-fourth round (issue
 * 16editor), rule D").
 */
export const DayGlossSchema = z.object({
  words: z.string().min(1),
  date: z.string().min(1),
});
export type DayGloss = z.infer<typeof DayGlossSchema>;

/**
 * A sentence exactly as it stands in its first citation's document; further citations state the
 * same. Or a passage: a sentence that cannot be read alone with the one it leans on, or a list
 * with the sentence announcing it, consecutive sentences of one document joined by a space, the
 * first at its one citation.
 */
export const PointSchema = z.object({
  text: z.string().min(1),
  citations: z.array(CitationSchema).min(1),
  /** A passage's sentences, each verbatim, in order: `text` is them joined by a space. Absent for one sentence. */
  parts: z.array(z.string().min(1)).min(2).optional(),
  /** Whose view this is, when it comes from an opinion piece: "writes Fred Fleitz, in an opinion piece". */
  attribution: z.string().optional(),
  /** Who the point's one-word names are, at their first mention in the briefing (docs/quality.md, "Twenty-third round (issue 16names)"). */
  names: z.array(NameGlossSchema).min(1).optional(),
  /** Which dates the point's relative days are ("Tuesday: 24 November 1998"), at their first mention in the briefing. */
  days: z.array(DayGlossSchema).min(1).optional(),
  /** Only on a side of a difference whose sentence another section already prints. */
  shownAt: ShownAtSchema.optional(),
  /** Only on a side of a difference whose sentence leans on one another section prints: shown as "(continues summary sentence 2)" before it. */
  after: ShownAtSchema.optional(),
});
export type Point = z.infer<typeof PointSchema>;

export const QuoteSchema = z.object({
  speaker: z.string().min(1),
  /** The whole sentence that carries the quote, verbatim; with the sentences before and after it that its quotation runs over. */
  text: z.string().min(1),
  /** When the quotation runs over several sentences: each verbatim, in order; `text` is them joined by a space. */
  parts: z.array(z.string().min(1)).min(2).optional(),
  citation: CitationSchema,
  shownAt: ShownAtSchema.optional(),
  /** The sentence this one leans on, which an earlier item prints: shown as "(continues summary sentence 2)" before it, not printed again. */
  after: ShownAtSchema.optional(),
  /** Who the item's one-word names are, at their first mention in the briefing's printed order, as a point's (issue 16names4). */
  names: z.array(NameGlossSchema).min(1).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const FigureSchema = z.object({
  /** The number as written: "5 percent", "$350 billion", "30-day". */
  value: z.string().min(1),
  /** What the number counts, in the source's words: "of GDP on defence". */
  counts: z.string(),
  /** The sentence stating it, or with the sentence it leans on (`parts`, as a point's). */
  text: z.string().min(1),
  parts: z.array(z.string().min(1)).min(2).optional(),
  citation: CitationSchema,
  shownAt: ShownAtSchema.optional(),
  /** The sentence this one leans on, which an earlier item prints: shown as "(continues summary sentence 2)" before it, not printed again. */
  after: ShownAtSchema.optional(),
  /** Whose view this is, when it comes from an opinion piece, as a point's. */
  attribution: z.string().optional(),
  /** Who the item's one-word names are, at their first mention in the briefing's printed order, as a point's (issue 16names4). */
  names: z.array(NameGlossSchema).min(1).optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const TimelineEventSchema = z.object({
  /** ISO date when it could be resolved; null when the text names a day that cannot be pinned down. */
  date: z.string().nullable(),
  /** The date expression as written: "on Monday", "August 15". */
  when: z.string(),
  /** The sentence, with the sentences that open and close a quotation it is cut inside. */
  text: z.string().min(1),
  /** When `text` is several sentences: each verbatim, in order; `text` is them joined by a space. */
  parts: z.array(z.string().min(1)).min(2).optional(),
  citation: CitationSchema,
  shownAt: ShownAtSchema.optional(),
  /** The sentence this one leans on, which an earlier item prints: shown as "(continues summary sentence 2)" before it, not printed again. */
  after: ShownAtSchema.optional(),
  /** The article gives no year: it was taken from the dated articles on the same story. */
  inferred: z.boolean().optional(),
  /** Whose view this is, when it comes from an opinion piece, as a point's. */
  attribution: z.string().optional(),
  /** Who the item's one-word names are, at their first mention in the briefing's printed order, as a point's (issue 16names4). */
  names: z.array(NameGlossSchema).min(1).optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const DifferenceSchema = z.object({
  /** What the sources disagree on, named by the terms they share. */
  question: z.string().min(1),
  sides: z.array(PointSchema).min(2),
});
export type Difference = z.infer<typeof DifferenceSchema>;

/** One value of a quantity the sources disagree on. */
export const DifferingValueSchema = z.object({
  /** The number as the first sentence stating it writes it. */
  value: z.string().min(1),
  /** That sentence, verbatim (with the sentence it leans on, in `parts`, as a point's); `citations` name every document that states this value, its own first. */
  text: z.string().min(1),
  parts: z.array(z.string().min(1)).min(2).optional(),
  citations: z.array(CitationSchema).min(1),
  /** The latest publication date (YYYY-MM-DD) among those documents. */
  published: z.string().optional(),
  /** An article says the number was revised. */
  revised: z.boolean(),
  /** Who gives this value, where one article gives two of the values, each its own source's ("the union"). */
  by: z.string().min(1).optional(),
});
export type DifferingValue = z.infer<typeof DifferingValueSchema>;

/** What a differing value's brackets say after it, the same words on every platform: "the union, 2025-03-03, revised". */
export function differingValueNote(v: DifferingValue): string {
  return [v.by, v.published ?? 'undated', v.revised ? 'revised' : undefined].filter(Boolean).join(', ');
}

/** The same quantity reported with different values across documents: a death toll of 60, 65, 67. */
export const DifferingFigureSchema = z.object({
  /** What the values count, in the words of the latest source. */
  counts: z.string().min(1),
  /** Latest first; on the same date, the later document in the set's order. */
  values: z.array(DifferingValueSchema).min(2),
});
export type DifferingFigure = z.infer<typeof DifferingFigureSchema>;

export const TopicRefSchema = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  /** curated: from config/topics.yaml; discovered: found in the text; query: free text the user typed. */
  kind: z.enum(['curated', 'discovered', 'query']),
  /** What the reader typed when it named the topic by another of its names ("NATO" for NATO membership): headers show it, and which topic answered. */
  asked: z.string().optional(),
});
export type TopicRef = z.infer<typeof TopicRefSchema>;

export const BriefingSchema = z.object({
  set: z.string(),
  topic: TopicRefSchema,
  length: LengthSchema,
  generatedAt: z.string(),
  /** 3–6 sentences, the headline summary. Fewer only when the set says less on the topic. */
  summary: z.array(PointSchema),
  keyPoints: z.array(PointSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
  timeline: z.array(TimelineEventSchema),
  differences: z.array(DifferenceSchema),
  /** Figures that differ between sources; absent in briefings stored before it existed. */
  figuresThatDiffer: z.array(DifferingFigureSchema).optional(),
  sources: z.array(SourceSchema),
  /**
   * The word a question turns on that no sentence states together with what it asks about ("sent" in
   * "what aid was sent to Haiti"): the briefing tells what the set says of the rest of the question.
   */
  unstated: z.string().optional(),
  /**
   * Whose words a "what did X say" question asks for, as the question writes them ("Graner"), when no
   * sentence gives them: the briefing tells what the set says of X, and says so.
   */
  unsaid: z.string().optional(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

/**
 * What an item prints after its text (a point's, a quote's, a key figure's, a timeline entry's), each in parentheses, the
 * same words on every platform: who its one-word names are ("Lahoud: President Emile Lahoud"), which dates its relative
 * days are ("Tuesday: 24 November 1998"), then whose words or view it is. All are composed, so they stand apart from the
 * verbatim sentence.
 */
export function notesOf(item: { names?: readonly NameGloss[]; days?: readonly DayGloss[]; attribution?: string }): string[] {
  return [...(item.names?.length ? [item.names.map((n) => `${n.name}: ${n.full}`).join('; ')] : []), ...(item.days?.length ? [item.days.map((d) => `${d.words}: ${d.date}`).join('; ')] : []), ...(item.attribution ? [item.attribution] : [])];
}

/**
 * The label a quote's line shows for its speaker, or none when the words it prints open on the speaker as named ("Kent Page,
 * a spokesman for UNICEF, said …"): the label would print the name twice. A line that refers back to a sentence shown
 * elsewhere, or continues one, prints no such opening and keeps its label.
 */
export function quoteLabel(quote: Pick<Quote, 'speaker' | 'text' | 'shownAt' | 'after'>): string | undefined {
  if (quote.shownAt || quote.after || !quote.text.startsWith(quote.speaker)) return quote.speaker;
  return /^[\p{L}\p{N}]/u.test(quote.text.slice(quote.speaker.length)) ? quote.speaker : undefined;
}

/** The line said before an answer to "what did X say" when no sentence gives X's own words: the same words on every platform. */
export function unsaidLine(speaker: string): string {
  const who = speaker.slice(0, 60);
  // A plural common noun takes the apostrophe alone ("the analysts' own words"); a name keeps "'s" ("Reyes's").
  const possessive = /(?:^|\s)\p{Ll}[\p{L}-]*s$/u.test(who) ? `${who}'` : `${who}'s`;
  return `No sentence gives ${possessive} own words; this is what the set says of ${who}.`;
}

/**
 * The line said after an answer whose question's verb no sentence states: after the best partial answer, never
 * first, so that it is not read as "no answer" (docs/quality.md, eleventh round); in the summary's place when no point
 * is shown. The same words on every platform.
 */
export function unstatedLine(verb: string, pointsShown = true): string {
  return `No sentence says “${verb.slice(0, 60)}” of what the question asks about; ${pointsShown ? 'the points above are' : 'the sections below are'} what the set says of the rest of it.`;
}

/** Shown where the summary would be when a briefing has neither a summary point nor a key point (docs/quality.md, twenty-fifth round, rule E′). */
export const NO_SUMMARY_LINE = 'The set has no passage to show on its own here; the sections below are what its sources say.';

/** Whether a briefing shows no point and no item of any section. */
export function showsNothing(b: Briefing): boolean {
  return b.summary.length + b.keyPoints.length + b.quotes.length + b.figures.length + b.timeline.length + b.differences.length + (b.figuresThatDiffer?.length ?? 0) === 0;
}

/** Shown in place of every section when a briefing has nothing to show. */
export const NOTHING_CITABLE_LINE = 'The documents say nothing citable on this topic yet.';

/**
 * The line a renderer prints after the summary, or in its place when there is none: one line at most, the same words on
 * every platform. A briefing that shows nothing at all says NOTHING_CITABLE_LINE instead.
 */
export function afterSummaryLine(b: Briefing): string | undefined {
  const points = b.summary.length + b.keyPoints.length;
  if (b.unstated) return unstatedLine(b.unstated, points > 0);
  return points || showsNothing(b) ? undefined : NO_SUMMARY_LINE;
}

export const TopicSummarySchema = TopicRefSchema.extend({
  /** How many documents speak to the topic. */
  sources: z.number().int().nonnegative(),
  aliases: z.array(z.string()),
});
export type TopicSummary = z.infer<typeof TopicSummarySchema>;

export const TopicListSchema = z.object({
  set: z.string(),
  documents: z.number().int().nonnegative(),
  topics: z.array(TopicSummarySchema),
});
export type TopicList = z.infer<typeof TopicListSchema>;

/** What a digest reports of one topic: what its new documents add. */
export const DigestTopicSchema = z.object({
  topic: TopicRefSchema,
  /** One or two sentences of the new documents that add what the earlier ones did not say, verbatim, each cited. */
  points: z.array(PointSchema).max(2),
  /** Quantities a new document gives another value for: values, sources and dates, never a composed sentence. */
  figureChanges: z.array(DifferingFigureSchema),
  /** New documents that speak to the topic. */
  newDocuments: z.number().int().nonnegative(),
});
export type DigestTopic = z.infer<typeof DigestTopicSchema>;

export const DigestSchema = z.object({
  set: z.string(),
  generatedAt: z.string(),
  /** ISO instant of the previous digest for this channel, if any. */
  since: z.string().nullable(),
  late: z.boolean(),
  /** Documents first seen since the previous digest (all of them for a channel's first), in the set's order. */
  newDocuments: z.array(z.object({ docId: z.string(), title: z.string() })),
  /** Words the digest stays under. */
  wordBudget: z.number().int().positive(),
  /** Empty: nothing new (a quiet day). */
  topics: z.array(DigestTopicSchema),
  /** What the topics' citations number, for the whole digest. */
  sources: z.array(SourceSchema),
});
export type Digest = z.infer<typeof DigestSchema>;

export function parseDigest(value: unknown): Digest {
  return DigestSchema.parse(value);
}

/** A topic or query that matched nothing, with the closest topics. */
export const NoMatchSchema = z.object({
  query: z.string(),
  /** The document set that was searched, named in the answer's header. */
  set: z.string().optional(),
  suggestions: z.array(TopicRefSchema),
  /** The word a question turns on that no sentence of the set states ("arrested"): the set does not say. */
  unstated: z.string().optional(),
});
export type NoMatch = z.infer<typeof NoMatchSchema>;

export function parseBriefing(value: unknown): Briefing {
  return BriefingSchema.parse(value);
}
