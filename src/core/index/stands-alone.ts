/**
 * Whether a sentence can be read without the sentence before it. These are English function
 * words and discourse markers, not words of any story.
 */

import { CALENDAR_NAMES, MONTH_ABBREVIATIONS } from '../ingest/calendar-words.js';
import { readChrono } from '../ingest/chrono-reading.js';
import { stem, taggedWords } from '../nlp.js';
import { titlesASurname } from './person-titles.js';

/** Connectives: the sentence answers, continues or qualifies the one before. */
const CONNECTIVES = [
  'but',
  'and',
  'however',
  'also',
  'still',
  'yet',
  'so',
  'or',
  'nor',
  'then',
  'meanwhile',
  'instead',
  'thus',
  'therefore',
  'moreover',
  'besides',
  'otherwise',
  'nevertheless',
  'nonetheless',
  'indeed',
  'furthermore',
  'additionally',
  'likewise',
  'similarly',
  'consequently',
  'hence',
  'accordingly',
  'in exchange',
  'in return',
  'in addition',
  'in turn',
  'in response',
  'as a result',
  'for example',
  'for instance',
  'at the same time',
  'even so',
  'by contrast',
  'in contrast',
  'on the other hand',
  'that said',
  'after that',
  'what is more',
];
/**
 * More conjunct adverbials of the grammar's closed class (Quirk et al. 1985, §8.134–8.144; the connective adjuncts of
 * Huddleston & Pullum 2002): appositive, reinforcing, summative, resultive, inferential, contrastive and transitional. Many
 * are also words of another part of speech ("After all the votes…", "Rather than…", "Overall spending…"), so these lean only
 * when a comma sets them off at the head of the sentence (docs/quality.md, "Twenty-fifth round (issue 16conj)", rule C1,
 * 16editor2's list). Temporal and enumerative conjuncts ("first", "eventually", "finally") open an account rather than
 * continue one and are left out.
 */
const CONJUNCTS_SET_OFF = [
  'in fact',
  'as a matter of fact',
  'in other words',
  'that is',
  'namely',
  'after all',
  'of course',
  'above all',
  "what['’]s more",
  'more important(?:ly)?',
  'most important(?:ly)?',
  'equally',
  'in the same way',
  'by the same token',
  'all the same',
  'in any case',
  'at any rate',
  'anyway',
  'anyhow',
  'in the meantime',
  'meantime',
  'incidentally',
  'by the way',
  'on the contrary',
  'by comparison',
  'in comparison',
  'rather',
  'conversely',
  'alternatively',
  'as a consequence',
  'in consequence',
  'to that end',
  'in that case',
  'all in all',
  'in sum',
  'in short',
  'overall',
  'again',
  'further',
  'too',
  'in particular',
  'notably',
];
/** What follows "those" (or "these") when it opens a phrase of its own, not a reference back: "those who…", "those killed". */
const OWN_PHRASE = String.raw`(?:(?:who|which|that|in|at|with|of|on|from)\b|\p{L}+ed\b)`;
/** Demonstratives point back to what the sentence before named. */
const DEMONSTRATIVES = ['such', 'this', 'these', 'those', 'that', 'the latter', 'the former'];
/**
 * Third-person pronouns stand for someone the sentence before named. In news this is mostly the
 * story's subject, so a headline may still open on one (see docs/quality.md); a shown point pairs
 * it with its antecedent instead (passages.ts).
 */
const PRONOUNS = ['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'them', 'him'];

const opening = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`;
const QUOTATION = /^["'“‘«]/;
/** Times "this" names in the writer's present ("this year", "this summer"), not in the sentence before. */
const PRESENT_TIMES = 'year|week|month|morning|afternoon|evening|night|weekend|time|season|summer|winter|spring|autumn|fall|century|decade|quarter|past|coming';
const CONNECTIVE_OR_DEMONSTRATIVE = new RegExp(`^(?!this\\s+(?:${PRESENT_TIMES})\\b)${opening([...CONNECTIVES, ...DEMONSTRATIVES])}`, 'i');
const PRONOUN = new RegExp(`^${opening(PRONOUNS)}`, 'i');
/** Rule C1: a conjunct at the head, set off by its comma ("In fact, Malaysia…", "More important, the controls…"). */
const CONJUNCT_OPENING = new RegExp(`^${opening(CONJUNCTS_SET_OFF)}\\s*,`, 'i');
/**
 * A speaker's words that open on a connective ("“But I better shut up.”", "“And I call on this parliament…”") answer or go on
 * from what was said before, as the sentence would without its quotation mark (docs/quality.md, "Twenty-fourth round
 * (issue 16alone2)", rule A1). Demonstratives are not read there: in speech "this" is often the speaker's present.
 */
const QUOTED_CONNECTIVE = new RegExp(`^["'“‘«]\\s*${opening(CONNECTIVES)}`, 'i');
/** "Officials have not confirmed this." points back as surely as "This was not confirmed." */
const ENDS_ON_DEMONSTRATIVE = /\b(?:this|that|these|those)\s*[.!?]["'”’]?$/i;
/** How many of a unit a relative time counts ("three days later", "hours earlier"). */
const COUNT = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|a\\s+couple\\s+of|\\d+';

/**
 * Shell nouns (Schmid, *English Abstract Nouns as Conceptual Shells*): nouns that stand for an act or
 * statement told elsewhere. English grammar, not words of any story.
 */
const SHELL_NOUNS = 'decisions?|moves?|announcements?|steps?|measures?|remarks|comments|statements?|rulings?|verdicts?|proposals?|plans?|offers?|requests?|ideas?|developments?|incidents?|situation|process|efforts?|reports?|news';
/**
 * What follows a shell noun that has no complement of its own ("The decision was made…", "The move
 * angered…"): an auxiliary or a verb. "The decision to withdraw…", "The move by Russia…" introduce their content.
 */
const SHELL_VERB = '(?:is|was|were|are|has|had|have|will|would|could|should|may|might|can|must|came|comes|said|says|drew|left|also|\\p{Ll}+ed|\\p{Ll}+ly)\\b';

/**
 * Words that open a phrase put before the subject ("In it, …", "Because of this, …", "Asked about them, …"): English
 * prepositions and subordinating conjunctions, a closed list (docs/quality.md, "Sixteenth round (issue 16alone)").
 */
const FRONTING =
  'in|at|on|after|before|because|despite|given|with|without|for|from|under|since|when|while|as|although|though|if|unlike|like|beyond|amid|during|by|through|against|following|besides|except|until|upon|over|into|of|to|asked|faced';
/**
 * Reference inside the sentence: "such" before a noun ("the idea of such guarantees"; "such as"
 * gives examples instead), "this" or "these" standing for a statement ("argue that this
 * “rules out…”", "have not confirmed this nor…"), and an opening ordinal that counts on from a
 * list ("The second is that…").
 */
const POINTS_BACK = [
  /\bsuch\s+(?!as\b|that\b)(?:a\s+|an\s+)?\p{L}/iu,
  /\b(?:this|these)\s+(?:["“(]|(?:is|was|were|are|would|will|could|has|had|means|meant)\b)/i,
  /\b(?:confirmed|denied|said|explained|announced|disputed|rejected|welcomed|noted)\s+(?:this|these|those)\s*(?:[,;:]|\s(?:nor|or|and|but)\b)/i,
  /^the\s+(?:first|second|third|fourth|other|latter|former)\s+(?:is|was|one)\b/i,
  // A definite count ("The two leaders…", "Both men…") is of people or things the sentence before named.
  /^(?:the\s+(?:two|three|four|five|six|both)|both)\s+(?!of\s+(?:whom|which)\b)\p{L}/iu,
  // A subject pronoun after a fronted phrase ("In a speech on Monday, he attacked…", "Asked about it, she said").
  /^(?!["'“‘«])[^,"“”]{1,60},\s+(?:he|she|they)\s+\p{L}/iu,
  // So does one after a fronted phrase that sets off an apposition ("As the founder of the party, the China Democracy Party, he…";
  // session 49, rule FC): opened by a fronting word, the stretch between the commas short.
  new RegExp(`^(?:${FRONTING})\\s[^,"“”]{1,60},\\s+(?:[^,"“”\\s]+\\s+){0,7}[^,"“”\\s]+,\\s+(?:he|she|they)\\s+\\p{L}`, 'iu'),
  // So does a demonstrative subject ("Accustomed to life in Europe, this foreign student…"; session 48, rule FT), not a time of
  // the writer's present ("On Friday, this week's talks…", "this years talks") nor "those who…", "those killed".
  new RegExp(`^(?!["'“‘«])[^,"“”]{1,60},\\s+(?:this\\s+(?!(?:${PRESENT_TIMES})(?:s|['’]s)?\\b)|(?:these|those)\\s+(?!${OWN_PHRASE}))\\p{Ll}`, 'iu'),
  // So does "it" with a lexical verb (`frontedIt`).
  // A participle whose object is a pronoun ("Beating him inside the truck, the pair…"): the main clause's subject does it, so the
  // pronoun is someone named before (rule A3). Not "her", which may be the subject's own ("Holding her baby, the mother…").
  /^\p{L}+(?:ing|ed)\s+(?:him|them|it)\b[^"“”,]*,/iu,
  // More of what the sentence before counted: "Three other organizers were also detained", "A total of nine other soldiers".
  new RegExp(`^(?:a\\s+total\\s+of\\s+)?(?:${COUNT}|many|some|several)\\s+other\\s+\\p{L}`, 'iu'),
  // Rule O (lead, twenty-ninth round): the same without a count, "Other ministers resigned…", "Others were set on fire…": other
  // than what the sentence before named. "Other than the mayor, no one…" opens a phrase of its own.
  /^(?:other\s+(?!than\b)\p{L}|others\b)/iu,
  // A demonstrative early in the sentence points back as surely as one that opens it ("In entering those guilty pleas, …").
  // Not "those killed", "those who…": a noun phrase of its own, not a reference.
  new RegExp(String.raw`^(?:\S+\s+){1,3}(?:these|those)\s+(?!${OWN_PHRASE})\p{L}`, 'iu'),
  // A definite shell noun with no complement of its own stands for an act or statement told before ("The decision was made…").
  // Its verb follows at once: "The news agency…" is a compound, not a shell.
  new RegExp(`^the\\s+(?:\\p{Ll}+\\s+)?(?:${SHELL_NOUNS})(?:\\s*,|\\s+(?:${SHELL_VERB}))`, 'iu'),
  // "this" before a noun early in the sentence points back as "these" does ("By presenting this process, …"); not a time ("this year").
  new RegExp(`^(?:\\S+\\s+){1,3}this\\s+(?!(?:${PRESENT_TIMES}|is|was|were|are|would|will|could|has|had)\\b)\\p{Ll}`, 'iu'),
  // A relative clause the splitter cut from its head ("Which is why…"); a question ("Which ports…?") asks (rule B1).
  /^which\b(?![^?]*\?["'”’)]?\s*$)/i,
  // A time counted from the sentence before: "Three days later, …", "The next day …", "Hours earlier".
  new RegExp(
    `^(?:(?:(?:${COUNT})\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|earlier|afterwards?|(?:after|before)(?=\\s*,))|the\\s+(?:next|following|previous)\\s+(?:day|morning|afternoon|evening|night|week|month|year)|(?:later|soon|shortly)\\s+(?:that|after(?:wards?)?|before)|(?:later|afterwards?|earlier)\\s*,)`,
    'i',
  ),
];

/**
 * A time counted from an event, past the sentence's opening (which POINTS_BACK reads): "… the previous week", "… began two
 * hours earlier". Not "a day earlier than planned", which compares, nor "over the next week", the writer's coming week.
 */
const COUNTED_TIME = new RegExp(
  `\\b(?:(?:(?:${COUNT})\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|earlier)(?!\\s+than\\b)|(?<!\\b(?:over|within|during|in|for|throughout)\\s+)the\\s+next\\s+(?:day|morning|afternoon|evening|night|week|month|year)|the\\s+(?:following|previous)\\s+(?:day|morning|afternoon|evening|night|week|month|year))\\b`,
  'gi',
);
/** Any instant will do: what is read is whether chrono finds a time at all. */
const ANY_INSTANT = new Date(0);

/**
 * Rule TA′ (docs/quality.md, session 45): a counted time leans when nothing before it in its own sentence gives what it counts
 * from: no time chrono finds, and no lexical verb but the one it modifies (another would tell an event it could count from:
 * "he found the body … tied to the fence 18 hours earlier"). A form in "-ing" is read as `hasVerb` reads it, as no verb
 * ("reported missing", "According to").
 */
function countedTimeLeans(t: string): boolean {
  for (const m of t.matchAll(COUNTED_TIME)) {
    if (m.index === 0) continue;
    const before = t.slice(0, m.index);
    // The verbs first: chrono is read only when they leave the time without an event before it.
    if (taggedWords(before).filter((w) => w.pos === 'VERB' && !/ing$/.test(w.lower)).length > 1) continue;
    if (readChrono(before, ANY_INSTANT).length === 0) return true;
  }
  return false;
}

/** The fronted phrase: up to twelve words before the first comma, opened by a fronting word, with no quotation in it. */
const FRONTED_PHRASE = new RegExp(`^(?:${FRONTING})\\s[^,"“”«»]*?(?=,)`, 'i');
const MAX_FRONTED_WORDS = 12;
/** Demonstratives that point back wherever they stand in the phrase; not "these days", "those who…", "those killed". */
const FRONTED_DEMONSTRATIVE = new RegExp(String.raw`\b(?:these(?!\s+days\b)|those(?!\s+${OWN_PHRASE})|such)\b`, 'iu');
/**
 * Without the case-insensitive flag, under which `\p{Ll}` would match a capital ("that Matthew…" is a clause, not a reference).
 * "this" or "that" ending the phrase ("Because of this,"), "this" before a noun not of the writer's present, "that"
 * before a noun ("At that meeting,"); "that" before a determiner, a pronoun or a name opens a clause ("Given that the…").
 */
const CLAUSE_OPENING = 'the|a|an|this|these|those|some|many|most|all|no|any|each|every|few|several|more|both|such|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there';
const FRONTED_THIS = new RegExp(`\\b(?:this|that)$|\\bthis\\s+(?!(?:${PRESENT_TIMES})\\b)\\p{Ll}|\\bthat\\s+(?!(?:${CLAUSE_OPENING})\\b)\\p{Ll}`, 'u');
/**
 * Pronouns that stand for someone or something named before. Not a possessive: in a phrase before the subject it is the
 * subject's own, told just after ("In its citation, the Academy said…", "For his part, Saramago…").
 */
const FRONTED_PRONOUN = /\b(?:it|them|him|they|he|she)\b/i;
/** What names a pronoun's referent before it in the phrase: a capitalised word after the first, or a noun phrase's determiner. */
const REFERENT_BEFORE = /\s\p{Lu}|\b(?:a|an|the)\s+\p{L}|\p{L}['’]s?\s+\p{L}/u;

/**
 * Whether the phrase a sentence puts before its subject points back by a pronoun or demonstrative ("In it, the king…",
 * "In the face of these partnerships, …", "Because of this, …"), as an opening pronoun does; a pronoun whose referent
 * the phrase names before it ("After the company reported its results, …") does not.
 */
function frontedPointsBack(t: string): boolean {
  const phrase = FRONTED_PHRASE.exec(t)?.[0];
  if (!phrase || phrase.split(/\s+/).length > MAX_FRONTED_WORDS) return false;
  if (FRONTED_DEMONSTRATIVE.test(phrase) || FRONTED_THIS.test(phrase.trimEnd())) return true;
  const pronoun = FRONTED_PRONOUN.exec(phrase);
  if (pronoun !== null && !REFERENT_BEFORE.test(phrase.slice(0, pronoun.index))) return true;
  const possessive = FRONTED_POSSESSIVE.exec(phrase);
  // Amendment HP′: the subject is read past a connective set off by commas ("For all his late blooming, though, Saramago …").
  const subject = t.slice(phrase.length).replace(/^,\s*/, '').replace(SET_OFF_CONNECTIVE, '');
  return possessive !== null && !REFERENT_BEFORE.test(phrase.slice(0, possessive.index)) && namesNoOwner(subject);
}

/** Rule TF: the words that open a time phrase written without its comma ("On Wednesday it said …", "Later that day he …"). */
const TIME_OPENERS = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'last', 'earlier', 'later']);
/** Rule TF: the words such a phrase is made of after its opener: the calendar's names, numbers and words of time. */
const TIME_WORDS = new Set([
  ...CALENDAR_NAMES,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  ...['the', 'a', 'this', 'that', 'same', 'next', 'last', 'day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'then', 'today', 'yesterday'],
]);
/** What "it" does when it is no expletive: a lexical verb in -ed or -s or one of saying (rule A4's reading, and TF's). */
const LEXICAL_AFTER_IT = /^(?:(?:also|\p{Ll}+ly)\s+)?(?!(?:is|was|has|does|seems|seemed|appears|appeared|emerges|emerged|remains|remained|turns|turned|happens|happened|rains|rained|snows|snowed)\b)(?:\p{Ll}+(?:ed|s)|said|told)\b/u;

/**
 * "it" with a lexical verb after a fronted phrase ("Last week, it also refused…"); not the expletive "it" of a copula, an auxiliary,
 * or a raising or weather verb ("In 1990, it was clear…", "By noon, it seemed…": rule A4 of the twenty-fourth round, 16alone2).
 * Rule TF: a verb of saying is lexical too ("On Wednesday, it said …").
 */
const FRONTED_IT = /^(?!["'“‘«])[^,"“”]{1,60},\s+it\s+/u;
function frontedIt(t: string): boolean {
  const it = FRONTED_IT.exec(t);
  return it !== null && LEXICAL_AFTER_IT.test(t.slice(it[0].length));
}

/**
 * Rule TF (docs/quality.md, "Session 73"): a subject pronoun after a short time phrase written without its comma ("On Tuesday he
 * plans to travel …", "In 1993 he was put in a labor camp …") stands for someone named before, as after one set off by a comma.
 */
function timeFrontedPronoun(t: string): boolean {
  const words = t.split(/\s+/, 7);
  if (!TIME_OPENERS.has(words[0]!.toLowerCase())) return false;
  for (let i = 1; i <= 4 && i < words.length - 1; i++) {
    const word = words[i]!;
    if (/^(?:he|she|they)$/.test(word)) return /^\p{Ll}/u.test(words[i + 1]!);
    if (word === 'it') return LEXICAL_AFTER_IT.test(words.slice(i + 1).join(' '));
    if (!TIME_WORDS.has(word.toLowerCase()) && !/^\d[\d,]*s?$/.test(word)) return false;
  }
  return false;
}

/** Rule VE: an auxiliary or modal that ends the sentence, bare or denied ("did not.", "would n't.", "has."). */
const AUXILIARY_LAST = /\b(?:did|does|do|has|have|had|is|are|was|were|will|would|could|should|can|may|might|must)(?:n['’]t|\s+not)?\s*[.!]$/i;
/** Rule VE: verbs that report what someone says or holds, whose object the ellipsis stands in. */
const REPORTING_VERB =
  /^(?:say|says|said|tell|tells|told|insists?|insisted|claims?|claimed|maintains?|maintained|argues?|argued|believes?|believed|thinks?|thought|deny|denies|denied|adds?|added|replies|replied|responds?|responded|counters?|countered|states?|stated)$/;

/**
 * Rule VE (docs/quality.md, "Session 73"): "Corvane says they did not.": a verb phrase left out at the end takes up the sentence
 * before, when the sentence has no lexical verb of its own besides one of saying ("while Mobil does not" takes up its own).
 */
function ellipsisAtEnd(t: string): boolean {
  if (!AUXILIARY_LAST.test(t) || /["“”]/.test(t)) return false;
  const words = taggedWords(t);
  let last = words.length - 1;
  while (last > 0 && (words[last]!.pos === 'PUNCT' || words[last]!.pos === 'PART')) last--;
  // A verb or auxiliary of its own before the last ("Exxon has a strong presence …, while Mobil does not") is what it takes up.
  return words.slice(0, last).every((w) => w.pos !== 'AUX' && (w.pos !== 'VERB' || REPORTING_VERB.test(w.lower)));
}

/** A personal possessive, which a phrase before the subject may hold as the subject's own ("For his part, Saramago …"). */
const FRONTED_POSSESSIVE = /\b(?:his|her)\b/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there|one)\b/i;
const SET_OFF_CONNECTIVE = /^(?:though|however|moreover|meanwhile|therefore|too|also|then|instead|still|nonetheless|nevertheless),\s*/i;

/**
 * Rule HP (docs/quality.md, "Session 69"): whether a subject cannot be whom a fronted "his" or "her" belongs to, so that the
 * possessive points back ("By his estimate, the strike is costing …"): it opens on a lower-case word that is no pronoun, and none
 * of its first three words is a person's title ("In her statement, the minister said …" is the minister's own).
 */
function namesNoOwner(subject: string): boolean {
  if (!/^\p{Ll}/u.test(subject) || SUBJECT_PRONOUN.test(subject)) return false;
  return !subject
    .split(/\s+/, 3)
    .map((w) => w.replace(/[^\p{L}.-]+$/u, ''))
    .some((w) => titlesASurname(w) || PERSON_NOUN.test(w));
}
/** Nouns of a person that are no title: "In his speech, the man said …". */
const PERSON_NOUN = /^(?:man|woman|men|women|boy|girl|child|people|person|official|officials|resident|residents|witness|victim|suspect|author|writer)$/i;

/**
 * Whether a sentence can open or stand in a summary on its own: it opens on no connective
 * ("But", "However", "In exchange"), demonstrative ("This", "Those") or quotation, which answer,
 * point back to or quote something the summary does not show.
 */
export function standsAlone(text: string): boolean {
  const t = text.trimStart();
  return !QUOTATION.test(t) && !CONNECTIVE_OR_DEMONSTRATIVE.test(t) && !CONJUNCT_OPENING.test(t);
}

/**
 * "this" or "these" followed at once by a preposition has no noun of its own: a pronoun for what was said before ("compare this
 * to…", "see these as…"); a determiner takes its noun. Read in the writer's words only, before any quotation mark: in a speaker's
 * words a demonstrative often points within the speech (amendments A1 and A1′ of docs/quality.md, "Twenty-fifth round (issue 16conj)").
 */
const PRONOUN_DEMONSTRATIVE = /\b\p{Ll}+\s+(?:this|these)\s+(?:to|as|with|for|from|into|on|over|in|by|at|against|about|of)\b/u;
const writersWords = (t: string) => t.split(/["“”«»]/, 1)[0]!;

/**
 * Whether a sentence needs the one before it to be understood: it opens on a connective,
 * demonstrative or third-person pronoun, or points back within ("…confirmed this.", "such
 * guarantees"). A quotation names its speaker in the same sentence, so it is not counted here.
 */
export function leansOnPrevious(text: string): boolean {
  const t = text.trim();
  return (
    CONNECTIVE_OR_DEMONSTRATIVE.test(t) ||
    CONJUNCT_OPENING.test(t) ||
    QUOTED_CONNECTIVE.test(t) ||
    PRONOUN.test(t) ||
    ENDS_ON_DEMONSTRATIVE.test(t) ||
    POINTS_BACK.some((r) => r.test(t)) ||
    PRONOUN_DEMONSTRATIVE.test(writersWords(t)) ||
    QUANTIFIER_SUBJECT.test(t) ||
    NUMBER_SUBJECT.test(t) ||
    BARE_QUANTITY_SUBJECT.test(writersWords(t)) ||
    frontedPointsBack(t) ||
    timeFrontedPronoun(t) ||
    ellipsisAtEnd(t) ||
    frontedIt(t) ||
    openingKind(t) !== null ||
    countedTimeLeans(t) ||
    placeThere(writersWords(t))
  );
}

/**
 * Rule DX (docs/quality.md, "Session 74"): "Six remain there", "found the bodies there", "from there": a "there" after a word of
 * the writer's, and no existential one ("There are six …", "there remain"), points back to a place told before, where the
 * sentence names none before it (amendment DX′).
 */
function placeThere(t: string): boolean {
  const at = PLACE_THERE.exec(t)?.index;
  // "born in Casper, and spent much of his youth there": the place is the sentence's own.
  return at !== undefined && !PLACE_BEFORE.test(t.slice(0, at)) && !NAME_BEFORE.test(t.slice(0, at));
}
// Amendment DX″ (docs/quality.md, "Session 75"): "on Elm Street", "through the valley", and a name after its article inside the
// sentence ("cross the River Vell there") are places too.
const PLACE_BEFORE = /\b(?:in|at|to|into|from|near|inside|outside|across|around|throughout|on|over|through|along|off|under|beside|past)\s+(?:the\s+)?\p{L}/iu;
const NAME_BEFORE = /\bthe\s+\p{Lu}/u;
const PLACE_THERE =
  /(?<!\b(?:here|then)\s+and\s+)(?<=\p{L}\s+)there\b(?!\s+(?:is|are|was|were|be|been|being|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|exist|exists|existed|will|would|may|might|could|should|must|has|have|had|can|cannot|'s|’s)\b)(?!\s+and\s+(?:back|then)\b)/iu;

/** The sentence a sentence may lean on: the one before it in its document, with its content stems. */
export interface SentenceBefore {
  readonly text: string;
  readonly stems: readonly string[];
}

/**
 * Nouns that take up a name the sentence before gave ("Exxon … The company said"): English class
 * nouns for organisations and people, fixed before any set was read with them (docs/quality.md).
 */
const NAME_FAMILIES = new Set(['company', 'firm', 'corporation', 'group', 'agency', 'man', 'woman', 'men', 'women', 'boy', 'girl', 'couple']);
/**
 * More nouns of a name-bearing family, of the eleventh round (issue 16l): organisations, vehicles and places a name
 * in the sentence before gives ("…an Air France A330…" → "The aircraft was…").
 */
const NAMED_THINGS = new Set(['newspaper', 'paper', 'party', 'organization', 'organisation', 'team', 'court', 'aircraft', 'plane', 'jet', 'ship', 'vessel', 'country', 'city', 'town', 'village']);
/** Event nouns that sum up what the sentence before told, beside the shell nouns. */
const EVENT_NOUNS = 'attacks?|deals?|agreements?|accords?|talks|votes?|actions?|responses?|changes?';
/**
 * The verb that follows a description with no complement of its own: an auxiliary, a verb of saying,
 * an adverb in -ly or a word in -ed. Anything else between the description and its verb ("of…",
 * "that owns…") may identify it.
 */
const VERB = '(?:is|was|were|are|has|had|have|will|would|could|should|may|might|can|must|did|does|do|said|says|told|also|then|\\p{Ll}+ed|\\p{Ll}+ly)\\b';
/** Words that open a complement or another phrase, never part of a bare description ("The head of state…"). */
const NOT_IN_DESCRIPTION = '(?!(?:of|in|on|at|for|from|with|by|to|about|after|before|over|under|that|which|who|whose|where|when|the|a|an|and|or|but)\\b)';
/** "The" with one to three lower-case words, then at once the verb; the fewest words that reach a verb. The words may carry a possessive or a hyphen. */
const DESCRIPTION = new RegExp(`^[Tt]he\\s+((?:${NOT_IN_DESCRIPTION}[\\p{Ll}\\d][\\p{Ll}\\d-]*(?:['’]s?)?\\s+){1,3}?)${VERB}`, 'u');
/**
 * A universal, dual or negative quantifier as the subject, with no noun of its own ("All have spent time in prison…", "Each
 * of them was sentenced…"), counts people or things the sentence before named (rule A2 of the twenty-fourth round, 16alone2).
 * With a noun ("All flights were cancelled", "None of the passengers…") the sentence names them itself.
 */
// Without the case-insensitive flag, under which `\\p{Ll}+ed` would read a name ("Both United…") as a verb.
const QUANTIFIER_SUBJECT = new RegExp(`^(?:[Aa]ll|[Bb]oth|[Ee]ach|[Nn]either|[Nn]one)(?:\\s+of\\s+(?:them|these|those|us))?\\s+${VERB}`, 'u');
/**
 * Amendment QN′: the verb after a number word, an auxiliary or a verb of saying, or a word in "-ed" that ends its phrase or takes a
 * preposition ("Two died on Tuesday"); not an adjective in "-ed" before its noun ("Some unnamed U.S. officials").
 */
const COUNTED_VERB = String.raw`(?:(?:is|was|were|are|has|had|have|will|would|could|should|may|might|can|must|did|does|do|said|says|told)\b|\p{Ll}+ed(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|after|before|from|to|of|when|while|as|during|with|by|later|overnight)\b))`;
/**
 * Rule QN (docs/quality.md, "Session 77"): a number word or an indefinite quantifier with no noun ("One was discharged on
 * Tuesday", "Several of them were arrested") counts people or things the sentence before named, as A2's quantifiers do.
 */
const NUMBER_SUBJECT = new RegExp(
  `^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ss]everal|[Mm]any|[Ss]ome|[Oo]thers|[Aa]\\s+few)(?:\\s+of\\s+(?:them|these|those|us))?\\s+${COUNTED_VERB}`,
  'u',
);
/**
 * Rule QB (docs/quality.md, "Session 80"): a bare noun of quantity as the subject, its verb right after it ("The figure was 81%",
 * "said Monday the number was lower"), is a figure told before: which one, the sentence does not say. With a word of its own
 * ("the death toll", "the number of cases") it names its quantity.
 */
const QUANTITY_NOUNS = '(?:figures?|numbers?|total|count|tally|estimates?|amount)';
const BARE_QUANTITY_SUBJECT = new RegExp(
  `(?:^|\\b(?:said|says|say|told\\s+\\p{L}+|added|noted|reported|stated|estimated)(?:\\s+(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\\s+that)?\\s+)[Tt]he\\s+${QUANTITY_NOUNS}\\s+${VERB}`,
  'u',
);
const EVENT = new RegExp(`^[Tt]he\\s+(?:${NOT_IN_DESCRIPTION}\\p{Ll}+\\s+)?(?:${EVENT_NOUNS})\\s+${VERB}`, 'u');
/** Collectives that count people or things named before, as "the two…" does. */
const COLLECTIVE = new RegExp(`^[Tt]he\\s+(?:pair|couple|duo|trio)\\s+${VERB}`, 'u');
const POSSESSIVE = /['’]s?$/;
/** A capitalised word that does not open the sentence: a name, unless it is a day or a month. */
const NAME = /(?<=\s)\p{Lu}[\p{L}.&-]*/gu;

/**
 * The head of a definite description a sentence opens on as its subject ("The commission would…" →
 * "commission", "The company's chairman said…" → "company"), or null when the sentence opens on no
 * such description: on a name ("The Swedish Academy…"), or on a description with a complement of its
 * own ("The head of the commission…").
 */
export function descriptionHead(text: string): string | null {
  const words = descriptionWords(text);
  if (!words) return null;
  const head = words.find((w) => POSSESSIVE.test(w)) ?? words[words.length - 1]!;
  return head.replace(POSSESSIVE, '');
}

/** The lower-case words of the definite description a sentence opens on as its subject (`descriptionHead`), or null. */
function descriptionWords(text: string): string[] | null {
  return DESCRIPTION.exec(text.trim())?.[1]?.trim().split(/\s+/) ?? null;
}

function namesOne(text: string): boolean {
  return [...text.matchAll(NAME)].some(([name]) => !CALENDAR_NAMES.has(name.toLowerCase().replace(/\.$/, '')));
}

/**
 * Whether a sentence leans on the sentence before it beyond its opening words (docs/quality.md,
 * "Definite descriptions that lean"): it opens on a description whose head the sentence before names
 * ("The commission would review…" after "the Federal Trade Commission"), on a collective ("The pair
 * were…") or an event noun that sums it up ("The deal was…"), or it answers the question the sentence
 * before ends on. A document's first sentence has nothing to lean on.
 */
export function leansOnBefore(text: string, before: SentenceBefore | undefined): boolean {
  if (!before) return false;
  const t = text.trim();
  if (/\?["'”’)]?$/.test(before.text.trim())) return true;
  if (COLLECTIVE.test(t) || EVENT.test(t)) return true;
  const head = descriptionHead(t);
  return (head !== null && (before.stems.includes(stem(head)) || (NAME_FAMILIES.has(head) && namesOne(before.text)))) || descriptionKind(t, before) !== null;
}

/** Whether a description's head takes up what the sentence before named: its own word, or a name of its family. */
function takesUp(head: string, before: SentenceBefore): boolean {
  return before.stems.includes(stem(head)) || ((NAME_FAMILIES.has(head) || NAMED_THINGS.has(head)) && namesOne(before.text));
}

/** A number written before "other" ("Forty-two other miners", "12 other"): what follows is counted, not announced (LA′). */
const NUMBER_BEFORE =
  '(?<!(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-\\p{L}+)?)\\s+)';
/**
 * Whether a short sentence announces a list the next sentences give: it ends on a colon, or names
 * a count of things without listing them ("Putin has other demands for a peace agreement."). Rule LA: an amount ("two billion
 * crowns", "three years") counts no items.
 */
const ANNOUNCES_COUNT = new RegExp(
  `\\b(?:the following|(?:${NUMBER_BEFORE}(?:other|several|various)|(?<!-)(?:two|three|four|five|six)|a few|a number of|a series of)\\s+(?!(?:\\p{L}+\\s+)?(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|seconds|minutes|hours|days|weeks|months|years|decades|centuries|percent|points)\\b)(?:\\p{L}+\\s+)?\\p{L}+s)\\b`,
  'iu',
);
const MAX_ANNOUNCING_WORDS = 15;

/**
 * Rule LI (docs/quality.md, "Session 62"): a sentence announces a list when it closes on a colon, holds its count by a verb of
 * having, facing or wanting ("have two demands", "there are other obstacles"), or announces by a count and the sentence after
 * it gives an item: it leans on the announcement (a pronoun, demonstrative or connective opens it), writes the announced noun,
 * or opens on an enumerating word. Any other count is a plain statement ("The company operates five ferries on routes …").
 */
export function announcesListBefore(text: string, next: string | undefined): boolean {
  if (!announcesList(text)) return false;
  const t = text.trim();
  if (COLON_LAST.test(t)) return true;
  const count = ANNOUNCES_COUNT.exec(t);
  if (!count) return false;
  // "have two demands", "there are other obstacles", "wants three things": what a list is announced by.
  if (HOLDS_BEFORE.test(t.slice(0, count.index))) return true;
  if (next === undefined) return false;
  if (leansOnPrevious(next) || ENUMERATING.test(next)) return true;
  const noun = count[0].split(/\s+/).at(-1);
  if (!noun) return false;
  const announced = stem(noun.toLowerCase());
  return next.split(/[^\p{L}'’-]+/u).some((w) => w.length > 2 && stem(w.toLowerCase()) === announced);
}
const COLON_LAST = /:["'”’]?$/;
/** A verb of having, facing, wanting or setting out, or "there" and "be", right before an announcing count. */
const HOLDS_BEFORE = /(?:\bthere\s+(?:are|were|is|was|remain|remained)|\b(?:has|have|had)(?:\s+(?:also|still|now))?|\b(?:faces?|faced|wants?|wanted|outlined|listed|named|set\s+out|sets\s+out))\s+$/i;
/** Words that open an item of a list: ordinals, "one", "another", "also", "finally". */
const ENUMERATING = /^["“'‘]?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|one|another|also|finally|lastly)\b/i;

export function announcesList(text: string): boolean {
  const t = text.trim();
  if (COLON_LAST.test(t)) return true;
  if (t.split(/\s+/).length > MAX_ANNOUNCING_WORDS) return false;
  // Something listed inline ("two obstacles, land and guarantees") is not announced.
  return ANNOUNCES_COUNT.test(t) && !/[,;:—–]/.test(t);
}

/**
 * The kinds of leaning of the eleventh round (issue 16l, docs/quality.md "Eleventh round"), each English grammar,
 * no word of any story. Those that need no sentence before are part of `leansOnPrevious`; the others, of `leansOnBefore`.
 */
export type LeaningKind = 'anaphoric noun' | 'named thing' | 'fronted description' | 'quotation without speaker' | 'pronoun speaker' | 'another' | 'among them';

/**
 * Anaphoric nouns: acts of saying, summaries and people in a role, which take up what the sentences before told
 * ("The assurances were aimed at…", "The victims were abducted…"). A closed class fixed before measuring.
 */
const ANAPHORIC_NOUNS = new Set(
  (
    'assurance assurances promise promises pledge pledges guarantee guarantees threat threats warning warnings claim claims ' +
    'allegation allegations accusation accusations charge charges demand demands concession concessions appeal appeals ' +
    'criticism framework arrangement arrangements operation episode affair scandal ' +
    'victims casualties suspects attackers gunmen hostages survivors dead injured wounded'
  ).split(' '),
);
/** Adjectives that say a description was told before ("The resulting framework…", "The same officials…"). */
const ANAPHORIC_ADJECTIVES = new Set(['resulting', 'aforementioned', 'same', 'remaining']);

/** Whether a description's words hold an anaphoric noun or adjective. */
const anaphoric = (words: readonly string[]) => words.some((w) => ANAPHORIC_NOUNS.has(w.replace(POSSESSIVE, '')) || ANAPHORIC_ADJECTIVES.has(w));

/** Verbs and phrases that give a quotation its speaker. */
const SAYING =
  '(?:said|says|say|told|tells|added|adds|asked|asks|declared|declares|wrote|writes|stated|states|explained|explains|insisted|insists|noted|notes|recalled|recalls|warned|warns|replied|replies|announced|announces|argued|argues|continued|quoted|according\\s+to)';
const NAMES_SPEAKER = new RegExp(`\\b${SAYING}\\b`, 'i');
/** "…," he said / "…," said she: the speaker is a pronoun, someone the sentence before named. */
const PRONOUN_SPEAKER = new RegExp(`(?:^|,)\\s*(?:he|she|they|it)\\s+(?:\\p{Ll}+ly\\s+)?${SAYING}\\b|\\b${SAYING}\\s+(?:he|she|they|it)\\s*(?:[.,;:!?]|$)`, 'iu');
/** Words a quotation holds at least to be speech, not a title or a term ("Titanic" won…). */
const MIN_QUOTED_WORDS = 4;
/** "Another 173 were injured", "police said another two…": more of what the sentence before counted. */
const ANOTHER = new RegExp(`^another\\s+\\p{L}|\\banother\\s+(?:\\d|(?:${COUNT.replace('a|an|one|', '')}|dozens?|hundreds?|thousands?)\\b)`, 'iu');
/** Not "Among those killed…", "Among those who…": a noun phrase of its own, as for "those" a few words in (POINTS_BACK). */
const AMONG_THEM = new RegExp(String.raw`^among\s+(?:them|these|the\s+others|those(?!\s+${OWN_PHRASE}))\b`, 'iu');
/** A phrase put before the subject ("By August, when the army…, the monitors found…"), as for a fronted pronoun. */
const FRONTED = /^(?!["'“‘«])[^"“”]{1,160}?,\s+(?=[Tt]he\s)/;

/**
 * The writer's words of a sentence, its quotations blanked out, and the words it quotes; null when a quotation opens
 * and does not close within the sentence (a quotation over several sentences is read whole by passages.ts).
 */
function splitQuotes(text: string): { own: string; quoted: string } | null {
  let own = '';
  let quoted = '';
  let inside = false;
  for (const c of text) {
    if (c === '"') inside = !inside;
    else if (c === '“' || c === '«') inside = true;
    else if (c === '”' || c === '»') inside = false;
    else if (inside) quoted += c;
    else own += c;
  }
  return inside ? null : { own, quoted };
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Rule PO (docs/quality.md, session 45): a sentence no passage opens on, since nothing after it can lean on it: wholly a
 * quotation, naming no speaker (“That's terrific.”), or with no verb, a list line or a caption ("Lindsey Germaine: Piccadilly
 * Line train, Jamaican-born resident of Aylesbury."). A word joined by a hyphen to the one before is its compound's, not a verb;
 * a form in "-ing" is read as `hasVerb` reads it.
 */
export function opensNoPassage(text: string): boolean {
  const t = text.trim();
  const parts = /^["“«]/.test(t) ? splitQuotes(t) : null;
  if (parts && !/\p{L}/u.test(parts.own)) return true;
  const words = taggedWords(t);
  return !words.some((w, i) => (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower))) && words[i - 1]?.word !== '-');
}

/** The kind of this round by which a sentence leans whatever sentence is before it. */
function openingKind(t: string): LeaningKind | null {
  if (!/["“«]/.test(t)) return null;
  const parts = splitQuotes(t);
  if (!parts || wordCount(parts.quoted) < MIN_QUOTED_WORDS) return null;
  if (/^["“«]/.test(t) && !NAMES_SPEAKER.test(parts.own)) return 'quotation without speaker';
  return PRONOUN_SPEAKER.test(parts.own) ? 'pronoun speaker' : null;
}

/** The kind of this round by which a sentence leans on the sentence before, by a description or a count it continues. */
function descriptionKind(t: string, before: SentenceBefore): LeaningKind | null {
  // A lead may open on "Another strong aftershock rocked…": it counts on from earlier news, not from a sentence.
  if (AMONG_THEM.test(t)) return 'among them';
  if (ANOTHER.test(t)) return 'another';
  const words = descriptionWords(t);
  if (words && anaphoric(words)) return 'anaphoric noun';
  const head = words && descriptionHead(t);
  if (head && NAMED_THINGS.has(head) && !before.stems.includes(stem(head)) && namesOne(before.text)) return 'named thing';
  const fronted = FRONTED.exec(t)?.[0];
  if (!fronted) return null;
  const rest = t.slice(fronted.length);
  const restHead = descriptionHead(rest);
  const restWords = descriptionWords(rest);
  // What the phrase before it names, the description takes up from there ("Exxon will close the plant, the company said").
  const own: SentenceBefore = {
    text: fronted,
    stems: fronted
      .split(/\W+/)
      .filter(Boolean)
      .map((w) => stem(w.toLowerCase())),
  };
  return (restHead !== null && takesUp(restHead, before) && !takesUp(restHead, own)) || (restWords !== null && anaphoric(restWords)) ? 'fronted description' : null;
}

/**
 * Which of this round's kinds a sentence leans by on the sentence before it (`before`, undefined for a document's
 * first sentence), or null: the eval counts shown items by it.
 */
export function leaningKind(text: string, before: SentenceBefore | undefined): LeaningKind | null {
  const t = text.trim();
  return openingKind(t) ?? (before ? descriptionKind(t, before) : null);
}
