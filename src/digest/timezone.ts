import { IANAZone } from 'luxon';
import { err, ok, type Result } from '../core/result.js';

// A zone name starts with a letter: this turns away "+3", "+03:00" and "-5", which some Intl
// builds accept as fixed offsets but which do not follow daylight saving.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

let canonicalNames: Map<string, string> | undefined;

/** The zone's usual spelling ("europe/kyiv" → "Europe/Kyiv") when Intl lists it; as typed otherwise. */
function spell(name: string): string {
  canonicalNames ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  if (name === name.toLowerCase() || name === name.toUpperCase()) {
    return canonicalNames.get(name.toLowerCase()) ?? titleCase(name);
  }
  return name;
}

function titleCase(name: string): string {
  if (/^(utc|gmt)$/i.test(name)) return name.toUpperCase();
  return name.replace(/[A-Za-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/** An IANA time zone name, checked and spelled the usual way; an offset or unknown name gets a message a user can act on. */
export function parseTimezone(input: string): Result<string, string> {
  const name = input.trim();
  if (ZONE_NAME.test(name) && IANAZone.isValidZone(name)) {
    const spelled = spell(name);
    return ok(IANAZone.isValidZone(spelled) ? spelled : name);
  }
  const hint = /^(utc|gmt)?\s*[+-]?\d/i.test(name) ? ` An offset like "${name}" does not follow daylight saving; use the zone's name.` : '';
  return err(`"${name}" is not a time zone name.${hint} Use an IANA name such as Europe/Kyiv or America/New_York.`);
}
