/**
 * Whether a sentence can be read without the sentence before it. These are English function
 * words and discourse markers, not words of any story.
 */

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
const CONNECTIVE_OR_DEMONSTRATIVE = new RegExp(`^${opening([...CONNECTIVES, ...DEMONSTRATIVES])}`, 'i');
const PRONOUN = new RegExp(`^${opening(PRONOUNS)}`, 'i');
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
  // More of what the sentence before counted: "Three other organizers were also detained", "A total of nine other soldiers".
  new RegExp(`^(?:a\\s+total\\s+of\\s+)?(?:${COUNT}|many|some|several)\\s+other\\s+\\p{L}`, 'iu'),
  // A demonstrative early in the sentence points back as surely as one that opens it ("In entering those guilty pleas, …").
  // Not "those killed", "those who…": a noun phrase of its own, not a reference.
  /^(?:\S+\s+){1,3}(?:these|those)\s+(?!(?:who|which|that|in|at|with|of|on|from)\b|\p{L}+ed\b)\p{L}/iu,
  // A definite shell noun with no complement of its own stands for an act or statement told before ("The decision was made…").
  // Its verb follows at once: "The news agency…" is a compound, not a shell.
  new RegExp(`^the\\s+(?:\\p{Ll}+\\s+)?(?:${SHELL_NOUNS})(?:\\s*,|\\s+(?:${SHELL_VERB}))`, 'iu'),
  // "this" before a noun early in the sentence points back as "these" does ("By presenting this process, …"); not a time ("this year").
  /^(?:\S+\s+){1,3}this\s+(?!(?:year|week|month|morning|afternoon|evening|night|weekend|time|season|summer|winter|spring|autumn|fall|century|decade|quarter|past|coming|is|was|were|are|would|will|could|has|had)\b)\p{Ll}/iu,
  // A time counted from the sentence before: "Three days later, …", "The next day …", "Hours earlier".
  new RegExp(
    `^(?:(?:(?:${COUNT})\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|earlier|afterwards?|(?:after|before)(?=\\s*,))|the\\s+(?:next|following|previous)\\s+(?:day|morning|afternoon|evening|night|week|month|year)|(?:later|soon|shortly)\\s+(?:that|after(?:wards?)?|before)|(?:later|afterwards?|earlier)\\s*,)`,
    'i',
  ),
];

/**
 * Whether a sentence can open or stand in a summary on its own: it opens on no connective
 * ("But", "However", "In exchange"), demonstrative ("This", "Those") or quotation, which answer,
 * point back to or quote something the summary does not show.
 */
export function standsAlone(text: string): boolean {
  const t = text.trimStart();
  return !QUOTATION.test(t) && !CONNECTIVE_OR_DEMONSTRATIVE.test(t);
}

/**
 * Whether a sentence needs the one before it to be understood: it opens on a connective,
 * demonstrative or third-person pronoun, or points back within ("…confirmed this.", "such
 * guarantees"). A quotation names its speaker in the same sentence, so it is not counted here.
 */
export function leansOnPrevious(text: string): boolean {
  const t = text.trim();
  return CONNECTIVE_OR_DEMONSTRATIVE.test(t) || PRONOUN.test(t) || ENDS_ON_DEMONSTRATIVE.test(t) || POINTS_BACK.some((r) => r.test(t));
}

/**
 * Whether a short sentence announces a list the next sentences give: it ends on a colon, or names
 * a count of things without listing them ("Putin has other demands for a peace agreement.").
 */
const ANNOUNCES_COUNT = /\b(?:the following|(?:other|several|various|two|three|four|five|six|a few|a number of|a series of)\s+(?:\p{L}+\s+)?\p{L}+s)\b/iu;
const MAX_ANNOUNCING_WORDS = 15;

export function announcesList(text: string): boolean {
  const t = text.trim();
  if (/:["'”’]?$/.test(t)) return true;
  if (t.split(/\s+/).length > MAX_ANNOUNCING_WORDS) return false;
  // Something listed inline ("two obstacles, land and guarantees") is not announced.
  return ANNOUNCES_COUNT.test(t) && !/[,;:—–]/.test(t);
}
