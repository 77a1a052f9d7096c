import type { Briefing } from '../briefing.js';
import type { Topic } from '../topics/topic.js';

/**
 * Whether a topic is a recurring-phrase facet of a one-story set: found in the text, named by a phrase
 * of it (it has words), and neither a reader's angle nor a story of documents.
 */
export function isPhraseFacet(topic: Topic): boolean {
  return topic.ref.kind === 'discovered' && !topic.angle && !topic.docIds && topic.variants.length > 0;
}

/**
 * Whether a phrase facet is listed, given its standard briefing (rule B, docs/quality.md "Twenty-eighth
 * round (issue 16thin)"): a facet whose own sentences make at most one summary point is a phrase of the
 * story, not an angle a desk would list; its briefing is the story's other facts. Nothing takes its place.
 */
export function listedFacet(standard: Briefing): boolean {
  return standard.summary.length > 1;
}
