import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../../src/core/facts/differences.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Made-up reports (docs/quality.md, "Session 59", rule DN): a denial that takes a that-clause. */
const differences = (a: string, b: string) => findDifferences([sentence('a.md', 1, a), sentence('b.md', 1, b)], () => 2, 3);
const CLAIM = 'The port authority said on Tuesday that strikers had damaged two cranes at the Marrow Bay container terminal.';

describe('a denial of a that-clause (rule DN)', () => {
  it('pairs "denied on Wednesday that strikers had damaged cranes" with the claim that they had', () => {
    expect(differences(CLAIM, 'The dock workers’ union denied on Wednesday that strikers had damaged cranes at the Marrow Bay terminal, calling the claim a smear.')).toHaveLength(1);
  });

  it('denies the clause of its own subject: the damage denied of the police is no answer to the damage said of strikers', () => {
    expect(differences(CLAIM, 'The dock workers’ union denied on Wednesday that police had damaged cranes at the Marrow Bay terminal during the strike.')).toEqual([]);
  });

  it('reads "denied that report and strikers returned" as no denial of the clause after the conjunction', () => {
    expect(differences('Hundreds of strikers returned to the terminal gates on Monday after a night away, the port authority said.', 'The union denied that report and strikers returned to the terminal gates only at noon.')).toEqual([]);
  });
});
