import { describe, expect, it } from 'vitest';
import { fitResponseUrl } from '../../../src/adapters/slack/commands.js';

describe('fitResponseUrl', () => {
  it('GIVEN more messages than a response_url takes (5) THEN sends 4 and says how many were left out', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ text: `part ${i}`, blocks: [{ type: 'divider' as const }] }));
    const fitted = fitResponseUrl(many);
    expect(fitted).toHaveLength(5);
    expect(fitted.slice(0, 4)).toEqual(many.slice(0, 4));
    expect(fitted[4]!.text).toContain('3 more parts');
  });
});
