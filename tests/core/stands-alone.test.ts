import { describe, expect, it } from 'vitest';
import { standsAlone } from '../../src/core/stands-alone.js';

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
