import { z } from 'zod';

/**
 * The one value every adapter renders. Plain, JSON-serialisable data: the core builds it,
 * `parseBriefing` validates it as it leaves the core, renderers only read it.
 */

export const LengthSchema = z.enum(['short', 'standard']);
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
});
export type Source = z.infer<typeof SourceSchema>;

/** A sentence exactly as it stands in its first citation's document; further citations state the same. */
export const PointSchema = z.object({
  text: z.string().min(1),
  citations: z.array(CitationSchema).min(1),
});
export type Point = z.infer<typeof PointSchema>;

export const QuoteSchema = z.object({
  speaker: z.string().min(1),
  /** The whole sentence that carries the quote, verbatim. */
  text: z.string().min(1),
  citation: CitationSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const FigureSchema = z.object({
  /** The number as written: "5 percent", "$350 billion", "30-day". */
  value: z.string().min(1),
  /** What the number counts, in the source's words: "of GDP on defence". */
  counts: z.string(),
  text: z.string().min(1),
  citation: CitationSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

export const TimelineEventSchema = z.object({
  /** ISO date when it could be resolved; null when the text names a day that cannot be pinned down. */
  date: z.string().nullable(),
  /** The date expression as written: "on Monday", "August 15". */
  when: z.string(),
  text: z.string().min(1),
  citation: CitationSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const DifferenceSchema = z.object({
  /** What the sources disagree on, named by the terms they share. */
  question: z.string().min(1),
  sides: z.array(PointSchema).min(2),
});
export type Difference = z.infer<typeof DifferenceSchema>;

export const TopicRefSchema = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  /** curated: from config/topics.yaml; discovered: found in the text; query: free text the user typed. */
  kind: z.enum(['curated', 'discovered', 'query']),
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
  sources: z.array(SourceSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;

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

export const NewDocumentSchema = z.object({
  source: SourceSchema,
  /** The document's most central sentence, verbatim. */
  summary: z.string(),
});
export type NewDocument = z.infer<typeof NewDocumentSchema>;

export const DigestSchema = z.object({
  set: z.string(),
  generatedAt: z.string(),
  /** ISO instant of the previous digest for this channel, if any. */
  since: z.string().nullable(),
  late: z.boolean(),
  briefings: z.array(BriefingSchema),
  newDocuments: z.array(NewDocumentSchema),
});
export type Digest = z.infer<typeof DigestSchema>;

/** A topic or query that matched nothing, with the closest topics. */
export const NoMatchSchema = z.object({
  query: z.string(),
  /** The set that was searched, when the answer names it. */
  set: z.string().optional(),
  suggestions: z.array(TopicRefSchema),
});
export type NoMatch = z.infer<typeof NoMatchSchema>;

export function parseBriefing(value: unknown): Briefing {
  return BriefingSchema.parse(value);
}
