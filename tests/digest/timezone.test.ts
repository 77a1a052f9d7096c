import { describe, expect, it } from 'vitest';
import { parseTimezone } from '../../src/digest/timezone.js';

describe('parseTimezone', () => {
  it.each(['Europe/Kyiv', 'America/New_York', 'UTC', 'Etc/GMT+3', 'Asia/Kolkata'])('accepts the IANA name %s as typed', (name) => {
    expect(parseTimezone(name)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['europe/kyiv', 'Europe/Kyiv'],
    ['AMERICA/PORT_OF_SPAIN', 'America/Port_of_Spain'],
    ['  Europe/Kyiv ', 'Europe/Kyiv'],
  ])('spells %s the usual way', (typed, spelled) => {
    expect(parseTimezone(typed)).toEqual({ ok: true, value: spelled });
  });

  it.each(['+3', '+03:00', '-5', 'UTC+3', 'GMT+3'])('turns away the offset %s and says to use a zone name', (offset) => {
    const result = parseTimezone(offset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('does not follow daylight saving');
  });

  it('turns away an unknown name with an example of a good one', () => {
    expect(parseTimezone('Mars/Olympus_Mons')).toEqual({
      ok: false,
      error: '"Mars/Olympus_Mons" is not a time zone name. Use an IANA name such as Europe/Kyiv or America/New_York.',
    });
  });
});
