/**
 * Wire copy's typesetting left in a paragraph: what an agency sends its editors and typesetters with the story, in the forms
 * its conventions give (docs/quality.md, "Thirty-first round (issue 16clean2)"), never a word of the article's own.
 */

/** NYT News Service's type changes: "(italics)", "(end ital)", "(bold)", in any case. */
const TYPE_MARKER = /\((?:(?:end|begin) +)?(?:ital|italics|bold|underline)\)/gi;

/**
 * Notes to the editors who cut the story, in any case and with digits ("(optional trim ends here)", "(story can end here.
 * optional 4 grafs follow)", "(eds: …)"): the note heads of the agencies' copy. Notes in capitals only are clean.ts's.
 */
const EDITORS_NOTE = /\((?:(?:begin|end) +)?(?:optional +(?:trim|add|insert)|story +can +end +here|editors? *:|eds? *:|note +to +editors|end +advance|advance +for)[^()]*\)/gi;

/** "(pronounced sah-rah-MAH-go)", "(KOH'-fee AH'-nahn)": AP's guides, the stressed syllable in capitals. */
const PRONUNCIATION = /\((pronounced +)?([A-Za-z'’]+(?:-[A-Za-z'’]+)*(?: +[A-Za-z'’]+(?:-[A-Za-z'’]+)*)*)\)/g;

/** The raw wire's SGML codes ("&UR;", "&QL;"); the three that stand for a character are read as it. */
const SGML_CODE = /&([A-Z]{2,4});/g;
const SGML_CHARACTER: Record<string, string> = { AMP: '&', LT: '<', GT: '>' };

/** A paragraph without its wire typesetting; the article's words and punctuation stay. */
export function withoutWireTypesetting(text: string): string {
  let out = text;
  if (out.includes('&')) out = removeSpans(out, SGML_CODE, (code) => SGML_CHARACTER[code.slice(1, -1)]);
  if (out.includes('(')) {
    out = removeSpans(out, TYPE_MARKER);
    out = removeSpans(out, EDITORS_NOTE);
    out = removeSpans(out, PRONUNCIATION, (note) => (isPronunciation(note) ? undefined : note));
  }
  return out.trim();
}

function isPronunciation(note: string): boolean {
  const m = /^\((pronounced +)?(.*)\)$/.exec(note)!;
  const words = m[2]!.split(/ +/);
  const syllables = words.map((word) => word.split('-').map((s) => s.replace(/['’]/g, '')));
  const upper = (s: string) => /^[A-Z]+$/.test(s);
  const lower = (s: string) => /^[a-z]+$/.test(s);
  if (m[1]) return syllables.flat().some((s) => upper(s) && s.length > 1);
  // Without "pronounced": every word is syllables with one stressed in capitals, and the guide has two or more unstressed.
  return syllables.every((s) => s.length > 1 && s.filter(upper).length === 1 && s.every((x) => upper(x) || lower(x))) && syllables.flat().filter(lower).length >= 2;
}

/**
 * Each match removed (or replaced by what `keep` returns for it), mending the space it stood in: none at the paragraph's
 * ends or before a closing mark, else one ("Q. (italics)Why" → "Q. Why", "deal?(end italics) A." → "deal? A.").
 */
function removeSpans(text: string, pattern: RegExp, keep: (span: string) => string | undefined = () => undefined): string {
  // Cleaning has already taken control characters out of the text, so NUL marks where a span stood.
  const marked = text.replace(pattern, (span: string) => keep(span) ?? '\u0000');
  if (marked === text) return text;
  return marked.replace(/\s*\u0000[\s\u0000]*/g, (gap: string, offset: number) => {
    const after = marked.slice(offset + gap.length);
    return offset === 0 || after === '' || /^[.,;:!?)\]]/.test(after) ? '' : ' ';
  });
}

/**
 * The Q-and-A form's labels: in a document where both a "Q." and an "A." open a sentence, each label is removed, leaving the
 * question and the answer as sentences of their own. A document with only one of them is not an interview ("A. Cardona").
 */
export function withoutInterviewLabels(paragraphs: string[]): string[] {
  const label = (letter: 'Q' | 'A') => new RegExp(`(?:^|(?<=[.!?:]["”’)]? ))${letter}\\. (?=["“(]?[A-Z0-9])`);
  if (!paragraphs.some((p) => label('Q').test(p)) || !paragraphs.some((p) => label('A').test(p))) return paragraphs;
  return paragraphs.map((p) => p.replace(/(?:^|(?<=[.!?:]["”’)]? ))[QA]\. (?=["“(]?[A-Z0-9])/g, ''));
}
