import { surfaceOf, type TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import { type Clustering, clusterDocuments, combineClusters, documentVector, joinCluster, nearestCluster } from './cluster-documents.js';
import { isEpithet } from './facet-epithets.js';
import { writtenAsModifier } from './facet-modifiers.js';
import { afterNumber, phraseFault, storyEventStems } from './facet-names.js';
import { oneThing, sameThingInOtherWords } from './facet-referents.js';
import { backgroundRate, isKey } from './keyness.js';
import { isGeneric, nameStory, readAsNoun, readStory, type StoryReading, storyActor, wellFormed } from './name-story.js';
import { discoverAngles } from './news-angles.js';
import { slugify, type Topic, titleCase } from './topic.js';

const MAX_FACETS = 8;
/** A phrase in more than this share of a story's sentences is the story itself, not a facet of it. */
const MAX_FACET_SHARE = 0.2;
/** A single word that common is one of the story's actors or places. */
const MAX_WORD_SHARE = 0.06;
/** Documents a cluster needs to be a story. */
const MIN_STORY_DOCS = 2;

/** What discovery found, with the clustering behind it, so later documents can join a story without rediscovering all. */
export interface Discovery {
  topics: Topic[];
  stories?: {
    clustering: Clustering;
    /** Cluster place → its topic and that topic's (growing) document set. */
    topicOf: Map<number, { topic: Topic; docIds: Set<string> }>;
  };
}

/**
 * Topics found in the text itself. A set that holds several stories gets one topic a story (its
 * documents clustered); a set about one story, or whose stories are all threads of one (one's actor
 * runs through all), gets the facets it keeps returning to (key phrases that recur across documents, grouped
 * when they occur in the same sentences).
 */
export function discover(index: TermIndex): Discovery {
  const readings = new Map<string, StoryReading>();
  const clustering = sameActorsJoined(index, clusterDocuments(index), readings);
  const stories = clustering.clusters.filter((c) => c.ids.length >= MIN_STORY_DOCS);
  const covered = stories.reduce((n, c) => n + c.ids.length, 0);
  // Stories that all hold one story's actor are threads of that story.
  if (stories.length < 2 || covered < index.documents.size * 0.5 || sharedActor(index, stories, readings) !== undefined) return { topics: oneStoryFacets(index) };
  const used = new Set<string>();
  const topicOf = new Map<number, { topic: Topic; docIds: Set<string> }>();
  clustering.clusters.forEach((c, place) => {
    if (c.ids.length >= MIN_STORY_DOCS) topicOf.set(place, storyTopic(index, c.ids, used, readings.get(c.ids.join('\n'))));
  });
  return { topics: [...topicOf.values()].map((s) => s.topic), stories: { clustering, topicOf } };
}

/**
 * Stories whose leads put the same actor first are one story, however differently their outlets
 * word the rest ("Kosovo" in the AP's airstrike copy and in the NYT's refugee copy). Each story's
 * reading is kept in `readings` (by its member list) for naming it.
 */
function sameActorsJoined(index: TermIndex, clustering: Clustering, readings: Map<string, StoryReading>): Clustering {
  const byActor = new Map<string, number[]>();
  clustering.clusters.forEach((c, place) => {
    if (c.ids.length < MIN_STORY_DOCS) return;
    const reading = readStory(index, c.ids);
    readings.set(c.ids.join('\n'), reading);
    const actor = storyActor(reading);
    if (actor) byActor.set(actor, [...(byActor.get(actor) ?? []), place]);
  });
  const groups = [...byActor.values()].filter((g) => g.length > 1);
  return groups.length ? combineClusters(clustering, groups) : clustering;
}

/**
 * Puts a document just added to the index into the story closest to it, or starts a lone one. A
 * story that reaches two documents becomes a topic. Returns the topic the document joined, if any,
 * and whether that topic is new. A set discovered by facets has no stories: nothing changes.
 */
export function addToStories(index: TermIndex, discovery: Discovery, docId: string, used: Set<string>): { topic?: Topic; created: boolean } {
  const stories = discovery.stories;
  const doc = index.documents.get(docId);
  if (!stories || !doc) return { created: false };
  const v = documentVector(index, doc, 1);
  const place = joinCluster(stories.clustering, nearestCluster(stories.clustering, v), docId, v);
  const known = stories.topicOf.get(place);
  if (known) {
    known.docIds.add(docId);
    return { topic: known.topic, created: false };
  }
  const members = stories.clustering.clusters[place]!.ids;
  if (members.length < MIN_STORY_DOCS) return { created: false };
  const story = storyTopic(index, members, used);
  stories.topicOf.set(place, story);
  discovery.topics.push(story.topic);
  return { topic: story.topic, created: true };
}

/** Takes documents out of their stories (edited or deleted files); they may be added again. */
export function removeFromStories(discovery: Discovery, docIds: ReadonlySet<string>): void {
  const stories = discovery.stories;
  if (!stories) return;
  stories.clustering.clusters.forEach((c, place) => {
    if (!c.ids.some((id) => docIds.has(id))) return;
    c.ids = c.ids.filter((id) => !docIds.has(id));
    const story = stories.topicOf.get(place);
    for (const id of docIds) story?.docIds.delete(id);
  });
}

function storyTopic(index: TermIndex, ids: readonly string[], used: Set<string>, reading?: StoryReading): { topic: Topic; docIds: Set<string> } {
  const name = nameStory(index, ids, used, reading);
  const slug = uniqueSlug(name.slug, used);
  const docIds = new Set(ids);
  return { topic: { ref: { slug, title: name.title, kind: 'discovered' }, aliases: name.aliases, variants: [], docIds }, docIds };
}

/**
 * The actor of one story that at least half the documents of every story hold, if any: then the
 * stories are threads of one story (its actor runs through all of them), which their tf-idf cannot
 * tell, since a name every article holds weighs nearly nothing there. A story's actor, not any name
 * they share: two different stories may both mention a country in most articles ("Russia").
 */
export function sharedActor(index: TermIndex, stories: readonly { ids: readonly string[] }[], readings?: ReadonlyMap<string, StoryReading>): string | undefined {
  // Each stem's documents read from its postings: a set of every document's stems cost a set of 10,000 articles a third of a second.
  const docsWith = new Map<string, Set<string>>();
  const holdersOf = (stem: string) => {
    let docs = docsWith.get(stem);
    if (!docs) docsWith.set(stem, (docs = new Set((index.stemSentences.get(stem) ?? []).map((id) => index.sentences[id]!.docId))));
    return docs;
  };
  const holds = (id: string, stems: readonly string[]) => stems.every((st) => holdersOf(st).has(id));
  for (const story of stories) {
    const actor = storyActor(readings?.get(story.ids.join('\n')) ?? readStory(index, story.ids));
    if (!actor) continue;
    const stems = actor.split(' ');
    if (stories.every((other) => other.ids.filter((id) => holds(id, stems)).length >= other.ids.length / 2)) return actor;
  }
  return undefined;
}

/** Angles shown before the recurring phrases give way to them, and recurring phrases shown after the angles. */
const MIN_ANGLES = 2;
const PHRASES_AFTER_ANGLES = 3;

/**
 * The facets of a one-story set: the reader's angles it speaks to (toll, investigation, reactions…),
 * then a few of its own recurring themes; the recurring phrases alone when it speaks to fewer
 * than two angles.
 */
function oneStoryFacets(index: TermIndex): Topic[] {
  const angles = discoverAngles(index, MIN_ANGLES).slice(0, MAX_FACETS);
  if (angles.length < MIN_ANGLES) return discoverFacets(index, new Set(), MAX_FACETS);
  const claimed = new Set(angles.flatMap((a) => [...a.sentences.keys()]));
  const phrases = discoverFacets(index, claimed, Math.min(PHRASES_AFTER_ANGLES, MAX_FACETS - angles.length), new Set(angles.map((a) => a.topic.ref.slug)));
  return [...angles.map((a) => a.topic), ...phrases];
}

/**
 * Recurring key phrases, grouped when they occur in the same sentences, at most `max`; a phrase
 * whose sentences are mostly `claimed` already (by an angle or a stronger phrase) is not one.
 */
function discoverFacets(index: TermIndex, claimed: Set<number>, max: number, used = new Set<string>()): Topic[] {
  const total = index.sentences.length;
  // A lone word two documents happen to share is noise ("team", "plan"); a facet named by one word
  // must come back in at least three.
  const minDocsOf = (p: string) => Math.min(p.includes(' ') ? 2 : 3, index.documents.size);
  // Shares mean little in a handful of short documents: there, a few sentences make a facet.
  const minSentences = total < 100 ? 2 : 3;
  const maxSentences = (p: string) => Math.max(total < 100 ? total * 0.35 : 6, total * (p.includes(' ') ? MAX_FACET_SHARE : MAX_WORD_SHARE));
  const candidates = [...index.phraseSentences]
    .filter(([p, ids]) => (index.phraseDf.get(p) ?? 0) >= minDocsOf(p) && ids.length >= minSentences && ids.length <= maxSentences(p))
    .map(([p, ids]) => ({
      p,
      ids: new Set(ids),
      // Two-word phrases name facets ("security guarantees"); a lone word is mostly an actor or place.
      score: (index.phraseDf.get(p) ?? 0) * Math.log(1 + ids.length) * (p.includes(' ') ? 3 : 0.35) * focus(index, ids),
    }))
    .sort((a, b) => b.score - a.score || a.p.localeCompare(b.p));
  const picked: Picked[] = [];
  const absorbed = new Set<string>();
  let stemCounts: StemCounts | undefined;
  let storyEvent: Set<string> | undefined;
  for (const head of candidates) {
    if (picked.length >= max) break;
    if (absorbed.has(head.p)) continue;
    // A phrase that ends in a name ("Modern Swedish", "Agency TT", "UK") names who or where, not
    // an angle of the story a reader asks about; nor is a fragment one ("Shatt al").
    const words = surfaceOf(index, head.p).split(' ');
    if (/^\p{Lu}/u.test(words.at(-1)!) || !wellFormed(words)) continue;
    if (!head.p.includes(' ') && !isKeyWord(head.p, (stemCounts ??= countStems(index)))) continue;
    const lower = words.flatMap((w) => w.toLowerCase().split('-')).filter(Boolean);
    const counted = () =>
      afterNumber(
        [...head.ids].map((id) => index.sentences[id]!),
        head.p.split(' '),
      );
    if (phraseFault(lower, (storyEvent ??= storyEventStems(index)), counted)) continue;
    const fresh = [...head.ids].filter((id) => !claimed.has(id)).length;
    if (fresh < head.ids.size * 0.5) continue;
    // Last: it tags sentences again, the costliest test.
    if (!namesAThing(index, head.p, head.ids)) continue;
    const variants = [head.p.split(' ')];
    const aliases: string[] = [];
    for (const other of candidates) {
      if (other === head || absorbed.has(other.p)) continue;
      let overlap = 0;
      for (const id of other.ids) if (head.ids.has(id)) overlap++;
      // A phrase that mostly occurs where the head does is another way of saying it; one that shares
      // a word with the head needs less ("council member" beside "city council").
      const sharesWord = other.p.split(' ').some((w) => head.p.split(' ').includes(w));
      if ((overlap / other.ids.size >= 0.6 && overlap / head.ids.size >= 0.3) || (sharesWord && overlap / other.ids.size >= 0.3)) {
        absorbed.add(other.p);
        // Rule TA (docs/quality.md, "Session 50"): another name of the facet is written only where the facet is; the story's
        // own word ("cholera" in every article) names more than a facet of it, and is asked as itself.
        if (!head.p.split(' ').every((w) => other.p.includes(w)) && writtenOnlyWhere(index, other.ids, head.ids)) aliases.push(surfaceOf(index, other.p));
      }
    }
    absorbed.add(head.p);
    for (const id of head.ids) claimed.add(id);
    const label = surfaceOf(index, head.p);
    const slug = uniqueSlug(slugify(label), used);
    picked.push({ topic: { ref: { slug, title: titleCase(label), kind: 'discovered' }, aliases: aliases.slice(0, 4), variants }, phrase: head.p, ids: head.ids });
  }
  return earned(index, picked);
}

/** Whether every document a phrase is written in (its sentences `ids`) writes the other phrase too (its sentences `where`). */
function writtenOnlyWhere(index: TermIndex, ids: ReadonlySet<number>, where: ReadonlySet<number>): boolean {
  const documents = new Set([...where].map((id) => index.sentences[id]!.docId));
  return [...ids].every((id) => documents.has(index.sentences[id]!.docId));
}

/** A facet the list chose: its topic, its phrase (stems) and the sentences that write the phrase. */
interface Picked {
  topic: Topic;
  phrase: string;
  ids: ReadonlySet<number>;
}

/**
 * The chosen facets a set earns, in their order (docs/quality.md, "Twenty-first round (issue
 * 16facet2)" and "Twenty-fourth round (issue 16facets)"): a lone word the set's own two-word names
 * explain better names none of them; a facet that names an earlier one's thing is folded into it
 * (its sentences and name kept there). Nothing is replaced: the cap is a ceiling, and a dropped facet does not make room for a weaker candidate.
 */
function earned(index: TermIndex, picked: readonly Picked[]): Topic[] {
  const kept: Picked[] = [];
  const minDocs = Math.min(2, index.documents.size);
  for (const facet of picked) {
    const { phrase, ids } = facet;
    if (!phrase.includes(' ')) {
      // A word the set writes mostly inside compounds names none of them (rule M).
      if (!headOfTheSetsNames(index, phrase, ids) && !writtenAsModifier(index, phrase, ids)) kept.push(facet);
      continue;
    }
    // A name's title or epithet says who someone is; the name says it better (rule E).
    if (isEpithet(index, phrase, ids)) continue;
    const into = kept.find((k) => oneThing(index, k, facet, minDocs) || sameThingInOtherWords(index, k, facet));
    if (!into) {
      kept.push(facet);
      continue;
    }
    // One thing under two names: the reader who asks by either is briefed on both names' sentences.
    into.topic.variants.push(phrase.split(' '));
    into.topic.aliases = [surfaceOf(index, phrase), ...into.topic.aliases].slice(0, 4);
  }
  return kept.map(({ topic }) => topic);
}

/**
 * Whether a lone word stands, in more than half of its sentences (each text once), as the head of a
 * two-word phrase the set repeats in at least two documents ("summit meeting" for "meeting"):
 * then the set's own names say which of its kind, and the word alone names none of them.
 */
function headOfTheSetsNames(index: TermIndex, word: string, ids: ReadonlySet<number>): boolean {
  const texts = new Map<string, number>();
  for (const id of ids) if (!texts.has(index.sentences[id]!.text)) texts.set(index.sentences[id]!.text, id);
  const suffix = ` ${word}`;
  let named = 0;
  for (const id of texts.values()) {
    if (index.sentences[id]!.phrases.some((p) => p.endsWith(suffix) && (index.phraseDf.get(p) ?? 0) >= 2)) named++;
  }
  return named * 2 > texts.size;
}

/** Sentences read to tell what part of speech a facet's last word is. */
const HEAD_SENTENCES_TAGGED = 6;

/**
 * Whether a facet phrase names a thing a reader asks for: its last word (the head, in English) is
 * read as a noun where the phrase stands ("Kilometers southwest", "Overall" are not), and is not a
 * generic word that names no angle ("Wikinews reporter", "Hour").
 */
function namesAThing(index: TermIndex, phrase: string, ids: ReadonlySet<number>): boolean {
  const last = phrase.split(' ').at(-1)!;
  if (isGeneric(last) || isGeneric(surfaceOf(index, last).toLowerCase())) return false;
  const texts = [...ids].slice(0, HEAD_SENTENCES_TAGGED).map((id) => index.sentences[id]!.text);
  return readAsNoun(texts, last);
}

interface StemCounts {
  counts: Map<string, number>;
  total: number;
}

/** How often each stem occurs in the set's running text, each distinct text counted once (wire copies repeat). */
function countStems(index: TermIndex): StemCounts {
  const words = new Map<string, number>();
  let total = 0;
  for (const id of index.textIds.values()) {
    for (const w of index.sentences[id]!.words) words.set(w, (words.get(w) ?? 0) + 1);
    total += index.sentences[id]!.words.length;
  }
  const counts = new Map<string, number>();
  for (const [w, n] of words) counts.set(stem(w), (counts.get(stem(w)) ?? 0) + n);
  return { counts, total };
}

/**
 * Whether a facet named by one word is key in the set: over-represented in its running text
 * against general English at p < 0.001, the test the reader's angles pass (keyness.ts). An everyday
 * word a few documents share ("countries", "member") names no angle a reader asks for. Without the
 * lexicon there is no background to test against, and the word is kept.
 */
function isKeyWord(s: string, { counts, total }: StemCounts): boolean {
  const rate = backgroundRate({ words: new Set(), stems: new Set([s]) });
  return rate === null || isKey(counts.get(s) ?? 0, total, rate);
}

/**
 * How concentrated a phrase is: a facet fills a few passages of each document that raises it,
 * while the story's actors and places are spread through all of them. A passage is a paragraph,
 * or, in a document written as one or two long paragraphs (wire copy often is), a run of
 * PASSAGE_SENTENCES sentences.
 */
function focus(index: TermIndex, ids: number[]): number {
  const passages = new Map<string, Set<number>>();
  for (const id of ids) {
    const s = index.sentences[id]!;
    let set = passages.get(s.docId);
    if (!set) passages.set(s.docId, (set = new Set()));
    set.add(passageOf(index, s.docId, s.paragraph, s.position));
  }
  let share = 0;
  for (const [docId, set] of passages) share += set.size / passageCount(index, docId);
  return 1 - share / passages.size;
}

const PASSAGE_SENTENCES = 3;

function byParagraph(index: TermIndex, docId: string): boolean {
  const d = index.documents.get(docId)!;
  return d.paragraphs.length >= 3 || d.sentences.length <= PASSAGE_SENTENCES * 2;
}

function passageCount(index: TermIndex, docId: string): number {
  const d = index.documents.get(docId)!;
  return Math.max(1, byParagraph(index, docId) ? d.paragraphs.length : Math.ceil(d.sentences.length / PASSAGE_SENTENCES));
}

function passageOf(index: TermIndex, docId: string, paragraph: number, position: number): number {
  return byParagraph(index, docId) ? paragraph : Math.floor(position / PASSAGE_SENTENCES);
}

function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug || 'topic';
  for (let i = 2; used.has(candidate); i++) candidate = `${slug}-${i}`;
  used.add(candidate);
  return candidate;
}
