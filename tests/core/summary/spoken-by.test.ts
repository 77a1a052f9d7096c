import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { unsaidLine } from '../../../src/core/briefing.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { answerTypeTest } from '../../../src/core/summary/answer-type.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';

/** Made-up sentences in the style of the DUC and TAC wire stories; each either gives the asked speaker's words or not. */
const gives = (question: string, text: string) => {
  const index = indexOf({ a: text });
  const test = answerTypeTest(index, readQuestion(question)!, () => undefined)!;
  return index.sentences.some((s) => test.of(s) === 'answers');
};

describe("the asked speaker is the one who speaks, not a word inside another's phrase", () => {
  it.each([
    ['what did Karimov say', 'Sources close to Karimov, speaking on condition of anonymity, said the premier would resign.'],
    ['what did Karimov say', 'A website run by associates of Karimov said the prisoners could face trial.'],
    ['what did Hun Sen say', "Hun Sen's party said it was willing to make an appropriate concession."],
    ['what did Karimov say', 'Karimov was also told, the diplomats said, that the refugees must return home.'],
    ['what did Karimov say', 'In a statement, the president said Karimov was asked but declined to form a government.'],
    ['what did Karimov say', 'The opposition party, in a statement released Friday, accused Karimov of blocking the talks.'],
    ['what did Karimov say', 'Sources close to the premier, whose Cabinet has been in care-taker capacity, said Karimov turned down the invitation.'],
    ['what did the leaders say about the strike', 'The union leader said the strike would go on.'],
    ['what did the mayor say', 'A columnist wrote that the mayor had said little about the bridge.'],
    // The asked name inside another person's longer name: a name ends on its surname.
    ['what did Karimov say', 'The declaration "calls for calm," said Luis Augusto Karimov Neves, of the Foreign Ministry.'],
  ])('%s: not "%s"', (question, text) => {
    expect(gives(question, text)).toBe(false);
  });

  it.each([
    ['what did Karimov say', 'Prime Minister Rafik Karimov, the business tycoon who rebuilt the capital, said Monday he was stepping down.'],
    ['what did Karimov say', 'Karimov has rejected the opposition demands, saying it would be wrong to hold talks abroad.'],
    ['what did Karimov say', '"They want to bring the government down," the state news agency quoted Karimov as saying.'],
    ['what did Karimov say', 'Asked about the vote, Karimov said: "I am not a candidate."'],
    ['what did the tribunal prosecutor say', 'Deputy Prosecutor Anna Berg of Norway said she would appeal the sentence.'],
    ['what did the police say about the attack', 'The two men lured the student from the bar, Laramie police said.'],
    ['what did the leaders say about the strike', 'Opposition leaders said the strike would spread to the ports.'],
    ['what did the U.S. say about the aid', 'The U.S. said the aid would arrive on Friday.'],
    ['what did Karimov say', '"We will not resign," said Rafik Karimov Tuesday.'],
    // Amendment SV′: where the inverted speaker spoke, after the name.
    ['what did Karimov say', '"Our members are exhausted," said union president Rafik Karimov outside the hospital.'],
    ['what did Karimov say', '"We will not resign," said Karimov in a statement.'],
  ])('%s: "%s"', (question, text) => {
    expect(gives(question, text)).toBe(true);
  });
});

describe('"what did X say" is answered only with X\'s words', () => {
  // Every story names the minister and the dam; three sentences give her words, one only as a quotation, one about taxes.
  const wire = () =>
    [
      'Sources close to Minister Lena Varga said the dam would not be finished this year. Engineers inspected the dam on Monday.',
      'Critics accused Varga of hiding the cost of the dam. The dam was built on the river in 1990.',
      'Minister Lena Varga told reporters on Tuesday that the dam was safe and would stay open. Engineers inspected the dam on Monday.',
      '"We will not close the dam while I am minister," Varga said. The dam was built on the river in 1990.',
      'Varga was asked by lawmakers to explain the delays at the dam. Villagers near the dam left their homes.',
      'Minister Lena Varga said on Friday that taxes on fuel would rise next year. The dam was built on the river in 1990.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-05-04' } }));

  it('shows no sentence where others speak of her or to her, nor her words on another subject, in the summary or the key points', () => {
    const r = createLibrary('dam', wire()).brief('what did Varga say about the dam', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
    expect(shown[0]).toMatch(/^Minister Lena Varga told reporters|Varga said\.$/);
    for (const text of shown) expect(text).toMatch(/Varga (?:told|said)/);
    for (const text of shown) expect(text).toMatch(/dam/);
  });
});

// docs/quality.md, "Session 55", rule SV.
describe('"what did X say" told on by a pronoun in the next sentence', () => {
  const wire = () =>
    [
      "Nurses at 40 hospitals went on strike on Tuesday. Health Minister Paul Devane said the strike put patients at risk. He said the government could not afford the union's demand of 11 percent.",
      'Talks resumed on Thursday. Devane told reporters before the meeting that the government had moved. He said it was now offering 5 percent over two years.',
      'Hospitals postponed 2,500 operations. The union said members would stay out until the offer improved.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-03-10' } }));

  it('answers with what the minister said after naming him, as one passage, not the naming sentence alone', () => {
    const r = createLibrary('strike', wire()).brief('what did Devane say', { length: 'short' });
    if (!r.ok) throw new Error('no match');
    const summary = r.briefing.summary.map((p) => p.text);
    expect(summary).toContain("Health Minister Paul Devane said the strike put patients at risk. He said the government could not afford the union's demand of 11 percent.");
    expect(summary).toContain('Devane told reporters before the meeting that the government had moved. He said it was now offering 5 percent over two years.');
    expect(summary).not.toContain('Health Minister Paul Devane said the strike put patients at risk.');
  });

  it('leaves the naming sentence alone where the next one tells something else', () => {
    const docs = wire().map((d) => ({ ...d, text: d.text.replace(/He said (?:the government|it was now)/, 'Hospitals said they were') }));
    const r = createLibrary('strike', docs).brief('what did Devane say', { length: 'short' });
    if (!r.ok) throw new Error('no match');
    expect(r.briefing.summary.map((p) => p.text)).toContain('Health Minister Paul Devane said the strike put patients at risk.');
  });
});

describe('"what did X say" when the set gives none of X\'s words', () => {
  const wire = () =>
    [
      'A military jury found Sergeant Tom Ruddle guilty of abusing prisoners at the jail. The jury sentenced Ruddle to eight years in prison.',
      'Ruddle, 34, was described as the ringleader during his trial. His lawyer said the soldiers had followed orders.',
      'Pictures appear to show Ruddle beside the prisoners. Prosecutors said the abuse went on for weeks.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-01-15' } }));
  const brief = (question: string) => {
    const r = createLibrary('trial', wire()).brief(question, { length: 'short' });
    if (!r.ok) throw new Error('no answer');
    return r.briefing;
  };

  it('answers with what the set says of X, under a line that says X is never the one speaking', () => {
    const b = brief('what did Ruddle say');
    expect(b.unsaid).toBe('Ruddle');
    expect(b.summary.length).toBeGreaterThan(0);
    expect(renderText({ kind: 'briefing', briefing: b })).toContain("No sentence gives Ruddle's own words; this is what the set says of Ruddle.");
  });

  it('does not say so when X speaks, nor when the question asks for a thing X demands', () => {
    expect(brief('what did the lawyer say').unsaid).toBeUndefined();
    expect(brief('what did Ruddle demand').unsaid).toBeUndefined();
  });
});

describe('a body quoted by its initials', () => {
  const wire = () =>
    [
      'Guards seized a ferry and its twelve sailors in the strait on Friday. The sailors were taken to the capital.',
      'Ministers met in Brussels on Monday about the sailors. "The Harbour Union deplores the continued arrest of the twelve sailors. The HU repeats its call for the release of the sailors. Should the sailors not be freed soon, the HU will decide on measures," said the statement released by the HU. All members agreed to the statement on the sailors.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-01-15' } }));
  const brief = (question: string) => {
    const r = createLibrary('ferry', wire()).brief(question, { length: 'standard' });
    if (!r.ok) throw new Error('no answer');
    return r.briefing;
  };

  it('answers "what did the Harbour Union say" with the words the HU said, and shows that quotation once', () => {
    const b = brief('what did the Harbour Union say about the sailors');
    // Was: "No sentence gives the Harbour Union's own words", and the quotation listed once for each of its three sentences.
    expect(b.unsaid).toBeUndefined();
    expect(renderText({ kind: 'briefing', briefing: b })).toContain('deplores the continued arrest');
  });

  it('lists a quotation of three sentences once among who said what', () => {
    // Was listed once for each of its sentences ("HU: …" three times).
    expect(brief('sailors').quotes.filter((q) => q.speaker === 'HU')).toHaveLength(1);
  });
});

describe('the asked speaker who speaks through an apposition (sixteenth round, 16lead2)', () => {
  it.each([
    // The aside's closing comma left out before the verb.
    ['what did Tessa Marlow demand from the port authority', 'Tessa Marlow, the island\'s Transport Secretary said, "we expect the ferries to sail again by Friday."'],
    // The asked head's own "of" phrase before the verb.
    ["what did the FRA's flood relief chief say about the levees", "On Monday, Jon Kettil, the FRA's chief of flood relief said that the levees were too low."],
    // The asked title is the aside of a name, closed by a comma; an adverb before the verb.
    ["what did the mayor's former campaign adviser say about the bridge", 'Rob Ellery, a former mayoral campaign adviser, bluntly stated that "the bridge is finished."'],
  ])('%s: "%s"', (question, text) => {
    expect(gives(question, text)).toBe(true);
  });

  it.each([
    // An aside that holds a relative clause speaks of someone else.
    ['what did Tessa Marlow say', 'Tessa Marlow, the minister whose aide said nothing, resigned on Friday.'],
    // The asked title inside an "of" phrase of a relative clause: the man who said it is another.
    ["what did the FRA's flood relief chief say", 'The chief of the crew who said the levees would hold was dismissed.'],
    // An aside of a name with no reporting verb after it.
    ["what did the mayor's former campaign adviser say", 'Rob Ellery, a former mayoral campaign adviser, quietly left the city.'],
    // An adverb of hearsay: another's account of the subject, not the subject speaking.
    ['what did Karimov say', 'Karimov reportedly suggested a swap of the two districts.'],
  ])('%s: not "%s"', (question, text) => {
    expect(gives(question, text)).toBe(false);
  });

  // The chief speaks twice: on rich countries' aid through an apposition, and on ships without the question's other words.
  const wire = () =>
    [
      'Aid pledges from rich countries rose to two billion dollars on Tuesday. On Monday, Jon Kettil, the FRA\'s chief of emergency relief said that rich countries were being "stingy" with aid.',
      'The chief said on Tuesday that more ships were needed. His deputy warned that the roads were closed.',
      'Ships carrying aid from rich countries reached the coast on Wednesday. Villagers waited for food in the rain.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-01-05' } }));

  it("leads with the relief chief's words on rich countries' aid, not his words on another subject", () => {
    const r = createLibrary('aid', wire()).brief("what did the FRA's emergency relief chief say about rich countries' aid", { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]?.text).toMatch(/^On Monday, Jon Kettil, the FRA's chief of emergency relief said/);
  });
});

describe('the line said when no sentence gives someone’s words', () => {
  it('writes a plural common noun’s possessive with the apostrophe alone, a name’s with "’s"', () => {
    expect(unsaidLine('the analysts')).toBe("No sentence gives the analysts' own words; this is what the set says of the analysts.");
    expect(unsaidLine('Reyes')).toBe("No sentence gives Reyes's own words; this is what the set says of Reyes.");
  });
});

describe('a body speaks through its officer (docs/quality.md, "Session 57", rule BO)', () => {
  it.each([
    ['what did the union say', "The union's president, Tom Reed, said members were relieved."],
    ['what did Russia say', "Russia's foreign minister Sergei Lavrov said the talks would go on."],
    ['what did the union say', "The retail workers' union welcomed the ruling. Its general secretary, Amy Doyle, said the merger would have cost 5,000 jobs."],
  ])('%s: "%s"', (question, text) => {
    expect(gives(question, text)).toBe(true);
  });

  it.each([
    // What the body owns is not its officer: spoken of, as before.
    ['what did Hun Sen say', "Hun Sen's party said it was willing to make an appropriate concession."],
    // "Its" with no sentence before naming the asked one is someone else's officer.
    ['what did the union say', 'Its general secretary, Amy Doyle, said the merger would have cost 5,000 jobs.'],
  ])('%s: not "%s"', (question, text) => {
    expect(gives(question, text)).toBe(false);
  });
});

describe('a title written as an abbreviation is the role asked of (docs/quality.md, "Session 63", rule AB)', () => {
  const wire = () =>
    [
      'Gov. Elena Ortiz said on Saturday that the state had received federal approval for a grant to fight the fire.',
      'Gov. Elena Ortiz toured the burned streets on Thursday. "Whole blocks are simply gone," Ortiz said.',
      'Fire crews held the line overnight. The fire was 35 percent contained on Friday.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2025-08-16' } }));

  it('answers "what did the governor say" with the words of "Gov. Elena Ortiz", not the line that no sentence gives them', () => {
    expect(gives('what did the governor say', 'Gov. Elena Ortiz said on Saturday that the state had received federal approval for a grant.')).toBe(true);
    const r = createLibrary('fire', wire()).brief('what did the governor say', { length: 'short' });
    if (!r.ok) throw new Error('no match');
    expect(r.briefing.unsaid).toBeUndefined();
    expect(r.briefing.summary.map((p) => p.text).join(' ')).toMatch(/Ortiz said/);
  });
});
