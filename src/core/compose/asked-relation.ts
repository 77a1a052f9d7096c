import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { hasVerb, its, readDoc } from '../nlp.js';
import { partsOf } from '../summary/passages.js';
import { focusFamily, participantFamilies, statesFocus } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { stemsOf } from '../topics/relevance.js';

/**
 * After the lead of a question that asks for a date, a place, a name or a figure, an item gives the asked fact only where it
 * writes the asked form in the relation the question asks (docs/quality.md, "Seventeenth round (issue 16items3)"): the
 * object of the preposition a question ends on ("which city did the flight take off from": "from Rio", not "in the
 * Atlantic"), and a date or place in the stretch of the sentence that names the asked event ("scheduling his trial for
 * Nov. 2", not "arrested Sept. 20 under a law which allows jail without trial").
 * `bears` is the form test the item must pass already, read here on a stretch of one of its sentences.
 * Undefined when neither reading applies to the question: nothing to hold.
 */
export function askedRelationTest(index: TermIndex, question: Question, bears: (s: Sentence) => boolean): ((unit: Sentence) => boolean) | undefined {
  const object = strandedObjectTest(question);
  const stretch = question.kind === 'time' || question.kind === 'place' ? formWithAskedTest(index, question, bears) : undefined;
  if (!object && !stretch) return undefined;
  return (unit) => partsOf(unit).some((p) => object?.(p) ?? true) && partsOf(unit).some((p) => stretch?.(p) ?? true);
}

/** The prepositions a question may end on ("take off from", "sentenced to"): its answer is their object. */
const STRANDED = /\s(from|to|of|for|about|with|on|by|against|in|at|into|under|over|after|before)$/i;
/** What a preposition's object is made of, as the tagger reads it: the phrase ends at the first other word. */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Rule 1: the question's last preposition, written with the asked form in its object: a name for place and person, a number for amount, either for time; not a word of the question. */
export function strandedObjectTest(question: Question): ((s: Sentence) => boolean) | undefined {
  const preposition = STRANDED.exec(question.text.trim())?.[1]?.toLowerCase();
  const kind = question.kind;
  if (!preposition || !(kind === 'place' || kind === 'person' || kind === 'amount' || kind === 'time')) return undefined;
  const bearing = kind === 'amount' ? ['NUM'] : kind === 'time' ? ['NUM', 'PROPN'] : ['PROPN'];
  return (s) => {
    const tokens = readDoc(s.text).tokens();
    const words = (tokens.out() as string[]).map((w) => w.toLowerCase());
    const tags = tokens.out(its.pos) as string[];
    return words.some((w, i) => {
      if (w !== preposition) return false;
      // A name the question writes is not its answer ("from Air France Flight 447" under "which city did Air France flight 447 take off from").
      for (let j = i + 1; j < words.length && OBJECT_TAGS.has(tags[j]!); j++) if (bearing.includes(tags[j]!) && !question.words.has(words[j]!)) return true;
      return false;
    });
  };
}

/** Where a sentence's stretches end: commas, semicolons, colons, brackets and dashes. */
const STRETCH_END = /[,;:()[\]—–]|\s-\s|--/;
/** A relative clause tells of the noun before it, not of the sentence's event. */
const RELATIVE_OPENING = /^\s*(?:which|who|whom|whose|where|that)\b/i;

/** The stretches of a sentence; an opening one without a verb ("On Monday,", "Anwar Ibrahim,") is read with the one after it, unless that one is a relative clause. */
export function stretchesOf(text: string): string[] {
  const pieces = text.split(STRETCH_END).filter((p) => /\p{L}|\p{N}/u.test(p));
  if (pieces.length > 1 && !RELATIVE_OPENING.test(pieces[1]!) && !hasVerb(pieces[0]!)) return [`${pieces[0]!.trim()} ${pieces[1]!.trim()}`, ...pieces.slice(2)];
  return pieces;
}

/** Rule 2: the asked date or place in a stretch that names the asked event (the focus), else the asked thing (the asked common nouns), else the setting's common words. */
function formWithAskedTest(index: TermIndex, question: Question, bears: (s: Sentence) => boolean): ((s: Sentence) => boolean) | undefined {
  const asked = askedWords(index, question);
  if (!asked?.size) return undefined;
  return (s) =>
    stretchesOf(s.text).some((text) => {
      // The sentence's own fields but its figures and speech, read in the whole sentence: the stretch's are read when asked.
      const { figures: _figures, speech: _speech, ...rest } = s;
      const stretch: Sentence = { ...rest, text, words: text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [], stems: stemsOf(text), phrases: [] };
      return statesFocus(stretch, asked) && bears(stretch);
    });
}

function askedWords(index: TermIndex, question: Question): ReadonlySet<string> | undefined {
  if (question.focus) return focusFamily(index, question.focus).loose;
  const families = participantFamilies(index, question, true);
  if (families.length) return new Set(families.flatMap((f) => [...f]));
  const names = new Set(question.names);
  return new Set(question.setting.filter((s) => !names.has(s)));
}
