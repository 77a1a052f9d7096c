import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// docs/quality.md, "Session 77", rule TG with amendments TG′ and TG″.

const now = new Date('2025-03-10T00:00:00Z');

describe('"after" and a past clause, set off by a comma after the asked event, tells what set it off (rule TG)', () => {
  it('leads "what caused the run" with the report that set it off', () => {
    const library = createLibrary('bank-run', [
      { id: 'a.txt', text: 'Depositors queued outside every branch of the bank on Monday as the run on the bank went on. The run on the bank has drained its deposits.', meta: { published: '2025-03-03' } },
      { id: 'b.txt', text: 'The run began on Thursday, after a newspaper reported that the auditor had warned the board about bad loans. Branches stayed shut.', meta: { published: '2025-03-04' } },
    ]);
    const r = library.brief('what caused the run on the bank?', { length: 'short', now });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/after a newspaper reported/);
  });

  it('does not read a clause with no comma before "after" as the cause of a verb before it (TG″)', () => {
    const library = createLibrary('cabinet', [
      { id: 'a.txt', text: 'The president had been expected to ask Karim Aziz to form the next government after the president polled members of parliament.', meta: { published: '2025-03-03' } },
      { id: 'b.txt', text: 'Karim Aziz said on Monday he would not form the next government, citing a dispute with the president over the constitution.', meta: { published: '2025-03-04' } },
    ]);
    const r = library.brief('why did Karim Aziz decline to form the next government?', { length: 'short', now });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/citing a dispute/);
  });
});
