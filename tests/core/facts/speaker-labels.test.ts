import { describe, expect, it } from 'vitest';
import { fullestSpeakerForms } from '../../../src/core/facts/fullest-speaker.js';
import { findQuotes, speakerKey } from '../../../src/core/facts/quotes.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** The speaker shown for each quotation of one made-up article: each inner array is a paragraph of sentences. */
function who(...paragraphs: string[][]): string[] {
  let position = 0;
  const doc: Sentence[] = paragraphs.flatMap((p, paragraph) => p.map((text, index) => ({ ...sentence('a', position++, text), paragraph, index })));
  return findQuotes(doc, () => doc).map((q) => q.speaker);
}

describe('the hearer of a request to speak is not the speaker (docs/quality.md, "Twenty-fifth round (issue 16speaker)", rule S1)', () => {
  it('credits the words someone is told to pass on to the one who told them', () => {
    expect(who(['The ferry strike entered its third week.', 'On Monday, Mayor Karl Ek told the skipper\'s son, Nils Dahl, to tell his father "the harbour will not forget him."'])).toEqual(['Karl Ek']);
    expect(who(['Minister Ola Berg asked the pilots to say "we will sail again" at the rally.'])).toEqual(['Ola Berg']);
  });

  it('credits no hearer told in the passive', () => {
    expect(who(['Tove Lind was told to tell the crew "the ship is sold."'])).not.toContain('Tove Lind');
  });

  it('keeps a subject who goes on to say the words', () => {
    expect(who(['Mayor Tove Lind went on to say "the ship is sold."'])).toEqual(['Tove Lind']);
  });
});

describe('a one-word name labelled with the description that introduces it (docs/quality.md, "Twenty-fifth round (issue 16speaker)", rule S2)', () => {
  it('labels a relative named by a given name alone with who she is to the person the article names', () => {
    expect(who(['The skipper, Anders Dahl, was lost at sea on Friday.', '"He loved that boat more than anything," Dahl\'s sister Karin, 34, said on Saturday.'])).toEqual(["Karin (Dahl's sister)"]);
    expect(who(['The skipper, Anders Dahl, was lost at sea.', '"He loved that boat," said Dahl\'s younger brother, Erik.'])).toEqual(["Erik (Dahl's younger brother)"]);
  });

  it('keeps a full name, and reads no verb as a description', () => {
    expect(who(['"He loved that boat," said Dahl\'s sister Karin Dahl.'])).toEqual(['Karin Dahl']);
    expect(who(['The skipper, Anders Dahl, was lost at sea.', "Dahl's father told Karin the news.", '"He loved that boat," Karin said.'])).toEqual(['Karin']);
  });

  it('keys the labelled speaker by the name, and shows the labelled form for the same voice in another article', () => {
    expect(speakerKey("Karin (Dahl's sister)")).toBe(speakerKey('Karin'));
    expect(fullestSpeakerForms(['Karin', "Karin (Dahl's sister)"])('Karin')).toBe("Karin (Dahl's sister)");
  });

  it('reads no description across a comma the name runs on from, and shows a full name over a description (amendment A1)', () => {
    expect(who(["The biggest flaw in Dahl's plan, Berg and others said, is its cost.", '"There is a case for a toll," Berg said.'])).toEqual(['Berg']);
    expect(fullestSpeakerForms(['Ola Berg', "Berg (Dahl's brother)"])("Berg (Dahl's brother)")).toBe('Ola Berg');
  });
});

describe('initials before one surname open a full name (docs/quality.md, "Twenty-fifth round (issue 16speaker)", rule S3)', () => {
  it('labels a surname with the full name the article writes with initials', () => {
    expect(who(['Harbour chief A.K. Varga opened the new quay on Monday.', '"We built it in a year," Varga said.'])).toEqual(['A.K. Varga']);
  });

  it('reads no full name from initials the article also writes before other words', () => {
    expect(who(['U.S. Varga met U.S. officials on Monday.', '"We built it in a year," Varga said.'])).toEqual(['Varga']);
  });
});

describe('a place is where, not who (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rule P1)', () => {
  it('carries no voice from a place written after "in" to the quotation after it', () => {
    const quoted = who(['The storm was centered in the North Sea, and it flooded the largest polder ever observed.'], ['"The water rose two metres in an hour."']);
    expect(quoted).not.toContain('North Sea');
  });

  it('keeps the speaker after an opening place', () => {
    expect(who(['In Rotterdam, Mayor Ola Berg said "the dikes held."'])).toEqual(['Ola Berg']);
  });
});

describe('an office is not its place (rule P2, issue 16speaker2)', () => {
  it('credits the office, not the place after its preposition', () => {
    expect(who(['Each wreath stood for "a life cut short and a family\'s grief" according to the Minister for Harbours.'])).toEqual(['Minister for Harbours']);
  });

  it('keeps the person named after the office', () => {
    expect(who(['"We will build it," said the Minister for Transport, Ola Berg.'])).toEqual(['Ola Berg']);
  });
});

describe('a capitalised title after an article is a role of its own (rule P3, issue 16speaker2)', () => {
  it('does not carry the voice heard before into words "The President" says', () => {
    expect(who(['Harbour unions said the strike would go on.'], ['The President said that "the strike is over."'])).toEqual(['president']);
  });
});

describe('a voice is carried on only inside its paragraph (docs/quality.md, "Twenty-eighth round (issue 16speaker5)", rule P)', () => {
  it("leaves a new paragraph that opens on words credited to no one without the last paragraph's speaker", () => {
    expect(who(['"The bridge will be rebuilt by spring," said Mayor Karl Ek.'], ['"We have been waiting for years.'])).toEqual(['Karl Ek', '']);
  });

  it('carries the voice on inside its own paragraph, and a pronoun across the bound', () => {
    expect(who(['"The bridge will be rebuilt by spring," said Mayor Karl Ek.', '"We have been waiting for years."'])).toEqual(['Karl Ek', 'Karl Ek']);
    expect(who(['Mayor Karl Ek said the bridge would be rebuilt by spring.'], ['He added that the town was "ready to pay its share."'])).toEqual(['Karl Ek']);
  });

  it("credits the new paragraph's quotation to the speaker it names later", () => {
    expect(who(['"The bridge will be rebuilt by spring," said Mayor Karl Ek.'], ['"We have been waiting for years.', 'Nobody came," said Tove Lind, a shopkeeper.'])).toEqual(['Karl Ek', 'Tove Lind', 'Tove Lind']);
  });
});

describe('a reporting word after a number or an article is a noun (docs/quality.md, "Twenty-eighth round (issue 16speaker5)", rule V)', () => {
  it('takes the speaker named after the verb, not the sentence\'s first word, when a plural like "states" comes before it', () => {
    const levin = 'Harbour fees that are charged in 12 states have not hurt trade, said Nils Dahl, an economist who directs the Centre on Harbour Studies, in Malmo.';
    expect(who([levin, '"We want ports to compete," he said.'])).toEqual(['Nils Dahl']);
    expect(who(['Fishing quotas set by the reports of two states are too low, said Karin Berg, a marine biologist, in Oslo.', '"The stocks are recovering," she said.'])).toEqual(['Karin Berg']);
  });

  it('keeps the verb after a name that ends on a number, and after "that"', () => {
    expect(who(['The treaty was signed in May.', 'Article 5 states that "an attack on one is an attack on all."'])).toEqual(['article']);
    expect(who(['Mayor Ola Berg signed a letter that states "the harbour must stay open to every boat."'])).toEqual(['letter']);
  });
});

describe('a colon hands the voice on, and words that open on the voice carry it (docs/quality.md, "Twenty-eighth round (issue 16speaker5)", amendment P′)', () => {
  it('credits a quotation set off as its own paragraph to the speaker the paragraph before introduces with a colon', () => {
    expect(who(['Mayor Karl Ek, who opened the bridge, said:'], ['"We have been waiting for years.', 'Now we can cross."'])).toEqual(['Karl Ek', 'Karl Ek']);
  });

  it('carries the voice into a new paragraph whose sentence opens on that voice', () => {
    expect(who(['"The bridge will be rebuilt by spring," said Mayor Karl Ek.'], ['Ek also cites the "long wait of the people on the north bank" as a reason.'])).toEqual(['Karl Ek', 'Karl Ek']);
  });
});

describe('a party word set off after a role is no name (docs/quality.md, "Twenty-eighth round (issue 16speaker5)", rule G)', () => {
  it('credits the role, and the person the sentence before names with its title abbreviated', () => {
    expect(who(['Harbour Gov. Karl Ek had warned that protesters were "not welcome here."', 'The governor, a Liberal, added, "What we do not need is a crowd of troublemakers."'])).toEqual(['Karl Ek', 'Karl Ek']);
  });

  it('keeps a name set off after the role', () => {
    expect(who(['The governor, Karl Ek, added, "What we do not need is a crowd of troublemakers."'])).toEqual(['Karl Ek']);
  });
});

describe('a description the article ties to one named person is that person (docs/quality.md, "Thirty-first round (issue 16speaker6)", rules H, N, N′)', () => {
  it('reads the head of a description before its of-phrase (rule H)', () => {
    expect(who(['"The ship is sold," the owner of the ferry wrote.'])).toEqual(['owner of the ferry']);
  });

  it('credits the writer the article identified by a copula to that person, and the voice carried on from it (rule N)', () => {
    expect(
      who([
        'A clerk for the harbour board sat down at his desk in a back office.',
        'The writer, who police believe was Anders Lund, sent the letter in May.',
        'The writer of the letter warned that the board had "become the easiest target in the city."',
        '"We are really in danger," he wrote.',
      ]),
    ).toEqual(['Anders Lund', 'Anders Lund']);
  });

  it('credits a description to the name the article sets off beside the same head, before or after it (rule N)', () => {
    expect(who(['The news of the strike, the Swedish pilot wrote, "almost made me quit the sea."', '"We have to sell the ship," the pilot, Tove Lind, wrote in her note.'])).toEqual(['Tove Lind', 'Tove Lind']);
    expect(who(['Anders Lund, a clerk for the harbour board, sent the letter in May.', 'The pier was closed on Friday.', '"The harbour will not reopen this year," the clerk wrote.'])).toEqual(['Anders Lund']);
  });

  it('takes the person a sentence opening on such a description introduces for the "he" after it (rule N′)', () => {
    expect(who(['The writer, who police believe was Anders Lund, noted the storm with alarm.', 'Striking a calm tone, he said he feared "the harbour will never reopen."'])).toEqual(['Anders Lund']);
  });

  it('names no one when the head is tied to two names, or the description is indefinite', () => {
    expect(
      who(['The pilot, Tove Lind, sailed first on Monday.', 'The pilot, Karin Berg, sailed second on Tuesday.', 'The pier was closed on Friday.', 'Rain fell all week.', '"We were the last ship to leave," the pilot wrote.']),
    ).not.toContain('Tove Lind');
    expect(who(['The clerk, Anders Lund, sent the letter in May.', 'The pier was closed on Friday.', 'Rain fell all week.', '"The harbour will not reopen this year," a clerk wrote.'])).not.toContain('Anders Lund');
  });
});

describe('a speaker ends before a participle that opens a clause on it (docs/quality.md, "Session 68", rule QP)', () => {
  it('credits the letter, not "letter faxed"; the court documents, not "court documents given"', () => {
    expect(who(['The union "will not accept a port run by strangers," said the letter faxed to foreign news agencies.'])).toEqual(['letter']);
    expect(who(['The skipper will be tried on a charge "of endangering the harbour and its crews," according to court documents given to his wife on Monday.'])).toEqual(['court documents']);
  });

  it('keeps the agent a participle names, and a participle that modifies the speaker before its noun', () => {
    expect(who(['"We will not give up the harbour," said the statement released by the dockers union.'])).toEqual(['dockers union']);
    expect(who(['"We will not give up the harbour," said a newly elected official in the port.'])).toEqual(['newly elected official']);
  });
});

describe('the subject pronoun of a clause a participle of speech closes (docs/quality.md, "Session 68", rule PS)', () => {
  it('credits the person the pronoun stands for, as "he said" is', () => {
    expect(who(['Harbour master Ola Berg spoke to the council.', 'In a speech on Monday, he attacked the shipping agents, saying they "are the cause of the backlog."'])).toEqual(['Ola Berg']);
  });

  it('keeps a name the clause gives', () => {
    expect(who(['Harbour master Ola Berg spoke to the council.', 'Mayor Tove Lind attacked the agents, saying they "are the cause of the backlog."'])).toEqual(['Tove Lind']);
  });
});

describe('a verb joined to the reporting verb, and "as X put it" (docs/quality.md, "Session 68", rules SA and PI)', () => {
  it('credits the subject of "smiled and said" past an opening clause (rule SA)', () => {
    expect(who(['When asked that question, Harbour Board chairman Sture Berg smiled and said "Look at the list of ships!"'])).toEqual(['Sture Berg']);
  });

  it('credits the one "as X put it" names, after the quotation or between two (rule PI)', () => {
    expect(who(['"The harbour is dying," as Ana Lind put it on Friday.'])).toEqual(['Ana Lind']);
    expect(who(['With this "lunatic harbour plan," as Ana Lind put it in the Harbour Review, the board "totally derails the port\'s future" by selling the pier.'])).toEqual(['Ana Lind']);
  });
});
