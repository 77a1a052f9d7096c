import type { Logger } from '../log.js';
import type { ServedSet } from '../sets/directory.js';
import { decodePage } from './decode.js';
import { createFetcher, type FetchLimits } from './fetch.js';
import { languageOf } from './language.js';
import type { IntakeFailure, IntakeOutcome } from './outcome.js';
import { type ArticleDraft, openSetFolder, type SetFolder } from './set-folder.js';

export interface IntakeOptions {
  limits: FetchLimits & { minWords: number };
  logger: Logger;
  now?: () => Date;
}

export type ArticleFetch = { ok: true; draft: ArticleDraft } | { ok: false; failure: IntakeFailure; reason: string };

/** What a feed item says about itself, used where its page does not say or cannot be fetched. */
export interface ItemHints {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  summary?: string;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Links and feed items → article files in a set's folder. Each article is fetched within the
 * limits, its text extracted by Readability, refused with a reason a person can act on, or written
 * with front matter and the set's library refreshed so the next /brief has it.
 */
export function createIntake(options: IntakeOptions) {
  const { limits, logger } = options;
  const now = options.now ?? (() => new Date());
  const fetchUrl = createFetcher(limits);
  const folders = new Map<string, Promise<SetFolder>>();
  const folderOf = (set: ServedSet) => {
    let folder = folders.get(set.config.dir);
    if (!folder) folders.set(set.config.dir, (folder = openSetFolder(set.config.dir)));
    return folder;
  };

  async function fetchArticle(url: string, hints: ItemHints = {}): Promise<ArticleFetch> {
    const page = await fetchUrl({ url, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' });
    if (!page.ok) return page;
    if (page.status !== 200) return { ok: false, failure: 'http-error', reason: 'the server answered 304 to a request that asked for the page' };
    const type = String(page.headers['content-type'] ?? '');
    if (!HTML_TYPES.test(type)) return { ok: false, failure: 'not-html', reason: `it is not a web page (${type.split(';')[0] || 'no content type'})` };
    const { text: html } = decodePage(page.body, page.headers);
    // Loaded on first use: the DOM and Readability cost every start time, and most starts add no article.
    const { extractArticle } = await import('./extract.js');
    const article = extractArticle(html, page.url);
    if (!article) return { ok: false, failure: 'not-an-article', reason: 'no article text was found on the page' };
    const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const words = wordsIn(article.text);
    // A page of headlines and links has no paragraph a sentence long; a brief item has one.
    const prose = Math.max(...article.text.split('\n\n').map(wordsIn)) >= 20;
    if (article.paywalled && words < limits.minWords * 3) return { ok: false, failure: 'paywalled', reason: 'the page is behind a paywall (it marks itself as not free to read)' };
    if (words < limits.minWords && !prose) return { ok: false, failure: 'not-an-article', reason: 'no article text was found on the page' };
    if (words < limits.minWords) return { ok: false, failure: 'too-short', reason: `the article text is too short (${words} words; at least ${limits.minWords} are needed)` };
    const canonical = article.canonical && sameSite(article.canonical, page.url) ? article.canonical : page.url;
    const author = article.author ?? hints.author;
    const published = article.published ?? hints.published;
    return {
      ok: true,
      draft: {
        title: article.title || hints.title || new URL(page.url).hostname,
        outlet: article.outlet ?? hints.outlet ?? new URL(page.url).hostname.replace(/^www\./, ''),
        ...(author ? { author } : {}),
        url: canonical,
        ...(published ? { published } : {}),
        language: languageOf(article.text, article.declaredLanguage),
        source: 'page',
        text: article.text,
        fetchedAt: now().toISOString(),
      },
    };
  }

  /** Writes a fetched article into the set and refreshes its library when briefings can use it. */
  async function store(set: ServedSet, draft: ArticleDraft): Promise<IntakeOutcome> {
    const folder = await folderOf(set);
    const result = await folder.store(draft);
    const log = logger.child({ set: set.config.name, url: draft.url, file: result.file });
    if (draft.language !== 'en') log.info({ language: draft.language }, 'article not in English: stored apart and left out of briefings');
    else if (result.status !== 'already-stored') await set.library.refresh();
    log.info({ status: result.status, source: draft.source }, 'article stored');
    return { ok: true, status: result.status, title: draft.title, outlet: draft.outlet, file: result.file, language: draft.language };
  }

  return {
    fetchUrl,
    fetchArticle,
    store,
    folderOf,
    /** /set add: one link into the channel's set. */
    async addLink(set: ServedSet, url: string): Promise<IntakeOutcome> {
      const fetched = await fetchArticle(url);
      if (!fetched.ok) {
        logger.info({ set: set.config.name, url, failure: fetched.failure, reason: fetched.reason }, 'link not added');
        return fetched;
      }
      return store(set, fetched.draft);
    },
  };
}
export type Intake = ReturnType<typeof createIntake>;

/** A canonical link pointing at another site is not trusted to name the article. */
function sameSite(a: string, b: string): boolean {
  const host = (u: string) => new URL(u).hostname.replace(/^www\./, '');
  return host(a) === host(b);
}
