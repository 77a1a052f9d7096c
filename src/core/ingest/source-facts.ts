import { dateOnlyLine, isDeck } from './clean.js';
import { BYLINE, bylineName, bylineNewsroom, MARKDOWN_HEADING, nameOverRole, OUTLET_LINE, pageChrome, roleBylineName, spacedMenuChrome, withoutVersionSlug } from './head-lines.js';

/**
 * What a document without front matter says about itself in its text: a byline, and the
 * address it was published at. Kinds of layout found on the web, never particular documents.
 */

/** A labelled link to the article itself, or a bare link on one of its first lines. */
const OWN_URL_LABEL = /^(?:source|url|link|originally published(?:\s+(?:at|in|on))?|read (?:the )?(?:original|full) (?:article|story)(?:\s+(?:at|on))?|canonical)\s*[:\-–—]?\s*<?(https?:\/\/\S+?)>?$/i;
const BARE_URL = /^<?(https?:\/\/\S+?)>?$/i;
/** A newsroom role after a byline is the writer's, not an outlet ("By Jane Doe, Staff Writer"). */
const NEWSROOM_ROLE = /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|special)\b/i;
/** A place in capitals on its own line under a byline is a dateline ("NEW YORK"), not an outlet; a short one may be ("CNN", "BBC"). */
const PLACE_LINE = /^(?=(?:[^a-z]*[A-Z]){5})[^a-z]+$/;
/** Lines at the top of a document where a byline or the article's own link stands: a masthead's, a tagline and all (rule MG). */
const HEAD_LINES = 7;
/** Lines read for a site's furniture (rule PC). */
const CHROME_LINES = 12;
/** A line this long is the article's prose, not its head. */
const PROSE_WORDS = 15;

export interface SourceFacts {
  /** A headline line above a byline or link ("Rebels Agree to Talks", then "By …"). */
  title?: string;
  author?: string;
  url?: string;
  /** The outlet's name on a line under the byline, else the host of the article's own link, without "www.": "politico.com". */
  outlet?: string;
}

export function sourceFacts(text: string): SourceFacts {
  // Rule HH: a Markdown heading is head, however long, whatever the byline under it; its marks are not its words.
  const headings = new Set<string>();
  const lines = text
    .split(/\r?\n/)
    // A Markdown heading's marks are not its words ("# Minister announces …"), nor a line's emphasis ("**By …**", amendment MG′).
    .map((l) => {
      const trimmed = l.trim();
      const line = trimmed
        .replace(MARKDOWN_HEADING, '')
        .replace(/^[*_]+|[*_]+$/g, '')
        .trim();
      if (MARKDOWN_HEADING.test(trimmed)) headings.add(line);
      return line;
    })
    .filter(Boolean)
    // Rule PC: a site's menus and breadcrumbs are no part of the head; a wire story's version slug no part of its headline.
    .flatMap((l, i) => (i >= CHROME_LINES ? [l] : (spacedMenuChrome(l, false) ?? pageChrome(l, false)) ? [] : [withoutVersionSlug(l)]));
  // The head is what stands above the first paragraph of prose: headline, byline, link; a deck over a byline is head (rule DK).
  const prose = lines.findIndex((l, i) => l.split(/\s+/).length >= PROSE_WORDS && !headings.has(l) && !(i > 0 && i < HEAD_LINES && isDeck(lines, i)));
  const head = lines.slice(0, Math.min(HEAD_LINES, prose < 0 ? lines.length : prose));
  const facts: SourceFacts = {};
  let named: string | undefined;
  let signed: string | undefined;
  head.forEach((line, i) => {
    const signedLine = BYLINE.exec(line);
    // Rule BA: a byline without "By" names its writer before a newsroom role ("Henrik Dahl, Markets Reporter"); rule WL: or over
    // a line that is only the role ("Rachel Tan" / "Staff Writer").
    const role = signedLine ? undefined : (roleBylineName(line) ?? nameOverRole(line, head[i + 1]));
    const byline = !!signedLine || role !== undefined;
    // A byline names a person: all-caps wire bylines are shown in title case.
    if (byline && !facts.author) facts.author = role ?? bylineName(line);
    // Rule BS: a newsroom signing as itself names the outlet ("By Reuters staff").
    const newsroom = signedLine ? bylineNewsroom(signedLine[1]!) : undefined;
    if (newsroom && !signed) signed = newsroom;
    // Rule HB: the line right under a byline that is only a name is the outlet's ("By Marta Oyelaran", "The Velmora Courier").
    // So is the name after the byline's comma ("By Karen Whitfield, Valley Courier").
    const after = signedLine ? line.slice(signedLine[0].length).trim() : '';
    // Rule SG: the outlet's name may share its line with the date ("The Harbour Ledger — Thursday, 12 March 2026").
    // A role after the byline's comma leaves the outlet to the next line ("By Anna Reiner, Economics Correspondent").
    const next = after && !NEWSROOM_ROLE.test(after) ? after : outletBesideDate(head[i + 1]);
    if (byline && next && !named && OUTLET_LINE.test(next) && !NEWSROOM_ROLE.test(next) && !PLACE_LINE.test(next) && dateOnlyLine(next) === undefined) named = next;
    // Rule HD: a line that is only a date may stand between the headline and the byline.
    if (byline && i >= 1 && isHeadline(head[0]!) && head.slice(1, i).every((l) => dateOnlyLine(l) !== undefined)) facts.title = head[0];
  });
  const labelled = lines.map((l) => OWN_URL_LABEL.exec(l)?.[1]).find(Boolean);
  const bare = head.map((l) => BARE_URL.exec(l)?.[1]).find(Boolean);
  // A sentence's full stop or a bracket around the address is not part of it.
  const url = (labelled ?? bare)?.replace(/[.,;:!?)\]]+$/, '');
  const host = url ? hostOf(url) : undefined;
  if (url && host) facts.url = url;
  const outlet = named ?? signed ?? host;
  if (outlet) facts.outlet = outlet;
  return facts;
}

/** The name before a dash or a bar on a line that ends with a date ("Meridian News — 18 March 2026"), else the line itself. */
function outletBesideDate(line: string | undefined): string | undefined {
  const m = line === undefined ? null : /^(.+?)\s+[—–|·•]\s+(.+)$/.exec(line);
  return m && dateOnlyLine(m[2]!) !== undefined ? m[1] : line;
}

function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** A short line that opens like a headline and does not end like a sentence. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 20 && /^[A-Z0-9“"‘']/.test(line) && !/[.,;:]$/.test(line) && !BARE_URL.test(line);
}
