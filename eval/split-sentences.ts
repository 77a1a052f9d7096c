import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stemmer } from 'stemmer';
import type { Sentence } from '../src/core/document.js';

/**
 * Sentences for the harness's own experiments and baselines when the core's splitter is not at hand:
 * wink-nlp split, one paragraph per article (DUC text has no paragraph marks).
 */
const nlp = winkNLP(model);
const its = nlp.its;

export function splitArticle(docId: string, text: string): Sentence[] {
  const doc = nlp.readDoc(text);
  const out: Sentence[] = [];
  doc.sentences().each((s, index) => {
    const words: string[] = [];
    const stems: string[] = [];
    s.tokens().each((t) => {
      const type = t.out(its.type);
      if (type !== 'word' && type !== 'number') return;
      const w = t.out(its.normal).toLowerCase();
      words.push(w);
      if (!t.out(its.stopWordFlag) && /[a-z0-9]/.test(w)) stems.push(stemmer(w));
    });
    out.push({ docId, paragraph: 0, index, position: index, text: s.out(), words, stems });
  });
  return out;
}
