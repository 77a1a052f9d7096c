/**
 * The shapes of the short lines a page's head is made of, above its first paragraph: a byline, the outlet's name, a
 * section's label. Layout found on the web, never words of a story.
 */

/** The marks that open a Markdown heading. */
export const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** A writer's name in a byline: two to four words, initials and particles ("de", "van") among them. */
const BYLINE_NAME = "(?:[A-Z][\\p{L}.'’-]+|[A-Z]\\.)(?:\\s+(?:(?!and\\b)[A-Z][\\p{L}.'’-]+|[A-Z]\\.|de|van|von|al)){1,3}";
/** "By Jane Doe", "By JANE DOE, Associated Press", "Written by Jane Doe |", "By Jane Doe and John Roe" (rule BA). */
export const BYLINE = new RegExp(`^(?:written\\s+)?by\\s+(${BYLINE_NAME}(?:\\s+and\\s+${BYLINE_NAME})?)\\s*(?:[,|—–-]|$)`, 'iu');
/** A byline without "By": a name, a comma and a newsroom role ("Henrik Dahl, Markets Reporter"), rule BA. */
const ROLE_BYLINE = new RegExp(`^(${BYLINE_NAME}),\\s+(?:[\\p{L}-]+\\s+){0,2}(?:reporter|correspondent|writer|editor|columnist)$`, 'iu');

/**
 * A name and nothing else: capitalised words, "of", "the", "and" or "&" between ("The Velmora Courier", "Associated Press"); a
 * station's call sign may carry its channel or frequency ("WBRN 11", "KVLR 89.7 Harrow Valley Public Radio", rule PC).
 */
export const OUTLET_LINE = /^(?:The\s+)?(?:[A-Z]{2,5}\s+\d{1,3}(?:\.\d{1,2})?|[A-Z][\p{L}.'’-]*\d{0,2})(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the|and|&)){0,5}$/u;

/** A section's label on a line of its own: one or two capitalised words ("Opinion", "World News", "U.S."). */
export const SECTION_LINE = /^[A-Z][\p{L}.&'’-]*(?:\s+[A-Z][\p{L}.&'’-]*)?$/u;

/** The label of an opinion section standing alone ("Opinion", "Editorials", "Op-Ed", "Letters to the Editor"): the piece is opinion by its publisher's word. */
export const OPINION_SECTION = /^(?:opinions?|op-?eds?|commentary|comment|editorials?|columns?|viewpoints?|letters(?: to the editor)?|our view|the\s+[a-z.-]+(?:\s+[a-z.-]+)?['’]s\s+view)$/i;

/**
 * Rule PC (docs/quality.md, "Session 66"): a site's furniture among a page's head lines, read before the head is: a menu
 * ("News | Weather | Sports | Watch Live", "Share on Facebook | Share on X | Email | Print"), a breadcrumb ("Home › Active
 * Incidents › Updates"), a skip link, a video's or photo's label line ("▶ VIDEO: …"), a wire story's version note ("(Updates with
 * …)"). What it says of the page: an opinion section in a breadcrumb; on the page's first line, the outlet its first item names.
 */
export function pageChrome(line: string, first: boolean): { outlet?: string; opinion: boolean } | undefined {
  if (SKIP_LINK.test(line) || MEDIA_LABEL.test(line) || VERSION_NOTE.test(line)) return { opinion: false };
  const crumbs = line.split(BREADCRUMB_SEPARATOR);
  const menu = line.split(MENU_SEPARATOR);
  const items = crumbs.length >= 2 ? crumbs : menu.length >= 3 && !line.startsWith('|') ? menu : undefined;
  // A menu item holding a year may be a credit line's date ("News | 12 March 2026 | Politics"); a breadcrumb's is an archive's.
  if (!items?.every((item) => MENU_ITEM.test(item) && !BYLINE.test(item) && (items === crumbs || !/\b\d{4}\b/.test(item)))) return undefined;
  const opinion = crumbs.length >= 2 && crumbs.some((item) => OPINION_SECTION.test(item));
  const name = items[0]!;
  const outlet = first && OUTLET_LINE.test(name) && (/\s/.test(name.trim()) || /\d/.test(name)) ? name.trim() : undefined;
  return { ...(outlet !== undefined ? { outlet } : {}), opinion };
}
const SKIP_LINK = /^skip\s+(?:to\s+(?:main\s+)?content|to\s+main|navigation)\b/i;
const MEDIA_LABEL = /^(?:[▶►]\s*)?(?:video|watch|photos?|gallery|listen)\s*:|^[▶►]|^share(?:\s+this\s+(?:article|story|page))?:?$/i;
const VERSION_NOTE = /^\((?:updates|adds|recasts|rewrites|changes|corrects|fixes|removes|moves|writes through)\b[^()]*\)$/i;
const BREADCRUMB_SEPARATOR = /\s*[›»]\s*|\s+>\s+/;
const MENU_SEPARATOR = /\s+\|\s+/;
/** One item of a menu or breadcrumb: one to four words, no sentence. */
const MENU_ITEM = /^\s*[^\s.!?…:;,]+(?:\s+[^\s.!?…:;,]+){0,3}\s*$/;

/**
 * Rule MN (docs/quality.md, "Session 67"): a head line as written, before spaces are normalised, whose parts are set apart by
 * runs of two or more spaces ("THE BRENHOLT HERALD    News | Lake Vessany | …", "Home  News  Weather  Traffic"): furniture
 * when those runs read as a menu's bars do.
 */
export function spacedMenuChrome(written: string, first: boolean): ReturnType<typeof pageChrome> {
  const line = written.trim();
  return SPACE_RUN.test(line) ? pageChrome(line.replace(/ {2,}|\t+/g, ' | '), first) : undefined;
}
const SPACE_RUN = /\S(?: {2,}|\t+)\S/;

/** A wire story's headline without the slug of its version ("UPDATE 2-Port authority seeks …", rule PC). */
export function withoutVersionSlug(line: string): string {
  const m = VERSION_SLUG.exec(line);
  return m && /^\p{Lu}/u.test(line.slice(m[0].length)) ? line.slice(m[0].length) : line;
}
const VERSION_SLUG = /^(?:UPDATE|REFILE|CORRECTED|RPT)(?:\s+\d{1,2})?\s*-\s*/;

/** Words a newsroom signs with when no one writer does ("By Reuters staff", "By Courier Staff Reports"): rule BS. */
const NEWSROOM_SIGNATURE = /(?:^|\s+)(?:staff|reports?|writers?|wire|services?|desk|bureau|team)(?:\s+(?:staff|reports?|writers?|wire|services?|desk|bureau|team))*$/i;

/** The writer a byline without "By" names (rule BA): "Henrik Dahl, Markets Reporter" → "Henrik Dahl". */
export function roleBylineName(line: string): string | undefined {
  const name = ROLE_BYLINE.exec(line)?.[1];
  return name === undefined || bylineNewsroom(name) !== undefined ? undefined : name.split(/\s+/).map(titleCase).join(' ');
}

/** Rule WL (docs/quality.md, "Session 67"): a writer's name alone over a line that is only a newsroom role ("Rachel Tan" / "Staff Writer"). */
export function nameOverRole(line: string, next: string | undefined): string | undefined {
  return next === undefined || line.includes(',') || next.includes(',') ? undefined : roleBylineName(`${line}, ${next}`);
}

/** The writer a byline names, an all-caps wire byline in title case ("By JANE DOE" → "Jane Doe"); undefined when the line is none, or names a newsroom (rule BS). */
export function bylineName(line: string): string | undefined {
  const name = BYLINE.exec(line)?.[1];
  if (name === undefined || bylineNewsroom(name) !== undefined) return undefined;
  return name.split(/\s+/).map(titleCase).join(' ');
}

/**
 * Rule BS: the outlet a byline names when a newsroom signs instead of a writer: "By The Associated Press", "By Reuters staff"
 * ("Reuters"); an empty string for a signature alone ("By Staff Reports"); undefined when the byline names a person.
 */
export function bylineNewsroom(name: string): string | undefined {
  // The editorial board signs a piece as its author: opinion.ts reads it so (rule ED).
  if (/\beditor(?:ial|s)\b/i.test(name)) return undefined;
  if (/^the\s/i.test(name)) return name;
  if (!NEWSROOM_SIGNATURE.test(name)) return undefined;
  return name.replace(NEWSROOM_SIGNATURE, '');
}

function titleCase(word: string): string {
  return word === word.toUpperCase() && word.length > 1 ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}
