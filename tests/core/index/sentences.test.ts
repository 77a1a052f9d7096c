import { describe, expect, it } from 'vitest';
import { splitAfterNameEnd } from '../../../src/core/index/name-ends-sentence.js';
import { MAX_READ_CHARS, splitSentences } from '../../../src/core/index/sentences.js';

const texts = (paragraph: string) => splitSentences('doc', [paragraph]).map((s) => s.text);

describe('splitSentences', () => {
  it('does not break at abbreviations, initials, quotes or em-dashes', () => {
    expect(texts('The U.S. and the U.N. Security Council met on Monday. J. R. R. Tolkien was not there.')).toEqual(['The U.S. and the U.N. Security Council met on Monday.', 'J. R. R. Tolkien was not there.']);
    expect(texts('“We need answers,” asked Charles Kupchan. Then — after a pause — he left.')).toEqual(['“We need answers,” asked Charles Kupchan.', 'Then — after a pause — he left.']);
    expect(texts('WASHINGTON—After months of effort, Trump spoke to Mr. Putin. It was late.')).toHaveLength(2);
  });

  it('keeps the words that report a quotation ending on "!" or "?" with it', () => {
    // Split there, '," Ana Lind said.' was a sentence of its own and the quotation was credited to the voice before.
    expect(texts('"It was as strong as the flood!," Ana Lind said. "Why now?", she asked.')).toEqual(['"It was as strong as the flood!," Ana Lind said.', '"Why now?", she asked.']);
  });

  it('does not cut a web address in two', () => {
    expect(texts('The source is unknown; however, Harbournews.com, a news website run by dockers, said on its page: "They will be charged." The port was shut.')).toHaveLength(2);
  });

  it('ends a sentence at "no." unless a number follows, as "No. 2" abbreviates one', () => {
    expect(texts('Asked whether he would resign, the mayor said no. Harris then left the room. Three days later they met.')).toEqual([
      'Asked whether he would resign, the mayor said no.',
      'Harris then left the room.',
      'Three days later they met.',
    ]);
    expect(texts('Hungary is certain to vote no. Three days later the talks ended.')).toHaveLength(2);
    expect(texts('The party’s No. 2 official resigned on Monday. Nobody replaced him.')).toEqual(['The party’s No. 2 official resigned on Monday.', 'Nobody replaced him.']);
  });

  it("gives each sentence of a paragraph the figures of its own words, not its neighbours'", () => {
    const split = splitSentences('doc', [
      'The storm killed 23 people in three provinces. Rescuers searched the coast on Monday. Officials said 4,000 homes were damaged, and half the crops were lost.',
      'Asked whether 180 passengers were aboard, the mayor said no. Twelve of them were children.',
      'Half the town was without power.',
    ]);
    const figures = split.map((s) => (s.figures ?? []).map((f) => f.value));
    expect(split.map((s) => s.text)).toHaveLength(6);
    expect(figures[0]).toContain('23');
    expect(figures[1]).toEqual([]);
    expect(figures[2]).toContain('4,000');
    expect(figures[2]).not.toContain('23');
    // Split after "no.": each piece read alone keeps its own figure.
    expect(figures[3]).toContain('180');
    expect(figures[4]).toContain('Twelve');
    expect(figures[4]).not.toContain('180');
    // A paragraph whose reading has no entity that may be a figure still gives a fraction written in its words.
    expect(figures[5]).toEqual(['Half']);
  });

  it('makes phrases of each word of a run of nouns and adjectives and of each pair in it, never of a name or half of one', () => {
    const [sentence] = splitSentences('doc', ['The envoy Richard Holbrooke met ferry operator unions in the White House press room.']);
    const phrases = sentence!.phrases;
    expect(phrases).toEqual(expect.arrayContaining(['envoi', 'richard', 'holbrook', 'ferri', 'ferri oper', 'oper', 'oper union', 'union', 'press room']));
    for (const pair of ['envoi richard', 'richard holbrook', 'white hous', 'hous press', 'holbrook ferri']) expect(phrases).not.toContain(pair);
  });

  it('keeps each sentence verbatim with its paragraph and position', () => {
    const paragraphs = ['First one here. Second one here.', 'Third is in paragraph two.'];
    const sentences = splitSentences('d', paragraphs);
    expect(sentences.map((s) => [s.paragraph, s.index, s.position])).toEqual([
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 2],
    ]);
    for (const s of sentences) expect(paragraphs[s.paragraph]).toContain(s.text);
  });

  it('does not end a sentence at a decimal point written without its zero (".38 revolver")', () => {
    const split = splitSentences('doc', ['Officers found a .38 revolver under the seat. It was loaded.']);
    expect(split.map((s) => s.text)).toEqual(['Officers found a .38 revolver under the seat.', 'It was loaded.']);
    // The calibre is part of a name: no figure.
    expect(split[0]!.figures).toEqual([]);
  });

  it('does not end a sentence at a title it does not know ("Spc.", "Maj."), but does at a word that ends one', () => {
    expect(texts('A military jury found Army Spc. Lee Harmon guilty on Friday. He faces ten years.')).toEqual(['A military jury found Army Spc. Lee Harmon guilty on Friday.', 'He faces ten years.']);
    expect(texts('The camp warden, Maj. Ruth Okafor, testified. She left at noon.')).toEqual(['The camp warden, Maj. Ruth Okafor, testified.', 'She left at noon.']);
    // A piece with a verb is a sentence, whatever its last word: the shape alone does not join it.
    expect(texts('Reserves have fallen since July. Brokers called it a rout.')).toEqual(['Reserves have fallen since July.', 'Brokers called it a rout.']);
    // Nor does a short word before a sentence that opens on anything but a name.
    expect(texts('Reserves have fallen since July. On Sunday, voters return to the polls.')).toHaveLength(2);
    // A word of five letters is no abbreviation, even in a list with no verb.
    expect(texts('Adil Rahman, 19, from Leeds. Omar Shah, 22, from Bradford.')).toHaveLength(2);
  });

  it('does not end a sentence at an honorific before its name, even when both pieces hold a verb', () => {
    expect(texts('The court was told by Maj. Dale Orrin that the cells were full. He left.')).toEqual(['The court was told by Maj. Dale Orrin that the cells were full.', 'He left.']);
    for (const title of ['Sgt.', 'Lt.', 'Gen.', 'Col.', 'Capt.', 'Cmndr.', 'Rep.', 'Sen.', 'Gov.', 'Dr.']) expect(texts(`The plan was drawn up by ${title} Ann Berg who said it would work. It did.`), title).toHaveLength(2);
    expect(texts('The warden, Maj. Tom Reed, said he attended a meeting with Maj. Gen. Ann Berg in May. He left.')).toHaveLength(2);
    // A word of a name that ends a sentence is not an honorific: the next sentence stands apart.
    expect(texts('The envoy met President Bush. Clinton was not there.')).toHaveLength(2);
  });

  it('ends a sentence on a name whose last word is written like a title ("Hun Sen."), not before a name (issue 16k)', () => {
    // The document writes the two words as a name elsewhere: the short word is the name's last part.
    expect(texts("The king met Cambodia's strongman Hun Sen. Hun Sen complained Monday that the talks had failed.")).toEqual(["The king met Cambodia's strongman Hun Sen.", 'Hun Sen complained Monday that the talks had failed.']);
    expect(splitSentences('doc', ['The talks were chaired by Kim Rep.  The harbour stayed shut.', 'Kim Rep said on Monday that he would go.']).map((s) => s.text)).toHaveLength(3);
    // A function word that opens a sentence never follows a title.
    expect(texts('The harbour deal was signed by the prime minister, Lee Gen. It was signed on Monday.')).toHaveLength(2);
    // A title after a modifier, before its name, stays inside the sentence.
    expect(texts('The bill was backed by Democratic Sen. Ann Holt, who said it would pass.')).toHaveLength(1);
    expect(texts('The pact was signed by Army Gen. Lee Dahl and the mayor.')).toHaveLength(1);
  });

  it('ends a sentence on such a name whatever white space follows it, and on a short word of letters past ASCII', () => {
    const pieces = (text: string) => splitAfterNameEnd(text, () => new Set(['Hun Sen', 'Ana Öz']));
    for (const space of [' ', '  ', '\u00a0', '\u2009', '\n']) expect(pieces(`The king met strongman Hun Sen.${space}Hun Sen complained.`), JSON.stringify(space)).toEqual(['The king met strongman Hun Sen.', 'Hun Sen complained.']);
    expect(pieces('The prize went to Ana Öz. The jury was split.')).toEqual(['The prize went to Ana Öz.', 'The jury was split.']);
    // No stop with white space after it: one piece, trimmed, and none of only white space.
    expect(pieces('  The king met strongman Hun Sen ')).toEqual(['The king met strongman Hun Sen']);
    expect(pieces('   ')).toEqual([]);
  });
  it('splits a paragraph too long to read at once (a flattened transcript) into every one of its sentences, verbatim', () => {
    const names = ['Ana', 'Boris', 'Clara', 'Dmitri', 'Elena'];
    const sentences = Array.from({ length: 800 }, (_, i) => `${names[i % names.length]} said that ${i + 1} passengers missed the morning ferry.`);
    const paragraph = sentences.join(' ');
    expect(paragraph.length).toBeGreaterThan(2.5 * MAX_READ_CHARS);
    const split = splitSentences('doc', [paragraph]);
    expect(split.map((s) => s.text)).toEqual(sentences);
    expect(split.map((s) => s.position)).toEqual(sentences.map((_, i) => i));
    // Each keeps the figures of its own words, in whichever piece it was read.
    expect(split.at(-1)!.figures?.map((f) => f.value)).toContain('800');
  });
});
