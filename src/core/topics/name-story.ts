import { surfaceOf as casedSurfaceOf, type TermIndex } from '../index/term-index.js';
import { trimEnd } from '../ingest/trim-end.js';
import { its, readDoc, stem } from '../nlp.js';
import { slugify } from './topic.js';

/** Names are judged by how the leads capitalise a word, so a phrase's surface form is compared lower-cased. */
const surfaceOf = (index: TermIndex, stem: string) => casedSurfaceOf(index, stem).toLowerCase();

/**
 * How a desk names a story: who or where, and what happened ("Chile earthquake", "Exxon Mobil
 * merger", "Hun Sen talks"), both as the leads of its articles state them. Where the leads name
 * no actor or no event, the most distinctive word and the word the leads put with it.
 */

export interface StoryName {
  slug: string;
  title: string;
  aliases: string[];
}

/** Sentences of an article that count as its lead: what the story is, stated up front. */
const LEAD_SENTENCES = 2;
/** A second word must come with the first in this share of the leads that carry it. */
const MIN_PARTNER_SHARE = 0.25;
/** Names (capitalised mid-sentence) are what newsrooms slug by, other things equal. */
const PROPER_BONUS = 1.5;
const HEADS_TRIED = 6;
/** Share of a word's uses in the set written with a capital for it to be a name an actor is named by. */
const NAME_CAPITALS = 0.9;
/**
 * Words that say nothing about which story it is: reporting verbs, calendar words, roles and
 * vague collectives. Sentence analysis already drops weekdays, months and titles from phrases.
 */
const GENERIC = new Set([
  'said',
  'say',
  'says',
  'saying',
  'told',
  'tell',
  'report',
  'reported',
  'reports',
  'reporting',
  'reporter',
  'reporters',
  'announce',
  'announced',
  'according',
  'alleged',
  'allegedly',
  'suspected',
  'reportedly',
  'added',
  'statement',
  'news',
  'agency',
  'press',
  'source',
  'sources',
  'interview',
  'government',
  'governments',
  'authority',
  'authorities',
  'official',
  'officials',
  'country',
  'countries',
  'nation',
  'nations',
  'national',
  'international',
  'state',
  'states',
  'public',
  'local',
  'foreign',
  'world',
  'people',
  'group',
  'groups',
  'member',
  'members',
  'city',
  'area',
  'region',
  'capital',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'week',
  'month',
  'year',
  'decade',
  'century',
  'hour',
  'hours',
  'time',
  'end',
  'percent',
  'million',
  'billion',
  'thousand',
  'hundred',
  'dozen',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'minister',
  'leader',
  'chairman',
  'director',
  'head',
  'heads',
  'chief',
  'chiefs',
  'man',
  'woman',
  'men',
  'women',
  'thing',
  'case',
  'part',
  'side',
  'kind',
  'number',
  'way',
  'lot',
  'effort',
  'move',
  'mr',
  'mrs',
  'ms',
  'dr',
  'inc',
  'co',
  'corp',
  'ltd',
  'jr',
]);

interface Term {
  stem: string;
  /** Story documents whose lead holds it. */
  leadDocs: number;
  /** Story documents that hold it anywhere. */
  storyDocs: number;
  score: number;
  /**
   * How central it is to the story: the share of leads that state it, times the square root of
   * its distinctiveness, so a word nearly every lead states outranks a rarer, more distinctive detail.
   */
  centrality: number;
}

/** What naming reads of a story: its leads, which words are names, its distinctive terms and how the tagger reads them. */
export interface StoryReading {
  /** Documents in the story. */
  size: number;
  leads: Lead[];
  proper: (stem: string) => boolean;
  /**
   * Whether the set writes a word with a capital (nearly) wherever it uses it: a name ("Bali"),
   * not a common noun that a name holds ("Climate Change Conference" beside "the conference").
   */
  alwaysCapitalised: (stem: string) => boolean;
  display: (stem: string) => string;
  surface: (stem: string) => string;
  terms: Term[];
  tags: Map<string, PosCounts>;
  /** Each distinct headline of its documents, as the stems of its words. */
  headlines: Set<string>[];
}

export function readStory(index: TermIndex, docIds: readonly string[]): StoryReading {
  // A word's surface is looked up for every lead and name tried: once a reading (the index does not change while a story is named).
  const surfaces = new Map<string, string>();
  const surface = (stem: string) => {
    let s = surfaces.get(stem);
    if (s === undefined) surfaces.set(stem, (s = surfaceOf(index, stem)));
    return s;
  };
  const leads = leadSentences(index, docIds, surface);
  const caps = capitalisation(leads.map((l) => l.text));
  // Rule SN (docs/quality.md, "Session 54"): a word the leads write only opening a sentence ("Norvik Foods said …") is read by how
  // the set writes it inside its sentences.
  const proper = (stem: string) => {
    const c = caps.get(surface(stem));
    if (c && c.upper + c.lower === 0) return capitalisedInside(index, stem, surface(stem));
    return !!c && c.upper > c.lower;
  };
  const display = (stem: string) => {
    const word = surface(stem);
    return proper(stem) ? (caps.get(word)?.form ?? word) : word;
  };
  const alwaysCapitalised = (stem: string) => {
    let upper = 0;
    let all = 0;
    for (const [form, n] of index.surfaces.get(stem) ?? []) {
      all += n;
      if (/^\p{Lu}/u.test(form)) upper += n;
    }
    return all === 0 || upper >= all * NAME_CAPITALS;
  };
  const tagged = readTags(leads.slice(0, TAGGED_LEADS).map((l) => l.text));
  tagged.verbs.forEach((verbs, i) => {
    leads[i]!.verbs = verbs;
  });
  return { size: docIds.length, leads, proper, alwaysCapitalised, display, surface, terms: rankTerms(index, docIds, leads, proper), tags: tagged.counts, headlines: headlineStems(index, docIds) };
}

/**
 * The story's central actor: the name (person, place, organisation) its leads state most, as
 * stems ("hun sen"), or nothing when the leads name none. Two parts of one story told by
 * different outlets share it.
 */
export function storyActor(story: StoryReading): string | undefined {
  return actorsOf(story)[0]?.join(' ');
}

/** `story` is the story's reading when the caller has it already (discovery reads each story once). */
export function nameStory(index: TermIndex, docIds: readonly string[], used: ReadonlySet<string>, story = readStory(index, docIds)): StoryName {
  const { terms, leads, proper, display, surface } = story;
  const aliases = terms.slice(0, 4).map((t) => display(t.stem));
  const actorEvents = actorEventNames(story);
  // With no name running through the story, what its first sentences say happened heads its name.
  const event = actorsOf(story, true).length ? undefined : eventsOf(story, [])[0];
  const heads = [...(event ? [event] : []), ...terms.slice(0, HEADS_TRIED).filter((t) => t !== event)];
  const found = [...actorEvents, ...heads.flatMap((head) => namesFor(head, terms, leads, proper, surface))];
  // A name that says what happened, by what runs through the story, comes first; a detail's name, then a name alone, last.
  const byTerm = new Map(terms.map((t) => [t.stem, t]));
  const fromHeadlines = new Set(actorsOf(story, true).flatMap((actor) => headlineEvents(story, actor).map((t) => t.stem)));
  const tier = (words: readonly string[]) => {
    const names = words.filter((w) => proper(w) && !NAME_PARTICLES.has(w));
    // An event is a common noun at least two leads state, or the headlines state with the actor, as in `actorEventNames`.
    if (!words.some((w) => !proper(w) && isNoun(story.tags.get(w)) && ((byTerm.get(w)?.leadDocs ?? 0) >= Math.min(2, story.size) || fromHeadlines.has(w)))) return 2;
    return names.every((w) => !byTerm.has(w) || runsThrough(story, byTerm.get(w)!)) ? 0 : 1;
  };
  const candidates = found
    .map((words, at) => ({ words, at, tier: tier(words) }))
    .sort((a, b) => a.tier - b.tier || a.at - b.at)
    .map((c) => c.words);
  // A name alone is the story's only when several articles lead with it, not one article's aside;
  // a common term two leads share names it before such a name, and the name only when there is none.
  const aside = (words: readonly string[]) => words.every((w) => proper(w) || NAME_PARTICLES.has(w)) && !words.some((w) => firstStatements(leadsHolding(leads, w), () => true) >= 2);
  const shared = terms.find((t) => !proper(t.stem) && t.leadDocs >= 2);
  const tried = [...candidates.filter((words) => !aside(words)), ...(shared ? [[shared.stem]] : []), ...candidates.filter(aside)];
  for (const words of tried) {
    const shown = words.map(display);
    if (!wellFormed(shown)) continue;
    const title = shown.join(' ');
    const slug = slugify(title);
    if (slug && !used.has(slug)) return { slug, title: title.charAt(0).toUpperCase() + title.slice(1), aliases: aliases.filter((a) => a !== title).slice(0, 3) };
  }
  const fallback = terms[0] ? display(terms[0].stem) : (docIds[0] ?? 'story');
  return { slug: slugify(fallback) || 'story', title: fallback, aliases: aliases.slice(1, 4) };
}

/** Actors tried, best first, and events tried with each. */
const ACTORS_TRIED = 3;
const EVENTS_TRIED = 3;
/** Lead sentences tagged for parts of speech: enough to tell a noun from an adjective, few enough to stay fast on a large story. */
const TAGGED_LEADS = 40;

/**
 * Names made of an actor and an event: the most distinctive name of the leads (a person, place or
 * organisation, whole: "Hun Sen", "Tour de France") and the most distinctive common noun of the
 * leads (the event: "earthquake", "merger", "fire"), actor first as desks write them.
 */
function actorEventNames(story: StoryReading): string[][] {
  const { leads, proper, tags, surface } = story;
  const noun = (stem: string) => isNoun(tags.get(stem));
  const describes = (stem: string) => {
    const t = tags.get(stem);
    return DETERMINERS.has(stem) || /^\d/.test(stem) || (!!t && t.noun + t.adj + t.propn > t.verb);
  };
  const out: string[][] = [];
  for (const actor of actorsOf(story, true)) {
    const events = [...eventsOf(story, actor).filter((t) => withActor(t.stem, actor, leads)), ...headlineEvents(story, actor)].filter((t) => !actor.some((a) => a === t.stem || sameRoot(surface(a), surface(t.stem))));
    // Reading every lead for a title costs: only the best few events are read, until enough are not titles.
    const kept: Term[] = [];
    for (const t of events) {
      if (kept.length >= EVENTS_TRIED) break;
      if (!isTitleOf(t.stem, actor, leads, (w) => describes(w) || proper(w))) kept.push(t);
    }
    for (const event of kept) out.push([...actor, ...compound(event.stem, leads, noun)]);
  }
  return out;
}

/**
 * Rule HE (docs/quality.md, "Session 57"): what happened as the headlines say it beside the actor ("Fresco to appeal merger
 * ruling" where the second lead says "takeover"): a common noun one lead states and at least two headlines, half of them or
 * more, state with the actor's name. Tried after the leads' own events.
 */
function headlineEvents(story: StoryReading, actor: readonly string[]): Term[] {
  const { terms, proper, tags, headlines } = story;
  const withName = headlines.filter((h) => actor.every((a) => h.has(a)));
  if (withName.length < 2) return [];
  return terms.filter((t) => {
    if (t.leadDocs >= 2 || proper(t.stem) || !isNoun(tags.get(t.stem)) || GENERIC.has(t.stem)) return false;
    const n = withName.filter((h) => h.has(t.stem)).length;
    return n >= 2 && n * 2 >= headlines.length;
  });
}

/**
 * The story's events, best first: common nouns at least two leads state, by the distinct articles
 * whose first sentence states them as a noun or as a verb of their root ("was beaten" for
 * *beating*) beside the `actor` (every first sentence when there is none): what the actor did or
 * underwent, each article once however many outlets ran it. On a tie an action (a noun whose root
 * the leads also use as a verb) goes before a thing, then the share of first sentences, then centrality.
 */
function eventsOf(story: StoryReading, actor: readonly string[]): Term[] {
  const { terms, leads, proper, tags } = story;
  // What happened is what the first sentences say: a detail every article repeats further down ("tied to a fence") is not the event.
  const firstSentences = new Map<string, number>();
  for (const l of leads) if (l.first) for (const t of l.terms) firstSentences.set(t, (firstSentences.get(t) ?? 0) + 1);
  const besideCounts = new Map<Term, number>();
  const beside = (t: Term) => {
    let n = besideCounts.get(t);
    if (n === undefined) besideCounts.set(t, (n = actor.length ? leads.filter((l) => l.stems.some((w, i) => w === actor.at(-1) && l.stems[i + 1] === t.stem)).length : 0));
    return n;
  };
  return (
    terms
      .filter((t) => t.leadDocs >= Math.min(2, terms.length) && !proper(t.stem) && isNoun(tags.get(t.stem)))
      .map((t) => ({
        t,
        articles: firstStatements(leadsStating(leads, t.stem), (l) => actor.every((a) => holds(l, a))),
        action: leads.some((l) => l.verbs?.has(t.stem)) ? 1 : 0,
        weight: (firstSentences.get(t.stem) ?? 0) * (t.centrality / Math.max(1e-9, t.leadDocs)),
      }))
      // Rule AD (docs/quality.md, "Session 57"): of events alike, the one the leads write right after the actor ("the Skarva volcano").
      // Read only for a tie: a pass over every lead's words for each event would cost a large story its naming time.
      .sort((a, b) => b.articles - a.articles || b.action - a.action || b.weight - a.weight || b.t.centrality - a.t.centrality || beside(b.t) - beside(a.t) || (a.t.stem < b.t.stem ? -1 : 1))
      .map(({ t }) => t)
  );
}

/** Whether a lead holds a word's stem. Asked of every lead for each term and name tried: its stems as a set, made the first time. */
function holds(lead: Lead, stem: string): boolean {
  lead.stemSet ??= new Set(lead.stems);
  return lead.stemSet.has(stem);
}

/**
 * Distinct articles whose first sentence is among `leads` and passes `test`: wire copies of one
 * article (the same first sentence) count once. Callers pass the leads that hold or state the word
 * asked about (leadsHolding, leadsStating), not every lead of the story.
 */
function firstStatements(leads: readonly Lead[], test: (lead: Lead) => boolean): number {
  return new Set(leads.filter((l) => l.first && test(l)).map((l) => l.text)).size;
}

/**
 * Whether a noun is the actor's title or epithet, not what happened: it stands right before the
 * name, alone or with other nouns or names ("strongman Hun Sen", "army commander Gen. Emile
 * Lahoud"), or after it set off by a comma ("Lahoud, 62, the popular army commander"), in at
 * least half its lead mentions. `modifier`: a word that may stand within such a title.
 */
function isTitleOf(word: string, actor: readonly string[], leads: readonly Lead[], modifier: (stem: string) => boolean): boolean {
  let mentions = 0;
  let titles = 0;
  for (const l of leadsHolding(leads, word)) {
    const { tokens } = casedTokens(l);
    tokens.forEach((w, i) => {
      if (w !== word) return;
      mentions++;
      if (titleBefore(tokens, i, actor[0]!, modifier) || appositionAfter(tokens, i, actor.at(-1)!, modifier)) titles++;
    });
  }
  return mentions > 0 && titles * 2 >= mentions;
}

function titleBefore(tokens: readonly string[], i: number, first: string, modifier: (stem: string) => boolean): boolean {
  for (let k = i + 1; k <= i + TITLE_WORDS && k < tokens.length; k++) {
    if (tokens[k] === first) return true;
    if (tokens[k] === ',' || !modifier(tokens[k]!)) return false;
  }
  return false;
}

function appositionAfter(tokens: readonly string[], i: number, last: string, modifier: (stem: string) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - APPOSITION_WORDS); k--) {
    if (tokens[k] === ',' && tokens[k - 1] === last) return true;
    if (tokens[k] !== ',' && !modifier(tokens[k]!)) return false;
  }
  return false;
}

/** Words between a name and its title set off by a comma ("Lahoud, 62, a former army commander"). */
const APPOSITION_WORDS = 5;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/** Words a title may run to before the name it stands with ("army commander"). */
const TITLE_WORDS = 3;

/**
 * The names the leads state most, best first, each as the desk writes it. `throughStory`: only
 * names the leads of at least half the story's documents state, since a name a few leads hold
 * ("Romanian" victims of a tsunami-aid story) is a detail of the story, not who it is about.
 */
function actorsOf(story: StoryReading, throughStory = false): readonly (readonly string[])[] {
  // Asked several times of one story (its actor, its names, its event): the same answer, found once.
  const memo = actorsFound.get(story) ?? [];
  actorsFound.set(story, memo);
  return (memo[throughStory ? 1 : 0] ??= findActors(story, throughStory));
}

const actorsFound = new WeakMap<StoryReading, (readonly (readonly string[])[])[]>();

function findActors(story: StoryReading, throughStory: boolean): readonly (readonly string[])[] {
  const { terms, leads, proper, tags } = story;
  const named = (stem: string) => {
    const t = tags.get(stem);
    return !!t && t.propn >= t.adj;
  };
  return byCentrality(terms)
    .filter((t) => proper(t.stem) && named(t.stem) && story.alwaysCapitalised(t.stem) && (!throughStory || runsThrough(story, t)))
    .slice(0, ACTORS_TRIED)
    .map((t) => actorName(t.stem, leads, proper));
}

function runsThrough(story: StoryReading, term: Term): boolean {
  return term.leadDocs * 2 >= story.size;
}

/**
 * Whether an event stands in the same lead sentence as the actor in at least two sentences (as
 * many leads as an event needs): what the actor did, not a word of another sentence ("Prize" + "oxide").
 */
function withActor(event: string, actor: readonly string[], leads: readonly Lead[]): boolean {
  let together = 0;
  for (const l of leadsStating(leads, event)) if (actor.every((a) => holds(l, a))) together++;
  return together >= Math.min(MIN_SENTENCES_TOGETHER, leads.length);
}

const MIN_SENTENCES_TOGETHER = 2;

function byCentrality(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => b.centrality - a.centrality || (a.stem < b.stem ? -1 : 1));
}

/**
 * A noun with the nouns that follow it in most of its lead mentions: in English the last noun of a
 * compound is what it is ("dance hall fire" is a fire), so the event is named with its modifiers.
 */
function compound(word: string, leads: readonly Lead[], noun: (stem: string) => boolean): string[] {
  const words = [word];
  while (words.length < MAX_COMPOUND) {
    const last = words.at(-1)!;
    const next = new Map<string, number>();
    // Every place the word stands in the leads, in lead order, then position.
    const at = leadIndexOf(leads).places.get(last) ?? [];
    const mentions = at.length / 2;
    for (let j = 0; j < at.length; j += 2) {
      const after = leads[at[j]!]!.stems[at[j + 1]! + 1];
      if (after) next.set(after, (next.get(after) ?? 0) + 1);
    }
    const [best, n] = [...next].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    if (!best || n * 2 < mentions || !noun(best) || GENERIC.has(best) || words.includes(best)) break;
    words.push(best);
  }
  return words;
}

const MAX_COMPOUND = 3;

/**
 * A name as the desk writes it: the shortest end of it the leads use alone ("Yeltsin" of "Boris
 * Yeltsin", "bin Laden" of "Osama bin Laden"), else the whole name ("Hun Sen", "Tour de France").
 */
function actorName(stem: string, leads: readonly Lead[], proper: (stem: string) => boolean): readonly string[] {
  const found = leadIndexOf(leads).actorNames;
  let name = found.get(stem);
  if (!name) found.set(stem, (name = shortestName(stem, leads, proper)));
  return name;
}

function shortestName(stem: string, leads: readonly Lead[], proper: (stem: string) => boolean): readonly string[] {
  const name = nameOf(stem, leads, proper);
  for (let from = name.length - 1; from >= 1; from--) {
    const end = name.slice(from);
    let mentions = 0;
    let alone = 0;
    for (const l of leads) {
      const { tokens, upper } = casedTokens(l);
      for (let i = 0; i + end.length <= tokens.length; i++) {
        if (!end.every((w, j) => tokens[i + j] === w)) continue;
        mentions++;
        // "the prize" in lower case is no short form of "Nobel Prize": a name's end stands alone as a name.
        if (tokens[i - 1] !== name[from - 1] && upper[i]) alone++;
      }
    }
    if (mentions && alone * 3 >= mentions && !NAME_PARTICLES.has(name[from - 1]!)) return end;
  }
  return name;
}

interface PosCounts {
  noun: number;
  propn: number;
  adj: number;
  verb: number;
}

/** Read as a noun more than as an adjective, and at least as often as a verb. */
const isNoun = (t: PosCounts | undefined) => !!t && t.noun > t.adj && t.noun >= t.verb;

/** Whether the tagger reads a word (its stem) as a noun in these sentences: what a phrase ending on it names is a thing. */
export function readAsNoun(texts: readonly string[], word: string): boolean {
  return isNoun(readTags(texts).counts.get(word));
}

/** A word that says nothing about which story or angle it is (a reporting word, a role, a calendar or clock word). */
export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}

/**
 * How the tagger reads each word stem of these sentences (as a noun, a name, an adjective or a
 * verb), and each sentence's verbs as the stems of their lemmas ("beaten" → beat), so a verb meets
 * the noun of its root.
 */
function readTags(texts: readonly string[]): { counts: Map<string, PosCounts>; verbs: Set<string>[] } {
  const out = new Map<string, PosCounts>();
  const verbs: Set<string>[] = [];
  for (const text of texts) {
    const tokens = readDoc(text).tokens();
    const tags = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as never) as string[];
    const own = new Set<string>();
    verbs.push(own);
    (tokens.out(its.normal) as string[]).forEach((w, i) => {
      if (tags[i] === 'VERB' && lemmas[i]) own.add(stem(lemmas[i]!));
      const key = stem(w.replace(/['’]s$/, ''));
      const counts = out.get(key) ?? { noun: 0, propn: 0, adj: 0, verb: 0 };
      const tag = tags[i];
      if (tag === 'NOUN') counts.noun++;
      else if (tag === 'PROPN') counts.propn++;
      else if (tag === 'ADJ') counts.adj++;
      else if (tag === 'VERB') counts.verb++;
      out.set(key, counts);
    });
  }
  return { counts: out, verbs };
}

/**
 * A name a desk could use: no particle or function word stands at its end ("Kazakhstan de"), nor
 * at its start unless written as part of a name ("Abu Ghraib", "bin Laden"), and every word is
 * made of letters (no stray tokens of another script or markup).
 */
export function wellFormed(words: readonly string[]): boolean {
  if (!words.length || words.some((w) => !/^[\p{L}][\p{L}.'’-]*$/u.test(w))) return false;
  const last = words.at(-1)!.toLowerCase();
  if (NAME_PARTICLES.has(last) || isFunctionWord(last)) return false;
  const first = words[0]!;
  return words.length === 1 || !isFunctionWord(first.toLowerCase()) || (NAME_PARTICLES.has(first.toLowerCase()) && words.length > 2);
}

const functionWords = new Map<string, boolean>();
function isFunctionWord(word: string): boolean {
  let known = functionWords.get(word);
  if (known === undefined) {
    known = (readDoc(word).tokens().out(its.stopWordFlag) as unknown as boolean[]).some(Boolean);
    if (functionWords.size < 10_000) functionWords.set(word, known);
  }
  return known;
}

interface Lead {
  text: string;
  /** Its words' stems and commas as written, and which words are capitalised; read when first asked. */
  cased?: { tokens: string[]; upper: boolean[] };
  /** Unigram key phrases (stems of nouns, names, adjectives) in the order the sentence has them. */
  terms: string[];
  /** Every word's stem, in order, to tell which terms stand next to each other ("Hun Sen"). */
  stems: string[];
  /** Its article's first sentence: where a news story says what happened. */
  first: boolean;
  /** Its verbs, as the stems of their lemmas; set for the leads the tagger reads. */
  verbs?: ReadonlySet<string>;
  /** `stems` as a set, made when first asked (holds). */
  stemSet?: Set<string>;
}

function casedTokens(lead: Lead): { tokens: string[]; upper: boolean[] } {
  if (!lead.cased) {
    // Split at hyphens as the sentence's words are ("Asia-Pacific" is "asia", "pacific").
    const raw = lead.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.]*|,/gu) ?? [];
    lead.cased = { tokens: raw.map((t) => (t === ',' ? t : stem(trimEnd(t.toLowerCase().replace(/['’]s$/, ''), /[.'’-]/)))), upper: raw.map((t) => /^\p{Lu}/u.test(t)) };
  }
  return lead.cased;
}

/** Each distinct headline of the story's documents as the stems of its words ("Fresco-Panier" is two). */
function headlineStems(index: TermIndex, docIds: readonly string[]): Set<string>[] {
  const titles = new Set<string>();
  for (const id of docIds) {
    const title = index.documents.get(id)?.meta.title;
    if (title) titles.add(title);
  }
  return [...titles].map(
    (t) =>
      new Set(
        t
          .split(/[^\p{L}\p{N}'’]+/u)
          .filter(Boolean)
          .map((w) => stem(w.toLowerCase().replace(/['’]s?$/, ''))),
      ),
  );
}

function leadSentences(index: TermIndex, docIds: readonly string[], surface: (stem: string) => string): Lead[] {
  const out: Lead[] = [];
  for (const id of docIds) {
    for (const s of index.documents.get(id)?.sentences.slice(0, LEAD_SENTENCES) ?? []) {
      const terms = s.phrases.filter((p) => !p.includes(' ') && !GENERIC.has(surface(p)) && !GENERIC.has(p));
      out.push({ text: s.text, terms: [...new Set(terms)], stems: s.words.map((w) => stem(w.replace(/['’]s$/, ''))), first: s.position === 0 });
    }
  }
  return out;
}

/**
 * Distinctive lead terms, best first: the share of the story's leads that state a term, times
 * the share of the term's documents that belong to this story (a word every story uses is no
 * one story's name), names counted up.
 */
function rankTerms(index: TermIndex, docIds: readonly string[], leads: readonly Lead[], proper: (stem: string) => boolean): Term[] {
  const perDocLead = new Map<string, number>();
  let at = 0;
  for (const id of docIds) {
    const doc = index.documents.get(id);
    const n = Math.min(LEAD_SENTENCES, doc?.sentences.length ?? 0);
    const seen = new Set(leads.slice(at, at + n).flatMap((l) => l.terms));
    at += n;
    for (const t of seen) perDocLead.set(t, (perDocLead.get(t) ?? 0) + 1);
  }
  // Each lead term's story documents: one look-up a phrase, a document counted once by the last document that counted it.
  const storyDocs = new Map<string, { docs: number; last: number }>();
  for (const t of perDocLead.keys()) storyDocs.set(t, { docs: 0, last: -1 });
  docIds.forEach((id, k) => {
    for (const s of index.documents.get(id)?.sentences ?? []) {
      for (const p of s.phrases) {
        const counted = storyDocs.get(p);
        if (counted && counted.last !== k) {
          counted.last = k;
          counted.docs++;
        }
      }
    }
  });
  const size = Math.max(1, docIds.length);
  return [...perDocLead]
    .map(([stem, leadDocs]) => {
      const inStory = storyDocs.get(stem)!.docs || leadDocs;
      const precision = inStory / Math.max(inStory, index.phraseDf.get(stem) ?? inStory);
      const score = (leadDocs / size) * precision * (proper(stem) ? PROPER_BONUS : 1) * (leadDocs >= 2 || size < 2 ? 1 : 0.2);
      return { stem, leadDocs, storyDocs: inStory, score, centrality: (leadDocs / size) * Math.sqrt(precision) * (leadDocs >= 2 || size < 2 ? 1 : 0.2) };
    })
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : 1));
}

/**
 * The head with each good partner, best first, in text order; then the head alone. A partner
 * comes with the head in many of its leads and is distinctive itself. A word that stands next to
 * a name counts more; a second name that does not is another actor.
 */
function namesFor(head: Term, terms: readonly Term[], leads: readonly Lead[], proper: (stem: string) => boolean, surface: (stem: string) => string): string[][] {
  // Wire copies of one lead say it once.
  const withHead = [...new Map(leads.filter((l) => l.terms.includes(head.stem)).map((l) => [l.text, l])).values()];
  const together = new Map<string, { count: number; after: number; next: number; nextAfter: number }>();
  for (const l of withHead) {
    const h = l.terms.indexOf(head.stem);
    l.terms.forEach((t, i) => {
      if (t === head.stem) return;
      const entry = together.get(t) ?? { count: 0, after: 0, next: 0, nextAfter: 0 };
      entry.count++;
      if (i > h) entry.after++;
      const adjacency = adjacent(l.stems, head.stem, t);
      if (adjacency) entry.next++;
      if (adjacency === 'after') entry.nextAfter++;
      together.set(t, entry);
    });
  }
  const scoreOf = new Map(terms.map((t) => [t.stem, t.score]));
  const partners = [...together]
    .filter(([t, e]) => e.count >= Math.max(2, withHead.length * MIN_PARTNER_SHARE) && scoreOf.has(t) && !sameRoot(surface(t), surface(head.stem)))
    .map(([t, e]) => {
      // Side by side with a name, a word is part of what the name is ("Hun Sen", "Nobel literature"); two names apart are two actors.
      const together = e.next / e.count;
      const named = proper(head.stem) || proper(t);
      const fit = named && together >= 0.3 ? 1 + together : proper(head.stem) && proper(t) && e.next === 0 ? 0.7 : 1;
      // Part of another name ("Hun" of "Hun Sen" beside "Cambodia") would split that name.
      const fullName = proper(t) ? nameOf(t, leads, proper) : [t];
      const fragment = fullName.length > 1 && !fullName.includes(head.stem) ? 0.3 : 1;
      return { t, e, score: (e.count / withHead.length) * Math.sqrt(scoreOf.get(t)!) * fit * fragment };
    })
    .sort((a, b) => b.score - a.score || (a.t < b.t ? -1 : 1));
  const names = partners.map(({ t, e }) => {
    const after = e.next * 2 > e.count ? e.nextAfter * 2 >= e.next : e.after * 2 >= e.count;
    return after ? [head.stem, t] : [t, head.stem];
  });
  // A head that is part of a longer name is named by the name's last two words, as surnames go ("bin-laden").
  const name = proper(head.stem) ? nameOf(head.stem, leads, proper) : [head.stem];
  return [...(name.length > 1 ? [name.slice(-2)] : []), ...names, [head.stem]];
}

/** "Brazil" and "Brazilian", "Kosovo" and "Kosovar": one word said twice is no name. */
function sameRoot(a: string, b: string): boolean {
  const shared = Math.min(a.length, b.length, 5);
  return a.slice(0, shared) === b.slice(0, shared) && (shared >= 5 || a.startsWith(b) || b.startsWith(a));
}

/** Words that join the parts of a name ("Osama bin Laden", "Hans van den Broek"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'abu', 'al', 'el', 'van', 'von', 'den', 'der', 'de', 'la', 'le', 'da', 'du', 'del', 'di']);
const MAX_NAME_WORDS = 4;

/**
 * The full name a word is usually part of in the leads ("laden" → osama bin laden): the words
 * that most often stand right before and after it, while they are names or particles and stand
 * there in at least half of its mentions.
 */
function nameOf(word: string, leads: readonly Lead[], proper: (stem: string) => boolean): readonly string[] {
  const { places, names } = leadIndexOf(leads);
  let name = names.get(word);
  if (!name) names.set(word, (name = fullName(word, leads, places, proper)));
  return name;
}

function fullName(word: string, leads: readonly Lead[], places: ReadonlyMap<string, readonly number[]>, proper: (stem: string) => boolean): string[] {
  const name = [word];
  const mentions = (places.get(word)?.length ?? 0) / 2;
  const neighbour = (edge: string, step: 1 | -1): string | undefined => {
    const counts = new Map<string, number>();
    const at = places.get(edge) ?? [];
    for (let j = 0; j < at.length; j += 2) {
      const next = leads[at[j]!]!.stems[at[j + 1]! + step];
      if (next) counts.set(next, (counts.get(next) ?? 0) + 1);
    }
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    return best && n * 2 >= mentions && (proper(best) || NAME_PARTICLES.has(best)) && !name.includes(best) ? best : undefined;
  };
  for (let next = neighbour(word, 1); next && name.length < MAX_NAME_WORDS; next = neighbour(next, 1)) name.push(next);
  for (let previous = neighbour(word, -1); previous && name.length < MAX_NAME_WORDS; previous = neighbour(previous, -1)) name.unshift(previous);
  // A particle at an edge is no part of the name, unless written as one ("Abu Ghraib").
  while (name.length > 1 && NAME_PARTICLES.has(name.at(-1)!)) name.pop();
  while (name.length > 1 && NAME_PARTICLES.has(name[0]!) && !proper(name[0]!)) name.shift();
  return name;
}

/**
 * What naming reads of a story's leads over and over, worked out once for them: where each stem
 * stands (lead number, then position, pair after pair), the leads that hold each stem and those
 * that state each word (made when first asked), and each word's full and shortest name.
 */
interface LeadIndex {
  places: Map<string, number[]>;
  holding: Map<string, Lead[]>;
  stating?: Map<string, Lead[]>;
  names: Map<string, readonly string[]>;
  actorNames: Map<string, readonly string[]>;
}

const leadIndexes = new WeakMap<readonly Lead[], LeadIndex>();

function leadIndexOf(leads: readonly Lead[]): LeadIndex {
  let found = leadIndexes.get(leads);
  if (!found) {
    const places = new Map<string, number[]>();
    const holding = new Map<string, Lead[]>();
    leads.forEach((l, k) =>
      l.stems.forEach((w, i) => {
        const at = places.get(w);
        if (at) at.push(k, i);
        else places.set(w, [k, i]);
        addLead(holding, w, l);
      }),
    );
    leadIndexes.set(leads, (found = { places, holding, names: new Map(), actorNames: new Map() }));
  }
  return found;
}

/** The leads that hold a stem, in lead order: what `holds` would pass of every lead. */
function leadsHolding(leads: readonly Lead[], stem: string): readonly Lead[] {
  return leadIndexOf(leads).holding.get(stem) ?? [];
}

/**
 * The leads that state a word, in lead order: those that hold its stem, or use it as a verb of its
 * root ("beaten" for *beating*). Made when first asked, once the tagger has read the leads' verbs.
 */
function leadsStating(leads: readonly Lead[], stem: string): readonly Lead[] {
  const found = leadIndexOf(leads);
  if (!found.stating) {
    const stating = new Map<string, Lead[]>();
    for (const l of leads) {
      for (const w of l.stems) addLead(stating, w, l);
      for (const w of l.verbs ?? []) addLead(stating, w, l);
    }
    found.stating = stating;
  }
  return found.stating.get(stem) ?? [];
}

/** Lists `lead` under `word` once: leads are added in order, so a repeat is the list's last. */
function addLead(byWord: Map<string, Lead[]>, word: string, lead: Lead): void {
  const list = byWord.get(word);
  if (!list) byWord.set(word, [lead]);
  else if (list[list.length - 1] !== lead) list.push(lead);
}

/** Whether `b` stands right after or right before `a` in these words. */
function adjacent(words: readonly string[], a: string, b: string): 'after' | 'before' | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === a && words[i + 1] === b) return 'after';
    if (words[i] === b && words[i + 1] === a) return 'before';
  }
  return undefined;
}

/** Sentences of the set read for how it writes a word inside a sentence (rule SN): enough to tell a name, few enough to stay fast. */
const CAPITALS_READ = 60;

/** Whether the set writes a word with a capital more often than without, inside its sentences (not opening one; rule SN). */
function capitalisedInside(index: TermIndex, wordStem: string, word: string): boolean {
  const ids = index.stemSentences.get(wordStem) ?? [];
  const read = Math.min(ids.length, CAPITALS_READ);
  let held = capitalisedBefore.get(index);
  if (!held) capitalisedBefore.set(index, (held = new Map()));
  const key = `${wordStem}\0${word}`;
  const before = held.get(key);
  if (before?.read === read) return before.capitalised;
  const texts = ids.slice(0, read).map((id) => index.sentences[id]!.text);
  const c = capitalisation(texts).get(word);
  const capitalised = !!c && c.upper > c.lower;
  held.set(key, { read, capitalised });
  return capitalised;
}

/**
 * capitalisedInside's answers by index: discovery asks it about the same words for every story it reads and names (875 asks
 * of 139 words at 10,000 articles, a tenth of finding the topics). An index only grows, a stem's sentences appended to, so an
 * answer holds while the stem's first sentences are those it read: for good once there were CAPITALS_READ of them.
 */
const capitalisedBefore = new WeakMap<TermIndex, Map<string, { read: number; capitalised: boolean }>>();

/** For each lower-cased word of these sentences: how often it is capitalised mid-sentence, and its usual capitalised form. */
function capitalisation(texts: readonly string[]): Map<string, { upper: number; lower: number; form: string }> {
  const out = new Map<string, { upper: number; lower: number; form: string }>();
  for (const text of texts) {
    let first = true;
    for (const m of text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)) {
      const word = trimEnd(m[0].replace(/['’]s$/, ''), /[.'’-]/);
      const key = word.toLowerCase();
      let entry = out.get(key);
      if (!entry) out.set(key, (entry = { upper: 0, lower: 0, form: word }));
      if (/^\p{Lu}/u.test(word)) {
        if (!first) entry.upper++;
        if (!first || entry.upper === 0) entry.form = word;
      } else entry.lower++;
      first = false;
    }
  }
  return out;
}
