import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD when the page says. */
  published?: string;
  /** rel=canonical or og:url, absolute. */
  canonical?: string;
  /** Primary language subtag from the page (<html lang>, content-language meta), lower case. */
  declaredLanguage?: string;
  /** The page marks itself as not free to read (schema.org isAccessibleForFree: false). */
  paywalled: boolean;
}

/**
 * Readability over a linkedom DOM (docs/intake.md says why linkedom): the article's title and
 * text as paragraphs, and what the page's metadata says about it. Null when Readability finds no
 * article in the page.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const declaredLanguage = (document.documentElement?.getAttribute('lang') ?? meta('meta[http-equiv="content-language" i]'))?.split(/[-_]/)[0]?.toLowerCase();
  const paywalled = /"isAccessibleForFree"\s*:\s*"?false"?/i.test(html);
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const ogTitle = meta('meta[property="og:title"]');

  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const text = htmlToText(article.content);
  if (!text) return null;
  const site = (article.siteName ?? outlet)?.trim();
  return {
    title: withoutSiteName(ogTitle ?? article.title ?? document.title ?? '', site) || new URL(pageUrl).hostname,
    text,
    ...(site ? { outlet: site } : {}),
    ...(article.byline || author ? { author: cleanByline((article.byline || author)!) } : {}),
    ...(datePart(article.publishedTime ?? published) ? { published: datePart(article.publishedTime ?? published)! } : {}),
    ...(canonicalHref ? { canonical: absolute(canonicalHref, pageUrl) } : {}),
    ...(declaredLanguage ? { declaredLanguage } : {}),
    paywalled,
  };
}

/** "Bridge closes | Riverton Ledger" → "Bridge closes". */
function withoutSiteName(title: string, site: string | undefined): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!site) return trimmed;
  for (const separator of [' | ', ' - ', ' — ', ' – ', ' :: ']) {
    if (trimmed.endsWith(`${separator}${site}`)) return trimmed.slice(0, -(separator.length + site.length)).trim();
  }
  return trimmed;
}

/** HTML (Readability's cleaned article, a feed's summary) → plain text, one paragraph per block, blank lines between. */
export function htmlToText(content: string): string {
  if (!/[<&]/.test(content)) return content.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h2, h3, h4, li, blockquote, pre')]
    // A block inside another block is read with its parent.
    .filter((el) => !el.parentElement?.closest('p, li, blockquote, pre'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return text;
}

function cleanByline(byline: string): string {
  return byline
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function datePart(value: string | null | undefined): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match ? match[1] : value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString().slice(0, 10) : undefined;
}

function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
