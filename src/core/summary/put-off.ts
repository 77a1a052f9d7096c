import type { Sentence } from '../ingest/document.js';
import type { Question } from '../topics/read-query.js';
import { holdsKind } from './answer-first.js';
import { partsOf } from './passages.js';

/**
 * Rule LD (docs/quality.md, "Session 75"): words that put a planned date off or give it up, a closed class of English ("abandoned
 * its target", "postponed", "pushed back to late May", "no longer", "the revised reopening date").
 */
const PUTS_OFF =
  /\b(?:abandon(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|mov(?:e|es|ed|ing)\s+back|scrap(?:s|ped|ping)?|no\s+longer|revised|reschedul(?:e|es|ed|ing)|(?:a|the)\s+(?:new|later)\s+date|now\s+(?:expect|plan|aim|hope|intend|target)(?:s|ed|ing)?)\b/i;

/** What rule LD reads of a time question's weighed units. */
export interface PutOff {
  /** A unit that states the asked event with a date, published before a unit among them that puts the event off. */
  overtaken: (unit: Sentence) => boolean;
  /** A unit that puts the asked event off and writes a date: the latest word on when, which leads. */
  leads: (unit: Sentence) => boolean;
}

const NONE: PutOff = { overtaken: () => false, leads: () => false };

/** Rule LD: a plan's date is news until a later report among the weighed units puts it off; that report then answers. */
export function putOffPlans(weighed: Iterable<Sentence>, question: Question, publishedOf: (docId: string) => string | undefined): PutOff {
  // Amendment LD″: a question of what did happen ("when did Sweden last have a fire …") asks for no plan.
  if (question.kind !== 'time' || /\bdid\b/i.test(question.text)) return NONE;
  // The event is the question's focus ("reopen" of "when is the bridge going to reopen"), else every word it asks about.
  const focus = question.focus?.stems ?? [];
  if (!focus.length && !question.asked.length) return NONE;
  const states = (unit: Sentence) => {
    const held = new Set(partsOf(unit).flatMap((p) => p.stems));
    return focus.length ? focus.some((s) => held.has(s)) : question.asked.every((s) => held.has(s));
  };
  const putsOff = (unit: Sentence) => partsOf(unit).some((p) => PUTS_OFF.test(p.text));
  let putOffOn = '';
  for (const unit of weighed) {
    const published = publishedOf(unit.docId);
    // Amendment LD″: only a report that says when instead ("had delayed the opening for two years" gives no new date).
    if (published && published > putOffOn && states(unit) && putsOff(unit) && holdsKind(unit, question)) putOffOn = published;
  }
  if (!putOffOn) return NONE;
  return {
    overtaken: (unit) => {
      const published = publishedOf(unit.docId);
      return published !== undefined && published < putOffOn && states(unit) && holdsKind(unit, question) && !putsOff(unit);
    },
    leads: (unit) => states(unit) && putsOff(unit) && holdsKind(unit, question),
  };
}
