import type { Document } from '../ingest/document.js';
import type { PhraseSurfaces } from './sentences.js';
import { createTermIndex, type TermIndex } from './term-index.js';

/**
 * A set's term index in the form it is stored in: each map's keys in their order and its posting
 * lists end to end in one typed array. A restart over an unchanged set reads it back instead of
 * walking ten million stems and phrases through hash maps again (that walk and its garbage were
 * two thirds of a restart's CPU at 10,000 articles).
 */
export interface PackedIndex {
  /** Sentences and documents the index was built over: what it is checked against. */
  sentences: number;
  documents: number;
  stems: Postings & { df: Uint32Array };
  phrases: Postings & { df: Uint32Array };
  /** Keys of textStemSentences as numbers into stems.keys, and their lists. */
  textStems: { keys: Uint32Array; offsets: Uint32Array; ids: Uint32Array };
  /** For each sentence, the first sentence with the same text (itself when it is the first). */
  firstOfText: Uint32Array;
  /** Phrase forms: phrases in order, how many forms each has, then every form and its count. */
  surfaces: { phrases: string[]; formCounts: Uint32Array; forms: string[]; counts: Uint32Array };
}

/** Keys in the map's order; the list of keys[k] is ids[offsets[k], offsets[k + 1]). */
interface Postings {
  keys: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
}

export function packIndex(index: TermIndex): PackedIndex {
  const stems = postingsOf(index.stemSentences);
  const stemNumber = new Map(stems.keys.map((k, i) => [k, i]));
  const textStems = postingsOf(index.textStemSentences);
  const firstOfText = new Uint32Array(index.sentences.length);
  for (let i = 0; i < firstOfText.length; i++) firstOfText[i] = i;
  for (const [first, copies] of index.copies) for (const id of copies) firstOfText[id] = first;
  const phrases = postingsOf(index.phraseSentences);
  const surfacePhrases: string[] = [];
  const formCounts: number[] = [];
  const forms: string[] = [];
  const counts: number[] = [];
  for (const [phrase, held] of index.surfaces) {
    surfacePhrases.push(phrase);
    formCounts.push(held.size);
    for (const [form, n] of held) {
      forms.push(form);
      counts.push(n);
    }
  }
  return {
    sentences: index.sentences.length,
    documents: index.documents.size,
    stems: { ...stems, df: Uint32Array.from(stems.keys, (k) => index.stemDf.get(k) ?? 0) },
    phrases: { ...phrases, df: Uint32Array.from(phrases.keys, (k) => index.phraseDf.get(k) ?? 0) },
    textStems: { keys: Uint32Array.from(textStems.keys, (k) => stemNumber.get(k) ?? 0xffffffff), offsets: textStems.offsets, ids: textStems.ids },
    firstOfText,
    surfaces: { phrases: surfacePhrases, formCounts: Uint32Array.from(formCounts), forms, counts: Uint32Array.from(counts) },
  };
}

function postingsOf(map: ReadonlyMap<string, readonly number[]>): Postings {
  const keys = [...map.keys()];
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    offsets[i] = total;
    total += map.get(k)!.length;
  });
  offsets[keys.length] = total;
  const ids = new Uint32Array(total);
  keys.forEach((k, i) => ids.set(map.get(k)!, offsets[i]!));
  return { keys, offsets, ids };
}

/**
 * The index of these documents (in the set's order) from its packed form, equal to the one
 * addToIndex builds; throws when the packed form does not fit them (a torn or foreign snapshot).
 */
export function unpackIndex(packed: PackedIndex, documents: readonly Document[]): TermIndex {
  const surfaces: PhraseSurfaces = new Map();
  const index = createTermIndex(surfaces);
  for (const document of documents) {
    index.documents.set(document.id, document);
    index.firstSentence.set(document.id, index.sentences.length);
    for (const sentence of document.sentences) index.sentences.push(sentence);
  }
  const n = index.sentences.length;
  if (packed.sentences !== n || packed.documents !== index.documents.size) throw new Error(`built over ${packed.documents} documents and ${packed.sentences} sentences, not ${index.documents.size} and ${n}`);
  const stemLists = listsOf(packed.stems, n, 'stem');
  packed.stems.keys.forEach((k, i) => {
    index.stemSentences.set(k, stemLists[i]!);
    index.stemDf.set(k, packed.stems.df[i]!);
  });
  const phraseLists = listsOf(packed.phrases, n, 'phrase');
  packed.phrases.keys.forEach((k, i) => {
    index.phraseSentences.set(k, phraseLists[i]!);
    index.phraseDf.set(k, packed.phrases.df[i]!);
  });
  const textKeys = Array.from(packed.textStems.keys, (k) => {
    const key = packed.stems.keys[k];
    if (key === undefined) throw new Error(`text stem ${k} of ${packed.stems.keys.length}`);
    return key;
  });
  listsOf({ ...packed.textStems, keys: textKeys }, n, 'text stem').forEach((list, i) => index.textStemSentences.set(textKeys[i]!, list));

  const first = packed.firstOfText;
  if (first.length !== n) throw new Error(`${first.length} sentence texts for ${n} sentences`);
  for (let id = 0; id < n; id++) {
    const f = first[id]!;
    if (f === id) index.textIds.set(index.sentences[id]!.text, id);
    else if (f > id || first[f] !== f || index.sentences[f]!.text !== index.sentences[id]!.text) throw new Error(`sentence ${id} is not a copy of sentence ${f}`);
    else {
      const copies = index.copies.get(f);
      if (copies) copies.push(id);
      else index.copies.set(f, [f, id]);
    }
  }

  const { phrases, formCounts, forms, counts } = packed.surfaces;
  if (phrases.length !== formCounts.length || forms.length !== counts.length) throw new Error('phrase forms do not add up');
  let at = 0;
  phrases.forEach((phrase, i) => {
    const held = new Map<string, number>();
    const end = at + formCounts[i]!;
    if (end > forms.length) throw new Error('phrase forms run past their list');
    for (; at < end; at++) held.set(forms[at]!, counts[at]!);
    surfaces.set(phrase, held);
  });
  if (at !== forms.length) throw new Error(`${forms.length - at} phrase forms left over`);
  return index;
}

/** Each key's posting list as an array of its own (the index extends them as articles arrive), checked against the sentence count. */
function listsOf(postings: Postings, sentences: number, what: string): number[][] {
  const { keys, offsets, ids } = postings;
  if (offsets.length !== keys.length + 1 || offsets[keys.length] !== ids.length) throw new Error(`${what} lists do not add up`);
  const out = new Array<number[]>(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    if (end < start) throw new Error(`${what} list ${k} ends before it starts`);
    const list = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const id = ids[i]!;
      if (id >= sentences) throw new Error(`${what} list ${k} names sentence ${id} of ${sentences}`);
      list[i - start] = id;
    }
    out[k] = list;
  }
  return out;
}

/** A packed index as decoded from storage, if it has the shape of one (its numbers are checked by unpackIndex). */
export function isPackedIndex(value: unknown): value is PackedIndex {
  const v = value as Partial<PackedIndex> | undefined;
  const postings = (p: unknown, withDf: boolean) => {
    const q = p as Partial<Postings & { df: unknown }> | undefined;
    return !!q && Array.isArray(q.keys) && q.offsets instanceof Uint32Array && q.ids instanceof Uint32Array && (!withDf || (q.df instanceof Uint32Array && q.df.length === q.keys.length));
  };
  const t = v?.textStems;
  const s = v?.surfaces;
  return (
    typeof v?.sentences === 'number' &&
    typeof v.documents === 'number' &&
    postings(v.stems, true) &&
    postings(v.phrases, true) &&
    !!t &&
    t.keys instanceof Uint32Array &&
    t.offsets instanceof Uint32Array &&
    t.ids instanceof Uint32Array &&
    v.firstOfText instanceof Uint32Array &&
    !!s &&
    Array.isArray(s.phrases) &&
    Array.isArray(s.forms) &&
    s.formCounts instanceof Uint32Array &&
    s.counts instanceof Uint32Array
  );
}
