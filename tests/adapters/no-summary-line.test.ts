import { describe, expect, it } from 'vitest';
import { renderBriefing as renderConsole } from '../../src/adapters/console/render-briefing.js';
import { TEXT } from '../../src/adapters/console/style.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderBriefing as renderSlack } from '../../src/adapters/slack/render.js';
import type { Briefing } from '../../src/core/briefing.js';
import { securityGuarantees } from '../fixtures/slack/briefings.js';

/** A briefing no passage can lead: every unit leans too far back to be a point (docs/quality.md, rule E′). */
const noSummary: Briefing = { ...securityGuarantees, summary: [], keyPoints: [] };
const NO_PASSAGE = 'The set has no passage to show on its own here; the sections below are what its sources say.';

const consoleText = (b: Briefing) => renderConsole(b, TEXT);
const discordDescription = (b: Briefing) => renderDiscord({ kind: 'briefing', briefing: b })[0]!.embeds[0]!.description ?? '';
const slackText = (b: Briefing) => JSON.stringify(renderSlack(b).map((m) => m.blocks));

describe('GIVEN a briefing with neither a summary point nor a key point', () => {
  it.each([
    ['the console', consoleText],
    ['Discord', discordDescription],
    ['Slack', slackText],
  ])('THEN %s says so where the summary would be, and not when a key point is shown', (_, render) => {
    expect(render(noSummary)).toContain(NO_PASSAGE);
    expect(render({ ...noSummary, keyPoints: securityGuarantees.keyPoints })).not.toContain(NO_PASSAGE);
  });

  it.each([
    ['the console', consoleText],
    ['Discord', discordDescription],
    ['Slack', slackText],
  ])("THEN %s, when the question's verb is unstated too, says one line that points below, not to points above", (_, render) => {
    const text = render({ ...noSummary, unstated: 'massacred' });
    expect(text).toContain('No sentence says “massacred” of what the question asks about; the sections below are what the set says of the rest of it.');
    expect(text).not.toContain('the points above');
    expect(text).not.toContain(NO_PASSAGE);
  });
});

describe('GIVEN a briefing with a summary', () => {
  it.each([
    ['the console', consoleText],
    ['Discord', discordDescription],
    ['Slack', slackText],
  ])('THEN %s prints no such line, and an unstated verb still points to the points above', (_, render) => {
    expect(render(securityGuarantees)).not.toContain(NO_PASSAGE);
    expect(render({ ...securityGuarantees, unstated: 'sent' })).toContain('the points above are what the set says of the rest of it.');
  });
});

describe('GIVEN a briefing with nothing to show', () => {
  const empty: Briefing = { ...securityGuarantees, summary: [], keyPoints: [], quotes: [], figures: [], timeline: [], differences: [], figuresThatDiffer: [] };
  it.each([
    ['Discord', discordDescription],
    ['Slack', slackText],
  ])('THEN %s says the documents say nothing citable, not that sections follow', (_, render) => {
    expect(render(empty)).toContain('The documents say nothing citable on this topic yet.');
    expect(render(empty)).not.toContain(NO_PASSAGE);
  });
});
