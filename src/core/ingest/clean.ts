/**
 * Turns a document's raw text into clean paragraphs of prose, and collects what the mess itself
 * says about the document (a leading date, a repeated title, a closing author bio). Rules are about
 * kinds of mess found on the web, never about particular documents.
 */
import { hasOnlyPresentVerbs, hasVerb, taggedWords } from '../nlp.js';
import { MONTHS } from './calendar-words.js';
import { BYLINE, bylineName, MARKDOWN_HEADING, nameOverRole, OPINION_SECTION, OUTLET_LINE, pageChrome, roleBylineName, SECTION_LINE, spacedMenuChrome, withoutVersionSlug } from './head-lines.js';
import { isCalendarDate } from './meta-values.js';
import { trimEnd } from './trim-end.js';
import { withoutInterviewLabels, withoutWireTypesetting } from './wire-copy.js';

export interface CleanText {
  paragraphs: string[];
  title?: string;
  published?: string;
  author?: string;
  /** Place line that opened the first paragraph ("WASHINGTON"), kept out of the sentence. */
  dateline?: string;
  /** The writer a masthead's byline names, when the page gives no other (amendment MG′). */
  byline?: string;
  /** The outlet a masthead on top names ("Harwick Courier"), rule MH. */
  outlet?: string;
  /** A masthead's section label names an opinion section ("Opinion"), rule MH. */
  opinion?: boolean;
  /** The wire agency the dateline names ("Reuters" of "(Reuters)"): the outlet where none other is named (rule WH). */
  agency?: string;
  /**
   * List items dropped as fragments ("• European Commission President Ursula von der Leyen"), without their markers: they
   * state nothing to cite, but the names they write in full are the document's (quotes.ts reads them for a speaker's).
   */
  listed?: string[];
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;
/** One link token ("https://…", "<www.…>"); a line is links only when every token is one. */
const URL_TOKEN = /^<?(?:https?:\/\/|www\.)\S+$/i;
/** How a link token opens (URL_TOKEN's start). */
const URL_START = /^<?(?:https?:\/\/|www\.)/i;
const RELATED = /^(?:related(?: articles?| stories| coverage| content| reading)?|read (?:more|also|next)|see also|also read|recommended(?: reading)?|more on this(?: story)?|further reading)\s*[:\-–—|]/i;
const BOILERPLATE_LINE =
  /^(?:share(?: this(?: article| story)?)?[:!]?|like this:?|click to (?:share|print|email)\b.*|tweet|print|email|advertisement|sponsored(?: content)?|subscribe(?: now)?(?: to .*)?|sign up(?: for .*)?|follow us(?: on .*)?|all rights reserved\.?|copyright\b.*|©.*|cancel reply|post comment|submit comment|skip to content|back to top|loading\.*|\(?photo:?.*\)?|image:? .*|credit:? .*)$/i;
/** Once one of these appears late in a document, everything after it is the comment form. */
const COMMENT_FORM =
  /^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|\d+ comments?|comments?(?: \(\d+\))?|no comments yet\b.*|your email address will not be published\b.*|you must be logged in to post a comment\b.*)$/i;
const LEADING_DATE = /^\s*(?:date|dated|published|posted(?: on)?)\s*:?\s*(\d{4}-\d{2}-\d{2})\b[\s,;:]*/i;
/** A dateline's day: "Dec. 1" or "1 Dec", its year if written ("Dec. 1, 1998"). */
const DATELINE_DATE = '(?:(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (?<day>\\d{1,2})|(?<dayFirst>\\d{1,2}) (?<monthAfter>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?)(?:,? (?<year>\\d{4}))?';
/** The dash that ends a dateline, with the spaces around it. */
const DATELINE_DASH = '\\s*(?:—|–|--| _ | - )\\s*';
/**
 * "WASHINGTON—", "PHNOM PENH, Cambodia (AP) _", "KYIV, Ukraine --", "GENEVA, Sept. 7 (Reuters) -" (its day: rule DT, session 53),
 * "HARLOW, Nov. 24, 2026 —", "LONDON, 2 December 2026 —" (its year: rule DY, session 61).
 */
// Rule DW (docs/quality.md, "Session 66"): "CARROW FALLS, March 5, 2025 /PR Newswire/ --": a release's distributor between slashes.
const DATELINE = new RegExp(`^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?)(?:,? ${DATELINE_DATE})?(?<agency> \\([A-Za-z][A-Za-z\\d ]*\\))?(?: /[A-Za-z][A-Za-z .-]{0,30}/)?${DATELINE_DASH}`);
/** A day, its year if written, and a dash, right after a dateline's own dash (rule WH). */
const DATELINE_DAY = new RegExp(`^${DATELINE_DATE}${DATELINE_DASH}`);
const BULLET = /^\s*(?:[•·▪●◦‣∙*+-]|\d{1,2}[.)])\s+/;
const BIO_VERB = /^((?:[A-Z][\p{L}.'-]+\s){1,3}[A-Z][\p{L}'-]+)\s+(?:is|was|previously served|served|has served|serves|writes|covers|reports|has been|is currently|was formerly)\b/u;
const PUBLICATION_VERB = /^\s+(?:is|was)\s+(?:published|produced|issued|distributed|edited|owned)\b/;
const ITALIC_PARAGRAPH = /^([*_])[^*_][\s\S]*[^*_]\1$/;
const BIO_ROLE = /\b(?:served|analyst|fellow|director|professor|author|editor|correspondent|contributor|chair|columnist|reporter|writer|researcher|journalist|founder|president of|scholar|staff member|former)\b/i;

/**
 * `published`, the document's date when its front matter gives one, tells a caption's past date from an announced one;
 * the text's own leading date line serves when it is absent.
 */
export function cleanText(input: string, published?: string): CleanText {
  const result: CleanText = { paragraphs: [] };
  const spaced = spacedHeadLines(input);
  let text = normalize(input);
  const date = LEADING_DATE.exec(text);
  if (date && isCalendarDate(date[1]!)) {
    result.published = date[1];
    text = text.slice(date[0].length);
  }
  let blocks = joinLines(text.split('\n'))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  blocks = withoutUpdateHeaders(withoutRelatedLists(withoutPictures(withoutBoilerplateSection(withoutPageChrome(dropCommentForm(blocks), result, spaced)))));
  // Rule LE: a letter's salutation may stand among the head lines a masthead takes.
  const toTheEditor = blocks.slice(0, HEAD_BLOCKS).some((b) => TO_THE_EDITOR.test(b));
  const masthead = mastheadOf(blocks);
  if (masthead) {
    // Rule GL: a menu on the page's first line names the outlet before a label over the headline does ("EXPLAINER").
    if (masthead.outlet !== undefined) result.outlet ??= masthead.outlet;
    if (masthead.published !== undefined) result.published ??= masthead.published;
    if (masthead.byline !== undefined) result.byline = masthead.byline;
    result.title = masthead.title;
    if (masthead.opinion) result.opinion = true;
    blocks = masthead.rest;
  } else blocks = withHeadRead(blocks, result);
  blocks = withQuestionsOpening(withoutHeadDateLines(blocks, result));
  const signed = signerOf(blocks, toTheEditor);
  if (signed !== undefined) result.author = signed;
  const author = takeAuthorBio(blocks);
  if (author) {
    result.author = author;
    blocks = blocks.slice(0, -1);
  }
  const day = published ?? result.published;
  for (const block of blocks) {
    const bare = withoutEmphasis(block);
    if (isNoise(block) || (bare !== block && isNoise(bare))) {
      if (BULLET.test(block) && isFragment(block)) (result.listed ??= []).push(withoutMarkup(block));
      continue;
    }
    const prose = withoutMarkup(withoutCaptionHead(withoutGluedCaption(withoutLiveStamp(bare)), day));
    if (prose) result.paragraphs.push(prose);
  }
  result.paragraphs = withoutInterviewLabels(result.paragraphs);
  const first = result.paragraphs[0];
  const dateline = first ? DATELINE.exec(first) : null;
  if (first && dateline && /^[A-Z“"‘']/.test(first.slice(dateline[0].length))) {
    result.dateline = `${dateline[1]}${dateline.groups?.agency ?? ''}`;
    const agency = dateline.groups?.agency?.trim().slice(1, -1).trim();
    if (agency) result.agency = agency;
    // Rule WH: "CAPE DORRIN (AP) - March 4 - Navy divers …": a day and a dash right after the dateline are the dateline's.
    const rest = first.slice(dateline[0].length);
    const dayAfter = DATELINE_DAY.exec(rest);
    result.paragraphs[0] = dayAfter && /^[A-Z“"‘']/.test(rest.slice(dayAfter[0].length)) ? rest.slice(dayAfter[0].length) : rest;
    // Wire copy pasted as plain text may state its date only here; without it every weekday and every day without a year
    // in the article is read against no date. Front matter and a date line above are read first and win.
    result.published ??= datelineDay(dateline.groups) ?? datelineDay(dayAfter?.groups);
  }
  return result;
}

/** A page's head as most pages write it: a headline, maybe a Markdown heading, a date line above or under it. */
function withHeadRead(input: string[], result: CleanText): string[] {
  let blocks = fromHeadlineHeading(withCreditLinesRead(input, result), result);
  // A line that is only a date ("Saturday, January 8, 2005") is a dateline, not a headline; amendment NP′: one over the
  // headline's Markdown heading ("Mar 09, 2026, 10:30 ET" / "# Northgate … Provides Update") too.
  const dateOnTop = blocks[0] !== undefined && blocks[1] !== undefined && MARKDOWN_HEADING.test(blocks[1]) ? headDateLine(blocks[0]) : undefined;
  if (dateOnTop !== undefined) {
    result.published ??= dateOnTop;
    blocks = blocks.slice(1);
  }
  // A Markdown heading on top is the headline ("# Minister announces …"), whatever follows it: read without its marks.
  const heading = blocks[0] !== undefined && MARKDOWN_HEADING.test(blocks[0]) ? blocks[0].replace(MARKDOWN_HEADING, '') : undefined;
  if (heading !== undefined) blocks[0] = heading;
  const lineDay = dateOnTop === undefined && blocks[0] !== undefined ? headDateLine(blocks[0]) : undefined;
  if (lineDay !== undefined) {
    result.published ??= lineDay;
    blocks = blocks.slice(1);
  } else if (blocks.length > 2 && !TERMINAL.test(blocks[0]!) && isHeadline(blocks[0]!)) {
    // Rule HD: a page copied as text puts its date under the headline ("November 16, 2026", "Published: 2026-11-24"); rule
    // HB: or under its byline and its outlet's name ("By Marta Oyelaran", "The Velmora Courier", "March 3, 2026").
    const at = headDateAt(blocks);
    if (at !== undefined) {
      result.published ??= headDateLine(blocks[at]!);
      blocks = [...blocks.slice(0, at), ...blocks.slice(at + 1)];
    }
  }
  const title = takeTitle(blocks) ?? (heading !== undefined && blocks[0] === heading ? { title: heading, consumed: 1 } : undefined);
  if (title) {
    result.title = title.title;
    blocks = blocks.slice(title.consumed);
    // Rule DK: the deck under the headline, above its byline or date line.
    const deck = isDeck(blocks, 0) ? (isDeck(blocks, 1) ? 2 : 1) : 0;
    blocks = blocks.slice(deck);
  }
  return blocks;
}

/** Head blocks read for a site's furniture (rule PC) and for date lines (rule HS). */
const HEAD_BLOCKS = 12;

/** Rule PC: the head without a site's menus, breadcrumbs, skip links and media labels; what they say of the page kept. */
function withoutPageChrome(blocks: readonly string[], result: CleanText, spaced: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  // Rule NP: a release distributor's "NEWS PROVIDED BY" over its issuer's name: the issuer is the outlet, and both lines furniture.
  let issuerAt = -1;
  blocks.forEach((block, i) => {
    if (i === issuerAt) return;
    if (i < HEAD_BLOCKS && PROVIDED_BY.test(block)) {
      const issuer = blocks[i + 1];
      if (issuer !== undefined && OUTLET_LINE.test(issuer.replace(COMPANY_SUFFIX, '').replace(/[.,]$/, '')) && wordCount(issuer) <= OUTLET_WORDS) {
        result.outlet ??= issuer;
        issuerAt = i + 1;
      }
      return;
    }
    const written = spaced.get(block);
    const chrome = i < HEAD_BLOCKS ? ((written === undefined ? undefined : spacedMenuChrome(written, out.length === 0)) ?? pageChrome(block, out.length === 0)) : undefined;
    if (!chrome) {
      out.push(i < HEAD_BLOCKS ? withoutVersionSlug(block) : block);
      return;
    }
    if (chrome.outlet !== undefined) result.outlet ??= chrome.outlet;
    if (chrome.opinion) result.opinion = true;
  });
  return out;
}

/**
 * Rule GL (docs/quality.md, "Session 67"): a page's first-level Markdown heading among its first head lines, with only a site's
 * short labels and links above it ("LIVE", "COURTS", "TRENDING: …", "Sign in | …"), is its headline: the page is read from it.
 * The first line above names the outlet when no menu did; an opinion section's label marks opinion.
 */
function fromHeadlineHeading(blocks: readonly string[], result: CleanText): string[] {
  const at = blocks.findIndex((b, i) => i <= LABELS_ABOVE_HEADING && HEADLINE_HEADING.test(b));
  if (at <= 0) return [...blocks];
  const above = blocks.slice(0, at);
  if (!above.every((l) => !TERMINAL.test(l) && wordCount(l) <= HEADLINE_WORDS && !creditsOrDates(l) && !MARKDOWN_HEADING.test(l))) return [...blocks];
  const name = headOpening(above[0]!)?.outlet;
  if (name !== undefined && (/\s/.test(name) || /\d/.test(name))) result.outlet ??= name;
  if (above.some((l) => OPINION_SECTION.test(l))) result.opinion = true;
  return blocks.slice(at);
}
const HEADLINE_HEADING = /^#\s+\S/;
/** The most label lines read above a headline's heading. */
const LABELS_ABOVE_HEADING = 5;

/**
 * Rule RA (docs/quality.md, "Session 67"): a heading that names a list of other pages ("## Related Articles", "MORE FROM
 * HEALTH") and the list under it, to the next heading or the first paragraph of prose.
 */
function withoutRelatedLists(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!namesOtherPages(blocks[i]!)) {
      out.push(blocks[i]!);
      continue;
    }
    while (i + 1 < blocks.length && !MARKDOWN_HEADING.test(blocks[i + 1]!) && (BULLET.test(blocks[i + 1]!) || wordCount(blocks[i + 1]!) <= LIST_ITEM_WORDS)) i++;
  }
  return out;
}
/** A heading, in Markdown or on a line of its own, maybe in bold, that names a list of other pages. */
const namesOtherPages = (block: string) =>
  RELATED_HEADING.test(
    block
      .replace(MARKDOWN_HEADING, '')
      .replace(/^[*_]+|[*_:]+$/g, '')
      .trim(),
  );
const RELATED_HEADING =
  /^(?:related(?:\s+(?:articles?|stories|coverage|content|links|reading))?|more\s+(?:from|on|in|about)\b.{0,40}|read\s+more|most\s+(?:read|popular|viewed|shared)|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|trending(?:\s+now)?|further\s+reading|see\s+also)$/i;
/** An item of a list of other pages: a headline and maybe its date, this many words at most. */
const LIST_ITEM_WORDS = 30;

/** Rule UH: an update's or a correction's header that is its label and a date or time alone ("UPDATE 1 — Tuesday, November 10, 2026, 4:15 p.m."). */
function withoutUpdateHeaders(blocks: readonly string[]): string[] {
  return blocks.filter((b) => {
    const m = UPDATE_HEADER.exec(b.replace(/^[*_]+|[*_]+$/g, '').trim());
    return !(m && (headDateLine(m[1]!) !== undefined || CLOCK_ONLY.test(m[1]!)));
  });
}
const UPDATE_HEADER = /^(?:update[sd]?|correction|clarification)(?:\s+#?\d{1,2})?\s*[—–:-]\s*(.+?)[.:]?$/i;
const CLOCK_ONLY = /^(?:[a-z]+day,?\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?$/i;

const PROVIDED_BY = /^news\s+provided\s+by:?$/i;
/** Amendment NP′: a company's suffix after its name (", Inc.", ", LLC"), no word of the name a name's test reads. */
const COMPANY_SUFFIX_WORDS = String.raw`,?\s+(?:Inc|LLC|Ltd|Corp|Co|plc|LLP|L\.P|S\.A|AG|GmbH|N\.V)\.?`;
const COMPANY_SUFFIX = new RegExp(`${COMPANY_SUFFIX_WORDS}$`);

/** Rule MN: the head's lines that hold runs of spaces, as written, by the line normalising makes of them. */
function spacedHeadLines(input: string): Map<string, string> {
  const out = new Map<string, string>();
  let seen = 0;
  for (const line of input.split('\n', 4 * HEAD_BLOCKS)) {
    if (!line.trim()) continue;
    if (++seen > HEAD_BLOCKS) break;
    if (/\S(?: {2,}|\t)\S/.test(line.trim())) out.set(normalize(line).trim(), line);
  }
  return out;
}

/**
 * Rule MI (docs/quality.md, "Session 66"): a Markdown image on a line of its own, and the caption right under it (in italics,
 * opening with the image's alt text, or closed by a picture credit), are no prose.
 */
function withoutPictures(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // Rule PH: "[Photo: … (Credit / Outlet)]", a caption in brackets, maybe closed a line or two below.
    if (CAPTION_OPENING.test(blocks[i]!)) {
      const close = blocks.findIndex((b, j) => j >= i && j <= i + 2 && b.endsWith(']'));
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    const image = MARKDOWN_IMAGE.exec(blocks[i]!);
    if (!image) {
      out.push(blocks[i]!);
      continue;
    }
    const next = blocks[i + 1];
    const alt = image[1]!.trim();
    if (next !== undefined && (ITALIC_PARAGRAPH.test(next) || (alt.length >= 10 && next.startsWith(alt)) || CREDIT_AT_END.test(next))) i++;
  }
  return out;
}
const CAPTION_OPENING = /^\[(?:photo|image|picture|caption|video|graphic|illustration)s?\s*:[^\]]*\]?$/i;
const MARKDOWN_IMAGE = /^!\[([^\]]*)\]\([^()\s]*(?:\s+"[^"]*")?\)$/;
/** A picture credit closing a caption: "Photograph: Jonas Reyl/The Courier", "Jonah Petrakis / Harrow Valley Courier". */
const CREDIT_AT_END = /(?:\b(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage|[Cc]redit)s?:\s*[^.]{2,80}|\s(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\/\s+(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5})\.?$/u;

/** Rule HS: every date line left in the head is furniture; the first dates the page when nothing above did. */
function withoutHeadDateLines(blocks: readonly string[], result: CleanText): string[] {
  const prose = blocks.findIndex((b) => (wordCount(b) > HEADLINE_WORDS || TERMINAL.test(b)) && headDateLine(b) === undefined);
  const head = Math.min(HEAD_DATE_BLOCKS, prose < 0 ? blocks.length : prose);
  return blocks.filter((block, i) => {
    if (i >= head) return true;
    const day = headDateLine(block);
    if (day === undefined) return true;
    result.published ??= day;
    return false;
  });
}
const HEAD_DATE_BLOCKS = 6;

/** A deck is this many words at most. */
const DECK_WORDS = 50;

/**
 * Rule DK (docs/quality.md, "Session 66"): the line or two right under a headline and above its byline or date line are its
 * deck, whatever their length: furniture, neither title nor prose.
 */
export function isDeck(lines: readonly string[], at: number): boolean {
  const line = lines[at];
  if (line === undefined || wordCount(line) > DECK_WORDS || MARKDOWN_HEADING.test(line) || creditsOrDates(line)) return false;
  const next = lines[at + 1];
  const credits = (i: number) => creditsOrDates(lines[i] ?? '') || nameOverRole(lines[i] ?? '', lines[i + 1]) !== undefined;
  return next !== undefined && (credits(at + 1) || (wordCount(next) <= DECK_WORDS && credits(at + 2)));
}

/** A byline or a head's date line, its emphasis aside. */
function creditsOrDates(line: string): boolean {
  const bare = line.replace(/^[*_\s]+|[*_\s]+$/g, '');
  return BYLINE.test(bare) || roleBylineName(bare) !== undefined || headDateLine(bare) !== undefined;
}

/**
 * Rule BP: a press release's closing "About <name>" section, in the page's second half, is the issuer's boilerplate up to the
 * next heading or the page's end.
 */
function withoutBoilerplateSection(blocks: readonly string[]): string[] {
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i++) {
    if (!aboutHeading(blocks[i]!)) continue;
    const next = blocks.findIndex((b, j) => j > i && MARKDOWN_HEADING.test(b) && !aboutHeading(b));
    return [...blocks.slice(0, i), ...(next < 0 ? [] : blocks.slice(next))];
  }
  return [...blocks];
}
const ABOUT_HEADING = /^(?:#{1,6}\s+)?[*_]{0,2}(?:About|ABOUT)\s+(?:the\s+|THE\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|of|the|and|&|for)){0,6}[*_]{0,2}:?$/u;
/** Amendment BP′: an "About …" heading read without its name's company suffix (", Inc."). */
const aboutHeading = (block: string) => ABOUT_HEADING.test(block.replace(COMPANY_SUFFIX_BEFORE_END, ''));
const COMPANY_SUFFIX_BEFORE_END = new RegExp(`${COMPANY_SUFFIX_WORDS}(?=[*_]{0,2}:?$)`);

/** Head lines read for a masthead: the outlet's name, then tagline, section, date, headline and byline in any order. */
const MASTHEAD_LINES = 7;
/** An outlet's name is this many words at most ("The Harwick Evening Courier"). */
const OUTLET_WORDS = 6;

interface Masthead {
  outlet?: string;
  published?: string;
  /** The writer its byline names. */
  byline?: string;
  title: string;
  opinion: boolean;
  /** The blocks left once the outlet, section, date and headline lines are taken out (a byline stays, for source-facts.ts). */
  rest: string[];
}

/**
 * Rule MH: a page copied with its masthead on top, the outlet's name first and then a date line or a section's label
 * ("Harwick Courier" / "April 7, 2026" / "Strike strands riders …" / "By Janelle Whitcomb"). A headline must follow among the
 * head lines, so a headline written as a name over its date ("Transit Strike Ends" / "April 7, 2026") stays a headline.
 * Rule MG (docs/quality.md, "Session 64"): an outlet's name in capitals, or with its section after a dash, may have a tagline,
 * an office or "FOR IMMEDIATE RELEASE" before its date; the headline is the head's Markdown heading, else its longest
 * headline-shaped line; the rest of the head is the page's furniture.
 */
function mastheadOf(blocks: readonly string[]): Masthead | undefined {
  const [first, second] = blocks;
  if (first === undefined || second === undefined) return undefined;
  const opening = headOpening(first);
  if (!opening) return undefined;
  // Rule NH: a name right over a Markdown heading (a line of outlets' names between aside) is a masthead over its headline.
  const underName = creditLine(second)?.outlets ? blocks[2] : second;
  const overHeading = underName !== undefined && MARKDOWN_HEADING.test(underName);
  // A name in title case may be a headline ("Transit Strike Ends"): it opens a masthead only with a date or section right under it.
  if (!opening.marked && !opening.capitals && !overHeading && headDateLine(second) === undefined && !SECTION_LINE.test(second)) return undefined;
  let end = 1;
  // Amendment MG″: a headline over its writer's byline is one whatever its punctuation ("Flight 417 was a warning. Will anyone listen?").
  // Rule DK: so is a deck between them, read past.
  const decks = new Set<number>();
  // The line above is the headline, or the deck's first line: a deck stands right under its headline.
  let underHeadline = false;
  while (end < Math.min(blocks.length - 1, MASTHEAD_LINES)) {
    const line = blocks[end]!;
    if (underHeadline && isDeck(blocks, end)) decks.add(end);
    else if (!isHeadLine(line) && !(wordCount(line) <= HEADLINE_WORDS && BYLINE.test(blocks[end + 1] ?? ''))) break;
    // A line in capitals under a name in capitals is more of the name ("CALDER STATE SENATE" / "COMMITTEE ON HEALTH …").
    else underHeadline = MARKDOWN_HEADING.test(line) || (isHeadline(line) && /\p{Ll}/u.test(line) && !SECTION_LINE.test(line) && !creditsOrDates(line));
    end++;
  }
  let published: string | undefined;
  let heading: string | undefined;
  let byline: string | undefined;
  let marked = opening.marked || overHeading;
  let opinion = opening.opinion;
  const headlines: string[] = [];
  const taken = new Set<number>([0]);
  for (let i = 1; i < end; i++) {
    const line = blocks[i]!;
    if (BYLINE.test(line)) {
      // A byline under a long headline may lie past the lines source-facts.ts reads (amendment MG′).
      byline ??= bylineName(line);
      continue;
    }
    taken.add(i);
    if (decks.has(i)) continue;
    // A credit line's date marks a masthead as a date line does ("Issue 214 | 16 May 2025").
    const day = headDateLine(line) ?? creditLine(line)?.published;
    if (day !== undefined) {
      published ??= day;
      marked = true;
    } else if (MARKDOWN_HEADING.test(line)) heading ??= line.replace(MARKDOWN_HEADING, '');
    else if (OPINION_SECTION.test(line) || SECTION_LINE.test(line)) {
      opinion ||= OPINION_SECTION.test(line);
      marked = true;
    } else if (isHeadline(line) && !ADDRESS_LINE.test(line)) headlines.push(line);
  }
  const title = heading ?? longestHeadline(headlines);
  if (title === undefined || !marked) return undefined;
  return {
    ...(opening.outlet !== undefined ? { outlet: opening.outlet } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(byline !== undefined ? { byline } : {}),
    title,
    opinion,
    rest: blocks.filter((_, i) => !taken.has(i)),
  };
}

/** What a masthead's first line says: the outlet's name (maybe in capitals, maybe with its section after a dash), or an opinion section's label alone (amendment MH′). */
function headOpening(written: string): { outlet?: string; opinion: boolean; marked: boolean; capitals: boolean } | undefined {
  // Amendment MG⁗ (docs/quality.md, "Session 65"): "# THE PORT ALDINE COURIER", the outlet's name set as the page's first heading.
  const line = /^#{1,6}\s+\p{Lu}[^\p{Ll}]*$/u.test(written) ? written.replace(MARKDOWN_HEADING, '') : written;
  if (OPINION_SECTION.test(line)) return { opinion: true, marked: true, capitals: false };
  // "FOR IMMEDIATE RELEASE" on top opens a press release's head and names no outlet (amendment MG‴).
  if (RELEASE_LINE.test(line)) return { opinion: false, marked: true, capitals: false };
  // Rules BT and OC: a byline and an opinion section's label name no outlet ("By Elin Marsk | Tolvedal Post").
  const isOutlet = (name: string) => OUTLET_LINE.test(name) && wordCount(name) <= OUTLET_WORDS && dateOnlyLine(name) === undefined && !BYLINE.test(name) && !OPINION_SECTION.test(name);
  if (isOutlet(line)) return { outlet: line, opinion: false, marked: false, capitals: !/\p{Ll}/u.test(line) };
  const dashed = OUTLET_AND_SECTION.exec(line);
  if (dashed && isOutlet(dashed[1]!) && (OPINION_SECTION.test(dashed[2]!) || SECTION_LINE.test(dashed[2]!))) return { outlet: dashed[1]!, opinion: OPINION_SECTION.test(dashed[2]!), marked: true, capitals: false };
  return undefined;
}
const RELEASE_LINE = /^for\s+(?:immediate\s+)?release\b/i;
const OUTLET_AND_SECTION = /^(.+?)\s+[—–|·•-]\s+(.+)$/;

/** A line of a page's head: short and ending no sentence, or a Markdown heading whatever its punctuation. */
function isHeadLine(line: string): boolean {
  return MARKDOWN_HEADING.test(line) || (!TERMINAL.test(line) && wordCount(line) <= HEADLINE_WORDS);
}

/**
 * The headline among a head's headline-shaped lines: the longest, one in capitals only where every one is, or where it is twice
 * as long as any other (amendment MG⁗: "CITY CLOSES THREE SCHOOLS, EXPANDS FREE WATER DISTRIBUTION" under "Office of the Mayor").
 */
function longestHeadline(lines: readonly string[]): string | undefined {
  const longest = (among: readonly string[]) => among.reduce<string | undefined>((best, l) => (best === undefined || wordCount(l) > wordCount(best) ? l : best), undefined);
  const mixed = longest(lines.filter((l) => /\p{Ll}/u.test(l)));
  const capitals = longest(lines.filter((l) => !/\p{Ll}/u.test(l)));
  return mixed === undefined || (capitals !== undefined && wordCount(capitals) >= 2 * wordCount(mixed)) ? capitals : mixed;
}
/** A street address on a letterhead: a number, then a street's name and a comma ("200 Civic Plaza, Port Aldine"). */
const ADDRESS_LINE = /^\d+\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,/u;

function normalize(input: string): string {
  if (!needsNormalizing(input)) return input;
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/ {2,}/g, ' ');
}

/**
 * Whether normalize would change the text: one pass over it, where each of its patterns is a scan
 * of its own (and most texts need none of them).
 */
function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32) {
      if (c !== 10) return true;
    } else if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (c >= 127 && (c === 127 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x200b || c === 0x2060 || c === 0xfeff)) return true;
  }
  return false;
}

/**
 * Hard-wrapped text (every line broken near one width, mid-sentence) is re-joined into paragraphs;
 * text with one paragraph a line keeps its lines. Blank lines always end a paragraph.
 */
function joinLines(lines: string[]): string[] {
  const wrapped = isHardWrapped(lines);
  const width = percentile(
    lines.map((l) => l.trim().length).filter((n) => n > 0),
    0.9,
  );
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(' '));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (!wrapped || BULLET.test(raw) || isUrlOnly(line) || COMMENT_FORM.test(line) || BOILERPLATE_LINE.test(line)) {
      flush();
      out.push(line);
      continue;
    }
    if (RELATED.test(line)) flush();
    current.push(line);
    if (TERMINAL.test(line) && line.length < width * 0.8) flush();
  }
  flush();
  return out;
}

/**
 * Links and nothing else. Token by token, not one pattern over the line: a pattern that lets links
 * run together ("www.www.www.…") tries every way to split them and never finishes on a long line.
 */
function isUrlOnly(line: string): boolean {
  // Most lines open with a word: the first token decides without splitting the whole line.
  if (!line || /^\s/.test(line) || !URL_START.test(line)) return false;
  return line.split(/\s+/).every((token, i, all) => (token === '' && i === all.length - 1) || URL_TOKEN.test(token));
}

function isHardWrapped(lines: string[]): boolean {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l.length > 0 && !isUrlOnly(l));
  if (nonEmpty.length < 4) return false;
  const width = percentile(
    nonEmpty.map((l) => l.length),
    0.9,
  );
  if (width > 160) return false;
  let brokenMidSentence = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]!.trim();
    if (line && next && !TERMINAL.test(line) && line.length > width * 0.6) brokenMidSentence++;
  }
  return brokenMidSentence / nonEmpty.length >= 0.2;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function dropCommentForm(blocks: string[]): string[] {
  const start = Math.floor(blocks.length * 0.5);
  for (let i = start; i < blocks.length; i++) {
    if (COMMENT_FORM.test(blocks[i]!)) return blocks.slice(0, i);
  }
  return blocks;
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = [new RegExp(`^(?:[a-z]+day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?$`, 'i'), new RegExp(`^(?:[a-z]+day,?\\s+)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\.?$`, 'i')];

/** The day (YYYY-MM-DD) a dateline names when it gives its year; a day without a year dates nothing (rule DT). */
function datelineDay(groups: Record<string, string | undefined> | undefined): string | undefined {
  const month = groups?.month ?? groups?.monthAfter;
  const day = groups?.day ?? groups?.dayFirst;
  const year = groups?.year;
  if (!month || !day || !year) return undefined;
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase()));
  const iso = `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return m >= 0 && isCalendarDate(iso) ? iso : undefined;
}

/**
 * Rule LS (docs/quality.md, "Session 65"): a live page's entry opens on its hour, maybe in bold, maybe after "UPDATE", then a
 * dash or a colon ("**7:05 a.m.** — Good morning.", "UPDATE 3:15 p.m.: Rescuers say …"): layout, not the entry's words.
 */
function withoutLiveStamp(block: string): string {
  const m = LIVE_STAMP.exec(block);
  return m && /^[A-Z“"‘'*_]/.test(block.slice(m[0].length)) ? block.slice(m[0].length) : block;
}
const LIVE_STAMP =
  /^(?:[*_]{1,2})?(?:UPDATED?[:,]?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.m\.|\d{2}:\d{2})(?:\s+[A-Z]{2,4})?(?::[*_]{0,2}|[*_]{0,2}\s*(?:[—–:]|-(?=\s)))\s*/i;

/** Lines at the top of a page where a credit line may stand: above the headline, under it, under its byline. */
const CREDIT_LINES = 4;

/**
 * Rules CL and SG (docs/quality.md, "Session 65"): a credit line at the top of a page, its parts between "|", "·" or "•"
 * ("OPINION | The Marlow Ledger | February 18, 2026", "Missouri Valley Public Radio | By Nadia Castellanos | Published February
 * 13, 2026"), or a line in italics that holds a dated note ("*Excerpt from the briefing held …, Thursday, March 5, 2026, …*"):
 * furniture that dates the page, may name its outlet and writer, and is no prose.
 */
function withCreditLinesRead(blocks: readonly string[], result: CleanText): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const credit = i < CREDIT_LINES ? creditLine(block) : undefined;
    if (!credit) {
      out.push(block);
      return;
    }
    if (credit.published !== undefined) result.published ??= credit.published;
    if (credit.outlet !== undefined) result.outlet ??= credit.outlet;
    if (credit.byline !== undefined) result.byline ??= credit.byline;
    if (credit.opinion) result.opinion = true;
  });
  return out;
}

interface Credit {
  published?: string;
  outlet?: string;
  byline?: string;
  opinion: boolean;
  /** The line names outlets and nothing else ("WPAR Public Radio | Tamsen Valley News"). */
  outlets?: boolean;
}

/** What a credit line says, or undefined when the line is none: it must date the page, name its writer, or name outlets only. */
function creditLine(line: string): Credit | undefined {
  const emphasised = /^([*_]{1,2})[^*_].*[^*_]\1$/s.test(line);
  const bare = line.replace(/^[*_\s]+|[*_\s]+$/g, '');
  const parts = bare.split(CREDIT_SEPARATOR);
  const credit: Credit = { opinion: false };
  if (parts.length >= 2) {
    for (const part of parts) {
      const day = headDateLine(part);
      const byline = BYLINE.test(part) ? bylineName(part) : undefined;
      if (day !== undefined) credit.published ??= day;
      else if (byline !== undefined) credit.byline ??= byline;
      else if (OPINION_SECTION.test(part)) credit.opinion = true;
      else if (OUTLET_LINE.test(part) && wordCount(part) <= OUTLET_WORDS) credit.outlet ??= part;
    }
    // Rule OC: a column's credit line, its section's label beside its writer's name ("OPINION | Ingrid Saltvik"); a name of one
    // word beside the label may be a menu's item ("News | Opinion"), and the line is none.
    const others = parts.filter((p) => !OPINION_SECTION.test(p));
    if (credit.opinion && credit.byline === undefined && others.length === 1 && COLUMNIST.test(others[0]!)) {
      credit.byline = others[0]!;
      if (credit.outlet === others[0]) delete credit.outlet;
    }
  } else if (emphasised) {
    const day = DAY_WITH_YEAR_IN.exec(bare)?.[0];
    if (day !== undefined) credit.published = dateLineDay(day);
  }
  // A line of outlets' names only ("WPAR Public Radio | Tamsen Valley News"), each of two words or more, credits them too.
  const outlets = parts.length >= 2 && parts.every((p) => OUTLET_LINE.test(p) && wordCount(p) >= 2 && wordCount(p) <= OUTLET_WORDS);
  if (outlets) credit.outlets = true;
  const column = credit.opinion && parts.length === 2 && credit.outlet !== undefined;
  return credit.published !== undefined || credit.byline !== undefined || outlets || column ? credit : undefined;
}
const CREDIT_SEPARATOR = /\s+[|·•]\s+/;
/** A person's name by its shape: two to four capitalised words, not a name opening on "The" (an outlet's). */
const COLUMNIST = /^(?!the\s)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/iu;
/** A day with its year inside a line: "Thursday, March 5, 2026", "24 March 2026". */
const DAY_WITH_YEAR_IN = new RegExp(`\\b(?:[a-z]+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\b`, 'i');

/** Head lines a date may stand under: the headline, then a byline and an outlet's name. */
const HEAD_DATE_LINES = 3;
/** A head line is short and ends no sentence ("By Marta Oyelaran", "The Velmora Courier"). */
const HEAD_LINE_WORDS = 8;

/** Where a date-only line stands under the headline, past at most two short head lines; undefined when none does (rules HD, HB). */
function headDateAt(blocks: readonly string[]): number | undefined {
  for (let i = 1; i <= HEAD_DATE_LINES && i < blocks.length - 1; i++) {
    if (headDateLine(blocks[i]!) !== undefined) return i;
    if (wordCount(blocks[i]!) > HEAD_LINE_WORDS || TERMINAL.test(blocks[i]!)) return undefined;
  }
  return undefined;
}

/** The day (YYYY-MM-DD) a line holding nothing but a date names, in either form a first line is read in ("November 16, 2026", "Published: 2026-11-24"). */
export function dateOnlyLine(line: string): string | undefined {
  const date = LEADING_DATE.exec(line);
  return dateLineDay(line) ?? (date && date[0].length === line.length && isCalendarDate(date[1]!) ? date[1] : undefined);
}

/**
 * The day a head's date line names (rule MG): a line that is only a date, or the date stamped ("Updated Feb. 13, 2026"), after a
 * short label and a dash ("Partial Transcript — Wednesday, Feb. 11, 2026"), or before a dash and a short credit ("… — Orrville
 * Courier staff"); an hour after the date ("Nov. 13, 2026, 4:12 p.m. ET", amendment MG′) and emphasis marks aside. "Vote set
 * for March 3, 2026" is a headline, not a date line.
 */
function headDateLine(line: string): string | undefined {
  const bare = line.replace(/^[*_\s]+|[*_\s]+$/g, '');
  const only = dateOnlyLine(bare);
  if (only !== undefined) return only;
  const m = STAMPED_DATE.exec(bare);
  return m ? dateLineDay(m[1]!) : undefined;
}
const STAMPED_DATE = new RegExp(
  `^(?:(?:(?:last\\s+)?updated|(?:first\\s+)?published|posted|modified|dated|issued|released|for\\s+(?:immediate\\s+)?release(?:\\s+at\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?)?,?)(?:\\s+on)?:?\\s+(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?,?\\s+)?|(?:[\\p{L}.'’]+\\s+){0,2}[\\p{L}.'’]+\\s*[—–|:]\\s*)?((?:[a-z]+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}))(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?(?:\\s*[—–|•·]\\s*[^—–|•·]{1,60})?$`,
  'iu',
);

/** The day (YYYY-MM-DD) a line that is nothing but a date names: "Saturday, January 8, 2005", "8 January 2005". */
function dateLineDay(line: string): string | undefined {
  const a = DATE_LINE[0]!.exec(line.trim());
  const b = a ? undefined : DATE_LINE[1]!.exec(line.trim());
  const [month, day, year] = a ? [a[1]!, a[2]!, a[3]!] : b ? [b[2]!, b[1]!, b[3]!] : [];
  if (!month || !day || !year) return undefined;
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase()));
  const iso = `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return m >= 0 && isCalendarDate(iso) ? iso : undefined;
}

/** A short first line repeated as the second, or a headline-shaped first line, is the title. */
function takeTitle(blocks: string[]): { title: string; consumed: number } | undefined {
  const [first, second] = blocks;
  if (!first || wordCount(first) > 25) return undefined;
  // Rule BT: a byline on top is no headline ("By Henrik Sallo, Valdrian Press Agency"); the headline may stand under it.
  if (BYLINE.test(first)) {
    const under = takeTitle(blocks.slice(1));
    return under && { title: under.title, consumed: under.consumed + 1 };
  }
  const bare = (s: string) => trimEnd(s, /[.\s]/);
  if (second && bare(first) === bare(second)) return { title: bare(first), consumed: 2 };
  if (!TERMINAL.test(first) && isHeadline(first) && blocks.length > 1 && wordCount(blocks[1]!) > wordCount(first)) return { title: first, consumed: 1 };
  return undefined;
}

/** A headline is this many words at most. */
const HEADLINE_WORDS = 20;

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > HEADLINE_WORDS) return false;
  // Title Case or sentence case, but it must open like a headline, not mid-sentence.
  return /^[A-Z0-9“"‘']/.test(words[0]!) && !/[,;]$/.test(line);
}

/**
 * Rule SO (docs/quality.md, "Session 66"): a letter's sign-off on a line of its own ("Sincerely,", "Yours faithfully,") over a
 * name on the next line names its writer ("Dr. Irene Castellano").
 */
function signerOf(blocks: readonly string[], toTheEditor: boolean): string | undefined {
  const signer = (block: string) => SIGNER.exec(block.replace(/^[*_]+|[*_]+$/g, ''))?.[1];
  for (let i = 1; i < blocks.length - 1; i++) {
    if (!SIGN_OFF.test(blocks[i]!)) continue;
    const name = signer(blocks[i + 1]!);
    if (name !== undefined) return name;
  }
  // Rule LE: a letter to the editor is signed on one of its last lines, with no sign-off ("Corinne Abernathy, Elderpine").
  if (!toTheEditor) return undefined;
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - 3); i--) {
    const name = signer(blocks[i]!);
    if (name !== undefined) return name;
  }
  return undefined;
}
const TO_THE_EDITOR = /^[*_]{0,2}(?:to\s+the\s+editor|dear\s+(?:editor|sir|madam|sir\s+or\s+madam)|sir|madam)[,:.]?[*_]{0,2}$/i;
const SIGN_OFF = /^[*_]{0,2}(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:kind|best|warm|warmest)?\s*regards|respectfully(?:\s+yours)?|with\s+(?:gratitude|thanks)|gratefully)[,.]?[*_]{0,2}$/i;
const SIGNER = /^((?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von)){1,3})(?:,\s+[^,]{1,60})?$/u;

function takeAuthorBio(blocks: string[]): string | undefined {
  const last = blocks.at(-1);
  if (!last || blocks.length < 3 || wordCount(last) > 80) return undefined;
  const match = BIO_VERB.exec(last.replace(/^[—–-]\s*|^\*|^_/, ''));
  // "The Freight Bulletin is published every Friday by …" tells of the publication, not a writer.
  if (match && PUBLICATION_VERB.test(last.replace(/^[*_]+/, '').slice(match[1]!.length))) return undefined;
  // Rule IB: a closing paragraph wholly in italics is set apart as the writer's bio, whatever role it gives.
  if (
    !match ||
    !(
      BIO_ROLE.test(last) ||
      (ITALIC_PARAGRAPH.test(last) &&
        /^(?:is|was|writes)\b/.test(
          last
            .replace(/^[*_]+/, '')
            .slice(match[1]!.length)
            .trim(),
        ))
    )
  )
    return undefined;
  return match[1];
}

/**
 * Markup left in a paragraph of prose: the list marker it opens on ("* ", "• "), wire copy's notes and typesetting
 * (wire-copy.ts) and an image file's name standing as a word ("Cquote1.svg", a wiki's quotation-mark picture).
 */
function withoutMarkup(block: string): string {
  const text = withoutWireTypesetting(withoutEditorsNotes(block.replace(BULLET, '')));
  // The name's pattern looks behind at every word start; a paragraph with no such extension cannot match it.
  return (IMAGE_EXTENSION.test(text) ? text.replace(IMAGE_FILE, '') : text).trim();
}
const IMAGE_FILE = /(?<=^|\s)[\w-]+\.(?:svg|png|jpe?g|gif|webp)(?=\s|$)\s*/gi;
const IMAGE_EXTENSION = /\.(?:svg|png|jpe?g|gif|webp)/i;

/**
 * Wire copy's notes to the editors who cut it ("(OPTIONAL TRIM ENDS HERE)") are written in capitals to stand out from the
 * copy; the text's own capitals in brackets are one acronym, a list with commas or carry digits.
 */
const EDITORS_NOTE = /\s*\((?:[A-Z][A-Z'’]* +){2,}[A-Z][A-Z'’]*\)/g;

function withoutEditorsNotes(text: string): string {
  // Most paragraphs hold no opening bracket followed by a capital: skip the pattern for them.
  return /\([A-Z]/.test(text) ? text.replace(EDITORS_NOTE, '') : text;
}

/**
 * Rule EM (docs/quality.md, "Session 80"): a paragraph wholly in Markdown emphasis ("**Households cut off … will get $250 each.**",
 * "*Photo: … Photo: Tom Aske/VBN*") is read without its marks, so that a caption, a credit or a page's furniture is known as such
 * and prose is kept without asterisks. The same mark opens and closes it, and none inside.
 */
function withoutEmphasis(block: string): string {
  const m = WHOLLY_EMPHASISED.exec(block);
  return m && !m[2]!.includes(m[1]!) ? m[2]!.trim() : block;
}
const WHOLLY_EMPHASISED = /^(\*\*|__|\*|_)(?=[^\s*_])([\s\S]*[^\s*_])\1$/;

/** Not prose: link lists, related-article lines, share buttons, headings, bullets and captions. */
function isNoise(block: string): boolean {
  if (isUrlOnly(block) || RELATED.test(block) || BOILERPLATE_LINE.test(block) || COMMENT_FORM.test(block)) return true;
  if (/^\s*(?:https?:\/\/\S+\s*)+/.test(block) && wordCount(block.replace(/https?:\/\/\S+/g, '')) < 4) return true;
  if (isFragment(block) || isHeading(block)) return true;
  return isCaption(block);
}

/**
 * Amendment QH′ (docs/quality.md, "Session 66"): a heading that asks a question ("## Is the water safe?") opens the paragraph under
 * it as its first sentence, without its marks, when the answer opens on its reply ("For now, officials say yes — …"), whose words
 * lean on the question; otherwise, and over a list or another heading, it is dropped as any heading is.
 */
function withQuestionsOpening(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (isHeading(block) && QUESTION_END.test(block) && next !== undefined && !isHeading(next) && !BULLET.test(next) && TERMINAL.test(next) && REPLY_OPENING.test(next)) {
      out.push(`${block.replace(MARKDOWN_HEADING, '').replace(/^(\*\*|__)|(\*\*|__)$/g, '')} ${next}`);
      i++;
    } else out.push(block);
  }
  return out;
}
const QUESTION_END = /\?(?:\*\*|__)?$/;
/**
 * An answer that opens on its reply to the question ("Yes.", "Not yet.", "It depends on who you ask.", "For now, officials say
 * yes — …") leans on it; one that states its own subject ("The authority's first offer in April was 4%.") reads alone.
 */
const REPLY_OPENING =
  /^(?:(?:yes|no|not\s+(?:yet|really|exactly|quite|always|entirely)|maybe|perhaps|probably|possibly|partly|unclear|(?:it|that)\s+depends|depends|for\s+now|so\s+far|not\s+yet|nobody\s+knows|no\s+one\s+knows|(?:it\s+is|it's)\s+too\s+early|some\s+(?:already\s+)?(?:have|do|are|will|did))\b|[^.!?]{0,40}\b(?:say|says|said)\s+(?:yes|no)\b)/i;

/**
 * Rule QH (docs/quality.md, "Session 66"): a heading in the body states nothing to cite, whatever its end mark: a Markdown
 * heading ("## How did the strike start?"), a question set alone in bold ("**Is it safe to come to the hospital?**").
 */
function isHeading(block: string): boolean {
  return MARKDOWN_HEADING.test(block) || ((BOLD_QUESTION.test(block) || capitalsLine(block)) && wordCount(block) <= HEADLINE_WORDS);
}
/** Rule KH (docs/quality.md, "Session 80"): a subhead set in capitals ("WHAT TRIPPED THE LINE?"): two words or more, no lower case. */
function capitalsLine(block: string): boolean {
  return !/\p{Ll}/u.test(block) && (block.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}
const BOLD_QUESTION = /^(\*\*|__)[^*_]+\?\1$/;

/** Headings and list items: short and unpunctuated. They name things but state nothing to cite. */
function isFragment(block: string): boolean {
  const words = wordCount(block);
  if (BULLET.test(block) && words <= 15 && !TERMINAL.test(block)) return true;
  return words <= 14 && !/[.!?…:;"”’)]$/.test(block.trim());
}

/**
 * Photo captions pasted between paragraphs: several captions glued without a space
 * ("…on Monday.The site of…"), or one short line that names a scene with no verb.
 */
function isCaption(block: string): boolean {
  const words = wordCount(block);
  if (words > 40) return false;
  if (/[a-z]{2}[.!?][A-Z][a-z]/.test(block) && !/["“”]/.test(block)) return true;
  // "A patrol boat like the two seized in March. (File photo: …)": a short line that credits a picture describes it, and so
  // does one with a wire's credit ("(AP Photo/Lena Holt)", "(Photo by Lena Holt)").
  if (/\((?:file )?(?:photo|image|picture)s?(?: credit)?:/i.test(block) || PICTURE_CREDIT.test(block)) return true;
  return words <= 20 && !hasVerb(block);
}

const PICTURE_CREDIT = /\((?:[A-Z][\w&.-]* )?(?:photo|image|picture)s?(?:\/| by )/i;

/**
 * Rule GC (docs/quality.md, "Session 79"): a picture's credit inside a paragraph ("… on Monday. Photo: Tolvedal Post / Jo
 * Brandt", "… since March 3. (Courier photo) Health Minister …") closes a caption pasted over the next paragraph's prose: the
 * words before it go with it, and what follows it is kept. A caption is short and quotes nobody; longer prose before a credit is
 * left as it is.
 */
function withoutGluedCaption(block: string): string {
  const credit = INLINE_CREDIT.exec(block);
  if (!credit) return block;
  const caption = block.slice(0, credit.index);
  if (wordCount(caption) > GLUED_CAPTION_WORDS || /["“”]/.test(caption) || (caption.trim() !== '' && !TERMINAL.test(caption.trim()))) return block;
  let rest = block.slice(credit.index + credit[0].length);
  if (credit[1] !== undefined) rest = rest.slice(creditNameLength(rest));
  rest = rest.trim();
  return rest === '' || /^[\p{Lu}“"‘']/u.test(rest) ? rest : block;
}
// A credit in brackets in any case ("(Courier photo)", "(AP Photo/…)"); a bare one capitalised, as a credit line is ("Photo:").
const INLINE_CREDIT = /(?:^|\s)(?:\((?:[Ff]ile\s+|[\p{Lu}][\p{L}&.'’-]*\s+){0,3}(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage)s?(?:\s*(?:[:/]|by\s)[^()]{1,80})?\)|((?:Photo|Picture|Image|PHOTO)s?(?:\s+credit)?:))/u;
const GLUED_CAPTION_WORDS = 40;

/**
 * How far a bare credit's names run after "Photo:" ("Jens Aarli for the Korva Ledger", "Tolvedal Post / Jo Brandt"): over
 * proper nouns and the slashes and small words between them, up to a word the tagger reads as no name ("For patients, …").
 */
function creditNameLength(after: string): number {
  const words = taggedWords(after.slice(0, 200));
  let end = 0;
  let names = 0;
  for (const w of words) {
    const joins = /^(?:\/|for|the|of|and|&|via|by|-)$/.test(w.word);
    if (!joins && !(w.pos === 'PROPN' && /^\p{Lu}/u.test(w.word))) break;
    const at = after.indexOf(w.word, end);
    if (at < 0) break;
    end = at + w.word.length;
    if (!joins) names = end;
  }
  return names;
}

/** A date with its year closing a sentence: "on March 28, 2007.", "28 March 2007.", "in March 2007.", "in 2006." */
const CLOSING_DATE = new RegExp(`(?:\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})|\\bin\\s+(?:${MONTH}\\s+)?(\\d{4}))\\.(?=\\s+\\S|$)`, 'i');
const CAPTION_WORDS = 25;

/**
 * A paragraph without its opening photo caption (docs/quality.md, "Nineteenth round (issue 16read)"). A caption is told
 * by its form: the simple present for a moment past, closed by the picture's date with its year ("… lands at the airport
 * on March 28, 2007."), where news tells the past in the past tense. The caption's date is before the document's when that
 * is known ("The treaty expires in 2030." announces). The paragraph's other sentences stay.
 */
function withoutCaptionHead(block: string, published: string | undefined): string {
  const date = CLOSING_DATE.exec(block);
  if (!date) return block;
  const head = block.slice(0, date.index + date[0].length);
  // The date must close the paragraph's first sentence: no word before it ends a sentence.
  if (/\p{Ll}{2}[.!?]["”’]?\s/u.test(head) || wordCount(head) > CAPTION_WORDS) return block;
  if (published && !(closingDay(date) < published.slice(0, closingDay(date).length))) return block;
  if (!hasOnlyPresentVerbs(head)) return block;
  return block.slice(head.length).trim();
}

/** The closing date as far as it is written: "2007-03-28", "2007-03" or "2007". */
function closingDay(date: RegExpExecArray): string {
  const [, m1, d1, y1, d2, m2, y2, m3, y3] = date;
  const month = m1 ?? m2 ?? m3;
  const year = y1 ?? y2 ?? y3!;
  const day = d1 ?? d2;
  const m = month ? MONTHS.findIndex((name) => name.startsWith(month.toLowerCase())) + 1 : 0;
  if (!m) return year;
  return day ? `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}` : `${year}-${String(m).padStart(2, '0')}`;
}

/** Runs of non-space characters (\s as regular expressions read it), counted without splitting the text. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
