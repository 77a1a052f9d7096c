import { parseFeed } from 'feedsmith';
import { htmlToText } from './extract.js';

/** One entry of an RSS 2.0, Atom or JSON Feed, as intake uses it. */
export interface FeedItem {
  /** guid / id, else the link: what makes an item the same item on the next poll. */
  id: string;
  url: string;
  title?: string;
  /** Plain text of the item's summary or content, paragraphs separated by blank lines. */
  summary?: string;
  author?: string;
  /** YYYY-MM-DD. */
  published?: string;
}

export type ParsedFeed = { ok: true; title?: string; items: FeedItem[] } | { ok: false; reason: string };

/** Feed text → its items with an http(s) link, oldest first. Malformed feeds say so rather than throw. */
export function readFeed(text: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const trimmed = text.trimStart();
    parsed = parseFeed(trimmed.startsWith('{') ? JSON.parse(trimmed) : trimmed);
  } catch (error) {
    return { ok: false, reason: `the feed could not be read (${(error as Error).message.split('\n')[0]})` };
  }
  const items: FeedItem[] = [];
  const add = (raw: { id?: string; link?: string; title?: string; summary?: string; author?: string; date?: string }) => {
    const url = absolute(raw.link, feedUrl);
    if (!url) return;
    const summary = raw.summary ? htmlToText(raw.summary) : undefined;
    const published = dateOf(raw.date);
    items.push({
      id: raw.id?.trim() || url,
      url,
      ...(raw.title?.trim() ? { title: htmlToText(raw.title) } : {}),
      ...(summary ? { summary } : {}),
      ...(raw.author?.trim() ? { author: raw.author.trim() } : {}),
      ...(published ? { published } : {}),
    });
  };
  const { format, feed } = parsed as { format: string; feed: Record<string, unknown> };
  if (format === 'rss' || format === 'rdf') {
    for (const item of (feed.items as Record<string, unknown>[] | undefined) ?? []) {
      const guid = item.guid as { value?: string } | string | undefined;
      add({
        id: typeof guid === 'string' ? guid : guid?.value,
        link: item.link as string | undefined,
        title: item.title as string | undefined,
        summary: ((item.content as { encoded?: string } | undefined)?.encoded ?? item.description) as string | undefined,
        author: (item.authors as { name?: string }[] | undefined)?.[0]?.name ?? (item.dc as { creator?: string } | undefined)?.creator,
        date: (item.pubDate ?? (item.dc as { date?: string } | undefined)?.date) as string | undefined,
      });
    }
  } else if (format === 'atom') {
    for (const entry of (feed.entries as Record<string, unknown>[] | undefined) ?? []) {
      const links = (entry.links as { href?: string; rel?: string }[] | undefined) ?? [];
      add({
        id: entry.id as string | undefined,
        link: (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href,
        title: (entry.title as { value?: string } | undefined)?.value,
        summary: (entry.summary as { value?: string } | undefined)?.value ?? (entry.content as { value?: string } | undefined)?.value,
        author: (entry.authors as { name?: string }[] | undefined)?.[0]?.name,
        date: (entry.published ?? entry.updated) as string | undefined,
      });
    }
  } else if (format === 'json') {
    for (const item of (feed.items as Record<string, unknown>[] | undefined) ?? []) {
      add({
        id: item.id as string | undefined,
        link: (item.url ?? item.external_url) as string | undefined,
        title: item.title as string | undefined,
        summary: (item.summary ?? item.content_html ?? item.content_text) as string | undefined,
        author: (item.authors as { name?: string }[] | undefined)?.[0]?.name,
        date: (item.date_published ?? item.date_modified) as string | undefined,
      });
    }
  }
  // Feeds list newest first; storing oldest first keeps the folder's order the feed's.
  items.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const title = typeof feed.title === 'string' ? feed.title : (feed.title as { value?: string } | undefined)?.value;
  return { ok: true, ...(title ? { title } : {}), items };
}

function dateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
