import { describe, expect, it } from 'vitest';
import { renderBriefing as consoleBriefing } from '../../src/adapters/console/render-briefing.js';
import { TEXT } from '../../src/adapters/console/style.js';
import { briefingCard } from '../../src/adapters/discord/render-briefing.js';
import { type Briefing, parseBriefing } from '../../src/core/briefing.js';
import { SECURITY_GUARANTEES } from '../fixtures/discord/briefing.js';

/**
 * A question the set does not answer shows no item at all (rule S0 of docs/quality.md, "Twenty-first round (issue 16qonly)":
 * a question briefing has no quotes, figures, dates or differences to fall back on). It says so, with no empty header and
 * no promise of points below.
 */
const unanswered: Briefing = parseBriefing({
  ...SECURITY_GUARANTEES,
  topic: { slug: 'who-guarantees', title: 'Who guarantees', kind: 'query', asked: 'who would guarantee the ceasefire' },
  summary: [],
  keyPoints: [],
  quotes: [],
  figures: [],
  timeline: [],
  differences: [],
  figuresThatDiffer: [],
  sources: [],
});

describe('a briefing with no item', () => {
  it('prints no empty Sources header in the console and says there is nothing citable', () => {
    const text = consoleBriefing(unanswered, TEXT);
    expect(text).not.toContain('Sources');
    expect(text).toContain('nothing citable');
  });

  it('does not promise points below in a Discord card', () => {
    const card = briefingCard(unanswered);
    expect(card.sections).toEqual([]);
    expect(card.description).not.toContain('points below');
    expect(card.description).toContain('nothing citable');
  });
});
