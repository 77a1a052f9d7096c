import type { Point, Source } from '../src/core/briefing.js';
import { buildDocument } from '../src/core/index/build-document.js';
import { namesIn, needsOf } from '../src/core/index/introduced.js';
import { leansOnBefore, leansOnPrevious } from '../src/core/index/stands-alone.js';
import type { RawDocument, Sentence } from '../src/core/ingest/document.js';
import { leadNames, storyDescription } from '../src/core/summary/story-description.js';

/**
 * How a shown point opens (editor's rule 1): on a sentence that reads alone, on one that leans by a
 * description, collective, event noun, answer or list item of the sentence before (issue 16l) or by a pronoun,
 * connective or demonstrative, none of which the point shows; 'unplaced' when its first sentence is not where
 * its citation puts it.
 */
export type Opening = { alone: true } | { alone: false; leans: 'description' | 'opening'; before?: Sentence } | { alone: false; leans: 'unplaced' };

/** A point's document, as the library numbers its sentences, and the sentence the point opens on, when its citation finds it. */
export function placeOf(point: Point, sources: readonly Source[], sentencesOf: (docId: string) => readonly Sentence[]): { doc: readonly Sentence[]; first: Sentence } | undefined {
  const cited = point.citations[0]!;
  const doc = sentencesOf(sources.find((s) => s.n === cited.source)?.docId ?? '');
  const first = doc.find((s) => s.paragraph === cited.paragraph && s.index === cited.sentence);
  return first && first.text === (point.parts?.[0] ?? point.text) ? { doc, first } : undefined;
}

/**
 * With `shownBefore` (the points before it, in reading order), a point opening on a description of its story's main thing
 * (`storyDescription`) is read as alone when one of those points opens on a lead naming the thing (issue 15sel).
 */
export function howPointOpens(point: Point, sources: readonly Source[], sentencesOf: (docId: string) => readonly Sentence[], shownBefore: readonly Point[] = []): Opening {
  const place = placeOf(point, sources, sentencesOf);
  if (!place) return { alone: false, leans: 'unplaced' };
  const { doc, first } = place;
  const before = doc[first.position - 1];
  if (leansOnBefore(first.text, before)) {
    const head = storyDescription(doc, first.position);
    const met =
      head !== null &&
      shownBefore.some((p) => {
        const opening = placeOf(p, sources, sentencesOf)?.first;
        return opening !== undefined && leadNames(opening, head);
      });
    if (!met) return { alone: false, leans: 'description', ...(before ? { before } : {}) };
  }
  return leansOnPrevious(first.text) ? { alone: false, leans: 'opening' } : { alone: true };
}

/** Each document's sentences as the library numbers them, built once when first asked for. */
export function sentencesFrom(docs: readonly RawDocument[]): (docId: string) => readonly Sentence[] {
  const built = new Map<string, readonly Sentence[]>();
  return (docId) => {
    let sentences = built.get(docId);
    if (!sentences) {
      const raw = docs.find((d) => d.id === docId);
      const doc = raw && buildDocument(raw);
      built.set(docId, (sentences = doc && 'document' in doc ? doc.document.sentences : []));
    }
    return sentences;
  };
}

/**
 * Whether a shown point uses a person's short form or opens on a description that only an earlier sentence
 * of its document, not shown with it, introduces (issue 16u, `needsOf`): 'name', 'description' or false.
 * A short form that a point shown before it writes in full (`shownBefore`, in reading order) is introduced
 * (issue 15s): the reader has met the person. With `readGlosses`, so is one whose full name the briefing prints
 * beside it, at this point or one before (`Point.names`, rule E36 as amended in session 38).
 */
export function leansOnIntroduction(point: Point, sources: readonly Source[], sentencesOf: (docId: string) => readonly Sentence[], shownBefore: readonly Point[] = [], readGlosses = false): 'name' | 'description' | false {
  const place = placeOf(point, sources, sentencesOf);
  if (!place) return false;
  const { doc, first } = place;
  const needs = needsOf(doc);
  const glossed = new Set(readGlosses ? [...shownBefore, point].flatMap((p) => p.names ?? []).map((g) => g.name) : []);
  const metBefore = (names: readonly string[] | undefined) => !!names?.length && names.every((name) => glossed.has(name) || shownBefore.some((p) => (p.parts ?? [p.text]).some((t) => namesIn(t).full.has(name))));
  for (let i = 0; i < (point.parts?.length ?? 1); i++) {
    const n = needs[first.position + i];
    if (n?.name !== undefined && n.name < first.position && !metBefore(n.shortForms)) return 'name';
    if (n?.description !== undefined && n.description < first.position) return 'description';
  }
  return false;
}
