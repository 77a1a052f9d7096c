import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { isUnsourcedSpeculation } from '../../../src/core/compose/unsourced-speculation.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up news copy. docs/quality.md, "Twenty-seventh round (issue 16view)", rule V: a news report's sentence that
 * speculates in its main clause ("could be a ploy", "it is possible that …") with no one said to hold the view is the
 * outlet's own analysis, and a summary or key point that prints it says so.
 */
describe('a main clause that speculates with no source', () => {
  it.each([
    'The dock workers’ walkout could be a bargaining tactic ahead of the contract vote.',
    'Although the union denies it, the walkout might drive shipping lines to other ports.',
    'It is possible that the port authority is holding out for a better offer.',
    'If the strike lasts into next week, exporters are likely to lose millions of dollars.',
  ])('is the outlet’s view: %s', (text) => expect(isUnsourcedSpeculation(text)).toBe(true));

  it.each([
    // Someone is said to hold it.
    'The walkout could be a bargaining tactic, a port official said Tuesday.',
    'Analysts warned that the walkout might drive shipping lines to other ports.',
    'According to the union, the strike may last a month.',
    '“The strike could last a month,” the union leader said.',
    // The modal is in a clause the sentence subordinates, or is past inability, or a question, or a concession.
    'The union called the strike, ensuring that few ships could leave the harbour.',
    'Officials were unsure when the port might reopen.',
    'Dock workers could not reach the gates on Monday.',
    'Could the strike spread to the airports?',
    'The dispute might be local, but its cost will be national.',
    // "Would" states what follows from a condition, not what may be; "May" is a month.
    'A merged port would be bigger than any on the coast.',
    'The contract expires in May and talks resume on Friday.',
  ])('is not: %s', (text) => expect(isUnsourcedSpeculation(text)).toBe(false));
});

const WIRE = [
  'Dock workers at the port of Harlow walked off the job on Monday, halting cargo traffic, the port authority said. The dock workers’ strike could be a bargaining tactic ahead of next month’s contract vote. The union wants a raise of eight percent over three years.',
  'The dock workers’ strike at Harlow entered its second day on Tuesday with no talks scheduled, union leader Mara Quill told reporters. Forty ships waited outside the harbour. The port authority said it had offered a raise of five percent.',
  'Exporters at Harlow said the dock workers’ strike cost them two million dollars a day. The chamber of commerce asked the state to mediate the dock workers’ strike. The state labour office said a mediator would meet both sides on Thursday.',
];

function brief(query: string): Briefing {
  const library = createLibrary(
    'made-up',
    WIRE.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: `2026-11-${String(23 + i)}` } })),
  );
  const r = library.brief(query, { length: 'standard', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error(`no briefing for ${query}`);
  return r.briefing;
}

describe('a briefing that prints a wire’s unsourced speculation', () => {
  it('says it is the outlet’s analysis, and labels no reported item so', () => {
    const briefing = brief('dock workers strike');
    const points = [...briefing.summary, ...briefing.keyPoints];
    const speculation = points.filter((p) => p.text.includes('could be a bargaining tactic'));
    expect(speculation.length).toBeGreaterThan(0);
    for (const p of speculation) expect(p.attribution).toBe("the outlet's analysis");
    for (const p of points.filter((q) => !q.text.includes('could be a bargaining tactic'))) expect(p.attribution).toBeUndefined();
    expect(renderText({ kind: 'briefing', briefing }, 'text')).toContain("(the outlet's analysis)");
  });
});
