import { findDates } from '../facts/timeline.js';
import { relatedStemsOfEach } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { namesOnlyEarlierYears, statesCount, statesCountOf } from '../summary/answer-first.js';
import { backgroundRate, isKey, matchesKeys, type WordKeys } from './keyness.js';
import { stemsOf } from './relevance.js';
import { slugify, type Topic } from './topic.js';

/**
 * The angles a news desk asks of any story (the follow-up questions of the inverted pyramid): the
 * facets a reader of a one-story set asks for, rather than the phrases its articles repeat. A
 * fixed schema from journalism practice, the same for every set (docs/quality.md, "Reader's
 * angles"); each angle's words also stand for their nearest words by meaning that the set uses.
 */
interface AngleSchema {
  slug: string;
  title: string;
  /** Other names a reader may ask it by. */
  aliases: string[];
  /** The desk's own words for it. */
  seeds: string[];
  /** Sentence structure it needs besides its words: a count of them ("60 people killed"), or a future construction. */
  needs?: 'count' | 'future';
  /** A sentence that names only years before its article's speaks to it whatever its words. */
  earlierYears?: boolean;
}

const ANGLES: readonly AngleSchema[] = [
  {
    slug: 'toll',
    title: 'Toll and casualties',
    aliases: ['casualties', 'death toll', 'deaths'],
    seeds: ['killed', 'dead', 'died', 'death', 'injured', 'wounded', 'victims', 'casualties', 'toll', 'missing'],
    needs: 'count',
  },
  { slug: 'damage', title: 'Damage and losses', aliases: ['losses', 'destruction'], seeds: ['damage', 'destroyed', 'destruction', 'collapsed', 'losses', 'devastation', 'wrecked'] },
  { slug: 'cause', title: 'Cause', aliases: ['causes', 'why'], seeds: ['cause', 'caused', 'blamed', 'triggered', 'sparked', 'reason', 'because', 'fault'] },
  {
    slug: 'investigation',
    title: 'Investigation and charges',
    aliases: ['charges', 'inquiry', 'probe'],
    seeds: ['investigation', 'investigators', 'inquiry', 'police', 'arrested', 'suspect', 'charged', 'trial', 'court', 'prosecutors', 'evidence'],
  },
  { slug: 'rescue-and-aid', title: 'Rescue and aid', aliases: ['rescue', 'aid', 'relief'], seeds: ['rescue', 'rescuers', 'aid', 'relief', 'help', 'evacuated', 'emergency', 'hospital', 'donations'] },
  { slug: 'reactions', title: 'Reactions', aliases: ['reaction', 'responses'], seeds: ['reaction', 'condemned', 'criticized', 'praised', 'welcomed', 'mourned', 'grief', 'sympathy', 'condolences', 'outrage'] },
  {
    slug: 'what-next',
    title: 'What happens next',
    aliases: ['next steps', 'outlook', "what's next", 'what next', 'what comes next'],
    seeds: ['will', 'plan', 'planned', 'next', 'expected', 'future', 'scheduled', 'upcoming'],
    needs: 'future',
  },
  // Words that date the story's own days ("earlier this week", "a former minister") are not its past.
  { slug: 'background', title: 'Background', aliases: ['history', 'context'], seeds: ['history', 'ago', 'decades'], earlierYears: true },
];

/** The angles' titles: what tells an angle from a recurring phrase of the same word ("Damage"). */
export const ANGLE_TITLES: ReadonlySet<string> = new Set(ANGLES.map((a) => a.title));

/** What a related word counts of the seed it stands for, times its similarity (as for a free query's related words). */
const RELATED_SHARE = 0.6;
const RELATED_CAP = 0.8;
/** A related word in more than this share of the set's sentences is the story itself, not an angle of it. */
const STORY_SHARE = 0.2;
/** Sentences (of distinct text) an angle needs, at least, and as a share of the set's. */
const MIN_SENTENCES = 3;
const MIN_SENTENCE_SHARE = 0.03;
/** Documents an angle's sentences must come from (or all of a smaller set's). */
const MIN_DOCUMENTS = 3;

/** A future construction, English: what is still to happen, not what was expected. */
const FUTURE = /\b(?:will|shall|won['’]t)\b|\w['’]ll\b|\b(?:is|are|am)\s+(?:now\s+|also\s+)?(?:expected|scheduled|due|set|going|planning|poised|to\s+be)\b|\bplans?\s+to\b/i;

/** How a topic that is an angle tells its sentences: its words with what each counts, and what else it needs. */
export interface AngleMatch {
  /** Stem (or, for a function word such as "will", the word) → what it counts toward 1. */
  weights: Readonly<Record<string, number>>;
  /** A related word's seed: the related words of one seed count together at most RELATED_CAP. */
  seedOf: Readonly<Record<string, string>>;
  needs?: 'count' | 'future';
  earlierYears?: boolean;
}

/** The angles this set speaks to enough, in the schema's order, each as a topic with its sentences; none when fewer than `atLeast`. */
export function discoverAngles(index: TermIndex, atLeast = 1): Array<{ topic: Topic; sentences: Map<number, number> }> {
  const total = index.sentences.length;
  // Each text once: wire copies would multiply the evidence of one sentence.
  const running = [...index.textIds.values()].flatMap((id) => index.sentences[id]!.words);
  const shown = ANGLES.filter((angle) => speaksTo(index, angle, running));
  if (shown.length === 0 || shown.length < atLeast) return [];
  // Related words only widen what a shown angle collects, so they are looked up for those alone:
  // a scan of the lexicon per seed is most of a small set's start.
  const common = (s: string) => (index.stemSentences.get(s)?.length ?? 0) > total * STORY_SHARE;
  const related = relatedStemsOfEach(
    shown.flatMap((a) => a.seeds),
    (s) => index.stemSentences.has(s) && !common(s),
  );
  return shown.map((angle) => {
    const match = angleMatch(angle, related);
    const topic: Topic = { ref: { slug: angle.slug, title: angle.title, kind: 'discovered' }, aliases: angle.aliases, variants: [], angle: match };
    return { topic, sentences: angleRelevance(index, match) };
  });
}

/**
 * Rule ON (docs/quality.md, "Session 74"): the angle a query names by its slug, title or an alias ("what happens next?"), read
 * over the set's sentences as a listed angle is, whether or not the set speaks to it enough for /topics to list it.
 */
export function angleNamed(index: TermIndex, query: string): Topic | undefined {
  const key = slugify(query);
  const angle = key ? ANGLES.find((a) => a.slug === key || [a.title, ...a.aliases].some((n) => slugify(n) === key)) : undefined;
  if (!angle) return undefined;
  const total = index.sentences.length;
  const related = relatedStemsOfEach(angle.seeds, (s) => index.stemSentences.has(s) && (index.stemSentences.get(s)?.length ?? 0) <= total * STORY_SHARE);
  return { ref: { slug: angle.slug, title: angle.title, kind: 'discovered' }, aliases: angle.aliases, variants: [], angle: angleMatch(angle, related) };
}

/** Whether the desk's own words for an angle come up in enough sentences, from enough documents, and are key in the set. */
function speaksTo(index: TermIndex, angle: AngleSchema, running: readonly string[]): boolean {
  const match = angleMatch(angle, new Map());
  const texts = new Set<string>();
  const docs = new Set<string>();
  // Rule TC: the toll is shown where the set counts its dead or hurt ("killing at least 60 people", "60 dead") in a few
  // sentences of a few sources, not where a crowd stands beside "killing" in every report of one death.
  const counted = new Set<string>();
  const countedDocs = new Set<string>();
  const tells = (stem: string) => match.weights[stem] !== undefined;
  for (const id of angleRelevance(index, match).keys()) {
    const sentence = index.sentences[id]!;
    if (!ownWords(index, match, sentence)) continue;
    texts.add(sentence.text);
    docs.add(sentence.docId);
    if (match.needs === 'count' && statesCountOf(sentence, tells)) {
      counted.add(sentence.text);
      countedDocs.add(sentence.docId);
    }
  }
  const fewest = Math.min(MIN_DOCUMENTS, index.documents.size);
  if (texts.size < Math.max(MIN_SENTENCES, index.sentences.length * MIN_SENTENCE_SHARE) || docs.size < fewest) return false;
  if (match.needs === 'count' && (counted.size < Math.min(MIN_SENTENCES, index.documents.size) || countedDocs.size < fewest)) return false;
  return toldFrom(angle, running);
}

/**
 * Whether the set is told from this angle, not only touching its everyday words ("help", "because"
 * in a political story): its own words are key, over-represented in the set's running text
 * against general English at p < 0.001 (keyness.ts). No background rate (no lexicon), no angle.
 */
function toldFrom(angle: AngleSchema, running: readonly string[]): boolean {
  const keys = ownKeys(angle);
  const rate = backgroundRate(keys);
  return rate !== null && isKey(running.filter((w) => matchesKeys(keys, w)).length, running.length, rate);
}

/** An angle's own words as keys: a content word by its stem, a function word ("will", "because") as written. */
function ownKeys(angle: AngleSchema): WordKeys {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const seed of angle.seeds) {
    const s = stemsOf(seed)[0];
    if (s === undefined) words.add(seed);
    else stems.add(s);
  }
  return { words, stems };
}

function angleMatch(angle: AngleSchema, related: ReadonlyMap<string, ReadonlyArray<{ stem: string; similarity: number }>>): AngleMatch {
  const weights: Record<string, number> = {};
  const seedOf: Record<string, string> = {};
  // A function word ("will", "because") has no content stem: it is matched as written.
  for (const seed of angle.seeds) weights[stemsOf(seed)[0] ?? seed] = 1;
  for (const seed of angle.seeds) {
    for (const r of related.get(seed) ?? []) {
      if (weights[r.stem] === 1 || (weights[r.stem] ?? 0) >= RELATED_SHARE * r.similarity) continue;
      weights[r.stem] = RELATED_SHARE * r.similarity;
      seedOf[r.stem] = seed;
    }
  }
  return { weights, seedOf, ...(angle.needs ? { needs: angle.needs } : {}), ...(angle.earlierYears ? { earlierYears: true } : {}) };
}

/** Sentence id → how strongly it speaks to the angle, in [0.5, 1]; sentences that do not are absent. */
export function angleRelevance(index: TermIndex, match: AngleMatch): Map<number, number> {
  const scores = new Map<number, number>();
  const overtaken = match.needs === 'future' ? overtakenTest(index) : undefined;
  index.sentences.forEach((s, id) => {
    const score = angleScore(index, match, s);
    if (score > 0 && !overtaken?.(s)) scores.set(id, score);
  });
  return scores;
}

/**
 * Amendment ON′ (docs/quality.md, "Session 74"): "will ban sprinklers from Thursday" in an earlier article, whose Thursday is
 * past by the set's latest article: what was ahead when written is not what happens next. A sentence of the latest day's
 * articles, or one that dates nothing, or anything it dates still ahead (a month or year not yet over), is not overtaken.
 */
function overtakenTest(index: TermIndex): (s: Sentence) => boolean {
  const latest = latestPublished(index);
  const publishedOf = (docId: string) => index.documents.get(docId)?.meta.published;
  return (s) => {
    const published = publishedOf(s.docId);
    if (!latest || !published || published >= latest) return false;
    // A month or a year is past only once the latest article is past it ("November's summit", told in November, is still to come).
    const dates = findDates([s], publishedOf).flatMap((d) => (d.isEvent && d.date && CALENDAR_DATE.test(d.date) ? [d.date] : []));
    return dates.length > 0 && dates.every((d) => (d.length === 10 ? d <= latest : d < latest.slice(0, d.length)));
  };
}

/** A date the timeline resolved to a year, a month or a day ("2025", "2025-04", "2025-04-25"). */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

/** The set's latest article's date (YYYY-MM-DD), '' when none is dated. */
function latestPublished(index: TermIndex): string {
  let latest = '';
  for (const d of index.documents.values()) if ((d.meta.published ?? '') > latest) latest = d.meta.published!;
  return latest;
}

/**
 * Rule AH (docs/quality.md, "Session 77"): whether a sentence tells something still ahead of the set's latest article: `dated`, it
 * dates an event after that day (the timeline's reading, "by April 25"); `told`, it is told in the future and not overtaken
 * (amendment ON′), or dated so.
 */
export function aheadTests(index: TermIndex): { dated: (s: Sentence) => boolean; told: (s: Sentence) => boolean } {
  const latest = latestPublished(index);
  const overtaken = overtakenTest(index);
  const publishedOf = (docId: string) => index.documents.get(docId)?.meta.published;
  const after = (date: string) => (date.length === 10 ? date > latest : date > latest.slice(0, date.length));
  const dated = (s: Sentence) => !!latest && findDates([s], publishedOf).some((d) => d.isEvent && !!d.date && CALENDAR_DATE.test(d.date) && after(d.date));
  return { dated, told: (s) => (FUTURE.test(s.text) && !overtaken(s)) || dated(s) };
}

/** How strongly one sentence speaks to an angle: what its words count (1 is enough: one seed, or two related words), 0 when too little. */
export function angleScore(index: TermIndex, match: AngleMatch, s: Sentence): number {
  let sum = 0;
  const seen = new Set<string>();
  const bySeed = new Map<string, number>();
  for (const key of [...s.stems, ...s.words.map((w) => w.toLowerCase())]) {
    const w = match.weights[key];
    if (w === undefined || seen.has(key)) continue;
    seen.add(key);
    const seed = match.seedOf[key];
    if (seed === undefined) sum += w;
    else bySeed.set(seed, (bySeed.get(seed) ?? 0) + w);
  }
  // Words near one seed say one thing: together they count no more than a related word may (as for a free query).
  for (const w of bySeed.values()) sum += Math.min(RELATED_CAP, w);
  if (sum < 1 && !tellsWhatCameBefore(index, match, s)) return 0;
  if (match.needs === 'count' && !statesCount(s)) return 0;
  if (match.needs === 'future' && !FUTURE.test(s.text)) return 0;
  // Half of what its angle words count: one seed word 0.5, two 1, so the plainest sentences lead.
  return Math.min(1, Math.max(sum, 1) / 2);
}

/** Whether a sentence speaks to the angle in the desk's own words (a seed, or an earlier year for background), not only related ones. */
function ownWords(index: TermIndex, match: AngleMatch, s: Sentence): boolean {
  const own = (key: string) => match.weights[key] === 1 && match.seedOf[key] === undefined;
  return s.stems.some(own) || s.words.some((w) => own(w.toLowerCase())) || tellsWhatCameBefore(index, match, s);
}

/** For background: a sentence that names only years before its article's. */
function tellsWhatCameBefore(index: TermIndex, match: AngleMatch, s: Sentence): boolean {
  const published = index.documents.get(s.docId)?.meta.published;
  return !!match.earlierYears && !!published && namesOnlyEarlierYears(s.text, Number(published.slice(0, 4)));
}
