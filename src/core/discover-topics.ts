import { clusterDocuments } from './cluster-documents.js';
import { surfaceOf, type TermIndex } from './term-index.js';
import { slugify, titleCase, type Topic } from './topic.js';

const MAX_FACETS = 8;
/** A phrase in more than this share of a story's sentences is the story itself, not a facet of it. */
const MAX_FACET_SHARE = 0.2;
/** A single word that common is one of the story's actors or places. */
const MAX_WORD_SHARE = 0.06;

/**
 * Topics found in the text itself. A set that holds several stories gets one topic a story (its
 * documents clustered); a set about one story gets the facets it keeps returning to (key phrases
 * that recur across documents, grouped when they occur in the same sentences).
 */
export function discoverTopics(index: TermIndex): Topic[] {
  const stories = clusterDocuments(index).filter((c) => c.length >= 2);
  const covered = stories.reduce((n, c) => n + c.length, 0);
  if (stories.length >= 2 && covered >= index.documents.size * 0.5) return nameStories(index, stories);
  return discoverFacets(index);
}

function nameStories(index: TermIndex, stories: string[][]): Topic[] {
  const n = index.documents.size;
  const used = new Set<string>();
  return stories.map((docs) => {
    const members = new Set(docs);
    const inCluster = new Map<string, number>();
    for (const id of docs) {
      const phrases = new Set(index.documents.get(id)!.sentences.flatMap((s) => s.phrases));
      for (const p of phrases) inCluster.set(p, (inCluster.get(p) ?? 0) + 1);
    }
    const ranked = [...inCluster]
      .map(([p, k]) => {
        const df = index.phraseDf.get(p) ?? k;
        const bigram = p.includes(' ') ? 1.3 : 1;
        // Distinctive: in most of the story's documents and few others (c-tf-idf).
        return { p, score: (k / docs.length) * Math.log(1 + n / df) * bigram * (k >= 2 ? 1 : 0.2) };
      })
      .sort((a, b) => b.score - a.score || a.p.localeCompare(b.p));
    const best = ranked.find((r) => !used.has(slugify(surfaceOf(index, r.p)))) ?? ranked[0];
    const label = best ? surfaceOf(index, best.p) : docs[0]!;
    const slug = uniqueSlug(slugify(label), used);
    const aliases = ranked.slice(0, 4).map((r) => surfaceOf(index, r.p)).filter((a) => a !== label).slice(0, 3);
    return { ref: { slug, title: titleCase(label), kind: 'discovered' as const }, aliases, variants: [], docIds: members };
  });
}

function discoverFacets(index: TermIndex): Topic[] {
  const total = index.sentences.length;
  const minDocs = Math.min(2, index.documents.size);
  // Shares mean little in a handful of short documents: there, a few sentences make a facet.
  const minSentences = total < 100 ? 2 : 3;
  const maxSentences = (p: string) => Math.max(total < 100 ? total * 0.35 : 6, total * (p.includes(' ') ? MAX_FACET_SHARE : MAX_WORD_SHARE));
  const candidates = [...index.phraseSentences]
    .filter(([p, ids]) => (index.phraseDf.get(p) ?? 0) >= minDocs && ids.length >= minSentences && ids.length <= maxSentences(p))
    .map(([p, ids]) => ({
      p,
      ids: new Set(ids),
      // Two-word phrases name facets ("security guarantees"); a lone word is mostly an actor or place.
      score: (index.phraseDf.get(p) ?? 0) * Math.log(1 + ids.length) * (p.includes(' ') ? 3 : 0.35) * focus(index, ids),
    }))
    .sort((a, b) => b.score - a.score || a.p.localeCompare(b.p));
  const topics: Topic[] = [];
  const claimed = new Set<number>();
  const absorbed = new Set<string>();
  const used = new Set<string>();
  for (const head of candidates) {
    if (topics.length >= MAX_FACETS) break;
    if (absorbed.has(head.p)) continue;
    const fresh = [...head.ids].filter((id) => !claimed.has(id)).length;
    if (fresh < head.ids.size * 0.5) continue;
    const variants = [head.p.split(' ')];
    const aliases: string[] = [];
    for (const other of candidates) {
      if (other === head || absorbed.has(other.p)) continue;
      let overlap = 0;
      for (const id of other.ids) if (head.ids.has(id)) overlap++;
      // A phrase that mostly occurs where the head does is another way of saying it.
      if (overlap / other.ids.size >= 0.6 && overlap / head.ids.size >= 0.3) {
        absorbed.add(other.p);
        if (!head.p.split(' ').every((w) => other.p.includes(w))) aliases.push(surfaceOf(index, other.p));
      }
    }
    absorbed.add(head.p);
    for (const id of head.ids) claimed.add(id);
    const label = surfaceOf(index, head.p);
    const slug = uniqueSlug(slugify(label), used);
    topics.push({ ref: { slug, title: titleCase(label), kind: 'discovered' }, aliases: aliases.slice(0, 4), variants });
  }
  return topics;
}

/**
 * How concentrated a phrase is: a facet fills a few paragraphs of each document that raises it,
 * while the story's actors and places are spread through every paragraph.
 */
function focus(index: TermIndex, ids: number[]): number {
  const paragraphs = new Map<string, Set<number>>();
  for (const id of ids) {
    const s = index.sentences[id]!;
    let set = paragraphs.get(s.docId);
    if (!set) paragraphs.set(s.docId, (set = new Set()));
    set.add(s.paragraph);
  }
  let share = 0;
  for (const [docId, set] of paragraphs) share += set.size / Math.max(1, index.documents.get(docId)!.paragraphs.length);
  return 1 - share / paragraphs.size;
}

function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug || 'topic';
  for (let i = 2; used.has(candidate); i++) candidate = `${slug}-${i}`;
  used.add(candidate);
  return candidate;
}
