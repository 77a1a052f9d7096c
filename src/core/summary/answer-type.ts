import { type FoundFigure, findFigures, isSumWritten, isUnit } from '../facts/figures.js';
import { countKey, instanceOf } from '../facts/figures-differ.js';
import { findQuotes } from '../facts/quotes.js';
import { roleGivesWordsOf, roleOf } from '../facts/role-beside.js';
import { findDates } from '../facts/timeline.js';
import { titleBefore } from '../facts/title-before.js';
import { ofAnotherYear, yearsIn } from '../facts/years.js';
import { titlesASurname } from '../index/person-titles.js';
import { relatedStems } from '../index/related-words.js';
import { sameTextIn } from '../index/same-text.js';
import type { TermIndex } from '../index/term-index.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';
import { aheadTests } from '../topics/news-angles.js';
import { focusFamily, participantFamilies, RELATED_IN_CONTEXT } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { statesAgeOf } from './age.js';
import { namesAgent } from './agent.js';
import { asksClockTime, holdsKind, writesClockTime, writesDate } from './answer-first.js';
import { clauseOf, countsAskedNoun, governingWord } from './asked-count.js';
import { aspectOf } from './aspect.js';
import { namesAttendees } from './attendees.js';
import { describesGroup } from './description.js';
import { identifies } from './identity.js';
import { asksSize, isUnitIn, onlyMeasured, unitsAsked } from './measure-units.js';
import { partsOf } from './passages.js';
import { askedFor } from './question-form.js';
import { eventOf, givesCause, tiesCause } from './reason.js';
import { namesRoleHolder } from './role.js';
import { givesWordsOf, namesWithOwnVerb } from './spoken-by.js';
import { topK } from './top-k.js';
import { namesPlace, placeOfVerb } from './where.js';
import { namesWhich } from './which-one.js';

/** What a unit without the expected answer type keeps of its relevance and answer score, when others bear it. */
export const WITHOUT_ANSWER_TYPE = 0.5;
/** How far below the least relevant bearing unit the most relevant other one falls, when bearing units rank above. */
const BELOW = 0.99;
/** Units read for the answer type: the most relevant, as many as an answer's lead is chosen from. */
const TYPE_POOL = 150;

/**
 * What a unit says to the question's expected answer type: it bears it ("answers"), it gives the
 * asked count for another event ("misleads": "In 1978, 20 people died…" for this fire's dead, an
 * aftershock's magnitude for the quake's, "176 people kidnapped" for the hurt), or neither.
 */
export type AnswerType = 'answers' | 'misleads' | 'none';

export interface AnswerTypeTest {
  of(unit: Sentence): AnswerType;
  /** The question word's type, read when no unit bears what the question's form asks for (question-form.ts). */
  coarser?: AnswerTypeTest;
  /** Units that bear it rank above every unit that does not, rather than only before those as relevant (a cause over the restated event). */
  ranksAbove?: boolean;
}

/**
 * The expected answer type of a question (the classic question-answering step): how many → a
 * figure that counts the asked thing, who → a named person, when → a resolved date, where → a
 * place, what did X say → words the product attributes to X. A unit that bears it answers; one that
 * does not may only be about the question. English
 * question words, not words of any story. Undefined when the question word names none.
 */
export function answerTypeTest(index: TermIndex, question: Question, publishedOf: (docId: string) => string | undefined, withAspect = true, storyDate?: string): AnswerTypeTest | undefined {
  // Rule YS (docs/quality.md, "Session 64"): an undated article's figure "in 2009" is another year's as a dated one's is.
  const datedAs = (docId: string) => publishedOf(docId) ?? storyDate;
  const byWord = unitTest(sentenceTest(index, question, publishedOf, datedAs));
  // A clock time is read by its notation, which mistakes little: a unit that gives the hour asked for ranks above one that gives none.
  // So is a size by its unit (rule SZ, docs/quality.md "Session 66"): "19,000 acres" over a sentence that writes "a big jump".
  const coarse = byWord && (asksClockTime(question) || asksSize(question)) ? { ...byWord, ranksAbove: true } : byWord;
  const finer = askedFor(question)?.form === 'reason' ? reasonTest(index, question) : unitTest(finerTest(index, question));
  const aspect = withAspect ? unitTest(aspectTest(index, question)) : undefined;
  const owner = withAspect ? ownerTest(index, question, datedAs) : undefined;
  // Rule AH (docs/quality.md, "Session 77"): "what happens next with …": an event dated ahead, else anything told as still to come.
  const ahead = question.ahead ? aheadTests(index) : undefined;
  const aheadTold = ahead && unitTest((s) => (ahead.told(s) ? 'answers' : 'none'));
  const aheadDated = ahead && unitTest((s) => (ahead.dated(s) ? 'answers' : 'none'));
  // Each test falls back to the one below it when no unit bears it: whose figure, the asked aspect, the question's form, what is
  // ahead, the question word's type.
  return [coarse, aheadTold, aheadDated, finer, aspect, owner].reduce<AnswerTypeTest | undefined>((below, test) => (test ? { ...test, ...(below ? { coarser: below } : {}) } : below), undefined);
}

function unitTest(test: ((s: Sentence) => AnswerType) | undefined): AnswerTypeTest | undefined {
  if (!test) return undefined;
  const known = new WeakMap<Sentence, AnswerType>();
  return {
    of(unit) {
      let found = known.get(unit);
      if (found === undefined) {
        const each = partsOf(unit).map(test);
        found = each.includes('answers') ? 'answers' : each.includes('misleads') ? 'misleads' : 'none';
        known.set(unit, found);
      }
      return found;
    },
  };
}

function sentenceTest(index: TermIndex, question: Question, publishedOf: (docId: string) => string | undefined, datedAs: (docId: string) => string | undefined): ((s: Sentence) => AnswerType) | undefined {
  const yes = (b: boolean): AnswerType => (b ? 'answers' : 'none');
  switch (question.kind) {
    case 'amount': {
      const amount = amountTest(index, question, datedAs);
      return (s) => amount(s);
    }
    case 'time':
      // "What time" is answered by the hour ("at 3:36 a.m."), not by the day.
      if (asksClockTime(question)) return (s) => yes(writesClockTime(s));
      // A date written out is one even in an undated article, whose "August 15" resolves to no year.
      return (s) => yes(findDates([s], publishedOf).some((d) => d.date !== null) || writesDate(s));
    case 'person': {
      const name = nameWord(index, question);
      const place = placeNames(index);
      return (s) => yes(namesAPerson(s.text, name, place));
    }
    case 'place':
      return (s) => yes(holdsKind(s, question));
    case 'speech': {
      const asked = { words: question.speaker!.words, questionWords: question.words };
      const sameText = sameTextIn(index);
      const ofDocument = (docId: string) => index.documents.get(docId)?.sentences ?? [];
      // Rule ST (docs/quality.md, "Session 46"): a speaker is also the title its document writes before the name ("Foreign
      // Ministry spokesman" for "Zhu Bangzao"), so "the foreign ministry spokesman" is asked of Zhu's quotations.
      // Rule SD (docs/quality.md, "Session 48"): "Putin has other demands" tells what Putin demanded.
      const verb = question.verb;
      return (s) => {
        const doc = ofDocument(s.docId);
        const quotes = findQuotes([s], ofDocument, sameText);
        const titled = quotes.map((q) => ({ speaker: q.speaker, title: titleBefore(q.speaker, doc) }));
        return yes(
          givesWordsOf(
            s.text,
            asked,
            titled.flatMap((q) => (q.title ? [q.speaker, q.title] : [q.speaker])),
            doc[s.position - 1]?.text,
          ) ||
            // Rule AR′ (session 52): where no title stands before the name, the role written in apposition after it.
            titled.some((q) => {
              const role = !q.title && roleOf(q.speaker, doc);
              return !!role && roleGivesWordsOf(role, asked.words);
            }) ||
            (!!verb && namesWithOwnVerb(s.text, asked, verb)),
        );
      };
    }
    default:
      return undefined;
  }
}

/** What a figure says to a "how many / how much" question; `owned` narrows the figures that may answer. */
function amountTest(index: TermIndex, question: Question, publishedOf: (docId: string) => string | undefined): (s: Sentence, owned?: (f: FoundFigure) => boolean) => AnswerType {
  const counts = figureTest(index, question);
  const named = yearsIn([...question.words].join(' '));
  return (s, owned = () => true) => {
    let misleads = false;
    for (const f of findFigures([s])) {
      const reading = counts(f);
      if (reading === 'none') continue;
      // A figure dated by another year than its article's counts another event ("In 1978, 20 people died"), as does one of another instance ("another aftershock").
      if (reading === 'answers' && !ofAnotherYear(f, publishedOf(s.docId), named) && !instanceOf(f)) {
        if (owned(f)) return 'answers';
        continue;
      }
      misleads = true;
    }
    return misleads ? 'misleads' : 'none';
  };
}

/** The auxiliary after which a "how much / how many …" question's own subject stands ("did Japan promise"). */
const SUBJECT_AFTER = /^how\s+(?:much|many)(?:\s+[\p{L}'’-]+)*?\s+(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should|must|might|may)\s+(.+)$/iu;
/** A personal or possessive pronoun: a clause that writes one may tell the figure of a name written before it ("His 15 seats"). */
const PRONOUN = /^(?:he|his|him|she|her|it|its|they|their|them)$/i;

/**
 * "How much did Japan pledge", "how many gold medals did China win" ask for the subject's own figure
 * (docs/quality.md, session 41, rules O and O′): a figure answers when its clause writes a name of the
 * subject (the words between the question's auxiliary and its focus verb that the set writes only
 * capitalised), or a pronoun in a unit that writes that name up to the figure's sentence.
 * Undefined when the question's subject names no one.
 */
function ownerTest(index: TermIndex, question: Question, publishedOf: (docId: string) => string | undefined): AnswerTypeTest | undefined {
  if (question.kind !== 'amount') return undefined;
  const after = SUBJECT_AFTER.exec(question.text.trim())?.[1]?.split(/\s+/) ?? [];
  const key = (w: string) => stem(w.toLowerCase().replace(/['’]s$/, ''));
  // Rule OS (docs/quality.md, "Session 50"): with a light verb ("did Osei take", "did Graner get") there is no focus verb to end
  // the subject at; it is the run of names right after the auxiliary.
  const verbAt = question.focus ? after.findIndex((w) => w.toLowerCase() === question.focus!.word.toLowerCase()) : after.findIndex((w) => !writtenAsName(index, w));
  const subject = new Set(
    after
      .slice(0, Math.max(0, verbAt))
      .filter((w) => writtenAsName(index, w))
      .map(key),
  );
  if (!subject.size) return undefined;
  const named = (words: readonly string[]) => words.some((w) => subject.has(key(w)));
  const amount = amountTest(index, question, publishedOf);
  const known = new WeakMap<Sentence, AnswerType>();
  return {
    of(unit) {
      let found = known.get(unit);
      if (found !== undefined) return found;
      const parts = partsOf(unit);
      const each = parts.map((part, i) => {
        const earlier = () => named(parts.slice(0, i + 1).flatMap((p) => p.text.match(/[\p{L}'’-]+/gu) ?? []));
        const owned = (f: FoundFigure) => {
          const clause = clauseOf(f);
          return named(clause) || (clause.some((w) => PRONOUN.test(w)) && earlier());
        };
        return amount(part, owned);
      });
      found = each.includes('answers') ? 'answers' : each.includes('misleads') ? 'misleads' : 'none';
      known.set(unit, found);
      return found;
    },
  };
}

/** Whether the set writes a word capitalised wherever it writes it: a name, not a common word ("party", "prosecution"). */
function writtenAsName(index: TermIndex, word: string): boolean {
  const forms = index.surfaces.get(stem(word.toLowerCase().replace(/['’]s$/, '')));
  return !!forms && [...forms.keys()].every((f) => /^\p{Lu}/u.test(f));
}

/**
 * What the question's form asks for (docs/quality.md, "Tenth round"): who X is, what the asked people
 * were, who holds the asked role, which one by the asked mark, a place after a locative preposition,
 * a cause. Undefined when the form says no more than the question word.
 */
function finerTest(index: TermIndex, question: Question): ((s: Sentence) => AnswerType) | undefined {
  const yes = (b: boolean): AnswerType => (b ? 'answers' : 'none');
  const asked = askedFor(question);
  switch (asked?.form) {
    case 'identity':
      return (s) => yes(identifies(s.text, asked.name));
    case 'description':
      return (s) => yes(describesGroup(s.text, asked.noun));
    case 'role': {
      const name = nameWord(index, question);
      return (s) => yes(namesRoleHolder(s.text, asked.of, name));
    }
    case 'which': {
      const name = nameWord(index, question);
      return (s) => yes(namesWhich(s.text, asked.modifier, name));
    }
    case 'where':
      return (s) => yes(namesPlace(s.text, question.words, question.text));
    case 'age': {
      const statesAge = statesAgeOf(asked.name);
      return (s) => yes(statesAge(s.text));
    }
    default:
      return undefined;
  }
}

/**
 * The slot's item tied to what it is asked of (docs/quality.md, "Eleventh round"): a count of the asked
 * noun with no other event in its clause, a place attached to the asked verb, the asked verb's agent,
 * the names listed with a gathering. Undefined when the question asks of no verb or noun it reads.
 */
function aspectTest(index: TermIndex, question: Question): ((s: Sentence) => AnswerType) | undefined {
  const yes = (b: boolean): AnswerType => (b ? 'answers' : 'none');
  const aspect = aspectOf(index, question);
  switch (aspect?.kind) {
    case 'count': {
      if (question.kind !== 'amount') return undefined;
      const counts = figureTest(index, question);
      return (s) => yes(findFigures([s]).some((f) => counts(f) === 'answers' && !instanceOf(f) && countsAskedNoun(f, aspect.noun)));
    }
    case 'place': {
      const asked = new Set([...question.asked, ...participantFamilies(index, question, true).flatMap((f) => [...f])]);
      const event = aspect.event;
      return (s) =>
        yes(
          placeOfVerb(
            s.text,
            (x) => aspect.verb.has(x),
            question.words,
            (x) => asked.has(x),
            question.text,
            event && ((x) => event.has(x)),
          ),
        );
    }
    case 'agent': {
      const name = nameWord(index, question);
      return (s) => yes(namesAgent(s.text, (x) => aspect.verb.has(x), name));
    }
    case 'attendance': {
      const name = nameWord(index, question);
      return (s) => yes(namesAttendees(s.text, (x) => aspect.verb.has(x), name));
    }
    default:
      return undefined;
  }
}

/**
 * "Why": a unit that ties the asked event to a cause, in one sentence or a passage of adjacent ones, is
 * preferred to one that restates the event; when none does, one with any cause (docs/quality.md,
 * eleventh round).
 */
function reasonTest(index: TermIndex, question: Question): AnswerTypeTest {
  const event = eventOf(index, question);
  const ties = new WeakMap<Sentence, AnswerType>();
  const coarser = unitTest((s) => (givesCause(s.text, event) ? 'answers' : 'none'))!;
  return {
    of(unit) {
      let found = ties.get(unit);
      if (found === undefined) ties.set(unit, (found = tiesCause(unit, event) ? 'answers' : 'none'));
      return found;
    },
    coarser,
    ranksAbove: true,
  };
}

/**
 * Whether a word may be part of a person's name: capitalised, not the question's own, not a day or
 * month, and never written in lower case in the set ("Party", "Nations", "Prize" are: a body or a
 * thing, not a person). wink's model has no PERSON entity; the set's own spelling tells names apart.
 */
function nameWord(index: TermIndex, question: Question): (word: string) => boolean {
  return (word) => {
    if (!/^\p{Lu}\p{Ll}/u.test(word) || question.words.has(word.toLowerCase()) || CALENDAR_NAMES.has(word.toLowerCase())) return false;
    return writtenAsName(index, word);
  };
}

/**
 * Whether a text names a person: two name words running together ("Jose Saramago", "Qin Yongmin"),
 * or with a short particle capitalised between them ("Osama Bin Laden", "Van der Sar"), or a title
 * and a surname ("Gen. Varga": a person, though one name word alone may be a place or a body).
 */
function namesAPerson(text: string, isNameWord: (word: string) => boolean, isPlace: (first: string, second: string) => boolean = () => false): boolean {
  const words = (text.match(/[\p{L}'’.-]+/gu) ?? []).map((w) => w.replace(/['’]s$|[.]$/u, ''));
  const particle = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}{1,2}$/u.test(w);
  const pair = (i: number) => isNameWord(words[i]!) && isNameWord(words[i + 1] ?? '') && !isPlace(words[i]!, words[i + 1]!);
  return words.some((w, i) => (titlesASurname(w) && isNameWord(words[i + 1] ?? '')) || pair(i) || (isNameWord(w) && particle(words[i + 1]) && isNameWord(words[i + 2] ?? '')));
}

/** A locative preposition right before a pair of name words, the pair not owning what follows: "in Fort Collins", "from Phnom Penh". */
const LOCATIVE = String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o|[Oo]utside|[Ii]nside)\s+`;

/**
 * Whether the set writes a pair of name words as a place: right after a locative preposition somewhere, and not
 * before a possessive (docs/quality.md, session 41, rule P2). Read from the sentences that hold the pair's first
 * word; each pair once per question.
 */
function placeNames(index: TermIndex): (first: string, second: string) => boolean {
  const known = new Map<string, boolean>();
  return (first, second) => {
    const key = `${first} ${second}`;
    let found = known.get(key);
    if (found === undefined) {
      const written = new RegExp(`${LOCATIVE}${regExpLiteral(first)}[\\s-]+${regExpLiteral(second)}(?![\\p{L}'’])`, 'u');
      const ids = index.stemSentences.get(stem(first.toLowerCase())) ?? [];
      found = ids.some((id) => written.test(index.sentences[id]!.text));
      known.set(key, found);
    }
    return found;
  };
}

/**
 * Whether a figure counts what a "how many / how much" question asks: what it counts names the
 * question's event (its focus: "died" is answered by "people killed", "deaths"), or names the asked
 * thing ("sailors": "crew") and no other event ("176 people kidnapped" does not count the hurt). A
 * question of measure (how much, far, strong) is not answered by a count of things ("four aftershocks").
 */
function figureTest(index: TermIndex, question: Question): (f: FoundFigure) => AnswerType {
  const event = question.focus ? new Set([...focusFamily(index, question.focus).loose, ...countKey({ counts: question.focus.word })]) : undefined;
  const own = new Set(question.focus?.stems);
  const things: Array<ReadonlySet<string>> = question.participants.length
    ? participantFamilies(index, question, true).map((family) => new Set([...family].flatMap((s) => [s, ...countKey({ counts: s })])))
    : question.asked.filter((s) => !own.has(s) && !question.names.includes(s)).map((s) => new Set([s]));
  const measure = !question.words.has('many');
  // The asked thing may be named ("the Kelso … tumbling") or told by a common word ("the index tumbled").
  const subjects = question.names.length ? [...things, new Set(question.names)] : things;
  const governing = new Set([...question.asked.filter((s) => !question.names.includes(s)), ...(event ?? [])]);
  const units = unitsAsked(question);
  const asksMoney = question.asked.some((s) => MONEY_NOUN.has(s)) || (!units.length && ASKS_PRICE.test(question.text.trim()));
  // Rule HM (docs/quality.md, "Session 71"): "how many" asks a count of things, not a sum, unless it asks for a currency.
  const countsNoSum = !measure && !asksMoney && ![...question.words].some((w) => isUnit(w) && !NOT_CURRENCY.test(w));
  return (f) => {
    // "How much money": a sum written with a currency is money, whatever it is said to count.
    if (asksMoney && isSumOfMoney(f)) return 'answers';
    if (countsNoSum && isSumOfMoney(f)) return 'none';
    // "How far": a distance, "how much time": a duration, whatever it is said to count.
    if (units.length && measuredIn(f, units)) return 'answers';
    // A duration or a speed asked for is no other count: an age, a number of soldiers.
    if (onlyMeasured(units)) return 'none';
    const key = countKey(f);
    const has = (set: ReadonlySet<string>) => [...key].some((k) => set.has(k));
    if (measure && countsThings(f)) return 'none';
    if (measure && measuresAsked(f, governing, subjects)) return 'answers';
    // The event may be told after the count in its clause ("five people are hospitalized … with injuries").
    if (event && (has(event) || clauseAfter(f).some((w) => event.has(w)))) return 'answers';
    if (!things.some(has)) return 'none';
    // A count that names an event names the asked one: "people kidnapped" is not "people hurt".
    return event && namesAnotherEvent(f, event) ? 'misleads' : 'answers';
  };
}

/** "How much" with no thing named after it ("how much did it cost", "how much is X offering") asks for a price or a payment. */
const ASKS_PRICE = /^how\s+much\s+(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should|must|might|may)\b/i;
/** The stems of the nouns by which a question asks for a sum of money ("how much money", "how much in funds"). */
const MONEY_NOUN = new Set(['monei', 'fund']);
/** A currency sign or code written before a figure's number ("€12 million", "dlrs 5 million", "US$16 million"). */
const CURRENCY_BEFORE = /^(?:[$€£¥]|(?:us\$|dlrs|usd|eur)\s?\d)/i;
/** The figure reader's units that are no currency. */
const NOT_CURRENCY = /^(?:percent|per|%|points?)$/i;

/** Whether a figure is a sum of money: a currency before its number, or a currency word after it or in what it counts ("200 million rubles"). */
function isSumOfMoney(f: FoundFigure): boolean {
  if (CURRENCY_BEFORE.test(f.value) || isSumWritten(f.value)) return true;
  const after = f.value.split(/\s+/).slice(1).concat(f.counts.split(/\s+/));
  return after.some((w) => isUnit(w) && !NOT_CURRENCY.test(w));
}

/** Whether a figure is measured in one of the units: its number followed by one ("1.7 nautical miles", "ninety days") or joined to one ("10-year"). */
function measuredIn(f: FoundFigure, units: readonly RegExp[]): boolean {
  const at = f.sentence.text.indexOf(f.value);
  const after = at < 0 ? '' : f.sentence.text.slice(at + f.value.length, at + f.value.length + 24);
  const unitAfter = /^\s*(?:nautical\s+)?(\p{L}+)/u.exec(after)?.[1];
  return units.some((u) => f.value.split(/\s+/).some((w) => isUnitIn(u, w)) || (!!unitAfter && u.test(unitAfter)));
}

/** Words before the asked thing's verb in which the thing may be named ("the Kelso industrials tumbling"), at most. */
const SUBJECT_SPAN = 2;

/**
 * Whether a figure measures what a measure question asks: the word that governs it is the question's own
 * ("worth about $70 billion", "fell by 200 points"), or a verb whose subject, just before it, is the asked
 * thing ("the Kelso industrials tumbling more than 200 points"). A plural after it is then the measure's unit.
 */
function measuresAsked(f: FoundFigure, asked: ReadonlySet<string>, subjects: ReadonlyArray<ReadonlySet<string>>): boolean {
  const { before, at } = governingWord(f);
  const k = before[at]?.toLowerCase() === 'by' ? at - 1 : at;
  const word = before[k];
  if (!word || !/^\p{Ll}/u.test(word)) return false;
  const keys = (w: string) => [...countKey({ counts: w }), stem(w.toLowerCase())];
  if (keys(word).some((x) => asked.has(x))) return true;
  if (!subjects.length || !/\p{Ll}(?:ed|ing|s)$/u.test(word)) return false;
  return before.slice(Math.max(0, k - SUBJECT_SPAN), k).some((w) => keys(w).some((x) => subjects.some((t) => t.has(x))));
}

/** The words (as count keys) after a figure, to the end of its clause. */
function clauseAfter(f: FoundFigure): string[] {
  const at = f.sentence.text.indexOf(f.value);
  const rest = f.sentence.text.slice(at + f.value.length).split(/[,;:—–]/)[0] ?? '';
  return [...countKey({ counts: rest })];
}

/** A participle or verb form in what the figure counts ("have been kidnapped", "killing") that is not the asked event. */
function namesAnotherEvent(f: FoundFigure, event: ReadonlySet<string>): boolean {
  return (f.counts.match(/\p{Ll}+(?:ed|ing)\b/gu) ?? []).some((w) => ![...countKey({ counts: w })].some((k) => event.has(k)) && !event.has(stem(w)));
}

/** A whole number of things in the plural ("four strong aftershocks"), not a measure ("8.8 magnitude", "210 points", "$70 billion"). */
function countsThings(f: FoundFigure): boolean {
  if (/[.$%€£¥]|\d\.\d/.test(f.value)) return false;
  const at = f.sentence.text.indexOf(f.value);
  const after =
    f.sentence.text
      .slice(at + f.value.length)
      .match(/^(?:\s+[\p{L}-]+){1,3}/u)?.[0]
      .trim()
      .split(/\s+/) ?? [];
  const plural = after.find((w) => /[^s]s$/i.test(w));
  return !!plural && !isUnit(plural);
}

/**
 * The units that bear the question's expected answer type keep their score, the others keep
 * WITHOUT_ANSWER_TYPE of it, when any of the most relevant bears it; otherwise the scores are as
 * given. Returns the scores, and the units found to bear it and to mislead (those are not chosen).
 */
export function preferAnswerType(choices: { units: readonly Sentence[]; scores: ArrayLike<number> }, test: AnswerTypeTest): { scores: Float64Array; bearing: ReadonlySet<Sentence>; misleading: ReadonlySet<Sentence>; test: AnswerTypeTest } {
  const pool = topK(choices.units, choices.scores, TYPE_POOL);
  const bearing = new Set(pool.filter((u) => test.of(u) === 'answers'));
  const scores = Float64Array.from(choices.scores);
  // What the question's form asks for is preferred when the set says it; else the question word's type is.
  if (!bearing.size && test.coarser) return preferAnswerType(choices, test.coarser);
  if (!bearing.size) return { scores, bearing, misleading: new Set(), test };
  let factor = WITHOUT_ANSWER_TYPE;
  if (test.ranksAbove) {
    // Every unit without it is scaled alike, below the least relevant unit that bears it: their order among themselves is kept.
    let least = Infinity;
    let most = 0;
    choices.units.forEach((u, i) => (bearing.has(u) ? (least = Math.min(least, scores[i]!)) : (most = Math.max(most, scores[i]!))));
    if (most > 0) factor = Math.min(factor, (least * BELOW) / most);
  }
  choices.units.forEach((u, i) => bearing.has(u) || (scores[i]! *= factor));
  return { scores, bearing, misleading: new Set(pool.filter((u) => test.of(u) === 'misleads')), test };
}

/**
 * "What did X say about Y": of the units that give X's words, those that speak of Y (a word of the
 * question's setting, or a word close in meaning in the set), when any does; else all of them.
 */
export function speakingOf(index: TermIndex, question: Question, speaking: ReadonlySet<Sentence>): ReadonlySet<Sentence> {
  if (question.kind !== 'speech' || !question.setting.length) return speaking;
  const families = question.setting.map((s) => {
    const family = new Set([s]);
    const word = [...question.words].find((w) => stem(w) === s);
    if (word) for (const r of relatedStems(word, (x) => index.stemSentences.has(x))) if (r.similarity >= RELATED_IN_CONTEXT) family.add(r.stem);
    return family;
  });
  const about = new Set([...speaking].filter((u) => partsOf(u).some((p) => p.stems.some((s) => families.some((f) => f.has(s))))));
  return about.size ? about : speaking;
}

/**
 * Whether any of the sentences that speak most to a question (by `relevance`, sentence id → score)
 * bears its expected answer type; undefined when the question names none.
 */
export function answerTypeAmong(index: TermIndex, question: Question, relevance: ReadonlyMap<number, number>, publishedOf: (docId: string) => string | undefined): boolean | undefined {
  // Whether the question word's type is borne at all: the asked aspect only orders what bears it.
  const test = answerTypeTest(index, question, publishedOf, false);
  if (!test) return undefined;
  const ids = [...relevance.keys()];
  const best = topK(
    ids,
    Float64Array.from(ids, (id) => relevance.get(id)!),
    TYPE_POOL,
  );
  return best.some((id) => test.of(index.sentences[id]!) === 'answers');
}
