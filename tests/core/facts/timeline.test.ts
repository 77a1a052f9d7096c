import { describe, expect, it } from 'vitest';
import { findDates, findEvents, oneEventEach } from '../../../src/core/facts/timeline.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Each event of one sentence as "written date:resolved date", its article dated `articleDay`. */
function eventsOn(text: string, articleDay: string): string[] {
  return findEvents([sentence('a.md', 0, text)], () => articleDay).map((e) => `${e.when}:${e.date}`);
}

const STORY = [
  'Harbor strike enters its eighth month.',
  '',
  'Dock workers began the harbor strike in late February over the dredging contract, union leader Ana Ruiz said on Monday.',
  '',
  'Talks to end the harbor strike will resume in March, Ruiz said.',
  '',
  '"We are not ending this harbor strike without a contract," Ruiz told reporters at the harbor gate.',
].join('\n');

function briefOn(docs: { id: string; text: string; published: string }[]) {
  const library = createLibrary(
    'harbor',
    docs.map((d) => ({ id: d.id, text: d.text, meta: { published: d.published } })),
  );
  const r = library.brief('harbor strike');
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe('the timeline of a briefing', () => {
  it('shows no event for a date that says when a thing was made or began (issue 16k)', () => {
    const events = (text: string) => findDates([sentence('a.md', 0, text)], () => '2008-06-18').map((d) => `${d.when}:${d.date}:${d.isEvent}`);
    expect(events('The senator released harbour board memos dating from 2003 and written by its lawyers.')).toEqual(['2003:2003:false']);
    expect(events('The dockers keep a custom that dates back to 1850 and a charter dating to May 1921.').map((e) => e.endsWith(':false'))).toEqual([true, true]);
    // The date of what happened stays an event.
    expect(events('The harbour board released the memos in 2003.')).toEqual(['2003:2003:true']);
  });

  it('keeps "as early as Thursday" and "as recently as Monday" as events; "as high as it was on Monday" stays a comparison (issue 16recall)', () => {
    const events = (text: string, published: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);
    expect(events('Harbor officials said a deal on the dredging contract is expected as early as Thursday.', '1998-11-24')).toEqual(['Thursday:1998-11-26:true']);
    expect(events('The port index rose above 900 as recently as Monday, traders said.', '1998-10-01')).toEqual(['Monday:1998-09-28:true']);
    expect(events('The port index was as high as it was on Monday, traders said.', '1998-10-01')).toEqual(['on Monday:1998-09-28:false']);
  });

  it('dates a weekday after a timetable verb in the simple present to the coming one (issue 16recall)', () => {
    const events = (text: string) => findDates([sentence('a.md', 0, text)], () => '1998-10-09').map((d) => `${d.when}:${d.date}`);
    expect(events('The harbor festival starts here Sunday with a parade and a concert on Monday by the dockers band.')).toEqual(['Sunday:1998-10-11', 'on Monday:1998-10-12']);
    // The past tense, and a present verb in another clause, leave the weekday the one just past.
    expect(events('The harbor festival started here Sunday with a parade, the organizers said.')).toEqual(['Sunday:1998-10-04']);
    expect(events('The dockers leader, who opens every meeting with a song, said Monday that talks had failed.')).toEqual(['Monday:1998-10-05']);
  });

  it('dates a weekday whose event only may happen to the coming one, and one that may have happened to the last', () => {
    const ahead = findDates([sentence('a.md', 0, "The mayor's visit Monday may be called off if the storm worsens, her office said.")], () => '1998-10-11');
    expect(ahead.find((d) => d.when.includes('Monday'))?.date).toBe('1998-10-12');
    const past = findDates([sentence('a.md', 0, 'The mayor may have met the union leaders on Monday, an aide said.')], () => '1998-10-11');
    expect(past.find((d) => d.when.includes('Monday'))?.date).toBe('1998-10-05');
  });

  it('takes a year ahead that a target is to be met by for no event, and keeps a past one and a deadline day', () => {
    // Was shown as "2020: It calls for … by the year 2020": a target year, not something that happened then.
    const at = (text: string) => findDates([sentence('a.md', 0, text)], () => '2007-12-14').map((d) => [d.date, d.isEvent]);
    expect(at('It calls for ports to cut their emissions by 25 to 40 percent by the year 2020.')).toEqual([['2020', false]]);
    expect(at('The harbour must be dredged by 2012, the plan says.')).toEqual([['2012', false]]);
    expect(at('The harbour had been dredged by 2005.')).toEqual([['2005', true]]);
    expect(at('They must consider the decree by Dec. 20.')[0]).toEqual(['2007-12-20', true]);
  });

  it('takes a baseline year of a level, and a target year or horizon ahead, for no event (issue 16read)', () => {
    // Were shown as "1990:", "2009:" and "2012:" on the timeline of a climate conference held in December 2007.
    const at = (text: string) => findDates([sentence('a.md', 0, text)], () => '2007-12-14').map((d) => [d.date, d.isEvent]);
    expect(at('Ports are to cut their emissions by 25 percent from 1990 levels, the draft says.')).toEqual([['1990', false]]);
    expect(at('The proposed frame is 25-40% cuts in port emissions from 1990 baselines.')).toEqual([['1990', false]]);
    expect(at('The plan sets the target year of 2009 for a new harbour treaty.')).toEqual([['2009', false]]);
    expect(at('The talks are to lead to a roadmap on emission caps for after 2012.')).toEqual([['2012', false]]);
    // A year past after "after" still dates what happened; a level's year stays one when it is no baseline.
    expect(at('The harbour was dredged after 2005.')).toEqual([['2005', true]]);
    expect(at('Water rose in 1990 to the harbour wall.')).toEqual([['1990', true]]);
  });

  it('takes a year that opens a period, is named as a target or follows "post" written apart for no event (issue 16figs)', () => {
    // Were shown as "2012:" and "2010:" on the timeline of a climate conference held in December 2007.
    const at = (text: string) => findDates([sentence('a.md', 0, text)], () => '2007-12-14').map((d) => [d.date, d.isEvent]);
    expect(at('Getting on track for a harbour accord for 2012 onwards is the main task of the talks.')).toEqual([['2012', false]]);
    expect(at('The port authority called for 2010 as target year for the new dredging plan.')).toEqual([['2010', false]]);
    expect(at('Some groups had wished for post 2012 harbour negotiations to start sooner.')).toEqual([['2012', false]]);
    // A year in which something was done stays an event.
    expect(at('The port authority called for new dredging in 2005 as the channel silted up.')).toEqual([['2005', true]]);
  });

  it('takes a past year that closes a span for no event, and keeps a month something is put off until (issue 16figs, rule U)', () => {
    // Was shown as "1989:" on the timeline: the sentence tells how long a former state lasted.
    const at = (text: string) => findDates([sentence('a.md', 0, text)], () => '1998-10-05').map((d) => [d.date, d.isEvent]);
    expect(at('The dockers want the rights they had until 1989, when the port was sold.')).toEqual([['1989', false]]);
    // A month something is put off until is what it is moved to: still an event.
    expect(at('The port board put off until March any decision on the dredging.').map(([, isEvent]) => isEvent)).toEqual([true]);
  });

  it('dates a month something is put off until as the coming one (issue 16figs, rule V)', () => {
    const at = (text: string) => findDates([sentence('a.md', 0, text)], () => '1998-11-27').map((d) => [d.date, d.isEvent]);
    expect(at('The port board put off until March any decision on the dredging.')).toEqual([['1999-03', true]]);
    expect(at('The dockers postponed their strike until at least February.')).toEqual([['1999-02', true]]);
    // Without a verb of deferral the month keeps its reading: what lasted until March lasted until the March before.
    expect(at('The dockers stayed on strike until March.')).toEqual([['1998-03', true]]);
  });

  it('dates a month named without its year to the one just past, unless the sentence looks ahead', () => {
    const b = briefOn([{ id: 'a.md', text: STORY, published: '1998-10-05' }]);
    expect(b.timeline.find((e) => e.when.includes('February'))?.date).toBe('1998-02');
    expect(b.timeline.find((e) => e.when.includes('March'))?.date).toBe('1999-03');
  });

  it('shows a sentence that two wire updates repeat once, in the timeline and in who said what', () => {
    const b = briefOn([
      { id: 'update-1.md', text: STORY, published: '1998-10-05' },
      { id: 'update-2.md', text: STORY.replace('eighth month', 'eighth month as talks near'), published: '1998-10-05' },
    ]);
    const texts = b.timeline.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    const quotes = b.quotes.map((q) => q.text);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('shows an entry cut inside a quotation with the sentences that complete the quotation', () => {
    const text = ['Harbor strike enters its eighth month.', '', 'Union leader Ana Ruiz told reporters on Monday that "The harbor strike goes on until the contract is signed. We will not give up the harbor," Ruiz said.'].join('\n');
    const b = briefOn([{ id: 'a.md', text, published: '1998-10-07' }]);
    const monday = b.timeline.find((e) => e.when.includes('Monday'));
    expect(monday?.text).toBe('Union leader Ana Ruiz told reporters on Monday that "The harbor strike goes on until the contract is signed. We will not give up the harbor," Ruiz said.');
    for (const e of b.timeline) expect((e.text.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('gives an entry shown over several sentences each sentence verbatim, as a passage does', () => {
    const text = ['Harbor strike enters its eighth month.', '', 'Union leader Ana Ruiz told reporters on Monday that "The harbor strike goes on!* We will not give up the harbor," Ruiz said.'].join('\n');
    const monday = briefOn([{ id: 'a.md', text, published: '1998-10-07' }]).timeline.find((e) => e.when.includes('Monday'));
    expect(monday?.parts).toEqual(['Union leader Ana Ruiz told reporters on Monday that "The harbor strike goes on!', '* We will not give up the harbor," Ruiz said.']);
    expect(monday?.text).toBe(monday?.parts?.join(' '));
  });
});

describe('dates that follow the text', () => {
  const dated = (text: string, published: string | undefined, storyDate?: string) =>
    findDates([sentence('a', 0, text)], () => published, storyDate).map((d) => `${d.when}=${d.date}${d.isEvent ? '' : ' (background)'}${d.inferred ? ' (inferred)' : ''}`);

  it('resolves a weekday forward when the sentence looks ahead, backward when it reports', () => {
    // 2024-03-04 is a Monday.
    expect(dated('The harbour board will meet on Tuesday.', '2024-03-04')).toEqual(['on Tuesday=2024-03-05']);
    expect(dated('The harbour board met on Tuesday.', '2024-03-04')).toEqual(['on Tuesday=2024-02-27']);
    // The future of a clause the main verb reports ("announced that he would …") is not the main clause's.
    expect(dated('The harbour master on Tuesday announced that he would reopen the pier.', '2024-03-07')).toEqual(['on Tuesday=2024-03-05']);
    expect(dated('The harbour master on Tuesday will announce that the pier reopens.', '2024-03-04')).toEqual(['on Tuesday=2024-03-05']); // A plan as it stood when reported ("was to discuss") is ahead of the report; what "was to have" happened did not.
    expect(dated('The mayor was to discuss the budget with council leaders on Wednesday morning.', '2024-03-05')).toEqual(['on Wednesday morning=2024-03-06']);
  });

  it('stops the tense at a clause break and reads "for Friday" as a time set ahead', () => {
    // 2024-03-08 is a Friday.
    expect(dated('The crisis, deepened by the default of the bank in August, will not end soon.', '2024-11-20')).toEqual(['August=2024-08']);
    expect(dated("Trade volumes this month will be high _ off from April's peak of the year.", '2024-11-20')).toEqual(['this month=2024-11', 'April=2024-04']);
    expect(dated('On Tuesday the mayor announced a ceremony for Friday at the harbour.', '2024-03-06')).toEqual(['On Tuesday=2024-03-05', 'Friday=2024-03-08']);
  });

  it('dates a month an infinitive of intent looks ahead to as the coming one, within its clause', () => {
    expect(dated('The mayor has decided to send her deputy to the November summit of port cities.', '2024-10-16')).toEqual(['November=2024-11']);
    expect(dated('The union agreed to hold a new vote in March.', '2024-10-16')).toEqual(['March=2025-03']);
    // The intent does not reach past its clause: what follows a comma is reported as it was.
    expect(dated('The mayor agreed to resign, and the council met in November.', '2024-10-16')).toEqual(['November=2023-11']);
  });

  it('dates a time inside an infinitive of expecting, or a month inside one of directing, as the coming one, across its object (issue 16figs)', () => {
    // 2024-10-13 is a Sunday.
    expect(dated('Port officials said they expected Ana Ruiz, the union leader who led the last strike, to meet the harbor board on Monday.', '2024-10-13')).toEqual(['on Monday=2024-10-14']);
    expect(dated('The governor urged the dock owners to come up with a plan before a meeting of the port council in November.', '2024-10-16')).toEqual(['November=2024-11']);
    // An order or an agreement told in the past is carried out on the weekday it names; a passive asking is dated itself.
    expect(dated('Doctors ordered the mayor to stay in bed on Friday.', '2024-10-13')).toEqual(['on Friday=2024-10-11']);
    expect(dated('Asked to comment on Friday, Ruiz declined.', '2024-10-13')).toEqual(['on Friday=2024-10-11']);
    // A relative clause inside the infinitive dates its own verb.
    expect(dated('The port wants the city to pay the second part of a loan that was approved in July.', '2024-10-16')).toEqual(['July=2024-07']);
  });

  it('dates "this time last week" as the day a week before the article, not as a month (issue 16figs)', () => {
    expect(dated('Checkpoints that were closed this time last week are now open to the monitors.', '2024-10-13')).toEqual(['last week=2024-10-06']);
    // Without "this time" the week is given as its month, as before.
    expect(dated('Checkpoints closed last week are now open to the monitors.', '2024-10-13')).toEqual(['last week=2024-10']);
  });

  it('dates a month a particular thing is scheduled for in the simple present as the coming one', () => {
    expect(dated('The ferry operator holds a special licence, which expires in February.', '2024-12-09')).toEqual(['February=2025-02']);
    // A plural noun before "in" is no verb: what happened then stays in the past.
    expect(dated('The dockers won the harbour elections in July.', '2024-12-09')).toEqual(['July=2024-07']);
  });

  it('reads "last November" as the one before the article\'s month and "this Saturday" as the article\'s week', () => {
    expect(dated("The dockers signed last November's contract after a long strike.", '2024-11-20')).toEqual(['November=2023-11']);
    expect(dated("The town talks of little but this Saturday's regatta.", '2024-03-08')).toEqual(['this Saturday=2024-03-09']);
  });

  it('keeps vague times, centuries, quarters and records over some years off the timeline, dated as the guide says', () => {
    expect(dated('In the past, the harbour board has rejected such plans.', '2024-03-04')).toEqual(['In the past=null (background)']);
    expect(dated('The fleet could be gone by the turn of the century.', '1998-03-04')).toEqual(['the turn of the century=2000 (background)']);
    expect(dated('Shipping boomed early this century and may boom again into the next century.', '1998-03-04')).toEqual(['early this century=19 (background)', 'into the next century=20 (background)']);
    expect(dated('Exports grew in the third quarter.', '2024-11-04')).toEqual(['the third quarter=2024 (background)']);
    expect(dated('The index fell to a 12-year low.', '2024-11-04')).toEqual(['12-year low=2012 (background)']);
    expect(dated('The first storm of the fall flooded the quay.', '2024-11-04')).toEqual(['the fall=2024 (background)']);
  });

  it('does not place an event on a day nothing was known, nor on what would have happened', () => {
    expect(dated('It was unclear Wednesday whether the talks had ended.', '2024-03-07')).toEqual(['Wednesday=2024-03-06 (background)']);
    expect(dated('The crew did not return calls Wednesday, and it was unclear Wednesday night what came next.', '2024-03-07')[0]).toBe('Wednesday=2024-03-06');
    expect(dated('Without the new law, donors would have waited until 2026 to claim the relief.', '2024-03-07')).toEqual(['2026=2026 (background)']);
  });

  it('places no event on what a condition says may follow', () => {
    expect(dated('If the mill closes, orders this month will fall to their lowest since spring.', '2024-03-07')).toEqual(['this month=2024-03 (background)']);
    expect(dated('Unless the union agrees, the port will shut on Friday.', '2024-03-07')).toEqual(['on Friday=2024-03-08 (background)']);
    // A condition inside the sentence leaves what it reports as it was.
    expect(dated('The port shut on Friday, and it will stay shut if the union refuses.', '2024-03-07')).toEqual(['on Friday=2024-03-01']);
  });

  it('gives an undated article the year of its story, marked inferred', () => {
    expect(dated('The pier was closed on August 15.', undefined, '2024-09-02')).toEqual(['August 15=2024-08-15 (inferred)']);
    // A weekday needs the article's own date: the story's does not say which week.
    expect(dated('The pier was closed on Monday.', undefined, '2024-09-02')).toEqual(['on Monday=null']);
  });

  it("takes an undated article's day in the year nearest its story's date, whatever the tense (rule UY)", () => {
    // The article may have been written before or after the story's date: its tense says nothing of which year.
    expect(dated('He remains free on bail until June 15, when he is due to begin his sentence.', undefined, '2026-05-26')).toEqual(['June 15=2026-06-15 (inferred)']);
    expect(dated('The pier was closed on January 3.', undefined, '2025-12-20')).toEqual(['January 3=2026-01-03 (inferred)']);
    // A dated article's tense still says which side of its own day.
    expect(dated('The pier was closed on June 15.', '2026-05-26')).toEqual(['June 15=2025-06-15']);
  });

  it('dates a day named relative to the article ("earlier today", "yesterday") only against the article\'s own date', () => {
    expect(dated('A strong earthquake struck off the coast earlier today at 21:53 UTC, the survey said.', undefined)).toEqual(['today at 21:53 UTC=null']);
    expect(dated('Rescuers reached the village yesterday.', undefined, '2024-09-02')).toEqual(['yesterday=null']);
    // A dated article still dates its own day.
    expect(dated('Rescuers reached the village yesterday.', '2024-09-03')).toEqual(['yesterday=2024-09-02']);
  });

  it('keeps a year that is part of a name off the timeline ("the 2024 Harbour Regatta"); one before a common noun dates it (rule YA)', () => {
    // Rule YA (docs/quality.md, "Session 68"): the year before a common noun dates what the noun names, as the gold writers read it.
    expect(dated('On the anniversary of the 2019 floods, the mayor opened a new sea wall.', '2024-03-04')).toEqual(['2019=2019']);
    // Amendment YA′: with another time in the sentence, that time dates what it reports; the year before the noun is background.
    expect(dated('The harbour master this week said the port would only accept a deal similar to a 2019 plan.', '2024-03-04')).toEqual(['this week=2024-03', '2019=2019 (background)']);
    expect(dated('Lena Berg has won the 2024 Harbour Regatta.', '2024-03-04')).toEqual(['2024=2024 (background)']);
    expect(dated("The port's 2023 budget was cut.", '2024-03-04')).toEqual(['2023=2023 (background)']);
    // A year that places what the sentence reports stays an event.
    expect(dated('The sea wall was built in 2019.', '2024-03-04')).toEqual(['2019=2019']);
    expect(dated('During the 2019 floods, the ferry stopped running.', '2024-03-04')).toEqual(['2019=2019']);
    // A name written without its article ("the route of 2024 Harbour Regatta") is background too; "in March of 2019" is a date.
    expect(dated('The council changed the route of 2024 Harbour Regatta twice.', '2024-03-04')).toEqual(['2024=2024 (background)']);
    expect(dated('The sea wall was built in March of 2019.', '2024-03-04')).toEqual(['March of 2019=2019-03']);
    // A year numbering a name ("Harbour Resolution 1998", "Expo 2020") is no date of an event; "In 2019" opening the sentence is.
    expect(dated('The ferry was seized under Harbour Resolution 1998 of the council.', '2024-03-04')).toEqual(['1998=1998 (background)']);
    expect(dated('In 2019 the ferry was seized.', '2024-03-04')).toEqual(['2019=2019']);
  });

  it('takes the year of an event named after "since" a comparison for a baseline', () => {
    expect(dated('It was the worst flood in the port since the great storm surge in 1953.', '2024-03-04')).toEqual(['1953=1953 (background)']);
  });

  it('dates the event named after "since" when no comparison comes before it (rule SE)', () => {
    expect(dated('No new ferry line has opened since the founding of the Harbour Board in 1962.', '2024-03-04')).toEqual(['1962=1962']);
    expect(dated('The board has sent a deputy every year since the first regatta in 1993.', '2024-03-04')).toEqual(['1993=1993']);
  });

  it('places no event on a denied future or on the span an amount is measured over', () => {
    expect(dated('Traders are confident that the port will not fall into a slump next year.', '2024-03-04')).toEqual(['next year=2025 (background)']);
    expect(dated('Nordhavn, with $12.5 billion in sales last year, looks big enough to buy anyone.', '2024-03-04')).toEqual(['last year=2023 (background)']);
    expect(dated('The 300 dockers left, out of about 900 a decade ago, fear for their jobs.', '2024-03-04')).toEqual(['a decade ago=2014 (background)']);
    // What will happen on a day stays scheduled; a movement on a day stays an event.
    expect(dated('The harbour board will meet next year.', '2024-03-04')).toEqual(['next year=2025']);
    // A season's name in a name is no season: "the next Summer Games" is dated by its year, not as next summer.
    expect(dated('The next Summer Sailing Games will be held in Bergen in 2027.', '2024-03-04')).toEqual(['2027=2027']);
    expect(dated('The crews will race again next summer.', '2024-03-04')).toEqual(['next summer=2025']);
    expect(dated('Shares of Nordhavn fell 3 percent on Tuesday.', '2024-03-06')).toEqual(['on Tuesday=2024-03-05']);
  });

  it('places no event on what recurs ("which usually opens in June", "every spring"), and no year on its month', () => {
    expect(dated('Sandbags have been stacked along the quay, ahead of the storm season, which usually begins in October.', '2024-03-04')).toEqual(['October=null (background)']);
    expect(dated('The ferry company raises its fares every year in April.', '2024-03-04')).toEqual(['April=null (background)']);
    expect(dated('Sandbags are stacked along the quay before the storm season, which starts in October.', '2024-03-04')).toEqual(['October=null (background)']);
    expect(dated('The fishing season opens in May.', '2024-07-04')).toEqual(['May=null (background)']);
    // What happened in a month stays an event.
    expect(dated('The ferry company raised its fares in April.', '2024-07-04')).toEqual(['April=2024-04']);
  });

  it('keeps the past side of a then-and-now comparison off the timeline (twentieth round, 16tidy, rule T4)', () => {
    expect(dated("The pier cost $13 million in today's dollars, or $35 million in dollars six weeks ago.", '2024-03-04')).toEqual(['six weeks ago=2024-01 (background)']);
    expect(dated('Fares that cost 20 crowns two months ago cost 45 crowns today.', '2024-03-04')).toContain('two months ago=2024-01 (background)');
    // A time counted back with no present beside it dates what happened.
    expect(dated('The ferry operator was fined two months ago.', '2024-03-04')).toEqual(['two months ago=2024-01']);
  });

  it('dates an event by the finest date its sentence gives, and a day counted back from "this day" to the day (22nd round, 16tidy3, rules D1, D2)', () => {
    const eventOf = (text: string, published: string) => findEvents([sentence('a', 0, text)], () => published).map((e) => `${e.when}=${e.date}`);
    // D1: the day named after its month is the same time told finer.
    expect(eventOf('Involved in the harbour blockade in July, the skipper was arrested in Oslo by the coast guard on July 29, a week after.', '2005-08-06')).toEqual(['July 29=2005-07-29']);
    // A later day outside the first date's period is another time: the first stays.
    expect(eventOf('The skipper was arrested in July and freed on August 3.', '2005-08-06')).toEqual(['July=2005-07']);
    // So is a later day inside a relative first expression: "last week" told the arrest, Dec. 17 the trial (amendment).
    expect(eventOf('Last week the coast guard arrested 10 dockers, one of whom is to go on trial Dec. 17.', '1998-12-02')).toEqual(['Last week=1998-11']);
    // The day told again with its year is the same day, of that year (second amendment).
    expect(eventOf('The March 4 harbour fire was a blaze which gutted the old pier on the night of March 4, 2005.', '2007-03-10')).toEqual(['March 4=2005-03-04']);
    // D2: "this day" a year back is the article's day a year back.
    expect(eventOf('On this day last year, a fire swept through the harbour warehouses.', '2006-07-07')).toEqual(['this day last year=2005-07-07']);
    expect(eventOf('Wreaths were laid at the pier where a ferry sank at 9:47 a.m. this day one year ago.', '2006-07-07')).toEqual(['at 9:47 a.m. this day one year ago=2005-07-07']);
    // Without "this day" the year stays a year.
    expect(eventOf('A fire swept through the harbour warehouses last year.', '2006-07-07')).toEqual(['last year=2005']);
  });

  it('reads four digits before a time zone as a clock time, and "the last year" as a span (22nd round, 16tidy3, rules D3, D4)', () => {
    expect(dated('A storm hit the harbour at 14:52 local time (1852 UTC) on Friday.', '2010-07-10')).toEqual(['on Friday=2010-07-09']);
    expect(dated('The pilots were told to sail at 0600 hours.', '2010-07-10')).toEqual([]);
    // A year is still a year.
    expect(dated('The harbour was built in 1852 by the crown.', '2010-07-10')).toEqual(['1852=1852']);
    expect(dated('Dockers who had begun to speak out over the last year were arrested.', '1998-12-01')).toEqual(['last year=null (background)']);
    expect(dated('Dockers struck last year.', '1998-12-01')).toEqual(['last year=1997']);
    expect(dated('Dockers struck in the last week of October.', '1998-12-01').some((d) => d.includes('=null'))).toBe(false);
  });

  it('keeps baselines, comparisons and rolling spans off the timeline', () => {
    expect(dated('It was the worst harbour fire since 1990.', '2024-03-04')).toEqual(['1990=1990 (background)']);
    expect(dated('The port is as busy now as two weeks ago.', '2024-03-04')).toEqual(['two weeks ago=2024-02 (background)']);
    expect(dated('No ship has docked in the past six days.', '2024-03-04')).toEqual(['the past six days=null (background)']);
    expect(findEvents([sentence('a', 0, 'It was the worst harbour fire since 1990.')], () => '2024-03-04')).toEqual([]);
    // A time the present is measured against ("busier than in the summer of 2019") dates nothing that happened then.
    expect(dated('The port is busier now than in the summer of 2019.', '2024-03-04')).toEqual(['2019=2019 (background)']);
    expect(dated('Fewer ships call at the port than in 2019.', '2024-03-04')).toEqual(['2019=2019 (background)']);
    expect(dated('More than 60 ships docked in 2019.', '2024-03-04')).toEqual(['2019=2019']);
  });

  it('shows one event mentioned twice once', () => {
    const events = oneEventEach(findEvents([sentence('a', 0, 'The pier reopened on Friday after repairs.'), sentence('b', 0, 'After repairs the pier reopened on March 8.')], () => '2024-03-09'));
    expect(events.map((e) => e.date)).toEqual(['2024-03-08']);
  });

  it('reads a month short form without its stop as a month only before a day or a year', () => {
    expect(dated('The tremor was felt in Valdeira, Porto del Mar, Lomba and Sines.', '2024-03-04')).toEqual([]);
    expect(dated('Jan Holt chairs the harbour board.', '2024-03-04')).toEqual([]);
    expect(dated('The pier reopened on Mar. 1.', '2024-03-04')).toEqual(['Mar. 1=2024-03-01']);
    expect(dated('The pier reopened on Mar 1.', '2024-03-04')).toEqual(['Mar 1=2024-03-01']);
  });

  it('keeps the time a span runs through off the timeline', () => {
    expect(dated('The harbour board agreed to targets that cut its deficit through the year 2026.', '2024-03-04')).toEqual(['2026=2026 (background)']);
    expect(dated('Ferries will run a reduced timetable through 2025.', '2024-03-04')).toEqual(['2025=2025 (background)']);
    expect(dated('The ferry sailed in 2023.', '2024-03-04')).toEqual(['2023=2023']);
  });

  it('dates a plan inside a clause of time to the past moment the sentence reports', () => {
    // 2024-03-04 is a Monday.
    expect(dated('The alarm sounded just before the ferry was to sail early Thursday.', '2024-03-04')).toEqual(['Thursday=2024-02-29']);
    expect(dated('The ferry was to sail early Thursday.', '2024-03-04')).toEqual(['Thursday=2024-03-07']);
  });
});

describe("times of the article's own day and weekdays at the head of a sentence", () => {
  const datesOf = (text: string, published = '2024-06-14') => findDates([sentence('a.md', 1, text)], () => published);

  it('dates "at midday" and "earlier in the day" to the article\'s day, as events', () => {
    expect(datesOf('The mayor toured the flooded district at midday and promised new pumps.').map((d) => [d.when, d.date, d.isEvent])).toEqual([['at midday', '2024-06-14', true]]);
    expect(datesOf('Earlier in the day, the river crested two metres above its banks.').map((d) => [d.when, d.date])).toEqual([['Earlier in the day', '2024-06-14']]);
  });

  it("lets a named day win over the article's own day", () => {
    expect(datesOf('The mayor toured the flooded district at noon on Wednesday.').map((d) => d.date)).toEqual(['2024-06-12']);
  });

  it('dates a weekday that opens a sentence before a name', () => {
    expect(datesOf('Wednesday Mayor Lind convened the flood committee at the town hall.').map((d) => [d.when, d.date])).toEqual([['Wednesday', '2024-06-12']]);
  });
});

describe('lengths of time, fronted weekdays, "last" and "next" (twelfth round)', () => {
  // 2024-03-07 is a Thursday.
  const read = (text: string, published = '2024-03-07') => findDates([sentence('a.md', 1, text)], () => published).map((d) => `${d.when}=${d.date}${d.isEvent ? '' : ' (background)'}`);

  it('shows no date for a length of time or an offset from another event', () => {
    expect(read('The harbour pilot was jailed for 15 years.')).toEqual(['for 15 years=null (background)']);
    expect(read('Ruiz, a union organiser for 20 years, was detained at the gate.')).toEqual(['for 20 years=null (background)']);
    expect(read('The ferry captain, in custody for a month, was charged on Monday.')).toEqual(['for a month=null (background)', 'on Monday=2024-03-04']);
    expect(read('Nearly a week after the storm flooded the docks, the count of damaged boats is over 300.')).toEqual([]);
    // Counted from a time the text does not give (issue 16dates2): found, not dated.
    expect(read('The pilot, who was to lead the harbour board a year later, left the port.')).toEqual(['a year later=null']);
  });

  it('dates a weekday that opens the sentence by the tense of the main clause after it', () => {
    expect(read('Saturday, one of the pilots, Capt. Ana Lind of the Navy, is to steer the barge into the dock.')).toEqual(['Saturday=2024-03-09']);
    expect(read('Later Monday, the mayor is to visit the docks.')).toEqual(['Monday=2024-03-11']);
    expect(read('On Wednesday, the union had said that the strike would end soon.')).toEqual(['On Wednesday=2024-03-06']);
    expect(read('On Wednesday, the dock workers returned to the harbour.')).toEqual(['On Wednesday=2024-03-06']);
  });

  it('puts "last" weekday before the article\'s day and "next" after it, whatever the tense', () => {
    expect(read('The strike began last Thursday and will end today.')).toContain('last Thursday=2024-02-29');
    expect(read('Next Tuesday, the pilots will vote on the contract.')).toEqual(['Next Tuesday=2024-03-12']);
  });

  it('keeps a span of years off the timeline and dates "last spring" to the latest spring over', () => {
    expect(read('His militia fought the navy during the 1975-90 civil war.')).toEqual(['1975=1975 (background)']);
    expect(read('Last spring, officials said, the board considered closing the port.', '1998-11-13')).toEqual(['Last spring=1998']);
    expect(read('Last spring, officials said, the board considered closing the port.', '1998-04-13')).toEqual(['Last spring=1997']);
    expect(read('The crane will be installed next summer.', '1998-12-07')).toEqual(['next summer=1999']);
  });

  it('reads "is due on March 18" as ahead, as "is scheduled for" is (rule ID)', () => {
    expect(read('Its next decision is due on March 18.', '1998-02-04')).toEqual(['March 18=1998-03-18']);
    expect(read('Wage figures are also due in March.', '1998-11-13')).toEqual(['March=1999-03']);
  });

  it('dates a season told as ahead, already over when the article was written, to next year (rule SF)', () => {
    expect(read('The city will ask firms to bid again in the spring.', '1998-11-13')).toEqual(['in the spring=1999']);
    expect(read('It will redesign two bridges and ask firms to bid again in the spring.', '1998-11-13')).toEqual(['in the spring=1999']);
    expect(read('The city will ask firms to bid again in the spring.', '1998-02-13')).toEqual(['in the spring=1998']);
    expect(read('The port was dredged in the spring.', '1998-11-13')).toEqual(['in the spring=1998']);
  });
});

describe('dated events a reader can trust (issue 16dates)', () => {
  const dates = (text: string, published: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('dates "the evening of Oct. 7" to Oct. 7, not to the article\'s evening (rule E1)', () => {
    expect(dates('The dock guard was found on the evening of Oct. 7, 18 hours after the fire broke out.', '1998-10-12')).toContain('evening of Oct. 7:1998-10-07:true');
    expect(dates('The dock guard was found on the morning of Oct. 7.', '1998-10-12')).toEqual(['morning of Oct. 7:1998-10-07:true']);
  });

  it('reads a fixed-date holiday as its day when it tells a time, and not when it names the feast (rule E2, amended)', () => {
    expect(dates('Last Christmas, the harbor board sent an envoy to the union.', '1998-10-04')).toEqual(['Last Christmas:1997-12-25:true']);
    expect(dates('The dockers went home for Christmas in 1993 and found the harbor closed.', '1998-10-04')).toEqual(['Christmas in 1993:1993-12-25:true']);
    expect(dates('The mayor will visit the harbor on Christmas Eve.', '1998-10-04')).toEqual(['Christmas Eve:1998-12-24:true']);
    // The feast celebrated, a name's qualifier, another calendar's feast: no event on its day.
    expect(dates('The hall was filled with teen-agers celebrating Halloween and a holiday weekend.', '1998-10-30')).toEqual(['Halloween:1998-10-31:false']);
    expect(dates('The port marked the Chinese New Year with fireworks.', '1998-02-01')).toEqual([]);
  });

  it('takes a time inside a "like" or "unlike" comparison for no event, but not "such as" or the verb (rule E3)', () => {
    expect(dates('The strike looked like the stoppage on the docks 100 years ago.', '1998-10-12')).toEqual(['100 years ago:1898:false']);
    expect(dates('The analyst said the situation was not unlike that of 1993, when the port closed.', '1998-10-12')[0]).toBe('1993:1993:false');
    expect(dates('Ports like these were hit by strikes in 1993.', '1998-10-12')).toEqual(['1993:1993:true']);
    expect(dates('Ports like Rotterdam closed in 1993.', '1998-10-12')).toEqual(['1993:1993:true']);
    expect(dates('The union would like to meet on Monday.', '1998-10-12')).toEqual(['on Monday:1998-10-12:true']);
  });

  it('takes the time of a forecast for no event, and keeps the day the forecast was made (rule E4)', () => {
    expect(dates('Earlier this month, the port authority predicted that traffic would fall by a third in the year 2000.', '1998-11-26')).toEqual(['this month:1998-11:true', '2000:2000:false']);
    expect(dates('The port authority predicted on Monday that traffic would fall.', '1998-11-26')).toEqual(['on Monday:1998-11-23:true']);
    // A day under a forecast is a scheduled occasion (E4 amended): "predict that 9,000 will rally on Wednesday".
    expect(dates('The unions predict that 9,000 dockers will rally on Wednesday.', '1998-10-04')).toEqual(['on Wednesday:1998-10-07:true']);
    expect(dates('Analysts are still forecasting that harbor traffic will begin to slow down next year.', '1998-11-26')).toEqual(['next year:1999:false']);
  });

  it('puts a day under "would" on the nearer side of the article, and one under "will" ahead (rule E6)', () => {
    expect(dates('The rules stipulated that cargo held outside the port would be seized unless cleared by Sept. 30.', '1998-11-05')).toEqual(['Sept. 30:1998-09-30:true']);
    expect(dates('The port authority will close the old pier by Sept. 30.', '1998-11-05')).toEqual(['Sept. 30:1999-09-30:true']);
  });

  it('puts a day expected at a moment past on the nearer side of the article, and keeps a reported expectation ahead (rules R1-R2, issue 16dates9)', () => {
    // Article of Saturday 28 November 1998: the decree was expected the day before, not six days on.
    expect(dates('A harbor decree was expected Friday but nothing came through after the mayor met the union.', '1998-11-28')).toEqual(['Friday:1998-11-27:true']);
    expect(dates('The harbor vote had been scheduled for Oct. 30, before the strike began.', '1998-11-05')).toEqual(['Oct. 30:1998-10-30:true']);
    // Present tense and reported speech keep looking ahead: the telling's future put in the past.
    expect(dates('A harbor decree is expected Friday.', '1998-11-28')).toEqual(['Friday:1998-12-04:true']);
    expect(dates('A union official said the dockers were expected to vote Tuesday on the contract.', '1998-11-27')).toEqual(['Tuesday:1998-12-01:true']);
  });

  it('puts a day under a simple present or present passive on the nearer side of the article, and keeps a past one past (rule P1, issue 16dates10)', () => {
    // Article of 8 October 1998: the awards of this December, not of last.
    expect(dates('The harbor medals are presented on Dec. 10 at the city hall.', '1998-10-08')).toEqual(['Dec. 10:1998-12-10:true']);
    expect(dates('The council elects its new chairman, probably before Oct. 23.', '1998-10-07')).toEqual(['Oct. 23:1998-10-23:true']);
    // A present of saying about something recent keeps it in the past; a past tense keeps its year before.
    expect(dates('The skipper says after his fall on July 12 the boat was never the same.', '2007-07-24')).toEqual(['July 12:2007-07-12:true']);
    expect(dates('The harbor medals were presented on Dec. 10 at the city hall.', '1998-10-08')).toEqual(['Dec. 10:1997-12-10:true']);
    // A bare copula gives the day to a noun: the storm of February, not of the coming one.
    expect(dates('This tremor is of the same type as the February 27 quake.', '2010-10-22')).toEqual(['February 27:2010-02-27:true']);
  });

  it('dates the telling by a weekday right after a reporting verb, "that" left out or not (rule RV)', () => {
    // Article of Wednesday 9 September 2026: the Monday the ministry spoke, not the Monday after.
    expect(dates('The harbor board said on Monday it would raise its fees by 30 percent.', '2026-09-09')).toEqual(['on Monday:2026-09-07:true']);
    expect(dates('The harbor board told reporters Monday it would raise its fees.', '2026-09-09')).toEqual(['Monday:2026-09-07:true']);
    // The words before the weekday still look ahead: the meeting is to come.
    expect(dates('The harbor board said it would meet the dockers on Monday.', '2026-09-09')).toEqual(['on Monday:2026-09-14:true']);
  });

  it("reads a plural's present as a present: a day it names lies on the nearer side of the article (rule PB)", () => {
    expect(dates('The new harbor fees, which take effect on October 15, cover every ship.', '2026-09-09')).toEqual(['October 15:2026-10-15:true']);
    expect(dates('The new harbor fees take effect on October 15.', '2026-09-09')).toEqual(['October 15:2026-10-15:true']);
    // A past keeps the day gone by.
    expect(dates('The new harbor fees, which took effect on October 15, cover every ship.', '2026-09-09')).toEqual(['October 15:2025-10-15:true']);
  });

  it("reads a month's name in lower case as the common word, and a capitalised one as the month (rule E8)", () => {
    expect(dates('The dockers will march on Wednesday to the harbor gate.', '1998-10-04')).toEqual(['on Wednesday:1998-10-07:true']);
    expect(dates('The union resumed its long march toward a contract.', '1998-10-04')).toEqual([]);
    expect(dates('The dockers struck in March.', '1998-10-04')).toEqual(['March:1998-03:true']);
  });

  it('shows no event for a time inside a quoted term, and reads quoted speech as before (rule E7)', () => {
    const quoted = dates('The storm hit in what locals call the "last weekend in the summer;" on Saturday, February 27, 2010.', '2010-10-24');
    expect(quoted.filter((d) => d.endsWith(':true'))).toEqual(['on Saturday, February 27, 2010:2010-02-27:true']);
    expect(dates('"We will meet the dockers next week," the mayor said.', '1998-10-12')).toEqual(['next week:1998-10:true']);
  });
});

describe('a time counted from another time of the text (issue 16dates2)', () => {
  const inParagraph = (texts: string[], paragraphs = texts.map(() => 0)) => texts.map((t, i) => ({ ...sentence('a.md', i, t), paragraph: paragraphs[i]!, index: i }));
  const dates = (texts: string[], published: string, paragraphs?: number[]) => findDates(inParagraph(texts, paragraphs), () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('dates "that afternoon" from the day the sentence before names (rules A1-A2)', () => {
    expect(dates(['The harbor guard was found beaten by the pier on Oct. 7.', 'On that afternoon, a cyclist had ridden past the pier gate.'], '1998-10-16')).toEqual(['Oct. 7:1998-10-07:true', 'that afternoon:1998-10-07:true']);
  });

  it('counts "nine days earlier" and "the month before" from the date before them, not from the article', () => {
    expect(dates(['The dockers struck on July 7, having rehearsed the walkout nine days earlier.'], '2005-09-20')).toEqual(['July 7:2005-07-07:true', 'nine days earlier:2005-06-28:true']);
    expect(dates(['The mayor met the union leaders in May.', 'The board lifted a ban it had put in place the month before.'], '1998-10-04')).toEqual(['May:1998-05:true', 'the month before:1998-04:true']);
    expect(dates(['The pier was inspected on Saturday, July 7.', 'The dockers struck the following day.'], '2007-07-06')).toContain('the following day:2007-07-08:true');
  });

  it('leaves such a time off the timeline when no date stands before it in its sentence or the one before in its paragraph', () => {
    expect(dates(['Three days earlier, the harbor guard was beaten.'], '1998-10-13')).toEqual(['Three days earlier:null:true']);
    expect(dates(['The board lifted a ban it had put in place the month before.'], '1998-10-04')).toEqual(['the month before:null:true']);
    // The sentence before stands in another paragraph.
    expect(dates(['The harbor guard was found on Oct. 7.', 'That afternoon, the dockers struck.'], '1998-10-16', [0, 1])).toContain('That afternoon:null:true');
    expect(findEvents(inParagraph(['Three days earlier, the harbor guard was beaten.']), () => '1998-10-13')).toEqual([]);
  });

  it('does not count "two weeks after the vote" or "a day earlier than planned" from the narrative time', () => {
    expect(dates(['The union voted on Monday.', 'Two weeks after the vote, the dockers struck.'], '1998-10-13')).toEqual(['on Monday:1998-10-12:true']);
    expect(dates(['The ship docked on Monday, a day earlier than planned.'], '1998-10-13')).toEqual(['on Monday:1998-10-12:true']);
  });

  it("shows the anchored date in a briefing's timeline when the sentence before is not among its sentences", () => {
    const briefing = briefOn([
      {
        id: 'a.md',
        published: '1998-10-16',
        text: 'Harbor strike closes the port.\n\nThe harbor guard was found beaten by the pier gate on Oct. 7. On that afternoon, dockers began the harbor strike over the dredging contract.\n\nThe harbor strike has closed the port for a week, the union said on Friday.',
      },
    ]);
    expect(briefing.timeline.find((e) => /On that afternoon/.test(e.text))?.date).toBe('1998-10-07');
  });
});

describe('a date used as an event’s name (issue 16dates3)', () => {
  const story = (texts: [string, string][]) => texts.map(([id, t], i) => sentence(id, i, t));
  const published: Record<string, string> = { 'a.md': '2005-07-14', 'b.md': '2007-05-01', 'c.md': '2009-07-07' };
  const dates = (texts: [string, string][]) => findDates(story(texts), (id) => published[id]).map((d) => `${d.when}:${d.date}`);

  it('gives "the 7 July link" the year the story writes for that day, not the year before the article (rule N1)', () => {
    const texts: [string, string][] = [
      ['a.md', 'Four dockers set fires at the harbour on July 7, 2005.'],
      ['b.md', 'The union has called for an inquiry into the 7 July link.'],
    ];
    expect(dates(texts)).toEqual(['July 7, 2005:2005-07-07', '7 July:2005-07-07']);
    // Without the story's full date, the day keeps the nearest past year, as before.
    expect(dates([texts[1]!])).toEqual(['7 July:2006-07-07']);
  });

  it('leaves a day used as an adverbial, or a year written after the article, alone (rule N1)', () => {
    expect(
      dates([
        ['a.md', 'Four dockers set fires at the harbour on July 7, 2005.'],
        ['b.md', 'On 7 July the union called for an inquiry.'],
      ]),
    ).toEqual(['July 7, 2005:2005-07-07', 'On 7 July:2006-07-07']);
    expect(
      dates([
        ['b.md', 'The union recalled the 7 July fires.'],
        ['c.md', 'A memorial was unveiled on July 7, 2009.'],
      ]),
    ).toEqual(['7 July:2006-07-07', 'July 7, 2009:2009-07-07']);
  });

  it('reads an event named by the article’s own date as that day a year before, unless the sentence looks ahead (rule N2)', () => {
    expect(dates([['c.md', 'Dockers laid flowers at the pier for the victims of the July 7 fires.']])).toEqual(['July 7:2008-07-07']);
    expect(dates([['c.md', 'The mayor will open the July 7 harbour fair.']])).toEqual(['July 7:2009-07-07']);
  });
  it('shows "the 7 July link" in a briefing under the year the story gives the day', () => {
    const briefing = briefOn([
      { id: 'a.md', published: '2005-07-14', text: 'Harbor strike closes the port.\n\nFour dockers began the harbor strike on July 7, 2005, the port police said on Thursday.\n\nThe harbor strike shut three cranes, the union said.' },
      {
        id: 'b.md',
        published: '2007-05-01',
        text: 'Union seeks harbor strike inquiry.\n\nThe union called for an independent inquiry into the harbor strike after the 7 July link to a smuggling ring emerged.\n\nThe harbor strike trial ended on Monday.',
      },
    ]);
    expect(briefing.timeline.find((e) => /7 July link/.test(e.text))?.date).toBe('2005-07-07');
  });
});

describe('events, not targets (issue 16dates5)', () => {
  const events = (text: string) => findDates([sentence('a.md', 0, text)], () => '2024-06-12').map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('shows no event for the time of a goal a verb of aiming or wishing reaches (rule T1)', () => {
    expect(events('The port authority aims to cut harbour emissions by half in 2030.')).toEqual(['2030:2030:false']);
    expect(events('The harbour board hopes to reach a deal with the dockers in July.')).toEqual(['July:2024-07:false']);
    expect(events('Shippers want the board to reopen the north quay this week.')).toEqual(['this week:2024-06:false']);
    expect(events('Its goal is to reopen the harbour in September.')).toEqual(['September:2024-09:false']);
  });

  it('keeps a scheduled time an event, and a time that dates the wishing itself (rule T1)', () => {
    expect(events('The new terminal is scheduled to open in 2026.')).toEqual(['2026:2026:true']);
    expect(events('The port plans to build a second terminal in 2027.')).toEqual(['2027:2027:true']);
    expect(events('The harbour trial is set for Nov. 2.')).toEqual(['Nov. 2:2024-11-02:true']);
    expect(events('On Monday, the dockers said they hoped to settle.')).toEqual(['On Monday:2024-06-10:true']);
    expect(events('The union wanted to strike, and the dockers walked out on Monday.')).toEqual(['on Monday:2024-06-10:true']);
    // Amended after measuring: a conjunction that opens a clause of its own ends the goal's reach.
    expect(events('Shippers want the board to act this week but it is expected to wait until Sunday.')).toEqual(['this week:2024-06:false', 'Sunday:2024-06-16:true']);
  });

  it('shows no event for a year that bounds a span "between" two years (rule S)', () => {
    expect(events('Agents may track civilian life just as they did between 1958 and 1964 under the old harbour board.')).toEqual(['1958:1958:false', '1964:1964:false']);
    expect(events('The harbour board met in 1958 and again in 1964.')).toEqual(['1958:1958:true', '1964:1964:true']);
    // Amended after measuring: "from 1989 until his election" is a span whatever closes it.
    expect(events('The harbour master rebuilt the fleet from 1989 until his retirement.')).toEqual(['1989:1989:false']);
    expect(events('The harbour master took charge of the fleet in 1989.')).toEqual(['1989:1989:true']);
  });

  it("leaves a goal's year off a briefing's timeline and keeps the scheduled one", () => {
    const briefing = briefOn([
      {
        id: 'a.md',
        published: '2024-06-12',
        text: 'Harbor strike shuts the port.\n\nDock workers began the harbor strike on Monday over the dredging contract.\n\nThe harbor board aims to end the harbor strike and reopen the port in 2030, its chairman said.\n\nThe harbor strike trial is scheduled to open in 2026.',
      },
    ]);
    const dated = briefing.timeline.map((e) => e.date);
    expect(dated).toContain('2026');
    expect(dated).not.toContain('2030');
  });

  it('shows no event for a year that modifies a quoted title (rule M)', () => {
    expect(events('In the 1989 "The History of the Harbour," a proofreader inserts the word "not" into a text.')).toEqual(['1989:1989:false']);
    expect(events('In 1989 "The History of the Harbour" was published.')).toEqual(['1989:1989:true']);
  });
});

describe('a span that writes its year only at its close (rule Y, lead, twenty-fourth round)', () => {
  const dates = (text: string) => findDates([sentence('a.md', 0, text)], () => '1998-11-03').map((d) => `${d.when}:${d.date}`);

  it('dates the opening day in the year the close writes, not the article’s', () => {
    expect(dates('The indictment accuses him of crimes in the port town between July 11 and Nov. 1, 1995.')).toEqual(['July 11:1995-07-11', 'Nov. 1, 1995:1995-11-01']);
    expect(dates('The dock strike ran from March 3 to June 9, 2001, union leaders said.')).toEqual(['March 3 to June 9, 2001:2001-03-03']);
  });

  it('opens a year earlier when the span crosses New Year, and leaves a day outside a span to the article', () => {
    expect(dates('The harbor was closed between Nov. 3 and Feb. 2, 1997, the board said.')[0]).toBe('Nov. 3:1996-11-03');
    expect(dates('The harbor board met on July 11 and again on Nov. 1, 1995 was not mentioned.')[0]).toBe('July 11:1998-07-11');
  });

  it('puts a month without its year in the year of the month that closes its span or list (rule YM)', () => {
    expect(dates('The recall covers jars with best-before dates between March and June 2001, sold in three states.')).toEqual(['March:2001-03', 'June 2001:2001-06']);
    expect(dates('Ferries ran again in April, August and October 1996.').slice(0, 2)).toEqual(['April:1996-04', 'August:1996-08']);
    expect(dates('The harbor was dredged between November and February 1997.')[0]).toBe('November:1996-11');
  });
});

describe('a weekday counted from the day the text wrote, a clause’s date, a weekday of no particular week (issue 16dates6)', () => {
  // An article of Sunday 24 October 2010 on an earthquake of Saturday 27 February 2010.
  const published = () => '2010-10-24';
  const story = (...texts: string[]) => texts.map((text, i) => sentence('a.md', i, text));
  // The date of the last sentence's expression naming `when`.
  const dayOf = (texts: string[], when: string) => {
    const sentences = story(...texts);
    return findDates(sentences, published).find((d) => d.sentence === sentences.at(-1) && d.when.includes(when))?.date;
  };

  it('counts "Hours earlier, on Friday" from the written day before it, not from the article’s week (W1)', () => {
    const quake = 'The earthquake struck the harbor town on Saturday, February 27, 2010, at 3:34 a.m., while most residents slept.';
    expect(dayOf([quake, 'Hours earlier, on Friday, hundreds of dockers had arrived for the festival.'], 'Friday')).toBe('2010-02-26');
    expect(dayOf([quake, 'Days later, on Monday, the first ships reached the harbor.'], 'Monday')).toBe('2010-03-01');
    expect(dayOf([quake, 'On the following Saturday, the port reopened.'], 'Saturday')).toBe('2010-03-06');
  });

  it('leaves a weekday to the article’s week when nothing says it is told in the story’s order, or the written day is near (W1)', () => {
    const quake = 'The earthquake struck the harbor town on Saturday, February 27, 2010, while most residents slept.';
    // "Earlier Friday" places a time within Friday, the article's.
    expect(dayOf([quake, 'Earlier Friday, the mayor said the harbor had been rebuilt.'], 'Friday')).toBe('2010-10-22');
    expect(dayOf([quake, 'The mayor said on Friday that the harbor had been rebuilt.'], 'Friday')).toBe('2010-10-22');
    // A written day within a week of the article: the article's week is what a reader takes.
    expect(dayOf(['The storm hit the harbor on Oct. 20.', 'Hours earlier, on Tuesday, the port had closed.'], 'Tuesday')).toBe('2010-10-19');
  });

  it('heads a sentence’s item with its main clause’s date, not a relative clause’s (W2)', () => {
    const head = (text: string) => findEvents([sentence('a.md', 0, text)], published)[0]?.date;
    expect(head('Harbor pilot Jon Berg, who was arrested on May 3, was charged Friday with smuggling.')).toBe('2010-10-22');
    // No date in the main clause, or the later date inside another clause: the first date stays.
    expect(head('Berg, who was arrested on May 3, is a leader of the dockers union, which was formed in June.')).toBe('2010-05-03');
    expect(head('The smuggler, who entered the port in June 2009, and left it on 6 July, was never found.')).toBe('2009-06');
  });

  it('leaves "on a Sunday morning" undated, and keeps "on Sunday morning" (W3)', () => {
    const sunday = (text: string) => findDates([sentence('a.md', 0, text)], () => '2005-03-26').filter((d) => d.when.includes('Sunday'));
    expect(sunday('Most dockers were at home on a Sunday morning when the wave struck the harbor.').map((d) => [d.date, d.isEvent])).toEqual([[null, false]]);
    expect(sunday('The harbor reopened on Sunday morning, the port authority said.').map((d) => [d.date, d.isEvent])).toEqual([['2005-03-20', true]]);
  });
});

describe('a date in a parenthesis, and the eve of a day (issue 16dates7)', () => {
  const heads = (text: string) => eventsOn(text, '2008-06-18');

  it('K3: a parenthesis with a verb of its own in another tense dates no item; a time restated in brackets stays', () => {
    expect(heads('Dock workers—whose last strike ended in March—are threatening to walk out again.')).toEqual([]);
    expect(heads('The quay has been closed (the crane collapsed on May 3 — the second in a year) and the port is idle.')).toEqual([]);
    // The same tense in both: the parenthesis tells the main clause's time.
    expect(heads('The crane fell (it collapsed on May 3) onto two trucks.')).toEqual(['May 3:2008-05-03']);
    expect(heads('The fire broke out about midnight (2300 GMT Thursday) in the warehouse.').map((h) => h.split(':')[1])).toEqual(['2008-06-12']);
  });

  it('K5: the eve of a dated day is the day before it', () => {
    expect(heads('The strike began on the eve of Saturday’s vote on the contract.')).toEqual(['Saturday:2008-06-13']);
  });
});

describe('a present main clause over a past side clause (issue 16dates11)', () => {
  const heads = (text: string) => eventsOn(text, '2031-03-10');

  it('A1: a present or present perfect event verb dates the line to the article’s day, not its relative or participle clause', () => {
    expect(heads('The port authority has suspended all contracts with Baltic Lines until the four crew members, who were arrested by coast guards on March 3, are released.')).toEqual(['March 3:2031-03-10']);
    expect(heads('A salvage team has raised part of the hull of the ferry Aurora, which sank off the harbor on March 3.')).toEqual(['March 3:2031-03-10']);
    expect(heads('Harbor pilot Jon Berg, who was arrested in January by coast guards, has pleaded guilty to smuggling.')).toEqual(['January:2031-03-10']);
    expect(heads('The salvage team that raised the hull of the ferry on March 3 has returned to port.')).toEqual(['March 3:2031-03-10']);
  });

  it('A1 leaves a past main clause, a state, and a sentence with a date of its own outside the clause', () => {
    expect(heads('A salvage team raised part of the hull of the ferry Aurora, which sank off the harbor on March 3.')).toEqual(['March 3:2031-03-03']);
    expect(heads('The ferry Aurora, which sank off the harbor on March 3, is the third lost this winter.')).toEqual(['March 3:2031-03-03']);
    expect(heads('A salvage team has raised part of the ferry Aurora, which sank on March 3, the port said on Friday.')).toEqual(['on Friday:2031-03-07']);
  });

  it('A1′: leaves a side clause on the object of a preposition other than "of", and a redated line still meets its side clause’s event', () => {
    expect(heads('Dock police have detained two smugglers in the sweep that began on March 3.')).toEqual(['March 3:2031-03-03']);
    const told = oneEventEach(
      findEvents([sentence('a.md', 0, 'A salvage team has raised part of the hull of the ferry Aurora, which sank off the harbor on March 3.'), sentence('b.md', 0, 'The ferry Aurora sank off the harbor on March 3.')], () => '2031-03-10'),
    );
    expect(told.map((e) => `${e.sentence.docId}:${e.date}`)).toEqual(['a.md:2031-03-10']);
  });
});

describe('a date that names a noun’s event under a present perfect main clause (lead, rule A1-N)', () => {
  const heads = (text: string) => eventsOn(text, '2031-03-10');

  it('dates the line to the article’s day when the date only names the event a noun tells', () => {
    expect(heads('A memorial to the victims of the March 3, 2029 ferry sinking has been unveiled at the harbor.')).toEqual(['March 3, 2029:2031-03-10']);
    expect(heads('Divers are searching the wreck of the ferry lost in the March 3 storm.')).toEqual(['March 3:2031-03-10']);
  });

  it('leaves a past main clause, a state, and a date that is no noun’s modifier', () => {
    expect(heads('A memorial to the victims of the March 3, 2029 ferry sinking was unveiled at the harbor.')).toEqual(['March 3, 2029:2029-03-03']);
    expect(heads('On March 3, 2029, the harbor authority has fined the ferry line.')).toEqual(['March 3, 2029:2029-03-03']);
  });

  it('A1-N′: leaves a dated phrase the verb relates or that frames the sentence’s time', () => {
    expect(heads('The skipper has been linked to the March 3 sinking of the ferry.')).toEqual(['March 3:2031-03-03']);
    expect(heads('Talks have proved fruitless except for the reopening of the port after a March 3 meeting of the board.')).toEqual(['March 3:2031-03-03']);
    expect(heads('Dockers have called for an inquiry into the March 3 sinking.')).toEqual(['March 3:2031-03-10']);
  });
});

describe('a verb told as done over a noun’s date still to come; a relative clause’s verb under a date gone by (issue 16dates12)', () => {
  const heads = (text: string) => eventsOn(text, '2031-03-10');

  it('B2: a verb told as done over a date still to come takes the sentence’s own date, or the article’s day', () => {
    expect(heads('The mayor has canceled a trip to a harbor summit next month, her office said Friday.')).toEqual(['Friday:2031-03-07']);
    expect(heads('The mayor canceled a trip to a harbor summit next month.')).toEqual(['next month:2031-03-10']);
  });

  it('B2 leaves a date still to come after an infinitive, a modal or a present', () => {
    expect(heads('The mayor has decided to send her deputy to a harbor summit next month.')).toEqual(['next month:2031-04']);
    expect(heads('The mayor said the harbor summit will open next month.')).toEqual(['next month:2031-04']);
    expect(heads('The mayor said the harbor summit opens next month.')).toEqual(['next month:2031-04']);
  });

  it('B3: a relative clause’s verb that is its own lemma, with a date gone by, is a past under a present perfect', () => {
    expect(heads('The port has ended its search for survivors of the storm that hit the coast eleven days ago.')).toEqual(['eleven days ago:2031-03-10']);
  });
});

describe('dated events on a fresh gold set: a quotation’s tense, a present telling, a change’s baseline, a projected year (issue 16dates13)', () => {
  const dates = (text: string, published: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('Q: a reporting clause after a quotation takes its own tense, not the speaker’s "can be"', () => {
    // An article of Saturday 8 March 2031: the Friday the harbor master spoke is the day before.
    expect(dates('"We are all looking at how we can be helpful to the dock workers," the harbor master said on Friday.', '2031-03-08')).toEqual(['on Friday:2031-03-07:true']);
  });

  it('P2: a weekday under a present telling is the coming one; a past telling, a possessive and a status keep the one gone by', () => {
    expect(dates('The harbor board faces a risky vote on Sunday that may decide the dredging contract.', '2031-03-05')).toEqual(['on Sunday:2031-03-09:true']);
    expect(dates('But the dock workers, some facing a strike vote on Sunday, are promising to keep the cranes running.', '2031-03-05')).toEqual(['on Sunday:2031-03-09:true']);
    expect(dates('The harbor board faced a risky vote on Sunday.', '2031-03-05')).toEqual(['on Sunday:2031-03-02:true']);
    expect(dates('The toll from Sunday’s crane collapse stands at four.', '2031-03-05')).toEqual(['Sunday:2031-03-02:true']);
    expect(dates('It now stands just 41 points short of the record it set Monday.', '2031-03-05')).toEqual(['Monday:2031-03-03:true']);
    // P2′: a status measured as of a day is one gone by.
    expect(dates('The cargo backlog, as of Monday, is estimated to be 300 containers.', '2031-03-05')).toEqual(['Monday:2031-03-03:false']);
  });

  it('B and B′: the time of the value a change starts from is a baseline, and "the end of July" is a month', () => {
    expect(dates('Harbor reserves have fallen below $50 million from $70 million at the end of July.', '2031-10-20')).toEqual(['end of July:2031-07:false']);
    expect(dates('Cargo rose 15 percent to 16,700 containers in August, up from a revised figure of 14,550 containers in July.', '2031-10-20')).toEqual(['August:2031-08:true', 'July:2031-07:false']);
    expect(dates('The dredging ended at the end of July.', '2031-10-20')).toEqual(['end of July:2031-07:true']);
  });

  it('F and F′: a year ahead that dates a quantity is a projection; a year ahead after a verb, or after a year, is scheduled', () => {
    expect(dates('The port would aim toward a surplus of 2.6 percent in 2032 and 3 percent in 2033.', '2031-10-20')).toEqual(['2032:2032:false', '2033:2033:false']);
    expect(dates('That 2019 lease is set to expire in 2033.', '2031-10-20')).toEqual(['2019:2019:false', '2033:2033:true']);
    expect(dates('The port handled 5 million containers in 2029.', '2031-10-20')).toEqual(['2029:2029:true']);
  });

  it('W4: a bare "weekend" before a noun names the nearest weekend, at its month', () => {
    expect(dates('The statement was issued after weekend talks between the port and the union.', '2031-10-21')).toEqual(['weekend:2031-10:true']);
    expect(dates('Harbor chiefs flew Friday to Lisbon for a weekend summit.', '2031-10-31')).toEqual(['Friday:2031-10-31:true', 'weekend:2031-11:true']);
  });
});

describe('dated events on fresh gold sets: possessive days, a verb the tagger missed, countdowns, records and lengths of time (issue 16dates14)', () => {
  const dates = (text: string, published: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('P3: a weekday in the possessive under a present telling is the coming one; after "from" it is the event gone by', () => {
    // Wednesday 5 March 2031: the coming Sunday is the 9th, the last one the 2nd.
    expect(dates('None of the dock candidates in Sunday’s union ballot wants to talk about pay cuts.', '2031-03-05')).toEqual(['Sunday:2031-03-09:true']);
    expect(dates('The damage from Sunday’s crane collapse runs into millions.', '2031-03-05')).toEqual(['Sunday:2031-03-02:true']);
    expect(dates('The pier is about 15 km from the center of Sunday’s blast.', '2031-03-05')).toEqual(['Sunday:2031-03-02:true']);
  });

  it('V: a clause whose verb the tagger read as a noun still tells the present', () => {
    expect(dates('On Sunday, voters return to the polls for the harbor board runoff.', '2031-03-05')).toEqual(['On Sunday:2031-03-09:true']);
  });

  it('C: a countdown ("five days to go before") looks ahead', () => {
    expect(dates('With only five days to go before the harbor vote on Sunday, neither side said how the cranes would be paid for.', '2031-03-04')).toEqual(['on Sunday:2031-03-09:true']);
  });

  it('M: a month in the possessive after "a third of" is the month, a quantity it owns, not a day', () => {
    expect(dates('More than a third of August’s cargo came from one shipper.', '2031-10-20')).toEqual(['August:2031-08:false']);
  });

  it('O: "more than a year ago" is an open bound, no year', () => {
    expect(dates('The dispute began more than a year ago at the container terminal.', '2031-10-20')).toEqual(['more than a year ago:null:false']);
  });

  it('H: a superlative within a span of years is a record with a baseline year', () => {
    expect(dates('Harbor unemployment now stands at 8 percent, the highest in a decade.', '2031-10-20')).toEqual(['in a decade:2021:false']);
    expect(dates('Cargo fees are at their lowest levels in decades.', '2031-10-20')).toEqual(['in decades:null:false']);
  });

  it('S2: a hyphenated "late-summer" is the season', () => {
    expect(dates('Dock workers still talk about the late-summer strike.', '2031-10-20')).toEqual(['late-summer:2031:true']);
  });

  it('K: "the 20th century" is the guide’s century prefix', () => {
    expect(dates('The pier is a relic of the 20th century.', '2031-10-20')).toEqual(['the 20th century:19:false']);
  });

  it('D: a length of time chrono does not read places nothing', () => {
    expect(dates('The port has been at the center of the dispute for more than a year.', '2031-10-20')).toEqual(['for more than a year:null:false']);
  });
});

describe('a present told by a plural base form or a verb tagged as a noun (lead, 16dates15)', () => {
  const dates = (text: string, published: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}`);
  // Sunday 9 March 2031: the coming Monday is the 10th, the last one the 3rd.
  const SUNDAY = '2031-03-09';

  it('P4: a plural subject in the present ("the ministers meet Monday") looks ahead; the same clause in the past looks back', () => {
    expect(dates('The harbor ministers meet in Lisbon Monday to sign the dredging pact.', SUNDAY)).toEqual(['Monday:2031-03-10']);
    expect(dates('They meet again on Monday to settle the crane fees.', SUNDAY)).toEqual(['on Monday:2031-03-10']);
    expect(dates('The harbor ministers met in Lisbon Monday to sign the dredging pact.', SUNDAY)).toEqual(['Monday:2031-03-03']);
  });

  it('P4: a base form after "to" or a modal is no present of its own', () => {
    expect(dates('The pilots wanted to meet on Monday, the union said.', SUNDAY)).toEqual(['on Monday:2031-03-03']);
  });

  it('V″: a verb in "-s" the tagger calls a noun ("the general faces a trial") tells the present', () => {
    expect(dates('The former harbor general faces a trial opening Monday in Porto.', SUNDAY)).toEqual(['Monday:2031-03-10']);
  });
});

// Session 46, rule QT: a time relative to the moment of speaking, inside a quotation, counts from when the words were said.
describe('a relative time inside a quotation', () => {
  it('gives way to the date the sentence tells the words were said', () => {
    const text = 'Few left the town. "Last weekend the roads were full of visitors," the local paper reported on February 28.';
    expect(eventsOn(text, '2010-10-24')).toEqual(['February 28:2010-02-28']);
  });

  it('is read against the article when nothing outside the quotation dates the words', () => {
    expect(eventsOn('"Last weekend the roads were full of visitors," the mayor said.', '2010-10-24')).toEqual(eventsOn('Last weekend the roads were full of visitors, the mayor said.', '2010-10-24'));
  });
});

describe('a relative time inside a quotation, beside a weekday outside it', () => {
  it('keeps its own date: both are read against the article day', () => {
    const text = '"The talks will resume tomorrow," a spokesman said Monday.';
    expect(eventsOn(text, '1998-10-05')[0]).toBe(eventsOn('The talks will resume tomorrow, a spokesman said.', '1998-10-05')[0]);
  });
});

describe('a rate places nothing in time (docs/quality.md, "Session 52", rule RR)', () => {
  it('reads no date in "walks for 30 minutes a day", and still dates the month beside "two days a week"', () => {
    expect(eventsOn('About one in five adults in the region walks for 30 minutes a day, the health agency said.', '2026-09-15')).toEqual([]);
    expect(eventsOn('The plant was shut for two days a week in March.', '2026-09-15')).toEqual(['March:2026-03']);
  });
});

describe('a date on a participle that describes the subject (docs/quality.md, "Session 57", rule PD)', () => {
  it("heads the item with the main clause's date", () => {
    // 2027-03-05 is a Friday: Tuesday is the 2nd, Thursday the 4th.
    expect(eventsOn('On Skarva, residents evacuated on Tuesday were allowed to return to their homes on Thursday.', '2027-03-05')).toEqual(['on Thursday:2027-03-04']);
    expect(eventsOn('Families moved out on Tuesday were sent home on Thursday.', '2027-03-05')).toEqual(['on Thursday:2027-03-04']);
    // A date on the main clause's own verb keeps heading it.
    expect(eventsOn('Police said on Tuesday they would search the area again on Thursday.', '2027-03-05')).toEqual(['on Tuesday:2027-03-02']);
  });
});

describe('a deadline given "until" a day (docs/quality.md, "Session 57", rule UT)', () => {
  const dates = (text: string) => findDates([sentence('a.md', 0, text)], () => '2026-09-15').map((d) => `${d.when}:${d.date}`);

  it('reads the day as the nearest on either side of the article, not the last one before it', () => {
    expect(dates('The agency ordered inspections and gave Halvern until October 30 to explain how the contamination happened.')).toEqual(['October 30:2026-10-30']);
    // Told of a past moment, the deadline may have passed: still the nearest (2026-09-15 is a Tuesday).
    expect(dates('The company had until Friday to respond.')).toEqual(['Friday:2026-09-18']);
    // No infinitive after it, no deadline: a past sentence's day is the last one before the article, as before.
    expect(dates('Talks went on until October 30 to no avail.')).toEqual(['October 30:2025-10-30']);
  });
});

describe('rule PU: the day a scheduling or deferring verb points to (docs/quality.md, "Session 61")', () => {
  it('dates the hearing, not the article, and ahead of it whatever the tense of the setting', () => {
    expect(eventsOn('A further hearing was set for Nov. 16.', '2026-10-20')).toEqual(['Nov. 16:2026-11-16']);
    expect(eventsOn('The appeal has been scheduled for Dec. 3.', '2026-10-20')).toEqual(['Dec. 3:2026-12-03']);
    expect(eventsOn('The council vote was postponed until Nov. 16.', '2026-10-20')).toEqual(['Nov. 16:2026-11-16']);
  });

  it('leaves a day gone by under a past verb where it was', () => {
    expect(eventsOn('The hearing was held on Oct. 2.', '2026-10-20')).toEqual(['Oct. 2:2026-10-02']);
    expect(eventsOn('The plant was set on fire on Oct. 2.', '2026-10-20')).toEqual(['Oct. 2:2026-10-02']);
  });
});

/** The dates found in one sentence of an article of that day, in the order it writes them. */
const datesOn = (text: string, articleDay: string) => findDates([sentence('a.md', 0, text)], () => articleDay).map((d) => d.date);

describe('rule TR: a time right after a past reporting verb is the telling’s (docs/quality.md, "Session 62")', () => {
  it('dates "the court said on Monday" to the Monday gone by, while the hearing it announces stays ahead', () => {
    expect(datesOn('A judge will hear the challenge on June 14, the court said on Monday.', '2023-05-09')).toEqual(['2023-06-14', '2023-05-08']);
  });

  it('leaves a time ahead where the reporting verb is itself put ahead ("will be announced Tuesday")', () => {
    expect(datesOn('The physics prize will be announced Tuesday, the committee said.', '1998-10-09')).toEqual(['1998-10-13']);
  });

  it('still reads a time in the future clause itself as ahead', () => {
    expect(eventsOn('The mayor will travel to the capital on Friday, her office said.', '2023-05-09')).toEqual(['on Friday:2023-05-12']);
  });
});

describe('rule VG: a future told far back reaches a time only through the verb nearest it (docs/quality.md, "Session 63")', () => {
  it('puts a hearing ahead when its "will" stands more than 80 characters before the date', () => {
    expect(datesOn("A judge will hear the library workers' challenge to the closure of the Eastgate branch on June 14.", '2023-05-09')).toEqual(['2023-06-14']);
    expect(datesOn('The regional council is expected to decide on the long-delayed widening of the coastal highway and its two bridges on Thursday.', '2023-05-09')).toEqual(['2023-05-11']);
  });

  it('leaves a time with what a participle of its own did, however far back the "will" stands', () => {
    expect(datesOn('Rivals will also confront a shipping group made far more potent as a competitor by its agreement in March to buy a port.', '2023-05-09')).toEqual(['2023-03']);
  });
});

describe('rule SA: "a scheduled check" describes the check, its clause may be past (docs/quality.md, "Session 64")', () => {
  it('dates a past check on the Friday before the article, and a vote that is scheduled on the Friday to come', () => {
    expect(datesOn('Inspectors were doing a scheduled check on Friday when a technician noticed rust on a beam.', '2025-10-14')).toEqual(['2025-10-10']);
    expect(datesOn('The vote is scheduled for Friday.', '2025-10-14')).toEqual(['2025-10-17']);
  });
});

describe('rule DF: the day a deferral moves something to is pending (docs/quality.md, "Session 64")', () => {
  it('dates "delay the closure until December 31" and "postponed … until December 31" ahead of a March article', () => {
    expect(datesOn('The council voted to ask the company to delay the closure until December 31.', '2026-03-06')).toEqual(['2026-12-31']);
    expect(datesOn('The company postponed the closure until December 31.', '2026-03-06')).toEqual(['2026-12-31']);
  });

  it("keeps a deferral's day of the last month where it fell", () => {
    expect(datesOn('The search was extended to May 25.', '2009-06-10')).toEqual(['2009-05-25']);
  });
});

describe('rule WK: "weekday" and "weekend" alone name no day (docs/quality.md, "Session 63")', () => {
  it('dates only the Monday in "Weekday traffic fell on Monday"', () => {
    expect(datesOn('Weekday traffic fell on Monday to under 5,000 trips.', '2026-04-07')).toEqual(['2026-04-06']);
    // Rule W4 reads "weekend" before a noun as the weekend's month; chrono's coming Saturday is gone.
    expect(datesOn('Weekend ridership fell by half.', '2026-04-07')).toEqual(['2026-04']);
  });
});

describe('a meeting "again in May" and a change "effective April 15" (docs/quality.md, "Session 65": rules MA and EF)', () => {
  it('dates a simple present with an adverb before the month’s "in" ahead of the article (rule MA)', () => {
    expect(eventsOn('The committee meets again in May.', '2026-03-22')).toEqual(['May:2026-05']);
    // A past verb between is no present: the month gone by.
    expect(eventsOn('The report says prices rose in May.', '2026-04-02')).toEqual(['May:2025-05']);
  });

  it('dates the day a change takes effect nearest the article, whatever the change’s tense (rule EF)', () => {
    expect(eventsOn('Norvik Bank raised its mortgage rate by half a point to 7.45%, effective April 15.', '2026-04-02')).toEqual(['April 15:2026-04-15']);
    expect(eventsOn('Norvik Bank raised its mortgage rate by half a point to 7.45%, effective March 30.', '2026-04-02')).toEqual(['March 30:2026-03-30']);
  });
});

describe('a span of weekdays is a week’s schedule (docs/quality.md, "Session 65", rule WY)', () => {
  it('dates no event by "Monday through Saturday", and reads "from Monday to Wednesday" as one span', () => {
    expect(eventsOn('Free tests are offered at 14 Court Street, Monday through Saturday.', '2026-09-28')).toEqual([]);
    expect(eventsOn('The talks ran from Monday to Wednesday in Geneva.', '2026-09-30').length).toBe(1);
  });
});

describe('rule PJ: a plural subject’s timetabled present (docs/quality.md, "Session 66")', () => {
  const daysOn = (text: string, day: string) => eventsOn(text, day).map((e) => e.split(':').at(-1));
  it('dates "sites open Wednesday", "clinics reopen Monday", "classes resume Thursday" ahead of a Sunday article', () => {
    expect(daysOn('New testing sites open Wednesday in the east of the county, officials said.', '2026-09-20')).toEqual(['2026-09-23']);
    expect(daysOn('Three clinics reopen Monday after the storm.', '2026-09-20')).toEqual(['2026-09-21']);
    expect(daysOn('Classes resume Thursday at the two schools that closed.', '2026-09-20')).toEqual(['2026-09-24']);
  });

  it('reads "kept the sites open Monday" and "the sites opened Wednesday" as past', () => {
    expect(daysOn('Officials kept the testing sites open Monday despite the storm.', '2026-09-20')).toEqual(['2026-09-14']);
    expect(daysOn('New testing sites opened Wednesday in the east of the county.', '2026-09-20')).toEqual(['2026-09-16']);
  });
});

describe('rule CY: a year inside an identifier (docs/quality.md, "Session 67")', () => {
  it('dates nothing by a case number’s year, and still dates by a year standing alone', () => {
    expect(eventsOn('The campaign filed a petition in the county court (Case No. 2026-CV-4471) seeking an order to count the ballots.', '2026-11-17')).toEqual([]);
    expect(eventsOn('The permit, No. 2025/0412, allows the ferry to carry passengers.', '2026-11-17')).toEqual([]);
    expect(eventsOn('The campaign filed a similar petition in 2022 after the last race.', '2026-11-17').length).toBe(1);
  });
});

describe('amendment EF′: a weekday a change starts on, in a sentence that looks ahead (docs/quality.md, "Session 67")', () => {
  const daysOn = (text: string, day: string) => eventsOn(text, day).map((e) => e.split(':').at(-1));
  it('dates "would carry out inspections …, starting Monday" and "will … beginning Monday" on the next Monday', () => {
    expect(daysOn('The minister said the authority would carry out emergency inspections of all ferries, starting Monday.', '2025-10-15')).toEqual(['2025-10-20']);
    expect(daysOn('The authority will carry out inspections beginning Monday.', '2025-10-15')).toEqual(['2025-10-20']);
  });

  it('leaves rule EF’s reading where nothing looks ahead', () => {
    expect(daysOn('The authority carried out inspections, starting Monday.', '2025-10-15')).toEqual(['2025-10-13']);
    expect(daysOn('Norvik Bank raised its mortgage rate, effective April 15.', '2026-04-02')).toEqual(['2026-04-15']);
  });

  it('dates a day written without its year on the side its tense says only within half a year of the article (rule YH)', () => {
    // A past telling of a day still ahead: a wire would have written the year of a day eleven months back.
    expect(eventsOn('The dock union leader was ordered to stand trial Nov. 2 on four charges.', '2024-10-06')).toContain('Nov. 2:2024-11-02');
    expect(eventsOn('The harbour board decided to send its chairman to the ports summit on Nov. 17.', '2024-10-23')).toContain('Nov. 17:2024-11-17');
    // Within half a year the tense still chooses: a past telling in January of a day in late December is last year's.
    expect(eventsOn('The dock union leader was arrested Dec. 28 at the harbour gate.', '2025-01-05')).toContain('Dec. 28:2024-12-28');
    // A month alone is named without its year much farther back.
    expect(eventsOn('The strike began in February at the harbour.', '2024-10-06')).toContain('February:2024-02');
    // Amendment YH′: the other side only when it is near and the told side far: a day seven months back stays past.
    expect(eventsOn('The port authority asked the dockers to leave the pier on March 15, but most refused.', '2024-10-24')).toContain('March 15:2024-03-15');
  });

  it('takes a time that says which contest named a person for no event (rule PL)', () => {
    const events = (text: string) => findDates([sentence('a.md', 0, text)], () => '2024-10-08').map((d) => `${d.when}:${d.isEvent}`);
    expect(events("This year's winner of the regatta will be announced Thursday.")).toEqual(['This year:false', 'Thursday:true']);
    expect(events("Two of Monday's winners sailed for the harbour club.")).toEqual(['Monday:false']);
    expect(events('The three 2024 laureates never sailed together.')).toEqual(['2024:false']);
    // A time in the possessive before an event stays an event.
    expect(events("This year's harbour meeting was tense.")).toEqual(['This year:true']);
  });

  it('takes an expectation told in the pluperfect, and a bound on a date, for no event (rules PE and OB)', () => {
    const events = (text: string) => findDates([sentence('a.md', 0, text)], () => '2024-11-29').map((d) => `${d.when}:${d.isEvent}`);
    expect(events('The harbour master had been expected to sign the decree last week.')).toEqual(['last week:false']);
    expect(events('The council elects the harbour master, likely sometime before Dec. 20.')).toEqual(['Dec. 20:false']);
    expect(events('The pier must reopen no later than Friday.')).toEqual(['Friday:false']);
    // An expectation in the simple past still dates what was expected.
    expect(events('The harbour master was expected to sign the decree on Monday.')).toEqual(['on Monday:true']);
  });
});

describe('a day something must be done by (docs/quality.md, "Session 72", rules BD and SY)', () => {
  const dates = (text: string) => findDates([sentence('a.md', 0, text)], () => '2025-03-14').map((d) => `${d.when}:${d.date}`);

  it('dates an ordered deadline ahead of its ordering, whatever the tense', () => {
    expect(dates('The agency ordered four measures: replacement of all transfer pipework by June 30; a shut-off valve on the drain.')).toEqual(['June 30:2025-06-30']);
    // The timeline dates the deadline, not the day the order was reported.
    expect(eventsOn('The agency ordered four measures: replacement of all transfer pipework by June 30; a shut-off valve on the drain.', '2025-03-14')).toEqual(['June 30:2025-06-30']);
  });

  it('keeps a day told as done before a moment past where it was', () => {
    expect(dates('The company had replaced the pipework by June 30.')).toEqual(['June 30:2024-06-30']);
  });

  it('reads a short number after the day as the next clause, not a year', () => {
    expect(dates('By June 30, 40 people had died.')).toEqual(['June 30:2024-06-30']);
    expect(dates('On March 3, 12 schools closed.')).toEqual(['March 3:2025-03-03']);
  });
});

describe('a future told through an adjective far before its day (docs/quality.md, "Session 72", amendment VG′)', () => {
  it('dates "is due to put … on Monday" to the coming Monday, and "was able to put … on Monday" to the last', () => {
    expect(eventsOn('Mayor Tomas Wrenlund is due to put a support package for traders to an emergency session of the city council on Monday.', '2025-03-15')).toEqual(['on Monday:2025-03-17']);
    expect(eventsOn('Mayor Tomas Wrenlund was able to put a support package for traders to an emergency session of the city council on Monday.', '2025-03-15')).toEqual(['on Monday:2025-03-10']);
  });
});

/** Each date found in a made-up sentence of an article published that day, as "when:date" (session 73's rules). */
const whenAndDate = (published: string, text: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}`);

describe('a plan that describes a noun, a state lasting until a day, a day as a present subject (docs/quality.md, "Session 73", rules AT, US and DZ)', () => {
  it('reads "planned operations" as operations, not as a plan that puts the day ahead', () => {
    expect(whenAndDate('2025-03-11', 'The group said 1,870 planned operations had been postponed since the attack on March 3.')).toEqual(['March 3:2025-03-03']);
    expect(whenAndDate('2025-03-11', 'Hospitals cancelled scheduled flights on Monday.')).toEqual(['on Monday:2025-03-10']);
    // A plan for a day is still one.
    expect(whenAndDate('2025-03-11', 'A rally planned for Sunday was called off.')).toEqual(['Sunday:2025-03-16']);
  });

  it('reads a weekday joined to one after "for" as that one is read (amendment AT′)', () => {
    expect(whenAndDate('2025-03-03', 'The group cancelled all non-urgent operations for Monday and Tuesday, about 260 in total.')).toEqual(['Monday:2025-03-03', 'Tuesday:2025-03-04']);
  });

  it('dates the end of a state that holds now ahead of the article, and one told in the past behind it', () => {
    expect(whenAndDate('2025-03-05', 'All non-urgent surgery is cancelled until at least Friday.')).toEqual(['Friday:2025-03-07']);
    expect(whenAndDate('2025-03-05', 'The road remains closed until Monday.')).toEqual(['Monday:2025-03-10']);
    expect(whenAndDate('2025-03-05', 'The road was closed until Friday.')).toEqual(['Friday:2025-02-28']);
  });

  it('dates a day and month that a present verb is said of to the nearest such day', () => {
    expect(whenAndDate('2025-03-11', '"April 14 is a date we are confident we can meet, but it is not the date everything goes back to normal," she said.')).toEqual(['April 14:2025-04-14']);
    expect(whenAndDate('2025-03-11', 'The attack began on April 14.')).toEqual(['April 14:2024-04-14']);
  });
});

describe('a weekday written with its day, and a day called off (docs/quality.md, "Session 73", rules YW and CO)', () => {
  it('dates a day and month to the year in which it falls on the weekday written with it', () => {
    expect(whenAndDate('2025-10-07', 'The union named three 24-hour strike days: Wednesday, October 15, Friday, October 17, and Tuesday, October 21.')).toEqual([
      'Wednesday, October 15:2025-10-15',
      'Friday, October 17:2025-10-17',
      'Tuesday, October 21:2025-10-21',
    ]);
    // Where the tense's year agrees with the weekday, it stands.
    expect(whenAndDate('2025-10-07', 'The strike began on Tuesday, October 15.')).toEqual(['on Tuesday, October 15:2024-10-15']);
  });

  it('dates a weekday that is called off ahead, and the day of a calling off behind', () => {
    expect(whenAndDate('2025-10-16', "The train drivers' union has called off Friday's national rail strike after the company agreed to a revised offer.")).toEqual(['Friday:2025-10-17']);
    expect(whenAndDate('2025-10-16', 'The strike was called off on Friday.')).toEqual(['on Friday:2025-10-10']);
    // Amendment CO′: so does a weekday after the noun of calling off.
    expect(whenAndDate('2025-10-16', "The minister welcomed the suspension of Friday's strike.")).toEqual(['Friday:2025-10-17']);
  });

  it('dates a weekday agreed or promised by to the one ahead (rule BW)', () => {
    expect(whenAndDate('2025-10-16', 'The union called off the strike after the company agreed to put a revised pay offer on the table by 5 p.m. on Monday.')).toEqual(['5 p.m. on Monday:2025-10-20']);
    expect(whenAndDate('2025-10-16', 'The company promised a revised offer by Monday.')).toEqual(['Monday:2025-10-20']);
    expect(whenAndDate('2025-10-16', 'The fire was under control by Monday.')).toEqual(['Monday:2025-10-13']);
  });

  it('dates a time to the past verb before it, not to the verb after it (rule MV)', () => {
    expect(whenAndDate('2025-10-17', 'Its claim that Joachim Reddel privately promised 6 percent in September may be true, or it may not.')).toEqual(['September:2025-09']);
    expect(whenAndDate('2025-10-17', 'The plan he made in May may be revived.')).toEqual(['May:2025-05']);
    // A verb that takes a clause leaves the time to the clause, whose verb tells it.
    expect(whenAndDate('2025-10-17', 'The ministry said the summit in May will be held in Vienna.')).toEqual(['May:2026-05']);
    // A day that owns a noun dates the noun, told in its own words: the vote is still ahead of the seizure's report.
    expect(whenAndDate('2025-10-17', "The seizure took place on the eve of Saturday's expected vote.")).toEqual(['Saturday:2025-10-18']);
  });
});

describe('a year after "before", and a change that takes effect (docs/quality.md, "Session 74", rules BY and TE)', () => {
  const events = (published: string, text: string) => findDates([sentence('a.md', 0, text)], () => published).map((d) => `${d.when}:${d.date}:${d.isEvent}`);

  it('reads "laid before 1965" as a bound, not an event of 1965, and a day before which something is due as a day', () => {
    expect(events('2025-07-07', 'About 38 percent of the mains were laid before 1965, according to the council audit.')).toEqual(['1965:1965:false']);
    expect(events('2025-07-07', 'The mains were laid in 1965, according to the council audit.')).toEqual(['1965:1965:true']);
    expect(events('2025-07-07', 'The deal must be signed before Friday.')).toEqual(['Friday:2025-07-11:true']);
  });

  it('dates a weekday that rules "take effect" or "come into force" on ahead, and one they "took effect" on behind', () => {
    expect(whenAndDate('2025-07-07', 'The restrictions, the strictest since 1998, take effect at 00:01 on Thursday.')).toEqual(['1998:1998', 'at 00:01 on Thursday:2025-07-10']);
    expect(whenAndDate('2025-07-07', 'The law comes into force on Friday.')).toEqual(['on Friday:2025-07-11']);
    expect(whenAndDate('2025-07-07', 'The ban took effect on Thursday.')).toEqual(['on Thursday:2025-07-03']);
  });
});

describe('a day followed by "next year" or "last year" (docs/quality.md, "Session 78", rule RY)', () => {
  it('puts "by June 30 next year", told in a past clause, in the year after the article\'s, as one time', () => {
    expect(datesOn('It called on the authority to publish revised forecasts for the line by June 30 next year.', '2025-09-12')).toEqual(['2026-06-30']);
  });

  it('puts "on March 3 last year" and "in March last year" in the year before', () => {
    expect(datesOn('The plant closed on March 3 last year.', '2025-09-12')).toEqual(['2024-03-03']);
    expect(datesOn('The plant closed in March last year.', '2025-09-12')).toEqual(['2024-03']);
    // A year counted alone is still a time of its own.
    expect(datesOn('Sales rose 4 percent last year.', '2025-09-12')).toEqual(['2024']);
  });
});

describe('a state ordered to start "from" a weekday, a day a present copula takes (docs/quality.md, "Session 80", rule WF, amendment DZ′)', () => {
  it('dates "ordered … to stay home from Wednesday" on or after the day of the order, whichever side of the article it falls', () => {
    const text = 'Health officials on Monday ordered unvaccinated pupils at three schools to stay home from Wednesday.';
    expect(whenAndDate('2025-04-07', text)).toEqual(['on Monday:2025-04-07', 'Wednesday:2025-04-09']);
    expect(whenAndDate('2025-04-11', text)).toEqual(['on Monday:2025-04-07', 'Wednesday:2025-04-09']);
    // Told as done, "from" a weekday is the one gone by.
    expect(whenAndDate('2025-04-11', 'The school was closed from Wednesday, officials said.')).toEqual(['Wednesday:2025-04-09']);
  });

  it('reads "that date is currently April 28" as the coming April 28, three weeks ahead, not the one eleven months before', () => {
    expect(whenAndDate('2025-04-07', 'Officials said that date is currently April 28 for all three schools.')).toEqual(['April 28:2025-04-28']);
    expect(whenAndDate('2025-04-07', 'The ferry sank on March 28, officials said.')).toEqual(['March 28:2025-03-28']);
  });
});
