/**
 * Learned concept weights (as RegSum and DPP learn theirs): a concept's weight is the chance,
 * under a logistic model of a few general features, that a human summary states it. The
 * features say how the set states the concept (in how many of its documents, in how many leads,
 * how early, how recently, and beside how widely agreed other concepts), never which words it is; the coefficients are fitted on the
 * development clusters' human summaries, within each fold when cross-validating.
 */

/**
 * Every count is taken as a share of the set's documents (or a 0–1 flag), so a model fitted on
 * 10-article clusters reads a topic of 3 articles or 300 the same way; the log features give the
 * model a concave response to agreement (per ten documents, as the clusters it is fitted on).
 */
export const CONCEPT_FEATURES = ['bias', 'docShare', 'leadShare', 'earlyShare', 'logDocs', 'logLeads', 'recency', 'bothContent', 'logMentions', 'company'] as const;

/**
 * The features a model of this many coefficients reads (the first ones): the models shipped before
 * issue 15r had nine; `company` is read only by a model of ten (the shipped ones since).
 */
export const BASE_FEATURES = 9;

/** Counts are read per this many documents. */
const PER = 10;

export interface ConceptMention {
  docId: string;
  position: number;
  relevance: number;
  /** Concept ids; those outside the range being described are ignored. */
  concepts: Int32Array;
}

/** How a set states each concept: documents, leads, early mentions, recency and mentions, relevance-weighted. */
interface ConceptStats {
  documents: number;
  docs: Float64Array;
  leads: Float64Array;
  early: Float64Array;
  recent: Float64Array;
  mentions: Float64Array;
  /** Per concept, the relevance-weighted mean document share of the other concepts of the sentences stating it; empty unless asked. */
  company: Float64Array;
}

/** Concepts `from` … `from + conceptCount - 1` are described, at index id − from. */
function conceptStats(mentions: readonly ConceptMention[], conceptCount: number, recency: (docId: string) => number, from: number, withCompany: boolean): ConceptStats {
  const stats = {
    documents: 0,
    docs: new Float64Array(conceptCount),
    leads: new Float64Array(conceptCount),
    early: new Float64Array(conceptCount),
    recent: new Float64Array(conceptCount),
    mentions: new Float64Array(conceptCount),
    company: new Float64Array(withCompany ? conceptCount : 0),
  };
  // The document each concept was last counted in, so a document counts once.
  const lastDoc = new Int32Array(conceptCount).fill(-1);
  const docIndex = new Map<string, number>();
  for (const m of mentions) {
    let d = docIndex.get(m.docId);
    if (d === undefined) docIndex.set(m.docId, (d = docIndex.size));
    const r = m.relevance;
    const newer = recency(m.docId) * r;
    for (const concept of m.concepts) {
      const id = concept - from;
      if (id < 0 || id >= conceptCount) continue;
      stats.mentions[id]! += r;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        stats.docs[id]! += r;
        stats.recent[id]! += newer;
      }
      if (m.position === 0) stats.leads[id]! += r;
      else if (m.position <= 2) stats.early[id]! += r;
    }
  }
  stats.documents = Math.max(docIndex.size, 1);
  if (withCompany) companyOf(mentions, stats, from);
  return stats;
}

/**
 * Whether a concept is stated among what the set agrees on or beside its asides: per sentence
 * stating it, the mean document share of the sentence's other concepts (of the same kind), averaged
 * over those sentences by relevance. A sentence with no other concept says nothing of its company.
 */
function companyOf(mentions: readonly ConceptMention[], stats: ConceptStats, from: number): void {
  const count = stats.docs.length;
  const weight = new Float64Array(count);
  for (const m of mentions) {
    let sum = 0;
    let n = 0;
    for (const concept of m.concepts) {
      const id = concept - from;
      if (id < 0 || id >= count) continue;
      sum += stats.docs[id]! / stats.documents;
      n++;
    }
    if (n < 2) continue;
    for (const concept of m.concepts) {
      const id = concept - from;
      if (id < 0 || id >= count) continue;
      stats.company[id]! += (m.relevance * (sum - stats.docs[id]! / stats.documents)) / (n - 1);
      weight[id]! += m.relevance;
    }
  }
  for (let id = 0; id < count; id++) stats.company[id] = weight[id]! > 0 ? stats.company[id]! / weight[id]! : 0;
}

function writeFeatures(stats: ConceptStats, id: number, bothContent: boolean, out: Float64Array, at: number): void {
  const total = stats.documents;
  const docs = stats.docs[id]!;
  const leads = stats.leads[id]!;
  out[at] = 1;
  out[at + 1] = docs / total;
  out[at + 2] = leads / total;
  out[at + 3] = stats.early[id]! / total;
  out[at + 4] = Math.log1p((PER * docs) / total);
  out[at + 5] = Math.log1p((PER * leads) / total);
  out[at + 6] = docs > 0 ? stats.recent[id]! / docs : 0;
  out[at + 7] = bothContent ? 1 : 0;
  out[at + 8] = Math.log1p((PER * stats.mentions[id]!) / total);
  out[at + 9] = stats.company.length ? stats.company[id]! : 0;
}

/**
 * Features of each concept id (row-major, CONCEPT_FEATURES.length a row), for fitting. `recency`
 * is 0 for the oldest document, 1 for the newest; `bothContent` says whether a concept's two
 * words are both content words.
 */
export function conceptFeatures(mentions: readonly ConceptMention[], conceptCount: number, recency: (docId: string) => number, bothContent: (id: number) => boolean, from = 0): Float64Array {
  const stats = conceptStats(mentions, conceptCount, recency, from, true);
  const width = CONCEPT_FEATURES.length;
  const out = new Float64Array(conceptCount * width);
  for (let id = 0; id < conceptCount; id++) writeFeatures(stats, id, bothContent(id + from), out, id * width);
  return out;
}

/**
 * The model's probability for each concept `wanted` keeps (0 for the others), without building the
 * feature matrix; concept `from + i` is at index i of the result.
 */
export function modelWeights(
  mentions: readonly ConceptMention[],
  conceptCount: number,
  recency: (docId: string) => number,
  bothContent: (id: number) => boolean,
  coefficients: readonly number[],
  wanted: (id: number) => boolean,
  from = 0,
): Float64Array {
  return modelWeightSets(mentions, conceptCount, recency, bothContent, [coefficients], wanted, from)[0]!;
}

/** The same for several models of the same concepts (a word's use and its repeat), the set read once. */
export function modelWeightSets(
  mentions: readonly ConceptMention[],
  conceptCount: number,
  recency: (docId: string) => number,
  bothContent: (id: number) => boolean,
  models: readonly (readonly number[])[],
  wanted: (id: number) => boolean,
  from = 0,
): Float64Array[] {
  const width = CONCEPT_FEATURES.length;
  const stats = conceptStats(
    mentions,
    conceptCount,
    recency,
    from,
    models.some((m) => m.length > BASE_FEATURES),
  );
  const row = new Float64Array(width);
  const out = models.map(() => new Float64Array(conceptCount));
  for (let id = 0; id < conceptCount; id++) {
    if (!wanted(id + from)) continue;
    writeFeatures(stats, id, bothContent(id + from), row, 0);
    models.forEach((coefficients, m) => {
      let z = 0;
      for (let f = 0; f < coefficients.length; f++) z += coefficients[f]! * row[f]!;
      out[m]![id] = 1 / (1 + Math.exp(-z));
    });
  }
  return out;
}
