import { type Briefing, type DifferingValue, type Length, type NameGloss, type Point, parseBriefing, type ShownAt } from '../briefing.js';
import { cappedMemo } from '../capped-memo.js';
import { findDifferences } from '../facts/differences.js';
import { scannable } from '../facts/fact-bounds.js';
import { type FoundFigure, findFigures, isFraction } from '../facts/figures.js';
import { countsToldLater, type DifferingFigure, differingIn, numericValue, readQuantities } from '../facts/figures-differ.js';
import { unsaidSpeaker } from '../facts/first-person-speech.js';
import { fullestSpeakerForms } from '../facts/fullest-speaker.js';
import { findQuotes, namesSeveral, speakerKey } from '../facts/quotes.js';
import { labelNamesFigure, sameFigureKeys, withoutSynonymRepeats } from '../facts/same-figure.js';
import { findSlotDifferences, type SlotDifference } from '../facts/slot-differences.js';
import { type FoundEvent, findEvents, oneEventEach, storyDateOf } from '../facts/timeline.js';
import { speechAt } from '../index/deferred-readings.js';
import { namesIn } from '../index/introduced.js';
import { type NameWriters, nameWritersOf } from '../index/name-writers.js';
import { sameTextIn } from '../index/same-text.js';
import { idf, sentenceIdOf, surfaceOf, type TermIndex } from '../index/term-index.js';
import type { Document, Sentence } from '../ingest/document.js';
import { stem, WRITTEN_WORD } from '../nlp.js';
import { answerFirst, answerScore, askedWordsStated, modifierStated, relationNamed, wordCount } from '../summary/answer-first.js';
import { answerTypeTest, preferAnswerType, speakingOf, WITHOUT_ANSWER_TYPE } from '../summary/answer-type.js';
import { type Citer, createCiter } from '../summary/cite.js';
import { knownToReader } from '../summary/known-names.js';
import { type NearDuplicates, nearDuplicateFinder } from '../summary/near-duplicates.js';
import { saysOnlyNoComment } from '../summary/no-comment.js';
import { introducedInOrder, isPassage, type PassageRules, partsOf, passageRoles, pointOf, sectionUnitOf, unitOf, unitsOf, unitWithNamesHad, withoutOverlaps } from '../summary/passages.js';
import { staleReports } from '../summary/provisional.js';
import { putOffPlans } from '../summary/put-off.js';
import { withCauses } from '../summary/reason.js';
import { replacedReports, saysWhatWasWronglyReported } from '../summary/replaced-reports.js';
import { sameFact } from '../summary/same-fact.js';
import { type SummaryInput, selectSummary } from '../summary/select-summary.js';
import { toldOnAlone, withToldOn } from '../summary/spoken-by.js';
import { isFragment } from '../summary/summary-facts.js';
import { topK } from '../summary/top-k.js';
import { askedRelationOf, namesAParticipant, participantFamilies } from '../topics/question-focus.js';
import type { AnswerKind, Question } from '../topics/read-query.js';
import { enteredOnlyByDocument, mereMention, QUESTION_FACTORS } from '../topics/relevance.js';
import type { Topic } from '../topics/topic.js';
import { addsToQuestionTest } from './adds-to-question.js';
import { askedRelationTest } from './asked-relation.js';
import { namesAskedThingTest } from './asked-thing.js';
import { isLead, leansAtHead, openedAlone, openedWithoutLeaning } from './briefing-opener.js';
import { bestUnits, candidatePool, QUERY_BOUNDS, TOPIC_BOUNDS } from './candidate-pool.js';
import { dayGlosses } from './day-glosses.js';
import { glossedNamesIntroduced, namesGlossedIn } from './empty-summary.js';
import { figureLabel } from './figure-label.js';
import { itemAttribution, pointAttribution } from './item-attribution.js';
import { keyPointTest, selectKeyPoints } from './key-points.js';
import { latestCount } from './latest-count.js';
import { leansAsKeyPoint } from './leans-inside.js';
import { nameGlosses } from './name-glosses.js';
import { holdsAskedWordTest } from './past-lead.js';
import { placedLabels, withRole } from './placed-label.js';
import { beyondStoryTest } from './question-sections.js';
import { quoteUnitOf, reportsAnotherVoice } from './quote-unit.js';
import { askedFirst, askedKey, countsAsked, rankFigures } from './rank-figures.js';
import { eventShownAt, figureShownAt } from './same-fact-shown.js';
import { setFigures } from './set-figures.js';
import { setNotices } from './set-notices.js';
import { shownOnce } from './shown-once.js';
import { storyWordTest } from './story-words.js';

/** The names a text writes in full, kept by text between answers: every answer reads its shown items' names again, and most items are shown again. */
const fullNamesIn = cappedMemo((text: string): ReadonlySet<string> => namesIn(text).full);

/** How much each length shows. The summary's word budget is the length's promise. */
export const SIZES = {
  short: { words: 120, summary: 4, keyPoints: 3, quotes: 2, figures: 3, timeline: 4, differences: 1, figuresThatDiffer: 1 },
  standard: { words: 300, summary: 6, keyPoints: 6, quotes: 4, figures: 6, timeline: 8, differences: 3, figuresThatDiffer: 3 },
  long: { words: 600, summary: 10, keyPoints: 10, quotes: 6, figures: 8, timeline: 12, differences: 4, figuresThatDiffer: 4 },
} as const;
/** Answer kinds the answer-type test reads by a sentence's form: after a question's lead an item must bear the kind itself. */
const FORM_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'amount', 'time', 'place', 'reason']);
/** What an opinion piece's point keeps of its score as a question's answer: a reported fact that answers as well leads. */
const OPINION_ANSWER = 0.8;
/** Sentences looked at for quotes, figures, dates and differences: the most relevant ones. */
const FACT_POOL = 80;
/** Sentences compared for figures that differ: the wire copies that state another value often rank lower. */
const DIFFER_POOL = 400;
/** Sentences of the topic's documents a narrow topic's fact pool is filled from, nearest first. */
const FILL_DOCUMENTS_SENTENCES = 4000;
/** Up to this many sentences in a set (some 700 articles), the whole set is searched for the other side of a statement told two ways. */
const SLOT_SEARCH_SENTENCES = 20_000;

export interface ComposeInput {
  set: string;
  index: TermIndex;
  topic: Topic;
  /** Sentence id in the index → relevance to the topic. */
  relevance: ReadonlyMap<number, number>;
  length: Length;
  now: Date;
  /** `documentInfo(index)`, when the caller keeps it between briefings. */
  documents?: DocumentInfo;
  /** How the query is read as a question, when it is one: what the answer-first point must hold. */
  question?: Question;
  /** Show a sentence that leans on its neighbour with it, as one point (default); false shows sentences alone, for comparison (PassageRules). */
  passages?: PassageRules;
  /** Sentences weighed at most (the bounds' `pool`); Infinity weighs every match, for comparison. */
  candidateLimit?: number;
}

export type DocumentInfo = Map<string, { published?: string; sentenceCount: number }>;

/** Builds the cited, extractive briefing on one topic from the sentences that speak to it. */
export function composeBriefing({ set, index, topic, relevance, length, now, documents = documentInfo(index), passages = true, question, candidateLimit }: ComposeInput): Briefing {
  const size = SIZES[length];
  // Every stage after retrieval reads a bounded pool: an answer costs what the answer needs, not what the set holds.
  // An ad-hoc answer weighs less than a topic's briefing, which is composed before anyone asks (candidate-pool.ts).
  const bounds = topic.ref.kind === 'query' ? QUERY_BOUNDS : TOPIC_BOUNDS;
  const ids = candidatePool(relevance, (id) => index.sentences[id]!, DIFFER_POOL, candidateLimit ?? bounds.pool);
  const candidates = ids.map((id) => index.sentences[id]!);
  const scores = Float64Array.from(ids, (id) => relevance.get(id)!);
  const citer = createCiter(index.documents);
  // The most relevant sentences, ties in the index's order (a set's files by name, then what was added);
  // a topic whose words reach few sentences (one angle of a story) has its facts looked for in the rest of its documents.
  const relevantPool = topK(candidates, scores, FACT_POOL).filter(scannable);
  const pool = factPool(
    relevantPool,
    ids,
    scores,
    (id) => index.sentences[id]!,
    (docId) => index.documents.get(docId)?.sentences ?? [],
    (s) => idf(index, s),
  );
  const filled = new Set(pool.slice(relevantPool.length).map((s) => sentenceIdOf(index, s)));
  // Near-duplicates are looked up through the index, among the sentences that speak to the topic or lend it facts.
  const near = nearDuplicateFinder(index, (id) => relevance.has(id) || filled.has(id));
  const sentencesOf = (docId: string) => index.documents.get(docId)?.sentences ?? [];
  const published = (docId: string) => index.documents.get(docId)?.meta.published;
  // A question's expected answer type (a count of the asked thing, a person, a date, a place): units that bear it are chosen and lead
  // before those that do not, and a unit that gives the asked count for another event is not chosen.
  // The story's date: an undated article's days are read against it (the timeline), and its other years (rule YS).
  const storyDate = storyDateOf(pool, index);
  const answerType = question && topic.ref.kind === 'query' ? answerTypeTest(index, question, published, true, storyDate) : undefined;
  // The units selection weighs, and what the question reads of them; read again, by rule E36's units, when a query's summary would be empty.
  const weighUnits = (units: { units: Sentence[]; scores: Float64Array }) => {
    // "Why" is answered by a cause, mostly told next to the event: the event's sentence is offered with that neighbour too.
    const choices =
      passages && question?.kind === 'reason' && topic.ref.kind === 'query'
        ? withCauses(index, question, units, sentencesOf, passages)
        : passages && question?.kind === 'speech' && topic.ref.kind === 'query'
          ? withToldOn(units, sentencesOf, passages)
          : units;
    const typed = answerType && preferAnswerType(choices, answerType);
    const ranked = typed ? { units: choices.units, scores: typed.scores } : choices;
    // Only the asked speaker's words answer "what did X say": when any unit gives them, the others are mentions, never chosen.
    const speaking = question?.kind === 'speech' && typed?.bearing.size ? speakingOf(index, question, typed.bearing) : undefined;
    const toldOn = speaking && toldOnAlone(speaking);
    const onlyAnswers = speaking && new Set(choices.units.filter((u) => !speaking.has(u) || toldOn!.has(u)));
    return { choices, typed, ranked, speaking, onlyAnswers };
  };
  let { choices, typed, ranked, speaking, onlyAnswers } = weighUnits(passages ? unitsOf(candidates, scores, sentencesOf, passages) : { units: candidates, scores });
  // A topic's briefing may show a sentence that names someone by a surname once a point before it gives the full name.
  // So may a question's answer, and at once when the reader knows the name (the question writes it); a sentence still
  // waiting for a name never leads. A query that is no question shows neither.
  const knows = question && topic.ref.kind === 'query' ? knownToReader(question) : undefined;
  // A name the briefing glosses where it shows a unit is introduced there (rule G, docs/quality.md "Session 40"): only a name no
  // gloss can print waits for a point before it that introduces it.
  // Where a name's gloss is looked for: the documents the briefing may cite, and who writes a name in each.
  const glossSources = poolSources(candidates);
  const writers = nameWritersOf(index);
  // Rule KW (docs/quality.md, "Session 72"): what a later correction withdraws is no summary point or key point.
  const notices = setNotices(index);
  const withdrawnValue = replacedReports(candidates, published, sentencesOf, false, notices);
  const held: Roles = notChosenBy(notChosen(passages ? passageRoles(passages, topic.ref.kind === 'query' && !knows ? undefined : sentencesOf, knows) : {}, typed?.misleading), withdrawnValue);
  const loose: Roles = held.introducedBy ? { ...held, introducedBy: glossedNamesIntroduced(held.introducedBy, sentencesOf, glossSources, writers) } : held;
  // Rule E36's units need no name introduced by a point before them: reading order then keeps them as chosen.
  let ordering = loose.introducedBy;
  const inOrder = (units: Sentence[], introducedBy = ordering) => (introducedBy ? introducedInOrder(units, introducedBy) : units);
  let standAloneUsed = true;
  const chooseSummary = (roles: Roles, standAlone = true, exclude?: (u: Sentence) => boolean, fallBack?: true) => {
    standAloneUsed = standAlone;
    const summaryRoles = statedFirst(
      reportedFirst(roles, choices.units, (s) => index.documents.get(s.docId)?.meta.opinion === true),
      choices.units,
      mereMention(topic),
      size.summary,
    );
    return inOrder(
      withoutOverlaps(
        withinWords(
          selectSummary({
            sentences: ranked.units,
            documents,
            relevance: (_, i) => ranked.scores[i]!,
            maxWords: size.words,
            maxSentences: size.summary,
            answersQuestion: topic.ref.kind === 'query',
            standAlone,
            exclude,
            ...summaryRoles,
            ...(fallBack ? { fallBack } : {}),
          }),
          size.words,
        ),
      ),
      roles.introducedBy,
    );
  };
  const strict = notChosen(loose, onlyAnswers);
  let roles = strict;
  let chosenSummary = chooseSummary(strict);
  // The speaker's words are often a quotation, which a summary otherwise leaves to its source's detail: then they are the summary.
  if (!chosenSummary.length && strict !== loose) chosenSummary = chooseSummary(strict, false);
  if (!chosenSummary.length && strict !== loose) {
    roles = loose;
    chosenSummary = chooseSummary(loose);
  }
  // A topic's summary is not left empty while a unit may be shown (docs/quality.md, "Twenty-fifth round (issue 16empty)",
  // amendment A): a unit that stands alone at any length (S1′). A name the gloss introduces (S2) is introduced from the first
  // choice since rule G. A query's briefing is left to its own rules (a question's lead, 16lead6's L4).
  if (!chosenSummary.length && topic.ref.kind !== 'query') chosenSummary = chooseSummary(roles, true, undefined, true);
  // Nor is a query's (rule E36, docs/quality.md "Session 36"): a sentence whose unit would fetch, from out of reach, the introduction
  // of a name the reader has (the briefing glosses it where the unit shows it, or the question writes it) is offered with its unit without it. Only
  // here, where the summary is still empty: a briefing that shows a point is composed as before.
  if (!chosenSummary.length && topic.ref.kind === 'query' && passages === true) {
    const has = (shortForm: string, unit: Sentence) => (knows?.(shortForm) ?? false) || namesGlossedIn(unit, sentencesOf, glossSources, writers).has(shortForm);
    const unitFor = (s: Sentence) => unitWithNamesHad(s, sentencesOf, has);
    const weighed = weighUnits(unitsOf(candidates, scores, sentencesOf, passages, unitFor));
    const mentions = new Set(candidates.filter((s) => unitFor(s) !== s));
    const had = notChosen(notChosen({ choiceOnly: isPassage, mentionOnly: (s) => mentions.has(s) }, weighed.typed?.misleading), weighed.onlyAnswers);
    const before = { choices, typed, ranked, speaking, onlyAnswers };
    ({ choices, typed, ranked, speaking, onlyAnswers } = weighed);
    chosenSummary = chooseSummary(had);
    if (!chosenSummary.length) chosenSummary = chooseSummary(had, true, undefined, true);
    if (chosenSummary.length) {
      roles = had;
      ordering = undefined;
    } else ({ choices, typed, ranked, speaking, onlyAnswers } = before);
  }
  // A question is answered first: the point that answers it best leads, the rest keep their order.
  // An opinion leads only when it answers clearly better than any reported fact (it is attributed).
  const isOpinion = (u: Sentence) => index.documents.get(u.docId)?.meta.opinion === true;
  const bearsType = (u: Sentence) => (speaking ? speaking.has(u) : !typed?.bearing.size || typed.bearing.has(u) || typed.test.of(u) === 'answers');
  // A unit that bears what the form asks for, when such units rank above the rest (a cause), leads before any other.
  const typeFactor = (u: Sentence) => (bearsType(u) ? 1 : typed?.test.ranksAbove ? 0 : WITHOUT_ANSWER_TYPE);
  // A who-question's person next to the asked event, where the set tells that event in the question's words (answer-first.ts).
  const relation = question && relationNamed(askedRelationOf(index, question), question, chosenSummary, ranked);
  // The instance an order or status word asks about ("the first prize"), where the set tells it (answer-first.ts).
  const instance = question && modifierStated(question, chosenSummary, ranked);
  // The asked part's words that are not the story's own, where the set tells the answer next to one of them (rule A1, answer-first.ts).
  const askedWords = question?.kind && FORM_KINDS.has(question.kind) && topic.ref.kind === 'query' ? askedWordsStated(question, storyWordTest(index, ranked.units), chosenSummary, ranked) : undefined;
  // Rule PL (docs/quality.md, "Session 59"): the asked event told of another thing ("a land route opens" for the airport) does
  // not lead over one told of what was asked; relevance's own test and factor.
  const participants = question ? participantFamilies(index, question) : [];
  const participantFactor = (u: Sentence) => (namesAParticipant(u, participants) ? 1 : QUESTION_FACTORS.participantAbsent);
  // The sentence before one in its document, which the pool may not hold: a time counted from the narrative time ("three days
  // earlier") is dated from it, and "that year" takes up its year (rule TY).
  const sentenceBefore = (s: Sentence) => (s.position > 0 ? index.sentences[sentenceIdOf(index, s) - 1] : undefined);
  const textBefore = (u: Sentence) => sentenceBefore(partsOf(u)[0]!)?.text;
  // A disagreement is worth showing even when its sentences rank below the fact pool: a wider pool is compared.
  const relevant = topK(candidates, scores, DIFFER_POOL);
  const wide = differPool(relevant, relevantPool, sentencesOf, bounds.wideDiffer);
  // Another value of the topic's quantity may be stated in any article of the set, as a statement told two ways may.
  const whole = index.sentences.length <= SLOT_SEARCH_SENTENCES;
  // A topic shows the disagreements most relevant to it first (by its most relevant sentence), not the set's largest.
  const placeInTopic = new Map(wide.map((s, i) => [s, i]));
  const rankOf = (s: Sentence) => placeInTopic.get(s) ?? Number.POSITIVE_INFINITY;
  // A document's first sentence id rises with its place in the set: no map of the whole set per answer.
  // A value no sentence of which can be shown leaves its figure out; the next one found takes its place.
  // Rule KD (docs/quality.md, "Session 73"): a value a correction notice withdrew was never so: no side of a difference, whether
  // read in the pool or elsewhere in the set. Amendment KD′: a later report's revision stays a side, marked revised (rule CX′).
  const misprinted = replacedReports(wide, published, sentencesOf, false, notices, false);
  const standing = (f: FoundFigure) => !misprinted(f.sentence);
  const quantities = readQuantities(findFigures(wide).filter(standing), published, whole ? { elsewhere: setFigures(index).filter(standing) } : {});
  // Rule RN (latest-count.ts): of a running count the question asks for, the latest value leads, where its article says it rose.
  const running =
    question?.kind === 'amount' && topic.ref.kind === 'query'
      ? latestCount(
          differingIn(quantities, (docId) => index.firstSentence.get(docId) ?? 0, Number.POSITIVE_INFINITY),
          askedKey(question),
          { candidates, published },
        )
      : undefined;
  const rankAlone = question
    ? (u: Sentence) => answerScore(u, question, (s) => idf(index, s), published(u.docId), relation, instance, askedWords, textBefore) * (isOpinion(u) ? OPINION_ANSWER : 1) * typeFactor(u) * participantFactor(u)
    : undefined;
  const rank = rankAlone && running ? (u: Sentence) => Math.max(rankAlone(u), ...running.supersedes(u, ranked.units).map(rankAlone)) : rankAlone;
  // A point made only of sentences that entered by their document's words does not lead: the lead says the question's subject itself.
  const lentOnly = question && topic.ref.kind === 'query' ? enteredOnlyByDocument(relevance) : undefined;
  const onlyLent = (u: Sentence) => !!lentOnly && partsOf(u).every((p) => lentOnly.has(sentenceIdOf(index, p)));
  // Rule PN (summary/provisional.ts): nor does a first report's "not yet known" where a later document among the candidates may know it;
  // nor, by rule NC (summary/no-comment.ts), a sentence that says only that someone did not comment.
  const stale = staleReports(candidates, published);
  const replaced = topic.ref.kind === 'query' ? replacedReports(candidates, published, sentencesOf, true, notices) : () => false;
  // Rule LD (summary/put-off.ts): nor a date a later report among them puts off.
  const putOff = question && topic.ref.kind === 'query' ? putOffPlans(candidates, question, published) : undefined;
  const leadsNot = (u: Sentence) => (roles.mentionOnly?.(u) ?? false) || !!roles.introducedBy?.needs(u)?.length || onlyLent(u) || stale(u) || replaced(u) || !!putOff?.overtaken(u) || saysOnlyNoComment(u) || !!running?.superseded(u);
  // …and the report that puts it off, with its date, answers before any other.
  const answerRank = putOff && rank ? (u: Sentence) => rank(u) + (putOff.leads(u) ? 1 : 0) : rank;
  // Rule LT (docs/quality.md, "Session 59"): a count is revised as reports come in; of counts that answer alike, the latest leads.
  const later = question?.kind === 'amount' ? (a: Sentence, b: Sentence) => (published(a.docId) ?? '') > (published(b.docId) ?? '') : undefined;
  const answered = (chosen: Sentence[]) => (topic.ref.kind === 'query' ? inOrder(withinWords(answerFirst(chosen, ranked, answerRank, leadsNot, size.words, later), size.words)) : chosen);
  let summary = answered(chosenSummary);
  // One fact is one point (same-fact.ts): a lead from outside the chosen summary that states the fact of one of its points
  // takes that point's place, and the same selection, without the lead's fact, fills what is left. So does an answer's lead
  // one of whose sentences another point shows again (another agency's copy): the greedy compares whole units, not their sentences.
  const lead = summary[0];
  const leadFact = lead && !chosenSummary.includes(lead) ? (u: Sentence) => sameFact(lead, u) : undefined;
  const leadSentences = lead && topic.ref.kind === 'query' ? new Set(partsOf(lead).flatMap((s) => [s, ...near(s)])) : undefined;
  const showsLeadSentence = (u: Sentence) => u !== lead && !!leadSentences && partsOf(u).some((p) => leadSentences.has(p));
  if ((leadFact && chosenSummary.some(leadFact)) || summary.slice(1).some(showsLeadSentence)) summary = answered(chooseSummary(roles, standAloneUsed, (u) => (leadFact?.(u) ?? false) || showsLeadSentence(u)));
  // After a question's lead, a point bears the asked answer when the set bears it and adds something to the question's premise
  // (adds-to-question.ts); when the question asks for one fact (its kind: who, when, where, how many, why, whose words, what X did), a summary
  // point also earns its place as a key point does (the asked words in its main clause, relevant enough, new beside the lead).
  // The story's other facts are not what was asked: fewer, never filled; a point whose name only a dropped one introduced goes too.
  const asked = question && topic.ref.kind === 'query' ? question : undefined;
  const addsToQuestion = asked && addsToQuestionTest({ question: asked, story: candidates, ofDocument: sentencesOf });
  // It names the asked thing (asked-thing.ts), and, when the question asks for a form the type test reads (a name, a figure, a
  // day, a place, a cause), bears it itself, also when no unit does: then the lead alone answers, not the story's other facts.
  const namesAskedThing = asked && namesAskedThingTest(index, asked);
  const mustBearType = !!typed && !!asked?.kind && FORM_KINDS.has(asked.kind);
  const bearsTypeAfterLead = (u: Sentence) => (mustBearType ? typed!.bearing.has(u) || typed!.test.of(u) === 'answers' : bearsType(u));
  // It writes that form where the question asks it (asked-relation.ts): the object of the preposition the question ends on, a
  // date or place beside the asked event; read last, on the few units the other tests leave.
  const askedRelation = mustBearType ? askedRelationTest(index, asked!, (s) => typed!.test.of(s) === 'answers') : undefined;
  // A question of a form kind: it holds a word of the question beyond the story's own (rule Q1, amendment C, docs/quality.md
  // "Thirty-second round (issue 16qfocus)"). A "what"/"how" answer is told in the set's own words, a quote rarely repeats its subject.
  const holdsAskedWord = mustBearType ? holdsAskedWordTest(asked!, ranked.units) : undefined;
  // Rule SQ (docs/quality.md, "A question's other sections, session 36"): a question's quotes, figures, dates and differences
  // hold a word of the question beyond the story's own; the story's other facts are not the answer.
  const onQuestion = asked && beyondStoryTest(asked, storyWordTest(index, ranked.units));
  // A figure of the asked quantity answers "how many" whatever words its sentence tells it in (amendment SQ-2).
  const askedQuantity = askedKey(asked);
  const answersQuestion = (unit: Sentence | null | undefined) => !!unit && (!onQuestion || onQuestion(unit));
  const afterLead = addsToQuestion && ((u: Sentence) => bearsTypeAfterLead(u) && addsToQuestion(u) && (namesAskedThing?.(u) ?? true) && (holdsAskedWord?.(u) ?? true) && (askedRelation?.(u) ?? true));
  const earnsPlace = (shown: readonly Sentence[]) => keyPointTest({ index, topic, question: asked, summary: shown, units: ranked.units, scores: ranked.scores, bearsAnswer: afterLead });
  // A question that asks for a description (what, how: no answer kind) is answered in the set's own words, often without its
  // verb in the main clause ("sent 2,000 troops" for "how did they help"): its summary points are not held to the key points' test.
  if (summary.length > 1 && afterLead) summary = inOrder([summary[0]!, ...summary.slice(1).filter(asked?.kind ? earnsPlace([summary[0]!]) : afterLead)]);
  // A topic briefing opens on a point that needs nothing before it (rule O, docs/quality.md "Twenty-fifth round (issue 16opener)"):
  // order only. A question's lead is answer-first's.
  if (topic.ref.kind !== 'query') {
    const waits = (u: Sentence) => !!roles.introducedBy?.needs(u)?.length;
    summary = openedAlone(
      summary,
      (u) => leansAtHead(u, sentencesOf) || waits(u),
      (u) => isLead(u) && !waits(u),
    );
    // Rule L (docs/quality.md "Twenty-seventh round (issue 16lean2)"): nor one that leans from inside ("also said", "in the case").
    const readsAlone = (u: Sentence) => {
      const first = partsOf(u)[0]!;
      return (isPassage(u) || !passages || unitOf(first, sentencesOf, passages) === first) && !leansAtHead(u, sentencesOf) && !waits(u);
    };
    summary = openedWithoutLeaning(summary, { ofDocument: sentencesOf, mayLead: (u) => isLead(u) && !waits(u), readsAlone });
  }
  // A key point earns its place (on the subject in its main clause, new, relevant enough) or is not shown: fewer rather than weak.
  const earns = earnsPlace(summary);
  // First-person speech whose speaker no name is found for is nobody's words to a reader: no key point or key figure.
  const speakerless = (unit: Sentence) => unsaidSpeaker(partsOf(unit), unit.text, sentencesOf, isOpinion(unit))?.speaker === null;
  // A fragment (a wire desk's note, a heading) is no key point, by the summary's own test: selection falls back to any sentence
  // when the summary has said every prose one (docs/quality.md, "Twenty-second round (issue 16tidy4)", rule K1).
  // Nor one that leans on an unshown sentence from inside it ("also said", "the move", "he") (rule K, docs/quality.md "Twenty-eighth round (issue 16lean3)").
  const leans = (s: Sentence) => leansAsKeyPoint(partsOf(s)[0]!, sentencesOf);
  const keyPointRoles: Roles = { ...roles, mentionOnly: (s) => (roles.mentionOnly?.(s) ?? false) || isFragment(s.text) || !earns(s) || speakerless(s) || leans(s) };
  const keyPoints = inOrder(
    withoutOverlaps(
      selectKeyPoints(
        bestUnits(ranked, bounds.keyPoints),
        summary,
        near,
        (sentences, relevanceOf, exclude, { maxSentences, maxWords, notChosen }) =>
          selectSummary({ sentences, documents, relevance: relevanceOf, exclude, maxWords, maxSentences, standAlone: false, ...(notChosen ? notChosenBy(keyPointRoles, notChosen) : keyPointRoles) }),
        { points: size.keyPoints, words: size.words * 2, isOpinion },
      ),
    ),
  );
  const shown = new Set<Sentence>([...summary, ...keyPoints].flatMap(partsOf));
  // Rule LP (docs/quality.md, session 51, as amended): what a topic's summary prints is the topic's, facts and all, though a
  // sentence of it may be outside the fact pool, shown only as what another leans on. Its facts fill what room the pool's
  // leave. Not a question's: its summary answers, and the other facts its sentences hold were not asked.
  const inPool = new Set(pool);
  const summaryOnly = topic.ref.kind === 'query' ? [] : summary.flatMap(partsOf).filter((s) => !inPool.has(s) && scannable(s));
  const factSentences = summaryOnly.length ? [...pool, ...summaryOnly] : pool;
  // Amendment KN′ (docs/quality.md, "Session 71"): a withdrawn value is no key figure or dated event in any briefing either.
  const withdrawn = replacedReports([...candidates, ...factSentences], published, sentencesOf, false, notices);

  const ofDocument = (docId: string) => index.documents.get(docId)?.sentences ?? [];
  // The sections after the key points show a sentence as its unit, with the sentence it leans on, or not at all (issue 16tl).
  const unitFor = (sentence: Sentence) => sectionUnitOf(sentence, ofDocument, passages);
  // Key figures and timeline items also show a name or description with its introduction, unless the reader has met the name:
  // an item before them or one of their own section writes it in full, or the question writes it (docs/quality.md,
  // "Eighteenth round (issue 16lean4)").
  const namesShown = new Set<string>();
  const addNames = (texts: readonly string[]) => {
    for (const text of texts) for (const name of fullNamesIn(text)) namesShown.add(name);
  };
  const textsOf = (units: readonly Sentence[]) => units.map((u) => u.text);
  addNames(textsOf([...shown]));
  const met = (shortForm: string) => namesShown.has(shortForm) || (knows?.(shortForm) ?? false);
  const itemUnitFor = (sentence: Sentence) => sectionUnitOf(sentence, ofDocument, passages, met);
  // A section's items are shown by that rule only when one of them, as it would be shown without it, needs it: most are as before.
  // `later` gives the items a later section would show: the timeline may name in full whom a key figure names short.
  const sectionUnits = (items: readonly Sentence[], later?: () => readonly Sentence[]) => {
    addNames(textsOf(items.map((s) => unitFor(s)!)));
    const needs = () => items.some((s) => itemUnitFor(s)?.text !== unitFor(s)!.text);
    if (!needs()) return unitFor;
    if (later) addNames(textsOf(later().map((s) => unitFor(s)!)));
    return !later || needs() ? itemUnitFor : unitFor;
  };
  // A side of a difference whose unit the summary or key points print in part, not whole, is not shown (each sentence once); one
  // whose other sentences they print whole prints its own sentence after a note of where they are.
  const sideUnitFor = (sentence: Sentence) => {
    const unit = unitFor(sentence);
    const others = unit ? partsOf(unit).filter((p) => p !== sentence) : [];
    return unit && !shown.has(sentence) && others.some((p) => shown.has(p)) && !others.every((p) => shown.has(p)) ? null : unit;
  };
  const sameText = sameTextIn(index);
  // Each sentence of a quotation is shown as the whole quotation, and a quote that leans with what it leans on: one item stands for them.
  // Quotes, figures and dates are chosen when the sections before them are printed: a candidate whose passage those print in part
  // is no candidate, and the next one takes its place (docs/quality.md, "Fifteenth round (issue 16fix)", rule 1).
  const quotationsSeen = new Set<Sentence>();
  // A quotation that names its speaker is shown without another paragraph's sentence or another voice before it (rule Q3,
  // docs/quality.md "Twenty-fourth round (issue 16quotes)"): one unit per quote sentence, made once, as unitFor's are.
  const quoteUnits = new Map<Sentence, Sentence | null>();
  const quoteUnitFor = (sentence: Sentence) => {
    let unit = quoteUnits.get(sentence);
    if (unit === undefined) {
      const section = unitFor(sentence);
      unit = section && quoteUnitOf(sentence, quoteSpeakers.get(sentence) ?? '', section, ofDocument);
      quoteUnits.set(sentence, unit);
    }
    return unit;
  };
  const quoteSpeakers = new Map<Sentence, string>();
  const relevantSentences = new Set(relevantPool);
  const quotes = () =>
    chooseQuotes(
      distinctSentences(
        findQuotes(factSentences, ofDocument, sameText).filter((q) => {
          if (q.named) quoteSpeakers.set(q.sentence, q.speaker);
          const unit = q.named ? quoteUnitFor(q.sentence) : null;
          if (!unit || !answersQuestion(unit) || !printable(q.sentence, quoteUnitFor) || partsOf(unit).some((p) => quotationsSeen.has(p))) return false;
          for (const p of partsOf(unit)) quotationsSeen.add(p);
          return true;
        }),
        (q) => q.sentence,
        near,
      ),
      shown,
      Number.POSITIVE_INFINITY,
      relevantSentences,
    );
  const found = findFigures(pool);
  const foundInSummary = findFigures(summaryOnly);
  // A desk's order: the asked quantity, then what is measured or counted across sources, then the rest (rank-figures.ts).
  const figures = (unitOf = unitFor) => {
    const showable = (f: FoundFigure) =>
      !!f.counts && (answersQuestion(unitOf(f.sentence)) || (!!unitOf(f.sentence) && countsAsked(f, askedQuantity))) && printable(f.sentence, unitOf) && !speakerless(unitOf(f.sentence)!) && !withdrawn(unitOf(f.sentence)!);
    // Rule LC: an earlier step of a count an article says rose or fell since is shown, in its place, as that article tells
    // the count now, where that sentence can be shown.
    const asLastTold = (f: FoundFigure) => {
      const later = toldLater.get(f);
      return later && showable(later) ? later : f;
    };
    const ranked = (figures: readonly FoundFigure[]) =>
      rankFigures(
        figures.filter(showable),
        pool,
        asked,
        (s) => sentencesOf(s.docId)[s.position + 1],
        (docId) => published(docId) ?? storyDate,
      ).map(asLastTold);
    // Rule KF (docs/quality.md, "Session 71"): the summary's own figures take their tier among the pool's, first in it: the
    // repair bill the summary states outranks a phrase of a quotation, and is shown by reference to the summary's sentence.
    return withoutSynonymRepeats(uniqueByAny(ranked([...foundInSummary, ...found]), sameFigureKeys));
  };
  const askedCount = askedKey(asked);
  const toldLater = countsToldLater(quantities);
  const differing = askedFirst(
    differingIn(quantities, (docId) => index.firstSentence.get(docId) ?? 0, askedCount.size ? Number.POSITIVE_INFINITY : size.figuresThatDiffer * 2, rankOf).filter((d) =>
      d.values.every((v) => v.sentences.some((s) => (countsAsked(d, askedQuantity) && !!sideUnitFor(s)) || answersQuestion(sideUnitFor(s)))),
    ),
    askedCount,
    size.figuresThatDiffer,
  );
  // The most relevant dated events, then shown in the order they happened.
  // A sentence cut inside a quotation, or leaning on the one before, is shown with them, or not at all (as quotes are); one
  // printing first-person words no speaker is found for is nobody's words on that day, as for key points and figures.
  const datable = (sentence: Sentence, unitOf = unitFor) => {
    const unit = unitOf(sentence);
    return !!unit && answersQuestion(unit) && printable(sentence, unitOf) && !speakerless(unit) && !withdrawn(unit) && !saysWhatWasWronglyReported(sentence.text);
  };
  // Amendment CD′ (docs/quality.md, "Session 73"): a unit is listed once for a date, however many of its sentences are events of it;
  // a second would only print the same passage, or refer back to it, again.
  const events = (unitOf = unitFor) => {
    const listed = new Map<Sentence, Set<string | null>>();
    const firstOfUnit = (e: FoundEvent) => {
      const unit = unitOf(e.sentence) ?? e.sentence;
      const dates = listed.get(unit) ?? listed.set(unit, new Set()).get(unit)!;
      if (dates.has(e.date)) return false;
      dates.add(e.date);
      return true;
    };
    return firstEvents(factSentences, (sentences) => findEvents(sentences, published, storyDate, sentenceBefore).filter((e) => datable(e.sentence, unitOf) && firstOfUnit(e)), near, size.timeline).sort((a, b) =>
      (a.date ?? '').localeCompare(b.date ?? ''),
    );
  };
  // As a passage is: its sentences joined by a space, each kept verbatim in `parts`, cited once, where it opens.
  const unitText = (sentence: Sentence, unitOf = unitFor) => {
    const unit = unitOf(sentence)!;
    return { text: unit.text, ...(isPassage(unit) ? { parts: partsOf(unit).map((s) => s.text) } : {}), citation: citer.cite(partsOf(unit)[0]!) };
  };
  // One statement told two ways (a name or number swapped in the same words) is the surest disagreement: it comes first.
  // A statement told two ways that a figure that differs already shows (its sides state two of the entry's values) is shown once;
  // "killing 65 people and injuring 157 others" may be a side of the toll and of the injured count, two disagreements.
  const inFigures = new Set(differing.flatMap((d) => d.values.flatMap((v) => v.sentences.map((s) => `${numericValue(v.value)}\u0001${s.text}`))));
  const shownAsFigure = (d: SlotDifference) => d.sides.every((s, i) => inFigures.has(`${numericValue(d.values[i]!)}\u0001${s.text}`));
  // The other side may come from any article of the set: the topic's statement, told otherwise elsewhere.
  // A set too large to index its slots once in a moment is searched within the topic's articles, for
  // the statements most relevant to the topic: the work is then bounded whatever the set's size.
  const topicSentences = documentsOf(relevant, ofDocument, bounds.topicDocuments);
  // A difference one of whose sides cannot be shown is left out; the next one found takes its place.
  const showable = (d: { sides: readonly Sentence[] }) => d.sides.every((s) => answersQuestion(sideUnitFor(s)));
  const told = findSlotDifferences(whole ? index.sentences : topicSentences, size.differences * 2, new Set(whole ? topicSentences : relevant), { keep: whole, sameText, rankOf, published })
    .filter((d) => !shownAsFigure(d) && showable(d))
    .slice(0, size.differences)
    .map((d) => ({ question: d.question, sides: d.sides }));
  const differences = [
    ...told,
    // Sides of a disagreement must speak of the topic itself: only its own sentences are compared (only when there is room left).
    ...(told.length >= size.differences ? [] : findDifferences(relevantPool, (s) => idf(index, s), size.differences * 2))
      .filter((d) => !d.sides.some((s) => told.some((t) => t.sides.includes(s))) && showable(d))
      .map((d) => ({ question: questionOf(index, d.shared, d.sides), sides: d.sides })),
  ].slice(0, size.differences);

  // Whose view an opinion piece's sentence is, and whose first-person words an item prints when its text does not say (rule 1 of
  // docs/quality.md, "Sixteenth round (issue 16fix2)"): one attribution, printed after the item's text.
  const attributed = (unit: Sentence) => itemAttribution(partsOf(unit), unit.text, index.documents.get(unit.docId)?.meta, sentencesOf);
  const asPoint = (unit: Sentence): Point => ({ ...pointOf(unit, citer, near), ...pointAttribution(partsOf(unit), unit.text, index.documents.get(unit.docId)?.meta, sentencesOf) });
  const once = shownOnce(near, sameText);
  // The summary prints as one paragraph: a sentence there is named by its place among its printed sentences, as a reader counts them.
  summary.flatMap(partsOf).forEach((sentence, i) => once.mark([sentence], 'summary', i + 1));
  keyPoints.forEach((unit, i) => once.mark(partsOf(unit), 'keyPoints', i + 1));
  /**
   * How an item prints its sentence: a reference back when it is printed already; its own sentence alone, after a note of
   * where they are ("continues summary sentence 2"), when its passage's other sentences are (only those very sentences, not another
   * agency's near copy of them); else its whole unit, `partly` when some of that is printed already.
   */
  const printedExactly = new Set(shown);
  // Each printed quote's speaker, by its place (rule QV): another voice's sentence does not continue it, nor a sentence that
  // quotes a named speaker wherever it is printed ("(continues key point 1)" after a point that is that speaker's quotation).
  const printedQuoteSpeakers: string[] = [];
  const continuesAnotherVoice = (sentence: Sentence, before: Sentence, after: ShownAt) => {
    const quoted = speechAt(before);
    const speaker = after.section === 'quotes' ? printedQuoteSpeakers[after.n - 1] : quoted?.named ? quoted.speaker : undefined;
    if (speaker === undefined) return false;
    const speech = speechAt(sentence);
    return speech ? speech.named && speakerKey(speech.speaker) !== speakerKey(speaker) : reportsAnotherVoice(sentence.text, speaker);
  };
  const printing = (sentence: Sentence, unitOf = unitFor, label?: string): { shownAt?: ShownAt; after?: ShownAt; alone?: boolean; partly?: boolean; prints: readonly Sentence[] } => {
    const { shownAt } = once.find(sentence);
    if (shownAt) return { shownAt, prints: [] };
    const unit = partsOf(unitOf(sentence)!);
    const others = unit.filter((p) => p !== sentence);
    // A near copy with other numbers refers back when its label prints what the sentence adds (rule C, issue 16once2), and
    // only when no other sentence of its passage would go unprinted.
    if (label !== undefined && others.every((p) => once.find(p).shownAt)) {
      const carried = once.findCarrying(sentence, label).shownAt;
      if (carried) return { shownAt: carried, prints: [] };
    }
    if (others.length && others.every((p) => printedExactly.has(p))) {
      // The note names the sentence just before this one; one that opens its passage (the others lean on it) leans on nothing printed.
      const before = unit[unit.indexOf(sentence) - 1];
      if (!before) return { alone: true, prints: [sentence] };
      const after = once.find(before).shownAt!;
      // Rule QV: "(continues quote 2)" before another voice's words shows them as the rest of quote 2's speaker's; left out.
      if (continuesAnotherVoice(sentence, before, after)) return { partly: true, prints: unit };
      return { after, prints: [sentence] };
    }
    return { partly: others.some((p) => once.find(p).shownAt), prints: unit };
  };
  const printable = (sentence: Sentence, unitOf = unitFor) => !printing(sentence, unitOf).partly;
  const markPrinted = (sentences: readonly Sentence[], section: ShownAt['section'], n: number) => {
    once.mark(sentences, section, n);
    for (const p of sentences) printedExactly.add(p);
  };
  // A section's items in order, up to its length; one whose passage is printed in part is left out (each sentence once), the next takes its place.
  // So is a key figure whose number the label of a key figure before it, of the same sentence, names: "122 seats — (see
  // figure 1)" under "64 of the 122 seats won" spends a slot to say nothing (docs/quality.md, "Sixteenth round (issue 16read)").
  const labelsOfListed = new Map<Sentence, string[]>();
  const figureLabels: string[] = [];
  // Rule SP: the two sides of a score print one label ("Rovendale led 2-0"); the second takes no slot.
  const printedFigureLabels = new Set<string>();
  const namedByListedFigure = (f: { value: string; counts: string; sentence: Sentence }, shownAt: ShownAt | undefined) => {
    const printedLabel = figureLabel({ value: f.value, counts: f.counts, text: f.sentence.text });
    if (printedFigureLabels.has(printedLabel)) return true;
    const earlier = [...(shownAt?.section === 'figures' ? [figureLabels[shownAt.n - 1]!] : []), ...(labelsOfListed.get(f.sentence) ?? [])];
    if (earlier.some((label) => labelNamesFigure(label, f))) return true;
    // "the two-thirds majority" beside "64 of the 122 seats" in one sentence: a fraction whose line would only refer back to
    // a key figure of its sentence, or with one to the summary, takes no slot (amendment F1′, 16figs10, written after
    // measuring; as amended, F1″: only the fraction's own line, so every other line stays as before).
    if (shownAt && earlier.length && isFraction(f.value)) return true;
    const label = `${f.value} ${f.counts}`;
    figureLabels.push(label);
    printedFigureLabels.add(printedLabel);
    for (const p of partsOf(figureUnit(f.sentence)!)) labelsOfListed.set(p, [...(labelsOfListed.get(p) ?? []), label]);
    return false;
  };
  const printed = <T>(
    items: readonly T[],
    sentenceOf: (item: T) => Sentence,
    section: 'quotes' | 'figures' | 'timeline',
    length: number,
    labelOf: (item: T) => string,
    unitOf = unitFor,
    saysNothing?: (item: T, shownAt?: ShownAt) => boolean,
    factShownAt?: (item: T) => ShownAt | undefined,
  ) => {
    const out: { item: T; shownAt?: ShownAt; after?: ShownAt; alone?: boolean }[] = [];
    for (const item of items) {
      if (out.length >= length) break;
      const how = printing(sentenceOf(item), unitOf, labelOf(item));
      if (how.partly) continue;
      // An item that would print only its own sentence, for a fact a line before it gives, refers back to that line (rules F
      // and E, docs/quality.md "Twenty-sixth round (issue 16refer)"): nothing of its passage goes unprinted.
      const factAt = !how.shownAt && how.prints.length === 1 ? factShownAt?.(item) : undefined;
      const { shownAt, after, alone, prints } = factAt ? { shownAt: factAt, prints: [] } : how;
      if (saysNothing?.(item, shownAt)) continue;
      markPrinted(prints, section, out.length + 1);
      out.push({ item, ...(shownAt ? { shownAt } : {}), ...(after ? { after } : {}), ...(alone ? { alone } : {}) });
    }
    return out;
  };
  const quoteCandidates = quotes();
  // What an item prints beside its sentence: a quote its speaker (no figure), a key figure its value and what it counts, a
  // timeline entry its date (the expression as written, printed resolved).
  const printedQuotes = printed(
    quoteCandidates,
    (q) => q.sentence,
    'quotes',
    size.quotes,
    () => '',
    quoteUnitFor,
  );
  for (const { item } of printedQuotes) printedQuoteSpeakers.push(item.speaker);
  // A voice is labelled by the fullest form this answer's quotes give it, whichever article a printed quote comes from.
  const fullest = fullestSpeakerForms(quoteCandidates.map((q) => q.speaker));
  // Rule PK (docs/quality.md, "Session 75"): a one-word speaker whose own article names two people by the word ("Dunmore Pask",
  // "Colin Pask") keeps that article's label: no other article's longer form can say which one speaks (amendment S′).
  const speakerLabel = (q: { speaker: string; sentence: Sentence }) => (namesSeveral(q.speaker, sentencesOf(q.sentence.docId)) ? q.speaker : fullest(q.speaker));
  // A quote's speaker is printed in full ("Boris Yeltsin:"), its words with it.
  addNames(printedQuotes.flatMap(({ item }) => [speakerLabel(item), quoteUnitFor(item.sentence)!.text]));
  const figuresWithout = figures();
  const figureUnit = sectionUnits(
    figuresWithout.slice(0, size.figures).map((f) => f.sentence),
    () => events().map((e) => e.sentence),
  );
  const printedFigures = printed(
    figureUnit === unitFor ? figuresWithout : figures(figureUnit),
    (f) => f.sentence,
    'figures',
    size.figures,
    (f) => `${f.value} ${f.counts}`,
    figureUnit,
    namedByListedFigure,
    (f) => figureShownAt(f, once.printed())?.shownAt,
  );
  addNames(printedFigures.map(({ item }) => figureUnit(item.sentence)!.text));
  // The date the timeline reads for a printed sentence (its first dated event), read once a sentence.
  const eventDates = new Map<Sentence, string | null>();
  const eventDateOf = (sentence: Sentence) => {
    if (!eventDates.has(sentence)) eventDates.set(sentence, findEvents([sentence], published, storyDate, sentenceBefore)[0]?.date ?? null);
    return eventDates.get(sentence);
  };
  const eventsWithout = events();
  const eventUnit = sectionUnits(eventsWithout.map((e) => e.sentence));
  const printedEvents = printed(
    eventUnit === unitFor ? eventsWithout : events(eventUnit),
    (e) => e.sentence,
    'timeline',
    size.timeline,
    (e) => e.when,
    eventUnit,
    undefined,
    (e) => eventShownAt(e, once.printed(), eventDateOf),
  );
  // What an item prints: a reference back, its own sentence after the one it leans on (printed before), or its whole unit.
  const printedAs = (sentence: Sentence, { shownAt, after, alone }: { shownAt?: ShownAt; after?: ShownAt; alone?: boolean }, unitOf = unitFor) =>
    shownAt ? { ...unitText(sentence, unitOf), shownAt } : after || alone ? { text: sentence.text, citation: citer.cite(sentence), ...(after ? { after } : {}) } : unitText(sentence, unitOf);

  // A side printed by an entry before it (two disagreements over the same sentences) refers back to it, as other sections do;
  // the sides of one entry stand side by side, so they are marked once the entry is made.
  // Each side keeps the sentences it prints (none when it refers back), for the glosses read in printed order below.
  const differenceSides: (readonly Sentence[])[] = [];
  const printedDifferences = differences.map((d, i) => {
    const sides = d.sides.map((s) => {
      const how = printing(s);
      differenceSides.push(how.shownAt ? [] : how.after || how.alone ? [s] : partsOf(unitFor(s)!));
      if (how.shownAt) return { point: { text: s.text, citations: [citer.cite(s)], shownAt: how.shownAt }, prints: how.prints };
      if (how.after || how.alone) return { point: { text: s.text, citations: [citer.cite(s)], ...(how.after ? { after: how.after } : {}) }, prints: how.prints };
      const { citation, ...text } = unitText(s);
      return { point: { ...text, citations: [citation] }, prints: how.prints };
    });
    for (const { prints } of sides) markPrinted(prints, 'differences', i + 1);
    return { question: d.question, sides: sides.map((side) => side.point) };
  });

  const briefing = {
    set,
    topic: topic.ref,
    length,
    generatedAt: now.toISOString(),
    summary: summary.map(asPoint),
    keyPoints: keyPoints.map(asPoint),
    quotes: printedQuotes.map(({ item: q, ...how }) => ({ speaker: speakerLabel(q), ...printedAs(q.sentence, how, quoteUnitFor) })),
    figures: printedFigures.map(({ item: f, ...how }) => ({ value: f.value, counts: f.counts, ...printedAs(f.sentence, how, figureUnit), ...attributed(figureUnit(f.sentence)!) })),
    timeline: printedEvents.map(({ item: e, ...how }) => ({ date: e.date, when: e.when, ...printedAs(e.sentence, how, eventUnit), ...(e.inferred ? { inferred: true } : {}), ...attributed(eventUnit(e.sentence)!) })),
    differences: printedDifferences,
    figuresThatDiffer: differing.map((d) => ({ counts: d.counts, values: differingFigureValues(d, citer, sideUnitFor) })),
    sources: citer.sources(),
    // Nothing the set holds gives the asked speaker's words: the answer says so before what it says of them. Only when the
    // question asks for words alone ("say", "tell": no event of its own); "what did X demand" is answered by what X demands.
    ...(question?.kind === 'speech' && !question.focus && typed && !typed.bearing.size ? { unsaid: question.speaker!.words } : {}),
  };
  const sentencesPrinted = (sentence: Sentence, { shownAt, after, alone }: { shownAt?: ShownAt; after?: ShownAt; alone?: boolean }, unitOf = unitFor): readonly Sentence[] =>
    shownAt ? [] : after || alone ? [sentence] : partsOf(unitOf(sentence)!);
  // Each printed item's sentences, in the order every renderer prints the items, section after section: what the name glosses
  // read, and, all together, what rule R reads for a role already written beside a speaker's name.
  const pointUnits = [...summary, ...keyPoints].map(partsOf);
  const printedQuoteUnits = printedQuotes.map(({ item: q, ...how }) => sentencesPrinted(q.sentence, how, quoteUnitFor));
  const factUnits = [...printedFigures.map(({ item: f, ...how }) => sentencesPrinted(f.sentence, how, figureUnit)), ...printedEvents.map(({ item: e, ...how }) => sentencesPrinted(e.sentence, how, eventUnit)), ...differenceSides];
  const printedSentences = [...pointUnits, ...printedQuoteUnits, ...factUnits].flat();
  // A label a reader can place: an acronym with the full name the set writes beside it, a one-word person's name with the
  // full name the surname gloss reads for it (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rules A and S), a
  // full name with the role its article writes beside it when nothing printed does ("Twenty-seventh round (issue 16speaker4)").
  const placed = placedLabels(
    sentencesOf,
    briefing.sources.map((s) => s.docId),
    () => index.documents.keys(),
    writers,
  );
  const namedLabels = printedQuotes.map(({ item: q }) => placed(speakerLabel(q), q.sentence));
  // The role is printed with the label; the glosses read the name alone, as the label introduces it (amendment R′).
  const quoteLabels = printedQuotes.map(({ item: q }, i) => withRole(namedLabels[i]!, q.sentence, sentencesOf, () => printedSentences));
  // Who an item's one-word names are, at their first mention in the order every renderer prints the items, section after
  // section (docs/quality.md, "Twenty-third round (issue 16names)" and "Twenty-fourth round (issue 16names4)").
  const glosses = printedGlosses(
    [...pointUnits.map((unit) => ({ unit })), ...printedQuoteUnits.map((unit, i) => ({ unit, label: namedLabels[i]! })), ...factUnits.map((unit) => ({ unit }))],
    sentencesOf,
    briefing.sources.map((s) => s.docId),
    writers,
  );
  // Which dates the points' relative days are ("Tuesday"), at their first mention (docs/quality.md, "Twenty-fourth round (issue 16editor), rule D").
  const days = dayGlosses(pointUnits, published);
  let at = 0;
  const glossed = <T extends object>(item: T): T => {
    const names = glosses[at++]!;
    return names.length ? { ...item, names } : item;
  };
  const withDays = (p: Point, i: number): Point => (days[i]!.length ? { ...p, days: days[i]! } : p);
  return parseBriefing({
    ...briefing,
    summary: briefing.summary.map(glossed).map(withDays),
    keyPoints: briefing.keyPoints.map(glossed).map((p, i) => withDays(p, summary.length + i)),
    quotes: briefing.quotes.map(glossed).map((q, i) => ({ ...q, speaker: quoteLabels[i]! })),
    figures: briefing.figures.map(glossed),
    timeline: briefing.timeline.map(glossed),
    differences: briefing.differences.map((d) => ({ ...d, sides: d.sides.map(glossed) })),
  });
}

/**
 * The glosses of a briefing's printed items, in printed order (`nameGlosses`, once over them all): "first mention" runs
 * across sections. A quote's speaker label is printed with it, so a label that writes a full name ("Walid Jumblatt")
 * introduces it: it is read as a one-sentence unit right before the quote, whose own glosses (it has no one-word name to
 * gloss) are dropped. A one-word label is not read, and the quote's own words are glossed at their first mention (rule S2).
 */
function printedGlosses(items: readonly { unit: readonly Sentence[]; label?: string }[], ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[], writers: NameWriters): NameGloss[][] {
  const units: { of?: number; unit: readonly Sentence[] }[] = [];
  items.forEach(({ unit, label }, i) => {
    if (label && unit.length && namesIn(label).short.size === 0) units.push({ unit: [{ ...unit[0]!, text: label, speech: null }] });
    units.push({ of: i, unit });
  });
  const glosses = nameGlosses(
    units.map((u) => u.unit),
    ofDocument,
    sources,
    writers,
  );
  return items.map((_, i) => glosses[units.findIndex((u) => u.of === i)]!);
}

/**
 * A differing figure's values as a briefing or digest shows them: each cites every document that states it. With
 * `unitFor` (a briefing's sections, issue 16tl), each shows the first of its sentences that can be shown, as its unit
 * (with the sentence it leans on), cited first.
 */
export function differingFigureValues(d: DifferingFigure, citer: Citer, unitFor?: (sentence: Sentence) => Sentence | null): DifferingValue[] {
  return d.values.map((v) => {
    const unit = unitFor ? v.sentences.map(unitFor).find((u) => u) : undefined;
    const head = unit ? partsOf(unit)[0]! : v.sentences[0]!;
    const others = v.sentences.filter((s) => s.docId !== head.docId);
    return {
      value: v.value,
      text: unit?.text ?? head.text,
      ...(unit && isPassage(unit) ? { parts: partsOf(unit).map((p) => p.text) } : {}),
      citations: [head, ...new Map(others.map((s) => [s.docId, s])).values()].map((s) => citer.cite(s)),
      ...(v.published ? { published: v.published } : {}),
      revised: v.revised,
      ...(v.by ? { by: v.by } : {}),
    };
  });
}

/**
 * The topic's most relevant sentences, then the rest of the documents its fact pool draws on: an
 * article on the topic that gives another value for one of its quantities often says it in a
 * sentence the topic's terms do not reach ("57 were in intensive care").
 */
function differPool(relevant: readonly Sentence[], pool: readonly Sentence[], ofDocument: (docId: string) => readonly Sentence[], limit: number): Sentence[] {
  const out = new Set(relevant);
  for (const docId of new Set(pool.map((s) => s.docId))) {
    for (const s of ofDocument(docId)) {
      if (out.size >= limit) return [...out];
      out.add(s);
    }
  }
  return [...out];
}

/** Sentences a narrow topic's facts are looked for in, its documents' included: wire copies repeat much of them. */
const FILLED_FACT_POOL = 240;
/** A document speaks to the topic when this many of its sentences do; one mention is not its subject. */
const TOPIC_DOCUMENT_SENTENCES = 2;

/**
 * The sentences facts are looked for in: the topic's most relevant ones first, then, when fewer
 * than FACT_POOL, other sentences of the documents the topic is a subject of, those that share
 * most of the topic's sentences' words first (each word weighed by its rarity): a topic named by
 * a few words of one story has that story's quotes, figures and dates too, the ones nearest to it.
 */
function factPool(relevant: readonly Sentence[], ids: readonly number[], scores: ArrayLike<number>, sentenceOf: (id: number) => Sentence, ofDocument: (docId: string) => readonly Sentence[], rarity: (stem: string) => number): Sentence[] {
  if (relevant.length >= FACT_POOL) return [...relevant];
  const weight = new Map<string, { sum: number; count: number }>();
  ids.forEach((id, i) => {
    const docId = sentenceOf(id).docId;
    const w = weight.get(docId) ?? { sum: 0, count: 0 };
    weight.set(docId, { sum: w.sum + scores[i]!, count: w.count + 1 });
  });
  // A topic every document mentions only once (an angle of one story: "the worst fire in Swedish history") is told in all of them.
  const subjects = [...weight].filter(([, w]) => w.count >= TOPIC_DOCUMENT_SENTENCES);
  const documents = (subjects.length ? subjects : [...weight]).sort((a, b) => b[1].sum - a[1].sum);
  const topicWords = new Map<string, number>();
  for (const s of relevant) for (const stem of new Set(s.stems)) topicWords.set(stem, (topicWords.get(stem) ?? 0) + rarity(stem));
  const inPool = new Set(relevant);
  const rest: { sentence: Sentence; near: number }[] = [];
  for (const [docId] of documents) {
    if (rest.length >= FILL_DOCUMENTS_SENTENCES) break;
    for (const sentence of ofDocument(docId)) {
      if (inPool.has(sentence) || !scannable(sentence)) continue;
      const stems = new Set(sentence.stems);
      let near = 0;
      for (const stem of stems) near += topicWords.get(stem) ?? 0;
      rest.push({ sentence, near: near / Math.sqrt(stems.size || 1) });
    }
  }
  // Stable: among equals, the most relevant documents' sentences first, each document from its lead.
  rest.sort((a, b) => b.near - a.near);
  return [...relevant, ...rest.slice(0, Math.max(0, FILLED_FACT_POOL - relevant.length)).map((r) => r.sentence)];
}

/**
 * Every sentence of the documents the topic's most relevant sentences come from, the most relevant
 * documents first, up to a bound: one statement told two ways is found by its words, wherever the
 * topic's terms reach.
 */
function documentsOf(relevant: readonly Sentence[], ofDocument: (docId: string) => readonly Sentence[], limit: number): Sentence[] {
  const out: Sentence[] = [];
  for (const docId of new Set(relevant.map((s) => s.docId))) {
    if (out.length >= limit) break;
    out.push(...ofDocument(docId));
  }
  return out;
}

export function documentInfo(index: TermIndex): DocumentInfo {
  const info: DocumentInfo = new Map();
  for (const [id, d] of index.documents) info.set(id, documentInfoEntry(d));
  return info;
}

/** What summary selection needs to know of a document: its date and length. */
export function documentInfoEntry(d: Document): { published?: string; sentenceCount: number } {
  return { sentenceCount: d.sentences.length, ...(d.meta.published ? { published: d.meta.published } : {}) };
}

/** Names what both sides speak of by the key phrases they share, in the text's own words. */
function questionOf(index: TermIndex, shared: string[], sides: readonly Sentence[]): string {
  const [a, b] = sides;
  const common = a!.phrases.filter((p) => b!.phrases.includes(p));
  const phrases = common
    .sort((x, y) => y.split(' ').length - x.split(' ').length)
    .filter((p, i, all) => !all.slice(0, i).some((q) => q.includes(p)))
    .slice(0, 3);
  const chosen = phrases.length ? phrases : shared.slice(0, 3);
  return namesOf(index, chosen, sides).join(', ');
}

/**
 * The chosen phrases as the sides write them, in their order, words that stand together read
 * together ("Alaska Summit", not "Alaska, Summit"); a phrase neither side holds keeps the index's
 * surface form.
 */
function namesOf(index: TermIndex, phrases: readonly string[], sides: readonly Sentence[]): string[] {
  const wanted = new Set(phrases.flatMap((p) => p.split(' ')));
  const found = new Set<string>();
  const names: string[] = [];
  for (const side of sides) {
    let run: string[] = [];
    for (const word of [...(side.text.match(WRITTEN_WORD) ?? []), '']) {
      const s = word && stem(word.toLowerCase());
      if (s && wanted.has(s) && !found.has(s)) {
        run.push(word);
        continue;
      }
      if (run.length) names.push(run.join(' '));
      run.forEach((w) => found.add(stem(w.toLowerCase())));
      run = [];
    }
  }
  const missing = phrases.filter((p) => !p.split(' ').every((w) => found.has(w))).map((p) => surfaceOf(index, p));
  return [...names, ...missing].slice(0, 3);
}

/**
 * The summary states what is reported: an opinion piece's sentences still count as mentions of
 * what the set says, but are chosen only when the set has nothing else (key points may show them,
 * attributed).
 */
type Roles = Pick<SummaryInput, 'mentionOnly' | 'choiceOnly' | 'introducedBy'>;

/** The documents a briefing composed from this pool may cite: where rules S2 and E36 look for a name's gloss. */
function poolSources(candidates: readonly Sentence[]): string[] {
  return [...new Set(candidates.map((s) => s.docId))];
}

/** Units counted as mentions but never chosen, besides the roles' own. */
function notChosen(roles: Roles, units: ReadonlySet<Sentence> | undefined): Roles {
  return units?.size ? notChosenBy(roles, (s) => units.has(s)) : roles;
}

/** Units the test names counted as mentions but never chosen, besides the roles' own; the test is asked first. */
function notChosenBy(roles: Roles, test: (s: Sentence) => boolean): Roles {
  const { mentionOnly } = roles;
  return { ...roles, mentionOnly: (s) => test(s) || (mentionOnly?.(s) ?? false) };
}

function reportedFirst(roles: Roles, units: readonly Sentence[], isOpinion: (s: Sentence) => boolean): Roles {
  return units.every(isOpinion) ? roles : notChosenBy(roles, isOpinion);
}

/**
 * The summary states the topic: a unit that merely mentions it (one of its words, none of its
 * other terms) counts as a mention but is not chosen, when enough units state it. Key points may
 * show it.
 */
function statedFirst(roles: Roles, units: readonly Sentence[], mentions: (s: Sentence) => boolean, enough: number): Roles {
  // Counted only as far as `enough`: a broad query has tens of thousands of units.
  let stating = 0;
  // A unit held back until a point before it introduces a name may never be shown: it is not counted as stating the topic.
  for (let i = 0; i < units.length && stating < enough; i++) if (!roles.mentionOnly?.(units[i]!) && !roles.introducedBy?.needs(units[i]!) && !mentions(units[i]!)) stating++;
  return stating < enough ? roles : notChosenBy(roles, mentions);
}

/** The length's word budget is a promise to the reader: drop whole sentences from the end to keep it. */
function withinWords(sentences: Sentence[], budget: number): Sentence[] {
  const out: Sentence[] = [];
  let words = 0;
  for (const s of sentences) {
    const n = wordCount(s);
    if (words + n > budget && out.length) continue;
    if (words + n > budget) continue;
    out.push(s);
    words += n;
  }
  return out;
}

/**
 * Who said what, most relevant first, but a voice not heard yet before a second quote of the same
 * one, and, among those, a sentence the summary or key points do not show yet: the section is for voices.
 */
function chooseQuotes<T extends { speaker: string; sentence: Sentence }>(found: readonly T[], shown: ReadonlySet<Sentence>, limit: number, relevant: ReadonlySet<Sentence>): T[] {
  const out: T[] = [];
  const speakers = new Set<string>();
  // "Zelensky" in one article and "Volodymyr Zelensky" in another are one voice.
  const heard = (q: T) => speakers.has(speakerKey(q.speaker));
  const preferences: Array<(q: T) => boolean> = [(q) => !shown.has(q.sentence) && !heard(q), (q) => !heard(q), (q) => !shown.has(q.sentence), () => true];
  // Rule QR (docs/quality.md, "Session 46"): the topic's own sentences through every preference before the ones its documents lend.
  const passes = [...preferences.map((pass) => (q: T) => relevant.has(q.sentence) && pass(q)), ...preferences];
  for (const pass of passes) {
    for (const q of found) {
      if (out.length >= limit) return out;
      if (out.includes(q) || !pass(q)) continue;
      out.push(q);
      speakers.add(speakerKey(q.speaker));
    }
  }
  return out;
}

/** One of each sentence: an item whose sentence repeats one already kept (a wire update's copy) is left out. */
/**
 * The pool's first `limit` dated events, one per sentence and one per event, as if every sentence
 * were read: both filters keep an event by what came before it only, so a prefix of the pool that
 * yields `limit` of them yields the same ones. Dates are read a stretch at a time until then:
 * parsing them is the slow part of an answer, and the pool's later sentences are rarely needed.
 */
function firstEvents(pool: readonly Sentence[], eventsIn: (sentences: readonly Sentence[]) => FoundEvent[], near: NearDuplicates, limit: number): FoundEvent[] {
  const seen = new Set<Sentence>();
  let kept: FoundEvent[] = [];
  for (let start = 0; start < pool.length && kept.length < limit; start += EVENT_STRETCH) {
    kept = oneEventEach([...kept, ...distinctSentences(eventsIn(pool.slice(start, start + EVENT_STRETCH)), (e) => e.sentence, near, seen)]);
  }
  return kept.slice(0, limit);
}

/** Sentences whose dates are read at a time. */
const EVENT_STRETCH = 24;

/** Items whose sentence, or a near-duplicate of it, no earlier item has (`seen` carries on from earlier items). */
function distinctSentences<T>(items: readonly T[], sentenceOf: (item: T) => Sentence, near: NearDuplicates, seen = new Set<Sentence>()): T[] {
  return items.filter((item) => {
    const sentence = sentenceOf(item);
    if (seen.has(sentence)) return false;
    seen.add(sentence);
    for (const copy of near(sentence)) seen.add(copy);
    return true;
  });
}

/**
 * Items in order, leaving out any that shares a key with one before it. A left-out item's keys are the kept one's too:
 * "fifteen British" joins "fifteen Royal Navy crew" through "navy", and brings "personnel" with it.
 */
function uniqueByAny<T>(items: T[], keys: (t: T) => string[]): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const own = keys(t);
    const known = own.some((k) => seen.has(k));
    for (const k of own) seen.add(k);
    return !known;
  });
}
