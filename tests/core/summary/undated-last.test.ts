import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Rule UL of docs/quality.md ("Session 54"): made-up wire copy of a dam breach, one follow-up without a date. */
const REPORT = ['A dam burst above the village of Ostrava on Tuesday, flooding 300 homes along the river, the county said.', '', 'Engineers said the dam had cracked after a week of heavy rain on the river valley.'].join('\n');
const UPDATE = ['The county said on Thursday that repairs to the burst dam above Ostrava would take six months.', '', 'Families whose homes were flooded by the river were housed in the village school.'].join('\n');
const UNDATED = ['Villagers of Ostrava gathered on Saturday to demand an inquiry into the burst dam and the flooding of their homes.', '', 'The county had been warned in 2024 that the dam above the river needed repairs.'].join('\n');

describe('the summary reads the dated articles first, an undated one after them (rule UL)', () => {
  it('opens on the first dated report, whatever place the undated follow-up has in the set', () => {
    const library = createLibrary('dam', [
      { id: 'a-undated.md', text: UNDATED, meta: {} },
      { id: 'b-report.md', text: REPORT, meta: { published: '2026-04-08' } },
      { id: 'c-update.md', text: UPDATE, meta: { published: '2026-04-10' } },
    ]);
    const r = library.brief('dam river homes', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const summary = r.briefing.summary.map((s) => s.text);
    expect(summary[0]).toMatch(/^A dam burst above the village/);
    const undatedAt = summary.findIndex((t) => t.startsWith('The county had been warned'));
    const datedAt = summary.findIndex((t) => t.startsWith('Families whose homes'));
    expect(datedAt).toBeGreaterThan(0);
    expect(undatedAt).toBeGreaterThan(datedAt);
  });
});
