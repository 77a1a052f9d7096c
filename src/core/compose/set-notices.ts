import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { givesRightValue } from '../summary/replaced-reports.js';

const known = new WeakMap<TermIndex, { sentences: number; notices: Sentence[] }>();

/**
 * Every sentence of the set that gives a correction notice's right value ("The correct figure is …"), in the index's order:
 * found once per index and extended by the sentences added since, as `setFigures` is. A notice at an article's foot withdraws
 * its value whatever words a question asks in (amendment KN″, docs/quality.md "Session 72").
 */
export function setNotices(index: TermIndex): readonly Sentence[] {
  let entry = known.get(index);
  if (!entry) known.set(index, (entry = { sentences: 0, notices: [] }));
  for (let id = entry.sentences; id < index.sentences.length; id++) if (givesRightValue(index.sentences[id]!.text)) entry.notices.push(index.sentences[id]!);
  entry.sentences = index.sentences.length;
  return entry.notices;
}
