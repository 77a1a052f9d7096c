import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/ingest/clean.js';

/** Made-up wire copy in the agencies' forms; each case fails without its rule (docs/quality.md, "issue 16clean2"). */
const cleaned = (text: string) => cleanText(text).paragraphs;

describe('wire typesetting is not the article’s text', () => {
  it('drops NYT type-change markers in any case and mends the space they stood in', () => {
    const [p] = cleaned('The analyst was blunt. (italics)The deal is far from done,(end italics) she said. It was (ITAL)not(END ITAL) a merger.');
    expect(p).toBe('The analyst was blunt. The deal is far from done, she said. It was not a merger.');
  });

  it('drops editors’ notes written in lower case or with a digit', () => {
    const [p] = cleaned('The board met on Friday. (optional trim begins here) It voted to sell the mill (story can end here. optional 4 grafs follow).');
    expect(p).toBe('The board met on Friday. It voted to sell the mill.');
  });

  it('drops the Q-and-A labels of an interview, keeping its question and its answer', () => {
    const paragraphs = cleaned('Following are excerpts from the conversation: Q. (italics)Why is the port closed?(end italics) A. The dockers have struck since May.\n\nQ. Will it open soon? A. Not before the harvest is in.');
    expect(paragraphs).toEqual(['Following are excerpts from the conversation: Why is the port closed? The dockers have struck since May.', 'Will it open soon? Not before the harvest is in.']);
  });

  it('keeps an initial that is no label in a story that is not an interview', () => {
    const [p] = cleaned('The court heard Sgt. Lena A. Varga. A. Varga, 31, denied the charge.');
    expect(p).toBe('The court heard Sgt. Lena A. Varga. A. Varga, 31, denied the charge.');
  });

  it('drops a pronunciation guide but keeps a name’s own brackets', () => {
    const [p] = cleaned('Varnia’s new premier, Ilse Kaunitz (pronounced EEL-zeh KOW-nits), met Marek Dobos (mah-REK DOH-bosh) and Sen. Ann Hale (R-SC).');
    expect(p).toBe('Varnia’s new premier, Ilse Kaunitz, met Marek Dobos and Sen. Ann Hale (R-SC).');
  });

  it('reads the raw wire’s SGML codes', () => {
    const [p] = cleaned('AT&AMP;T said &UR;on Monday&LR; it would sell its cable unit.');
    expect(p).toBe('AT&T said on Monday it would sell its cable unit.');
  });

  it('leaves the article’s own brackets and capitals alone', () => {
    const text = 'The agency (WFP) said "[w]e will stay" in the region (II, III, IV) and the U.S. envoy agreed (see the map).';
    expect(cleaned(text)).toEqual([text]);
  });
});
