/**
 * Whether a sentence can open or stand in a summary without the sentence before it. One that opens
 * on a connective ("But", "However", "Also"), a demonstrative ("This", "Those") or a quotation
 * answers, points back to or quotes something the summary does not show. These are English
 * function words, not words of any story. A personal pronoun is left alone: in news it is mostly
 * the story's subject, named in the sentences around it.
 */
const LEANS_ON_CONTEXT =
  /^(?:["'“‘«]|(?:but|and|however|also|still|yet|so|or|nor|then|meanwhile|instead|thus|therefore|moreover|besides|otherwise|nevertheless|nonetheless|indeed|such|this|these|those|that)\b)/i;

export function standsAlone(text: string): boolean {
  return !LEANS_ON_CONTEXT.test(text.trimStart());
}
