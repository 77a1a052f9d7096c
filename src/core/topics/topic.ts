import type { TopicRef } from '../briefing.js';
import type { AngleMatch } from './news-angles.js';

/** A topic as the core uses it: a name, and how to tell which sentences speak to it. */
export interface Topic {
  ref: TopicRef;
  aliases: string[];
  /** Alternatives, each a list of stems that must co-occur ("secur guarante"); empty: every sentence. */
  variants: string[][];
  /**
   * A free query's words the set never uses, each with the stems of related words it does use
   * ("casualti" → kill, wound, death): a sentence holding those counts part of the word.
   */
  related?: Readonly<Record<string, ReadonlyArray<{ stem: string; similarity: number }>>>;
  /** A reader's angle of a one-story set (toll, investigation…): its sentences are told by `angle`, not by variants. */
  angle?: AngleMatch;
  /** Restricts the topic to these documents (a story found by clustering documents). */
  docIds?: ReadonlySet<string>;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
