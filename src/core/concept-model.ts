/**
 * Learned concept weights (as RegSum and DPP learn theirs): a concept's weight is the chance,
 * under a logistic model of a few general features, that a human summary states it. The
 * features say how the set states the concept (in how many of its documents, in how many leads,
 * how early and how recently), never which words it is; the coefficients are fitted on the
 * development clusters' human summaries, within each fold when cross-validating.
 */

/**
 * Every count is taken as a share of the set's documents (or a 0–1 flag), so a model fitted on
 * 10-article clusters reads a topic of 3 articles or 300 the same way; the log features give the
 * model a concave response to agreement (per ten documents, as the clusters it is fitted on).
 */
export const CONCEPT_FEATURES = ['bias', 'docShare', 'leadShare', 'earlyShare', 'logDocs', 'logLeads', 'recency', 'bothContent', 'logMentions'] as const;

/** Counts are read per this many documents. */
const PER = 10;

export interface ConceptMention {
  docId: string;
  position: number;
  relevance: number;
  concepts: Int32Array;
}

/**
 * Features of each concept id (row-major, CONCEPT_FEATURES.length a row). `recency` is 0 for the
 * oldest document, 1 for the newest; `bothContent` says whether a concept's two words are both
 * content words.
 */
export function conceptFeatures(mentions: readonly ConceptMention[], conceptCount: number, recency: (docId: string) => number, bothContent: (id: number) => boolean): Float64Array {
  const width = CONCEPT_FEATURES.length;
  const docs = new Float64Array(conceptCount);
  const leads = new Float64Array(conceptCount);
  const early = new Float64Array(conceptCount);
  const recent = new Float64Array(conceptCount);
  const mentionsOf = new Float64Array(conceptCount);
  // Per concept, the document last counted and the best relevance seen in it, so a document counts once.
  const lastDoc = new Int32Array(conceptCount).fill(-1);
  const docIndex = new Map<string, number>();
  for (const m of mentions) {
    let d = docIndex.get(m.docId);
    if (d === undefined) docIndex.set(m.docId, (d = docIndex.size));
    for (const id of m.concepts) {
      mentionsOf[id]! += m.relevance;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        docs[id]! += m.relevance;
        recent[id]! += recency(m.docId) * m.relevance;
      }
      if (m.position === 0) leads[id]! += m.relevance;
      else if (m.position <= 2) early[id]! += m.relevance;
    }
  }
  const total = Math.max(docIndex.size, 1);
  const out = new Float64Array(conceptCount * width);
  for (let id = 0; id < conceptCount; id++) {
    const row = id * width;
    out[row] = 1;
    out[row + 1] = docs[id]! / total;
    out[row + 2] = leads[id]! / total;
    out[row + 3] = early[id]! / total;
    out[row + 4] = Math.log1p((PER * docs[id]!) / total);
    out[row + 5] = Math.log1p((PER * leads[id]!) / total);
    out[row + 6] = docs[id]! > 0 ? recent[id]! / docs[id]! : 0;
    out[row + 7] = bothContent(id) ? 1 : 0;
    out[row + 8] = Math.log1p((PER * mentionsOf[id]!) / total);
  }
  return out;
}

/** The logistic model's probability for each concept. */
export function modelWeights(features: Float64Array, coefficients: readonly number[]): Float64Array {
  const width = CONCEPT_FEATURES.length;
  const count = features.length / width;
  const out = new Float64Array(count);
  for (let id = 0; id < count; id++) {
    let z = 0;
    for (let f = 0; f < width; f++) z += coefficients[f]! * features[id * width + f]!;
    out[id] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
