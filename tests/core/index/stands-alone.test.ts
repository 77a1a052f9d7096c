import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { descriptionHead, leaningKind, leansOnBefore, leansOnPrevious, standsAlone } from '../../../src/core/index/stands-alone.js';

/** Whether the second of two made-up sentences leans on the first, with the stems the index gives the first. */
function leansAfter(before: string, text: string, between = ' '): boolean {
  // A first sentence opens the document, so the pair is read after one that does not.
  const built = buildDocument({ id: 'made-up', text: `Police closed the bridge on Friday. ${before}${between}${text}` });
  if (!('document' in built)) throw new Error(built.error.message);
  const [, first, second] = built.document.sentences;
  expect(second?.text).toBe(text);
  return leansOnBefore(text, first);
}

describe('standsAlone', () => {
  it('takes a sentence that states its own subject', () => {
    expect(standsAlone('Police arrested a night guard over the harbour fire on Sunday.')).toBe(true);
    expect(standsAlone('He was arrested on Sunday.')).toBe(true);
    expect(standsAlone('Thatcher resigned in 1990.')).toBe(true);
    expect(standsAlone('Butler said the port would reopen.')).toBe(true);
  });

  it('refuses one that opens on a connective, a demonstrative or a quotation', () => {
    expect(standsAlone('However, there are two obstacles to a peace agreement.')).toBe(false);
    expect(standsAlone('But the envoy said the situation was as bad as before.')).toBe(false);
    expect(standsAlone('  This was the first time the two modules touched.')).toBe(false);
    expect(standsAlone('"We will rebuild," the mayor said.')).toBe(false);
    expect(standsAlone('“We will rebuild,” the mayor said.')).toBe(false);
  });
});

describe('leansOnPrevious', () => {
  it('catches a definite count and a time counted from the sentence before', () => {
    for (const text of ['The two leaders met again in Geneva.', 'Both men were charged on Friday.', 'Three days later, the talks resumed.', 'Hours later the truce collapsed.', 'The next day, officials denied it.']) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of ['Two men were charged with murder.', 'The two-party opposition bloc met.', 'Two days of talks ended on Friday.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a counted time further in only when its sentence gives nothing it could count from (rule TA′)', () => {
    for (const text of [
      'The talks resumed three days later.',
      'Both hostages were reported missing by their relatives the previous week.',
      'The salvage job began two hours earlier with the crane lifting the hull.',
      'Approximately ten minutes later, a second alarm sounded.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      // A time before it dates the event it counts from.
      'Guards were alerted at 11:43 p.m. and had a patrol at the gate four minutes later.',
      'The gunmen who stormed the bank on July 7 had scouted it nine days earlier.',
      // Another event told before it.
      'The farmer found the injured hiker, who had fallen from the ridge 18 hours earlier.',
      // A comparison, and the writer's coming week.
      'The ferry will sail on Monday, a day earlier than planned.',
      'Fuel prices are expected to rise over the next week.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a pronoun after a fronted phrase, more "other" of a count, and a demonstrative a few words in', () => {
    for (const text of [
      'In a speech on Friday, he attacked the currency traders.',
      'Asked about the vote, they declined to comment.',
      'Four other organizers were also detained.',
      'A total of six other guards were convicted.',
      'In making those pledges, the envoy asked for time.',
      'Other ministers resigned in protest.',
      'Others were set on fire in their homes.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    // A quotation whose speaker is a pronoun ('"We will not leave," he said.') leans since issue 16l's eleventh round (tested below).
    for (const text of [
      '"We will not leave," the mayor said.',
      'In 1978, twenty people died in a hotel fire.',
      'Among those killed were three children.',
      'Police said they found the truck on Friday.',
      'Other than the mayor, no official attended the funeral.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a sentence opening on the relative "Which", not a question (22nd round, 16tidy3, rule B1)', () => {
    expect(leansOnPrevious('Which is why the two ferry lines are considering a merger.')).toBe(true);
    expect(leansOnPrevious('Which ports will reopen first?')).toBe(false);
  });

  it('catches a definite shell noun with no content of its own, and "this" before a noun a few words in', () => {
    for (const text of ['The decision was made at the summit in Brest.', 'The surprise move angered the unions.', 'The report said 20 guests died.', 'By presenting this process as a first step, the envoy sought time.']) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      'The decision to close the harbour was made on Monday.',
      'The move by the council angered the unions.',
      'The news agency said so.',
      'The deal is worth 70 million euros.',
      'The council said this year would be hard.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('leaves an opening "this" before a time of the writer\'s present, as it does a few words in; "that day" still points back', () => {
    for (const text of ['This summer, the oil company agreed to buy a rival for $48.2 billion.', "This year's session of the conference begins next week in Bali."]) {
      expect(leansOnPrevious(text), text).toBe(false);
      expect(standsAlone(text), text).toBe(true);
    }
    for (const text of ['That day, the army struck the valley.', 'This proposal was rejected in 2022.']) expect(leansOnPrevious(text), text).toBe(true);
  });

  it('catches a pronoun or demonstrative inside the phrase before the subject, unless the phrase names its referent first (issue 16alone)', () => {
    for (const text of [
      'In it, the king urged the country to remain calm during the crisis.',
      'In the face of these partnerships, said an energy analyst in Houston, smaller producers will have to merge.',
      'Because of this, the talks in Geneva were put off until March.',
      'At that meeting, the ministers agreed to cut output by 2 million barrels a day.',
      'If he were to resign, the deputy premier would take power within days.',
      'Asked about them, the minister declined to comment on Tuesday.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      'After the company reported its results, shares fell 8 percent.',
      'After Yeltsin fell ill, his aides took over the talks.',
      'Given that the talks failed, oil prices rose sharply on Monday.',
      "In this year's election, turnout fell to a record low.",
      'In a statement, the ministry said 12 people died in the storm.',
      // A possessive in the phrase is the subject's own, told after it; "that" before a name opens a clause.
      'In its ruling, the court said the election was valid.',
      'On the day police learned that Jones had fled, the mayor resigned.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a demonstrative subject after a fronted phrase, not a time of the present nor "those who" (rule FT)', () => {
    for (const text of [
      'Accustomed to life in Lisbon and Oslo, this exchange student found himself alone in a small town.',
      'Asked about the vote, this official declined to comment.',
      'On Monday, these talks collapsed without a date for more.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of ["On Friday, this week's talks ended without a deal.", 'In the end, those who stayed behind were rescued by boat.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a subject pronoun after a fronted phrase that sets off an apposition, not one after a clause (rule FC)', () => {
    for (const text of ['As the founder of the banned workers party, the Free Labour Union, she announced its charter in June.', 'In the tradition of the great diarists, though, he has now embarked on his journals.']) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of ['Kessler was the favourite, but despite winning two stages, he has dropped out of contention.', 'In Lisbon, the capital, the mayor spoke.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a quoted connective, a quantifier subject, a participle with a pronoun object and "it" after a fronted phrase (16alone2)', () => {
    for (const text of [
      '"But we do things by the book," the launch director said.',
      '“And I call on the council to act before winter.”',
      'All have spent time in prison, one of them for 12 years.',
      'Each of them was sentenced to five years in jail.',
      'Neither has said whether he will stand again.',
      'Dragging him from the car, the gunmen drove off toward the border.',
      'With a magnitude of 4.3, it rattled windows 30 kilometres north of the city.',
      'Last week, it also refused to let inspectors visit the plant.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      '"Because of the storm, nobody could reach the village," the mayor said.',
      '"We do things by the book," the launch director said.',
      'All flights out of the capital were cancelled on Monday.',
      'None of the passengers was hurt when the bus overturned.',
      'Holding her baby, the mother ran from the burning house.',
      'Speaking to reporters, the minister said talks would go on.',
      'In 1990, it seemed the war was over.',
      'On June 2, it was reported that a seat was found in the water.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a conjunct set off by its comma at the head, and leaves the same words in other roles (16conj, rule C1)', () => {
    for (const text of [
      'In fact, the port handled more freight last year than in any year before.',
      'More important, the new levy is slowing the repair of the harbour walls.',
      'Of course, no ferry has sailed since the storm.',
      'In comparison, only two ferries were lost in the last storm.',
      'Rather, the point was to keep the night crossing.',
      'In particular, the mayor said, the wall needs new stone.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
      expect(standsAlone(text), text).toBe(false);
    }
    for (const text of [
      'After all the ferries had docked, the harbour was closed.',
      'Rather than wait for the tide, the crew cut the cable.',
      'Again forced to close, the ferry company laid off 40 workers.',
      'Overall freight volumes rose 3 percent in the year.',
      'In fact the port handled more freight last year.',
      // C2 (a conjunct after the first phrase) is not this round's rule.
      'The harbour master, in fact, said the wall would hold.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
      expect(standsAlone(text), text).toBe(true);
    }
  });

  it('catches "this" or "these" used as a pronoun before a preposition, not as a determiner (16conj, amendments A1, A1′)', () => {
    for (const text of ['Critics were quick to compare this to the cost of the new bridge.', 'Port officials see these as the first signs of recovery.']) expect(leansOnPrevious(text), text).toBe(true);
    for (const text of [
      'Port officials said this week to expect delays at the harbour.',
      'The ferry company expects these repairs to take six months.',
      // In a speaker's words "this" may take up the speech itself (amendment A1′).
      'The union leader said "The crews warned of cracks for years, and we raised this with the port every winter."',
    ])
      expect(leansOnPrevious(text), text).toBe(false);
  });
});

describe('leansOnBefore', () => {
  it('catches a description whose head the sentence before names, or takes up a name it gives', () => {
    expect(leansAfter('The merger must be cleared by the Federal Trade Commission.', 'The commission would review the merger for months.')).toBe(true);
    expect(leansAfter('Divers found wreckage floating off the coast on Tuesday.', 'The wreckage was taken to the port of Recife.')).toBe(true);
    expect(leansAfter('Acme Oil agreed on Tuesday to buy Borealis Petroleum for $7 billion.', 'The company said the purchase would cut 900 jobs.')).toBe(true);
    expect(leansAfter('Police searched three houses in Leeds on Tuesday.', 'The search ended without arrests.')).toBe(true);
    expect(leansAfter('Two women were charged as accessories, police said.', "The women's lawyer said they would plead not guilty.")).toBe(true);
  });

  it('catches a collective or an event noun that sums up the sentence before', () => {
    expect(leansAfter('Police charged Tom Reid and Ann Marsh with robbery.', 'The pair were held without bail.')).toBe(true);
    expect(leansAfter('Acme Oil agreed on Tuesday to buy Borealis Petroleum for $7 billion.', 'The deal must be approved by regulators.')).toBe(true);
    expect(leansAfter('Rebels fired rockets at the airport overnight.', 'The attack killed four guards.')).toBe(true);
  });

  it('catches the answer to a question the sentence before asks', () => {
    expect(leansAfter('Why did the bridge fall?', 'Engineers blamed rusted cables.')).toBe(true);
  });

  it('leaves the sentence after a colon: cleaning may have dropped the list between them', () => {
    expect(leansAfter('The council set three conditions for the talks:', 'The talks resume in Geneva on Monday.', '\n')).toBe(false);
  });

  it('leaves names, descriptions that identify themselves, and a head the sentence before does not name', () => {
    expect(leansAfter('Stocks fell sharply in New York.', 'The Dow Jones industrial average dropped 300 points.')).toBe(false);
    expect(leansAfter('Saramago won the literature prize.', 'The Swedish Academy said his novels were daring.')).toBe(false);
    expect(leansAfter('The merger must be cleared by the Federal Trade Commission.', 'The head of the commission said a review would take months.')).toBe(false);
    expect(leansAfter('The merger must be cleared by the Federal Trade Commission.', 'The company that owns the refinery said it would sell.')).toBe(false);
    expect(leansAfter('Heavy rain fell on Tuesday.', 'The company said the harbour would stay shut.')).toBe(false);
    expect(leansAfter('A fire killed 60 teenagers at a dance hall.', 'The police said the hall was overcrowded.')).toBe(false);
  });

  it("never counts a document's first sentence as leaning", () => {
    expect(leansOnBefore('The commission would review the merger for months.', undefined)).toBe(false);
    expect(leansOnBefore('The pair were held without bail.', undefined)).toBe(false);
  });

  it('reads the head of a description as the word before its verb, or the one that carries a possessive', () => {
    expect(descriptionHead('The commission would review the merger.')).toBe('commission');
    expect(descriptionHead("The company's chief executive said the plant would close.")).toBe('company');
    expect(descriptionHead('The injured man was taken to hospital.')).toBe('man');
    expect(descriptionHead('The head of state said so.')).toBeNull();
    expect(descriptionHead('The Swedish Academy said so.')).toBeNull();
  });
});

/** The kind of the eleventh round by which the second of two made-up sentences leans on the first, with the stems the index gives it. */
function kindAfter(before: string, text: string): string | null {
  const built = buildDocument({ id: 'made-up', text: `Police closed the bridge on Friday. ${before} ${text}` });
  if (!('document' in built)) throw new Error(built.error.message);
  const [, first, second] = built.document.sentences;
  expect(second?.text).toBe(text);
  expect(leansOnBefore(text, first) || leansOnPrevious(text), text).toBe(leaningKind(text, first) !== null || leansOnBefore(text, first) || leansOnPrevious(text));
  return leaningKind(text, first);
}

describe('leaningKind (issue 16l, eleventh round)', () => {
  it('catches a description of an act or a role that takes up the sentence before, in any words', () => {
    expect(kindAfter('The governor promised on Monday that no striker would be arrested.', 'The assurances were aimed at the union leader, who had fled to the coast.')).toBe('anaphoric noun');
    expect(kindAfter('Four aid workers were found dead by a roadside near the border.', 'The victims were seized on Oct. 3 by masked men.')).toBe('anaphoric noun');
    expect(kindAfter('The envoys met for nine hours in a lakeside hotel.', 'The resulting framework was vague and left the border open.')).toBe('anaphoric noun');
    expect(leansAfter('The governor promised on Monday that no striker would be arrested.', 'The assurances were aimed at the union leader.')).toBe(true);
  });

  it('catches a thing a name in the sentence before gives, and a description after a fronted phrase', () => {
    expect(kindAfter('A Nordic Air A340 lands at Oslo airport in March.', 'The aircraft was destroyed when it hit the sea.')).toBe('named thing');
    expect(kindAfter('Monitors from the Geneva office were slow to arrive.', 'By August, when the fighting was at its height, the monitors were unable to reach the villages.')).toBe('fronted description');
    expect(kindAfter('Shares of Acme Oil fell on Tuesday.', 'On Monday, the company said it would close the refinery.')).toBe('fronted description');
  });

  it('catches "another" counting on, "among them", and a quotation whose speaker the item does not name', () => {
    expect(kindAfter('Sixty teenagers died in the fire.', 'Police said another 173 people were injured, 20 of them badly.')).toBe('another');
    expect(kindAfter('Eleven deputies stayed away from the vote.', 'Among them was the speaker of the house.')).toBe('among them');
    expect(kindAfter('The mayor spoke to the crowd at the stadium.', '"I call upon the youth of the world to meet again in four years."')).toBe('quotation without speaker');
    expect(kindAfter('The mayor spoke to the crowd at the stadium.', '"We will rebuild every house on this street," he told them.')).toBe('pronoun speaker');
  });

  it('leaves quotations with their speaker, quoted titles, descriptions that name their own referent, and a first sentence', () => {
    expect(kindAfter('The mayor spoke to the crowd at the stadium.', '"We will rebuild every house on this street," the mayor said.')).toBeNull();
    expect(kindAfter('The mayor spoke to the crowd at the stadium.', '"Titanic" won eleven awards that night.')).toBeNull();
    expect(kindAfter('Shares of Acme Oil fell on Tuesday.', 'Acme Oil will close the refinery, the company said.')).toBeNull();
    expect(kindAfter('Heavy rain fell on the coast.', 'The aircraft of the royal air force flew over the city.')).toBeNull();
    expect(kindAfter('Heavy rain fell on the coast.', 'Police sent another team of divers to the harbour.')).toBeNull();
    expect(leaningKind('Another strong aftershock rocked the coast on Wednesday.', undefined)).toBeNull();
    expect(leaningKind('The victims were seized on Oct. 3 by masked men.', undefined)).toBeNull();
  });
});

/** Rule HP (docs/quality.md, "Session 69"): a fronted "his" or "her" points back unless the subject after it can own it. */
describe('a personal possessive in a phrase before the subject (rule HP)', () => {
  it('points back when the subject names no one it could belong to', () => {
    expect(leansOnPrevious('By his estimate, the strike is costing the regional economy closer to 20 million euros a day.')).toBe(true);
    expect(leansOnPrevious('Under his command, soldiers photographed the prisoners.')).toBe(true);
  });

  it("is the subject's own when a name, a pronoun or a person's title follows", () => {
    expect(leansOnPrevious('For his part, Saramago said he was happy.')).toBe(false);
    expect(leansOnPrevious('In his speech, Hun Sen attacked the opposition.')).toBe(false);
    expect(leansOnPrevious('In her statement, the minister said the port would reopen on Monday.')).toBe(false);
    expect(leansOnPrevious('In his 1895 will, Nobel endowed the prizes.')).toBe(false);
  });
});

describe('a subject pronoun after a time phrase written without its comma (docs/quality.md, "Session 73", rule TF)', () => {
  it('leans, as it does after a comma', () => {
    expect(leansOnPrevious('On Wednesday it said the records of at least 12,400 patients had been copied.')).toBe(true);
    expect(leansOnPrevious('On Tuesday he plans to travel to Pristina, the capital of Kosovo.')).toBe(true);
    expect(leansOnPrevious('In 1993 he was put in a labor camp for two years.')).toBe(true);
    expect(leansOnPrevious('Later that day she resigned.')).toBe(true);
    // "it" of a verb of saying leans with the comma too.
    expect(leansOnPrevious('On Wednesday, it said the count had risen.')).toBe(true);
  });

  it('does not lean on an expletive "it", a name after the phrase, or a phrase that is no time', () => {
    expect(leansOnPrevious('Earlier today it was revealed by French authorities that the plane sent 24 error messages.')).toBe(false);
    expect(leansOnPrevious('Last year it rained on 200 days.')).toBe(false);
    expect(leansOnPrevious('In March the company said it would close the plant.')).toBe(false);
    expect(leansOnPrevious('In 1990, it was clear that the plant would close.')).toBe(false);
  });
});

describe('a verb phrase left out at the end (docs/quality.md, "Session 73", rule VE)', () => {
  it('leans when the sentence only reports that someone did or did not', () => {
    expect(leansOnPrevious('Corvane says they did not.')).toBe(true);
    expect(leansOnPrevious('The minister said he had not.')).toBe(true);
    expect(leansOnPrevious('Police believe Smith did.')).toBe(true);
  });

  it('does not lean where the sentence gives the verb it leaves out', () => {
    expect(leansOnPrevious('Analysts said that Exxon has a strong presence in Angola, while Mobil does not.')).toBe(false);
    expect(leansOnPrevious('Foreign investors have also not wholly abandoned Malaysia, as experts had predicted they would.')).toBe(false);
  });
});

describe('a place taken up by "there" (docs/quality.md, "Session 74", rule DX)', () => {
  it('reads "Six remain there" as leaning on the sentence that names the place, and an existential "there" as not', () => {
    expect(leansOnPrevious('Six remain there, two of them on dialysis, and seven have developed haemolytic uraemic syndrome.')).toBe(true);
    expect(leansOnPrevious('Police found the bodies there on Monday.')).toBe(true);
    expect(leansOnPrevious('There are six children in hospital.')).toBe(false);
    expect(leansOnPrevious('Officials said there will be no more cuts this year.')).toBe(false);
    expect(leansOnPrevious('Prices rose here and there.')).toBe(false);
    // Amendment DX′: a place the sentence names itself.
    expect(leansOnPrevious("Matthew Shepard was born in Casper, the capital of Wyoming's oil belt, and spent much of his youth there.")).toBe(false);
    // A speaker's "there" is the speaker's, read with the quotation's own rules.
    expect(leansOnPrevious('The victims said "we were there".')).toBe(false);
  });

  it('reads a place named on or through, or by a name after its article, as the sentence\'s own (amendment DX″, "Session 75")', () => {
    expect(leansOnPrevious('The operator said trains would not cross the River Vell there until May 26 at the earliest.')).toBe(false);
    expect(leansOnPrevious('Police searched the house on Elm Street and found the weapon there.')).toBe(false);
    // A name that opens the sentence is its subject, not the place "there" takes up.
    expect(leansOnPrevious('The Kremlin said talks would resume there.')).toBe(true);
  });
});

describe('a number word or an indefinite quantifier with no noun leans on the sentence before (docs/quality.md, "Session 77", rule QN)', () => {
  it('reads "One was discharged" and "Several of them were arrested" as counting what the sentence before named', () => {
    for (const text of [
      'One was discharged on Tuesday morning, the fire service said.',
      'Several of them were arrested at the border.',
      'Two were later released without charge.',
      'Many have since returned to the valley.',
      'A few were still missing on Friday.',
      'Two died on Tuesday.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      'One firefighter was discharged on Tuesday morning.',
      'Two people were taken to hospital.',
      'Many residents have returned.',
      'Some 300 people were evacuated.',
      'Several buildings were destroyed.',
      'Some unnamed U.S. officials suggested that talks resume.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });
});

describe('a bare noun of quantity as the subject leans on the figure before (docs/quality.md, "Session 80", rule QB)', () => {
  it('reads "the figure was 81%" and "The number is lower than …" as a figure told before, whether or not a verb of saying reports it', () => {
    for (const text of [
      'The county health agency said Monday the figure was 81%.',
      'The number is lower than the 312 pupils the agency counted on Monday.',
      'The total was 26, officials said.',
      'Officials said the count had risen to 40 by Friday.',
      'The union told reporters the estimate was too low.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
  });

  it('leaves a noun of quantity that names what it counts, or is no subject, to stand alone', () => {
    for (const text of ['The death toll rose to 20 on Tuesday.', 'The number of confirmed cases rose to 26 on Monday.', 'The case count was lowered to 20 from 21.', 'Two more cases were confirmed on Tuesday, bringing the total to 19.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });
});
