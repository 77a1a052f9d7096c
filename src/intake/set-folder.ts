import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { DOCUMENT_EXTENSIONS } from '../core/ingest/load.js';

/** Articles not in English: kept, out of the set's briefings (only top-level files are read). */
export const OTHER_LANGUAGES_DIR = 'other-languages';
/** Replaced versions and articles past the retention window: moved here, never deleted. */
export const ARCHIVE_DIR = 'archive';

export interface ArticleDraft {
  title: string;
  outlet: string;
  author?: string;
  url: string;
  published?: string;
  language: string;
  /** page: text extracted from the article page; feed-summary: the page could not be fetched, this is the feed's summary. */
  source: 'page' | 'feed-summary';
  text: string;
  fetchedAt: string;
}

interface Entry {
  /** Path relative to the set's folder. */
  file: string;
  url?: string;
  textHash: string;
  published?: string;
  mtimeMs: number;
}

export type StoreResult = { status: 'added' | 'updated' | 'already-stored'; file: string };

/**
 * A set's folder as intake writes it: one .md file per article with front matter, found again by
 * URL or by identical text, so the same article is stored once however often a feed lists it or
 * a restart re-reads the feed. Writes go through a temporary dot-file and a rename, so a crash
 * never leaves half an article for the library to read.
 */
export async function openSetFolder(dir: string) {
  const entries: Entry[] = [];
  /** Brings the index up to date with the folder: files dropped in or removed by hand since are seen. */
  const sync = async () => {
    const present = new Set<string>();
    for (const sub of ['', OTHER_LANGUAGES_DIR]) {
      const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
      for (const name of names) {
        if (name.startsWith('.') || !DOCUMENT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) continue;
        const file = join(sub, name);
        present.add(file);
        const known = entries.findIndex((e) => e.file === file);
        // A file edited by hand since it was read (a new URL, a fixed text) is read again.
        if (known >= 0 && (await stat(join(dir, file)).catch(() => undefined))?.mtimeMs === entries[known]!.mtimeMs) continue;
        const entry = await readEntry(dir, file);
        if (known >= 0) entries.splice(known, 1);
        if (entry) entries.push(entry);
      }
    }
    for (let i = entries.length - 1; i >= 0; i--) if (!present.has(entries[i]!.file)) entries.splice(i, 1);
  };
  await sync();
  let queue: Promise<unknown> = Promise.resolve();
  /** One write at a time per set: two links to the same story must not both be "new". */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    dir,
    has: (url: string) => entries.some((e) => e.url === url),

    store(draft: ArticleDraft): Promise<StoreResult> {
      return serial(async () => {
        await sync();
        const textHash = hashText(draft.text);
        const sameText = entries.find((e) => e.textHash === textHash);
        if (sameText) return { status: 'already-stored', file: sameText.file };
        const sameUrl = entries.find((e) => e.url === draft.url);
        const folder = draft.language === 'en' ? '' : OTHER_LANGUAGES_DIR;
        let file = join(folder, `${draft.published ?? draft.fetchedAt.slice(0, 10)}-${slug(draft.title)}-${hashText(draft.url).slice(0, 8)}.md`);
        if (sameUrl) {
          // A correction: the new text takes the old file's place, the old one goes to the archive.
          await moveToArchive(dir, sameUrl.file, `replaced-${draft.fetchedAt.replace(/[:.]/g, '-')}`);
          entries.splice(entries.indexOf(sameUrl), 1);
          if (draft.language === 'en' && !sameUrl.file.startsWith(OTHER_LANGUAGES_DIR)) file = sameUrl.file;
        }
        // A correction says when it was corrected, so briefings citing it can say "updated".
        await writeAtomically(join(dir, file), render(draft, sameUrl ? draft.fetchedAt : undefined));
        const { mtimeMs } = await stat(join(dir, file));
        entries.push({ file, url: draft.url, textHash, ...(draft.published ? { published: draft.published } : {}), mtimeMs });
        return { status: sameUrl ? 'updated' : 'added', file };
      });
    },

    /** Moves articles published before `cutoff` (YYYY-MM-DD; file time when undated) to the archive; resolves to the files moved. */
    archiveOlderThan(cutoff: Date): Promise<string[]> {
      return serial(async () => {
        await sync();
        const day = cutoff.toISOString().slice(0, 10);
        const old = entries.filter((e) => (e.published ? e.published < day : e.mtimeMs < cutoff.getTime()));
        for (const entry of old) {
          await moveToArchive(dir, entry.file, 'expired');
          entries.splice(entries.indexOf(entry), 1);
        }
        return old.map((e) => e.file);
      });
    },
  };
}
export type SetFolder = Awaited<ReturnType<typeof openSetFolder>>;

async function readEntry(dir: string, file: string): Promise<Entry | undefined> {
  try {
    const path = join(dir, file);
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
    const meta = match ? ((parseDocument(match[1]!).toJS() as Record<string, unknown> | null) ?? {}) : {};
    const body = match ? text.slice(match[0].length) : text;
    const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : typeof meta.published === 'string' ? meta.published.slice(0, 10) : undefined;
    return { file, ...(typeof meta.url === 'string' ? { url: meta.url } : {}), textHash: hashText(body), ...(published ? { published } : {}), mtimeMs: info.mtimeMs };
  } catch {
    // An unreadable file is the library's to report; intake only needs the ones it can compare.
    return undefined;
  }
}

function render(draft: ArticleDraft, updated: string | undefined): string {
  const meta = {
    title: draft.title,
    outlet: draft.outlet,
    ...(draft.author ? { author: draft.author } : {}),
    url: draft.url,
    ...(draft.published ? { published: draft.published } : {}),
    ...(updated ? { updated } : {}),
    language: draft.language,
    source: draft.source,
    fetched: draft.fetchedAt,
  };
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n${draft.text.trim()}\n`;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const dir = path.slice(0, path.length - basename(path).length);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

async function moveToArchive(dir: string, file: string, why: string): Promise<void> {
  await mkdir(join(dir, ARCHIVE_DIR), { recursive: true });
  const name = basename(file).replace(/(\.[a-z]+)$/i, `.${why}$1`);
  await rename(join(dir, file), join(dir, ARCHIVE_DIR, name));
}

/** Same text whatever its spacing: the same article re-wrapped is still the same article. */
export function hashText(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article'
  );
}
