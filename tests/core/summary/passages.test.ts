import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { howPointOpens, leansOnIntroduction, sentencesFrom } from '../../../eval/point-opening.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { announcesList, announcesListBefore, leansOnPrevious } from '../../../src/core/index/stands-alone.js';
import { inspectLibrary } from '../../../src/core/library/library.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { introduces, namesItNeeds, partsOf, preparePassages, unitOf, unitsOf, withoutOverlaps } from '../../../src/core/summary/passages.js';

/** Made-up wire copy in the style of 1998 newswire: one paragraph, sentences that lean on each other. */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('leansOnPrevious', () => {
  it('catches a sentence opening on a pronoun, demonstrative or connective, or ending on "this"', () => {
    expect(leansOnPrevious('He said the rebels would not attend talks in Phnom Penh.')).toBe(true);
    expect(leansOnPrevious('It was the first time the two modules had touched.')).toBe(true);
    expect(leansOnPrevious('These talks were held outside the country.')).toBe(true);
    expect(leansOnPrevious('In exchange, the rebels would withdraw from the border towns.')).toBe(true);
    expect(leansOnPrevious('However, the envoy said the situation was as bad as before.')).toBe(true);
    expect(leansOnPrevious('Officials in Belgrade have not publicly confirmed this.')).toBe(true);
    expect(leansOnPrevious('Officials have not confirmed this nor said which towns would be handed over.')).toBe(true);
    expect(leansOnPrevious('Belgrade has rejected the idea of such inspections many times.')).toBe(true);
    expect(leansOnPrevious('Analysts argue that this “rules out any inspection” of the camps.')).toBe(true);
    expect(leansOnPrevious('The second is that the envoy dropped his demand for a ceasefire.')).toBe(true);
  });

  it('leaves a sentence that names its own subject, or a quotation that names its speaker', () => {
    expect(leansOnPrevious('Hun Sen offered the opposition talks in Phnom Penh on Tuesday.')).toBe(false);
    expect(leansOnPrevious('Thatcher resigned in 1990.')).toBe(false);
    expect(leansOnPrevious('Heavy rain closed the harbour on Monday.')).toBe(false);
    expect(leansOnPrevious('"We will rebuild," the mayor said.')).toBe(false);
    expect(leansOnPrevious('Aid groups sent supplies such as tents and blankets to the valley.')).toBe(false);
    expect(leansOnPrevious('The tribunal wants this year to try three officers for war crimes.')).toBe(false);
  });
});

describe('announcesList', () => {
  it('catches a short sentence that counts things without listing them, or ends on a colon', () => {
    expect(announcesList('The rebels have other demands for a settlement.')).toBe(true);
    expect(announcesList('The tribunal wants three things from Belgrade:')).toBe(true);
  });
  it('leaves a sentence that lists what it counts', () => {
    expect(announcesList('The rebels have two demands, a ceasefire and an amnesty.')).toBe(false);
    expect(announcesList('The fire killed 60 teenagers at a dance hall.')).toBe(false);
  });
  it('reads an amount or a length of time as no count of items (rule LA)', () => {
    expect(announcesList('The bakery made a profit of almost two billion crowns last year.')).toBe(false);
    expect(announcesList('The rebel leader spent three years in a labor camp.')).toBe(false);
    expect(announcesList('The rebels were easy targets two months ago.')).toBe(false);
    expect(announcesList('The rebels have three conditions.')).toBe(true);
  });
  it('reads "other" after a number as counted, not announced (amendment LA′)', () => {
    expect(announcesList('Forty-two other miners reached the surface safely.')).toBe(false);
    expect(announcesList('Another 12 other miners were rescued on Friday.')).toBe(false);
    expect(announcesList('The rebels have other demands.')).toBe(true);
  });
});

describe('passages', () => {
  const d = doc(
    'a',
    'The opposition leader refused to return to Phnom Penh for talks. He said his safety could not be guaranteed. ' +
      'The king offered to host the talks at his palace. Hun Sen has other demands for a settlement. ' +
      'The opposition must drop its protests. The assembly must meet within a month. Talks may resume next week.',
  );
  const sentencesOf = () => d.sentences;

  it('shows a sentence opening on a pronoun after the sentence it leans on, both verbatim', () => {
    const unit = unitOf(d.sentences[1]!, sentencesOf)!;
    expect(partsOf(unit).map((s) => s.text)).toEqual([d.sentences[0]!.text, d.sentences[1]!.text]);
    expect(unit.text).toBe(`${d.sentences[0]!.text} ${d.sentences[1]!.text}`);
    expect(unit.position).toBe(0);
  });

  it('shows a sentence announcing a list with the sentences that give it', () => {
    const unit = unitOf(d.sentences[3]!, sentencesOf)!;
    expect(partsOf(unit).map((s) => s.text)).toEqual(d.sentences.slice(3, 6).map((s) => s.text));
  });

  it('shows nothing for a sentence that leans on nothing', () => {
    const lone = doc('b', 'It was a cold night in the capital. Police closed the bridge.');
    expect(unitOf(lone.sentences[0]!, () => lone.sentences)).toBeNull();
    expect(unitOf(lone.sentences[1]!, () => lone.sentences)).toBe(lone.sentences[1]);
  });

  it('shows a sentence of a quotation running over several sentences with the sentences that open and close it', () => {
    const q = doc(
      'q',
      'Aid reached the flooded delta on Thursday. "The clinics are full. There are children sleeping in the corridors," a doctor said. ' +
        'Roads to the coast stayed closed.\n\n“We will rebuild. It will take years.” The governor spoke at the airport.',
    );
    const texts = (k: number) => partsOf(unitOf(q.sentences[k]!, () => q.sentences)!).map((s) => s.text);
    const opening = '"The clinics are full.';
    expect(q.sentences[1]!.text).toBe(opening);
    // The middle of the quotation is shown from its opening mark to its closing one, never as a fragment.
    expect(texts(2)).toEqual([opening, q.sentences[2]!.text]);
    expect(texts(1)).toEqual(texts(2));
    expect(texts(3)).toEqual([q.sentences[3]!.text]);
    // A new paragraph opens its own quotation.
    expect(texts(5)).toEqual([q.sentences[4]!.text, q.sentences[5]!.text]);
    expect(texts(6)).toEqual([q.sentences[6]!.text]);
  });

  it('shows nothing for a sentence whose passage would open on a list line or a quotation naming no speaker (rule PO)', () => {
    const listed = doc(
      'po',
      'Police named the victims on Friday.\n\nMary Hale: Circle Line train, Irish-born nurse of Luton. ' +
        'Both suspects were reported missing by their relatives the previous week.\n\nEngineers cheered in the control room. ' +
        '"That\'s terrific." The salvage job began two hours earlier with the crane lifting the hull.',
    );
    const texts = listed.sentences.map((s) => s.text);
    expect(texts[1]).toBe('Mary Hale: Circle Line train, Irish-born nurse of Luton.');
    expect(texts[4]).toBe('"That\'s terrific."');
    // Each leans on the sentence before, which tells nothing it could lean on: shown neither alone nor after the fragment.
    expect(unitOf(listed.sentences[2]!, () => listed.sentences)).toBeNull();
    expect(unitOf(listed.sentences[5]!, () => listed.sentences)).toBeNull();
    // The same sentence after one that tells an event is shown with it.
    const told = doc('po2', 'Police named the victims on Friday. Both suspects were reported missing by their relatives the previous week.');
    expect(partsOf(unitOf(told.sentences[1]!, () => told.sentences)!).map((s) => s.text)).toEqual(told.sentences.map((s) => s.text));
  });

  it('reads the fragment test once a sentence and gives each rule set and each asking the same unit as a fresh reading', () => {
    const text = 'Police named the victims on Friday.\n\nMary Hale: Circle Line train, Irish-born nurse of Luton. Both suspects were reported missing by their relatives the previous week.';
    // Two readings of one text: the first asks the leaning sentence under every rule set, the second under one, fresh.
    const kept = doc('po3', text);
    const fresh = doc('po4', text);
    for (const rules of [true, 'without-descriptions', 'without-introductions'] as const) expect(unitOf(kept.sentences[2]!, () => kept.sentences, rules)).toBeNull();
    expect(unitOf(fresh.sentences[2]!, () => fresh.sentences, 'without-introductions')).toBeNull();
    expect(unitOf(kept.sentences[2]!, () => kept.sentences)).toBeNull();
  });

  it('shows nothing for a quotation that does not close within a short passage', () => {
    const q = doc('r', 'Police sealed the square. "Nobody may enter. Nobody may leave. Nobody may speak. Nobody may stay.');
    expect(unitOf(q.sentences[2]!, () => q.sentences)).toBeNull();
    expect(unitOf(q.sentences[0]!, () => q.sentences)).toBe(q.sentences[0]);
  });

  it('shows a quote that runs over several sentences whole, from its opening mark, in who said what', () => {
    const library = createLibrary('made-up', [
      {
        id: 'a.txt',
        text: 'The flood reached the delta towns on Thursday. “The clinics in the delta are full. There are children sleeping in the corridors,” said Amal Haddad, a doctor in the delta. Aid trucks were stuck on the coast road.',
      },
      { id: 'b.txt', text: 'Aid trucks reached the delta towns on Friday after the flood. “We have food for a week in the delta,” said Omar Said, a delta official. The coast road reopened.' },
    ]);
    const result = library.brief('delta flood');
    if (!result.ok) throw new Error('no briefing');
    const haddad = result.briefing.quotes.find((q) => q.speaker === 'Amal Haddad');
    expect(haddad?.text).toBe('“The clinics in the delta are full. There are children sleeping in the corridors,” said Amal Haddad, a doctor in the delta.');
    for (const q of result.briefing.quotes) expect(q.text.split('“').length, q.text).toBe(q.text.split('”').length);
  });

  it('shows a sentence opening on a description of what the sentence before named after that sentence', () => {
    const m = doc(
      'm',
      'Acme Oil agreed on Tuesday to buy Borealis Petroleum for $7 billion. The company said the purchase would cut 900 jobs. ' +
        'The merger must be cleared by the Federal Trade Commission. The commission would review it for months. ' +
        'Police charged Tom Reid and Ann Marsh with fraud at the refinery. The pair were held without bail.',
    );
    const texts = (k: number) => partsOf(unitOf(m.sentences[k]!, () => m.sentences)!).map((s) => s.text);
    expect(texts(1)).toEqual([m.sentences[0]!.text, m.sentences[1]!.text]);
    expect(texts(3)).toEqual([m.sentences[2]!.text, m.sentences[3]!.text]);
    expect(texts(5)).toEqual([m.sentences[4]!.text, m.sentences[5]!.text]);
    // The rule off, for the eval's comparison in one run: the sentence is its own point, as before.
    expect(unitOf(m.sentences[1]!, () => m.sentences, 'without-descriptions')).toBe(m.sentences[1]);
  });

  it("shows a document's first sentence alone even when it opens on a description", () => {
    const first = doc('f', 'The commission would review the merger for months. The Federal Trade Commission cleared a smaller oil merger last year.');
    expect(unitOf(first.sentences[0]!, () => first.sentences)).toBe(first.sentences[0]);
    expect(unitOf(first.sentences[1]!, () => first.sentences)).toBe(first.sentences[1]);
  });

  it('answers with the passage, not the sentence that leans on a name the sentence before gives', () => {
    const library = createLibrary('made-up', [
      {
        id: 'a.txt',
        text: 'Oil prices fell again on Monday. Acme Oil agreed on Tuesday to buy Borealis Petroleum for $7 billion in shares. The company said the refinery merger would cut 900 jobs in Texas.',
      },
      { id: 'b.txt', text: 'Regulators will study the refinery merger of Acme Oil and Borealis Petroleum. Unions in Texas fear the merger will cut jobs at the refinery.' },
    ]);
    const result = library.brief('how many jobs will the refinery merger cut');
    if (!result.ok) throw new Error('no briefing');
    const points = [...result.briefing.summary, ...result.briefing.keyPoints];
    const leaning = points.filter((p) => p.text.includes('The company said the refinery merger'));
    expect(leaning.length).toBeGreaterThan(0);
    for (const p of leaning) expect(p.parts?.slice(0, 2)).toEqual(['Acme Oil agreed on Tuesday to buy Borealis Petroleum for $7 billion in shares.', 'The company said the refinery merger would cut 900 jobs in Texas.']);
  });

  it("reads a surname in -es as a surname, not a people's plural, unless the document writes its singular (issue 16k)", () => {
    const texts = (text: string, k: number) => {
      const d = doc('h', text);
      const unit = unitOf(d.sentences[k]!, () => d.sentences);
      return unit && partsOf(unit).map((s) => s.text);
    };
    const hayes = texts('Police in the port detained two dockers on Sunday. The lawyer Ruth Hayes said the men had done nothing wrong. Hayes said she would appeal.', 2);
    expect(hayes).toEqual(['The lawyer Ruth Hayes said the men had done nothing wrong.', 'Hayes said she would appeal.']);
    // "Danes" beside "Dane": a people's plural, which needs no sentence before it.
    const danes = texts('A Dane was among the crew on Sunday. The ferry carried North Danes home. Danes said they would sail again.', 2);
    expect(danes).toEqual(['Danes said they would sail again.']);
  });

  it('shows a person named by a short form with the sentence that gives the full name, or not at all', () => {
    const w = doc(
      'w',
      'Police in the port detained two dissidents on Sunday. The lawyer Li Wangfu said the men had done nothing wrong. ' + 'Wangfu said he would appeal. The court set no date for a hearing. Mr. Wangfu has defended dissidents before.',
    );
    const texts = (k: number) => {
      const unit = unitOf(w.sentences[k]!, () => w.sentences);
      return unit && partsOf(unit).map((s) => s.text);
    };
    expect(texts(2)).toEqual([w.sentences[1]!.text, w.sentences[2]!.text]);
    // The full name is three sentences back: no passage shows it, so the sentence is no point of its own.
    expect(texts(4)).toBeNull();
    // A quotation shown whole is no point when its closing sentence names its speaker by a short form introduced before it.
    const q = doc('q', 'Delegates met in the hall on Monday. The envoy Ana Furtado spoke first. Talks went on late. "We want action now. We will not wait," said Furtado.');
    expect(unitOf(q.sentences.at(-2)!, () => q.sentences)).toBeNull();
    // A name the document first writes alone is one its writer takes as known.
    const known = doc('k', 'Yeltsin flew to the Black Sea on Monday. President Boris Yeltsin had been ill for weeks. Doctors said Yeltsin was tired.');
    expect(unitOf(known.sentences[2]!, () => known.sentences)).toBe(known.sentences[2]);
  });

  it('tells which names a sentence held back only for a surname needs, and which units write them in full before it', () => {
    const g = doc('g', 'Army reservist Charles Graner was charged on Monday. The hearing opened in Baghdad. Lawyers asked for more time. Graner denied every charge. He said Graner was innocent.');
    const other = doc('o', 'A military court heard Charles Graner on Tuesday.');
    const of = (docId: string) => (docId === 'g' ? g.sentences : other.sentences);
    expect(namesItNeeds(g.sentences[3]!, of)).toEqual(['Graner']);
    // A sentence that also opens on a pronoun leans on more than a name: no summary shown before it helps.
    expect(namesItNeeds(g.sentences[4]!, of)).toBeNull();
    expect(namesItNeeds(g.sentences[1]!, of)).toBeNull();
    expect(introduces(g.sentences[0]!, 'Graner', g.sentences[3]!)).toBe(true);
    expect(introduces(other.sentences[0]!, 'Graner', g.sentences[3]!)).toBe(true);
    expect(introduces(g.sentences[2]!, 'Graner', g.sentences[3]!)).toBe(false);
    // Within one document, only a sentence before it introduces the name.
    const late = doc('l', 'Graner denied every charge on Monday. Reservist Charles Graner faces trial.');
    expect(introduces(late.sentences[1]!, 'Graner', late.sentences[0]!)).toBe(false);
  });

  it('shows a description the document introduced before the sentence before with that sentence, or not at all', () => {
    const r = doc(
      'r',
      'Storms closed the northern ports on Friday. Police raided a warehouse near the docks at dawn. Officers found 40 crates of rifles. ' + 'Customs officials said the rifles came by sea. The raid was the largest this year.',
    );
    expect(unitOf(r.sentences[4]!, () => r.sentences)).toBeNull();
    expect(partsOf(unitOf(r.sentences[3]!, () => r.sentences)!)).toEqual([r.sentences[3]]);
    // The story's own name, stated by the first sentence, needs no introduction.
    const lead = doc('l', 'Storms closed the northern ports on Friday. Ships waited off the coast. Harbour pilots stayed home. The storms also cut power to 9,000 homes.');
    expect(unitOf(lead.sentences[3]!, () => lead.sentences)).toBe(lead.sentences[3]);
  });

  it('shows a person whose full name has a middle initial, an inner capital or its family name first with the sentence that writes it', () => {
    const texts = (text: string, k: number) => {
      const d = doc('n', text);
      const unit = unitOf(d.sentences[k]!, () => d.sentences);
      return unit && partsOf(unit).map((s) => s.text);
    };
    const opening = 'Dock workers in the port walked out on Monday.';
    for (const [full, short] of [
      ['Union leader Ruth K. Tavers', 'Tavers'],
      ['Union leader Dale McArdle', 'McArdle'],
      ['Union leader Kim Dae-sung', 'Kim'],
    ]) {
      const naming = `${full} said the men would stay out until Friday.`;
      expect(texts(`${opening} ${naming} ${short} said talks would resume on Thursday.`, 2)).toEqual([naming, `${short} said talks would resume on Thursday.`]);
    }
    // A name in -s is a surname unless the document writes it without the -s ("Idris"; "Serbs" beside "Serb").
    const idris = texts(`${opening} The owner Salah Idris said the men were paid. Idris said talks would resume on Thursday.`, 2);
    expect(idris).toEqual(['The owner Salah Idris said the men were paid.', 'Idris said talks would resume on Thursday.']);
  });

  it('shows a quotation over several sentences that names no speaker after the sentence before it', () => {
    const quote = '"The issue is whether the aid will really be big enough for the debt. And the question is whether real reform goes along with the money."';
    const q = doc('q', `Officials met in the capital on Monday. Analyst Ruth Kessel of the Lisbon institute spoke after the talks. ${quote}`);
    expect(partsOf(unitOf(q.sentences[2]!, () => q.sentences)!)).toEqual(q.sentences.slice(1));
    // One that names its speaker is read alone, as before.
    const named = doc('n', `Officials met in the capital on Monday. Analyst Ruth Kessel of the Lisbon institute spoke after the talks. ${quote.slice(0, -2)}," said Ruth Kessel.`);
    expect(partsOf(unitOf(named.sentences[2]!, () => named.sentences)!)).toEqual(named.sentences.slice(2));
  });

  it('keeps a chosen passage and drops a chosen sentence it already shows', () => {
    const { units } = unitsOf(
      d.sentences,
      d.sentences.map(() => 1),
      sentencesOf,
    );
    const passage = units.find((u) => partsOf(u).length === 2)!;
    expect(withoutOverlaps([d.sentences[0]!, passage])).toEqual([passage]);
  });
});

const OPENINGS = [
  'He',
  'She',
  'It',
  'They',
  'This',
  'These',
  'However,',
  'But',
  'In exchange,',
  'Also,',
  'The two leaders',
  'Both men',
  'Three days later, they',
  'The next day, police',
  'Hours later the envoy',
  'In a speech on Friday, he',
  'Two other envoys',
  'The envoy',
  'Police',
  'The tribunal',
  'Rebels',
  'The pair',
  'The commission',
  'The company',
  'The deal',
  'The Swedish Academy',
  'Envoy Tom Reid',
  'Reid',
  'Mr. Reid',
  'Commander Ann Marsh',
  'Ms. Marsh',
  // Issue 16l, eleventh round: anaphoric nouns, named things, fronted descriptions, "another", quotations without speaker.
  'The victims',
  'The assurances',
  'The resulting commission',
  'The aircraft',
  'On Friday, the commission',
  'Another envoy',
  'Police said another 40 rebels',
  '"We will keep the border towns for ever," he',
  '"We will keep the border towns for ever," the envoy',
];
const RESTS = [
  'said the rebels would meet the envoy in the capital on Tuesday.',
  'warned that the tribunal would seek arrest warrants for the rebel commanders.',
  'agreed to withdraw troops from the border towns by the end of the month.',
  'demanded that the government release the opposition leaders held since March.',
  'met the envoy for three hours to discuss the ceasefire and the border towns.',
  'asked the Federal Trade Commission to review the Acme Oil deal with the rebels?',
  'warned the commission that the company would appeal the ruling on the border towns.',
];

describe('no shown point opens on an unresolved pronoun, connective, leaning description, anaphoric noun, "another" or quotation without its speaker, or names someone by a short form alone', () => {
  it('holds for the summary, key points and answers of any made-up set', () => {
    const article = fc.array(fc.tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...RESTS)), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
        const docs = articles.map((sentences, i) => ({ id: `${i}.txt`, text: sentences.map(([a, b]) => `${a} ${b}`).join(' ') }));
        const library = createLibrary('made-up', docs);
        const sentencesOf = sentencesFrom(docs);
        for (const query of ['rebels', 'envoy', 'what did the tribunal demand', 'ceasefire border towns', 'company deal commission']) {
          const result = library.brief(query);
          if (!result.ok) continue;
          const points = [...result.briefing.summary, ...result.briefing.keyPoints];
          for (const [i, point] of points.entries()) {
            // Its first sentence: a passage's later sentences lean on the ones it shows ("…another 40 rebels…").
            expect(leansOnPrevious(point.parts?.[0] ?? point.text), point.text).toBe(false);
            expect(howPointOpens(point, result.briefing.sources, sentencesOf, points.slice(0, i)), point.text).toEqual({ alone: true });
            // A short form is introduced by a point before it that writes the name in full (15s), by its own passage, or by the
            // full name printed beside it (a gloss).
            expect(leansOnIntroduction(point, result.briefing.sources, sentencesOf, points.slice(0, i), true), point.text).toBe(false);
          }
        }
        const headline = inspectLibrary(library).headlineWithSources();
        for (const [i, point] of headline.points.entries()) expect(howPointOpens(point, headline.sources, sentencesOf, headline.points.slice(0, i)), point.text).toEqual({ alone: true });
      }),
      { numRuns: 40 },
    );
    // 40 libraries built and briefed five times each: about 10 s alone, several times that on a busy machine.
  }, 120_000);
});

describe('a list announced inside a paragraph (docs/quality.md, "Session 57", rule LB)', () => {
  const texts = (d: ReturnType<typeof doc>, at: number) => partsOf(unitOf(d.sentences[at]!, () => d.sentences)!).map((s) => s.text.slice(0, 20));

  it('gives the list within its paragraph, not the next paragraph', () => {
    const d = doc(
      'a',
      'Two law firms said they were preparing a class action. One of them said it had been contacted by more than 300 people.\n\nDoctors urged patients to keep taking their medicine until a pharmacist could offer a replacement.',
    );
    expect(texts(d, 0)).toEqual(['Two law firms said t', 'One of them said it ']);
  });

  it('still gives a list announced at the end of its paragraph in the paragraphs after it', () => {
    const d = doc('a', 'The rebels have two demands for a settlement.\n\nA ceasefire must come first.\n\nAn amnesty must follow it.');
    expect(texts(d, 0)).toEqual(['The rebels have two ', 'A ceasefire must com', 'An amnesty must foll']);
  });
});

describe('a question the text asks (docs/quality.md, "Session 57", rule QA)', () => {
  const texts = (d: ReturnType<typeof doc>, at: number) => {
    const unit = unitOf(d.sentences[at]!, () => d.sentences);
    return unit ? partsOf(unit).map((s) => s.text.slice(0, 20)) : null;
  };

  it('is shown with the answer after it, not alone', () => {
    const d = doc('a', 'Is the impurity dangerous?\n\nNDMA is classed as a probable human carcinogen.\n\nThe lot number is printed on the box.');
    expect(texts(d, 0)).toEqual(['Is the impurity dang', 'NDMA is classed as a']);
  });

  it('is read the same when the background preparation reached its document first (amendment QA′)', () => {
    const text = 'Is the impurity dangerous?\n\nNDMA is classed as a probable human carcinogen.\n\nThe lot number is printed on the box.';
    const prepared = doc('a', text);
    preparePassages(prepared.sentences);
    expect(texts(prepared, 0)).toEqual(texts(doc('a', text), 0));
    const unanswered = 'Will the plant reopen?\n\nThe lot number is printed on the box.';
    const preparedUnanswered = doc('b', unanswered);
    preparePassages(preparedUnanswered.sentences);
    expect(texts(preparedUnanswered, 0)).toEqual(texts(doc('b', unanswered), 0));
  });

  it('leaves a question someone is quoted asking to stand as their words', () => {
    const d = doc('a', 'The analyst asked, "If you\'re an Exxon, how do you compete?"\n\nMobil has more gas stations than before.');
    expect(texts(d, 0)).toEqual(['The analyst asked, "']);
  });
});

describe('a count announces a list only where a list follows or is held by a verb of having (docs/quality.md, "Session 62", rule LI)', () => {
  const texts = (d: ReturnType<typeof doc>, at: number) => partsOf(unitOf(d.sentences[at]!, () => d.sentences)!).map((s) => s.text.slice(0, 20));

  it('shows a plain sentence with a small count alone, not with the next paragraph', () => {
    const d = doc('a', 'The company operates five ferries on routes to the southern islands.\n\nThe search for the missing will continue until Friday, officials said.');
    expect(texts(d, 0)).toEqual(['The company operates']);
    expect(announcesListBefore('At least two bodies have been recovered so far.', 'Divers will return to the wreck on Monday.')).toBe(false);
  });

  it('still announces where the next sentence gives an item, or a verb of having holds the count', () => {
    expect(announcesListBefore('Two law firms said they were preparing a class action.', 'One of them said it had been contacted by 300 people.')).toBe(true);
    expect(announcesListBefore('The mayor set two conditions on Friday.', 'The second condition is a new audit.')).toBe(true);
    expect(announcesListBefore('The rebels have two demands for a settlement.', 'A ceasefire must come first.')).toBe(true);
    expect(announcesListBefore('The tribunal wants three things from Belgrade:', undefined)).toBe(true);
  });
});

describe('a transcript’s turn is one speaker’s (docs/quality.md, "Session 67", rule TQ)', () => {
  const hearing =
    'SEN. MARIA OKAFOR (Chair): Thank you all for coming today.\n\nDR. PRIYA RAMAN (FDA): Thank you, Senator.\n\nSEN. OKAFOR: Could the recall grow?\n\nDR. RAMAN: It is possible. Our investigators are reviewing batch records for 15 more lots.\n\nSEN. OKAFOR: How many bottles were shipped?\n\nDR. RAMAN: The company says 1.2 million bottles reached pharmacies.';
  const texts = (d: ReturnType<typeof doc>, at: number) => {
    const unit = unitOf(d.sentences[at]!, () => d.sentences);
    return unit ? partsOf(unit).map((s) => s.text.slice(0, 24)) : null;
  };

  it('shows no question with another speaker’s answer, nor an answer that leans on it with the question', () => {
    const d = doc('h', hearing);
    const at = (start: string) => d.sentences.findIndex((s) => s.text.startsWith(start));
    expect(texts(d, at('SEN. OKAFOR: Could'))).toBeNull();
    expect(texts(d, at('DR. RAMAN: It is'))).toBeNull();
    expect(texts(d, at('DR. RAMAN: The company'))).toEqual(['DR. RAMAN: The company s']);
    // Outside a transcript a question is still shown with its answer (rule QA).
    const article = doc('a', 'Could the recall grow?\n\nIt is possible, the agency said on Monday.');
    expect(texts(article, 0)).toEqual(['Could the recall grow?', 'It is possible, the agen']);
  });
});

describe('a claim the next sentence denies (docs/quality.md, "Session 73", rule CD)', () => {
  const texts = (d: ReturnType<typeof doc>, at: number) => {
    const unit = unitOf(d.sentences[at]!, () => d.sentences);
    return unit ? partsOf(unit).map((s) => s.text.slice(0, 20)) : null;
  };
  const claim =
    'Ambulances returned on Thursday.\n\nMarta Kessling, the group’s chief executive, has said the attackers used a remote-access account held by Corvane Data Services. Corvane has repeatedly denied this. On Friday its director said a review had cleared it.';

  it('is shown with its denial, whether or not the background preparation reached it first', () => {
    expect(texts(doc('a', claim), 1)).toEqual(['Marta Kessling, the ', 'Corvane has repeated']);
    const prepared = doc('a', claim);
    preparePassages(prepared.sentences);
    expect(texts(prepared, 1)).toEqual(['Marta Kessling, the ', 'Corvane has repeated']);
    expect(texts(doc('b', 'Hun Sen offered the opposition a share of power. Hun Sen, however, rejected that. The king stayed away.'), 0)).toEqual(['Hun Sen offered the ', 'Hun Sen, however, re']);
  });

  it('is shown alone when the next sentence denies something of its own or opens another paragraph', () => {
    expect(texts(doc('a', 'The minister said talks would resume. Pendry denied reports of a rift in the cabinet.'), 0)).toEqual(['The minister said ta']);
    expect(texts(doc('b', 'Kessling said the account was used.\n\nCorvane denied this.'), 0)).toEqual(['Kessling said the ac']);
  });
});
