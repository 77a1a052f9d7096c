import { describe, expect, it } from 'vitest';
import { withRole } from '../../../src/core/compose/placed-label.js';
import { speakerKey } from '../../../src/core/facts/quotes.js';
import { appositiveAfter } from '../../../src/core/facts/role-beside.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** A made-up article, its quote at `at`, and the label rule R gives `label` when the briefing prints `printed`. */
function labelled(texts: string[], at: number, label: string, printed: Sentence[] = []) {
  const doc = texts.map((t, i) => sentence('a', i, t));
  return withRole(
    label,
    doc[at]!,
    () => doc,
    () => printed,
  );
}

describe('a full-name speaker label takes the role its article writes beside the name (docs/quality.md, "Twenty-seventh round (issue 16speaker4)", rule R)', () => {
  it('takes a title written right before the name', () => {
    const texts = ['Lieutenant Ola Brenner and three sailors were held for a week.', '"They treated us well," said Ola Brenner.'];
    expect(labelled(texts, 1, 'Ola Brenner')).toBe('Lieutenant Ola Brenner');
  });

  it('takes an appositive set off after the name, in brackets, and keeps the voice', () => {
    const texts = ['Marta Lindqvist, a spokeswoman for the harbour board, said on Monday that the quay was closed.', '"Nobody was hurt," Marta Lindqvist said.'];
    const label = labelled(texts, 1, 'Marta Lindqvist');
    expect(label).toBe('Marta Lindqvist (a spokeswoman for the harbour board)');
    expect(speakerKey(label)).toBe(speakerKey('Marta Lindqvist'));
  });

  it('ends an appositive the article leaves unclosed at its reporting verb', () => {
    expect(appositiveAfter('Tomas Reyel', 'Tomas Reyel, an engineer for the Pure Water charity described the streets at night.')).toBe('an engineer for the Pure Water charity');
  });

  it('reads past an abbreviation inside the appositive (rule AV, docs/quality.md, "Session 63")', () => {
    expect(appositiveAfter('Rosa Delgado', "Rosa Delgado, a nurse at St. Brendan's Medical Center, said she arrived late.")).toBe("a nurse at St. Brendan's Medical Center");
    expect(appositiveAfter('Tomas Reyel', 'Tomas Reyel, an engineer at Holm & Co. said the streets were flooded.')).toBe('an engineer at Holm & Co');
  });

  it('shows no appositive longer than eight words', () => {
    const texts = ['Ines Holm, the head of the regional office of the northern coastal flood relief agency, spoke.', '"The water came fast," Ines Holm said.'];
    expect(labelled(texts, 1, 'Ines Holm')).toBe('Ines Holm');
  });

  it('adds nothing when the briefing already prints a role beside the name', () => {
    const texts = ['Lieutenant Ola Brenner and three sailors were held for a week.', '"They treated us well," said Ola Brenner.'];
    const doc = texts.map((t, i) => sentence('a', i, t));
    expect(
      withRole(
        'Ola Brenner',
        doc[1]!,
        () => doc,
        () => [doc[0]!],
      ),
    ).toBe('Ola Brenner');
  });
});

describe('a title is taken whole or not at all (amendment R′, issue 16speaker4)', () => {
  it('takes an office named with "of" whole, not its last word', () => {
    const texts = ['Secretary of State Nora Vale arrived in the capital on Monday.', '"We came to listen," Nora Vale said.'];
    expect(labelled(texts, 1, 'Nora Vale')).toBe('Secretary of State Nora Vale');
  });

  it('takes no title cut from a longer noun phrase', () => {
    const texts = ['"The talks went well," said business council chairman Piet Amsel.'];
    expect(labelled(texts, 0, 'Piet Amsel')).toBe('Piet Amsel');
  });
});

describe('a role is never cut inside its relative clause (docs/quality.md, "Session 77", rule RE)', () => {
  it('ends the role before "who" when the verb of saying is the relative clause\'s', () => {
    const texts = ['Among them was Greta Olund, a 71-year-old retired teacher who has said everything she saved is at the bank.', '"First it was March. Now it is April," Greta Olund said.'];
    expect(labelled(texts, 1, 'Greta Olund')).toBe('Greta Olund (a 71-year-old retired teacher)');
  });
});
