import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { BriefError } from '../errors.js';
import type { DocumentMeta, RawDocument } from './document.js';
import { httpUrl, isCalendarDate, isInstant } from './meta-values.js';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const FrontMatterSchema = z.object({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  // Only http(s) may become a link anywhere: `javascript:` and `data:` URLs are refused here, at the boundary.
  url: z
    .string()
    .refine((v) => httpUrl(v) !== undefined, 'expected an http(s) URL, e.g. https://example.com/story')
    .optional(),
  opinion: z.boolean().optional(),
  published: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date like 2025-08-19'))
    .transform((v) => v.slice(0, 10))
    .refine(isCalendarDate, 'expected a date on the calendar, like 2025-08-19')
    .optional(),
  /** When the article was corrected: intake writes it when a page's text changes under the same URL. */
  updated: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString() : v))
    .pipe(z.string().refine(isInstant, 'expected a time like 2025-08-19T14:05:00Z'))
    .transform((v) => new Date(v).toISOString())
    .optional(),
});

export interface LoadedFile {
  document?: RawDocument;
  error?: BriefError;
}

/** Every document file in a set's folder, sorted by name so ids and order are stable. */
export async function listDocumentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isDocumentFileName(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Whether a file of this name in a set's folder is one of its documents (a regular file besides). */
export function isDocumentFileName(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
}

/**
 * Reads one file into a RawDocument, or says what is wrong with it and where. The file is read
 * synchronously: a first index reads 10,000 small files, and a promise's round trip through the
 * thread pool for each stat, open, read and close cost several times the reading itself.
 */
export async function loadDocumentFile(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<LoadedFile> {
  const file = basename(path);
  try {
    const info = statSync(path);
    if (info.size > maxBytes) {
      return fail(file, 'document-too-large', `${info.size} bytes is over the ${maxBytes}-byte limit for one document`);
    }
    const bytes = readFileSync(path);
    const decoded = decodeText(file, bytes);
    if ('error' in decoded) return decoded;
    const parsed = splitFrontMatter(file, decoded.text);
    if ('error' in parsed) return parsed;
    if (!parsed.body.trim()) return fail(file, 'empty-document', 'the document has no text');
    return { document: { id: file, text: parsed.body, meta: parsed.meta, addedAt: info.mtime.toISOString() } };
  } catch (e) {
    return fail(file, 'unreadable', (e as Error).message);
  }
}

/** Decodes whole files, never a stream: it holds nothing from one file to the next. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(file: string, bytes: Buffer): { text: string } | { error: BriefError } {
  if (bytes.length === 0) return fail(file, 'empty-document', 'the file is empty');
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // By index: a Buffer's iterator costs several times the test, at 8 KB of each of 10,000 files.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return fail(file, 'binary-document', 'the file holds binary data (a NUL byte), not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / sample.length > 0.1) return fail(file, 'binary-document', 'the file holds binary data, not text');
  try {
    return { text: STRICT_UTF8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return { error: { code: 'invalid-utf8', file, line, message: `invalid UTF-8 at byte ${bad}; save the file as UTF-8` } };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails: a valid prefix decodes, an invalid one throws.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function splitFrontMatter(file: string, text: string): { body: string; meta: Partial<DocumentMeta> } | { error: BriefError } {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { body: source, meta: {} };
  const yaml = parseDocument(match[1]!, { prettyErrors: false });
  if (yaml.errors.length) {
    const first = yaml.errors[0]!;
    const line = (first.linePos?.[0]?.line ?? 1) + 1;
    return fail(file, 'bad-front-matter', `front matter is not valid YAML: ${first.message.split('\n')[0]}`, line);
  }
  const data = yaml.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return fail(file, 'bad-front-matter', 'front matter must be a mapping of fields', 2);
  const { fields: aliased, writtenAs } = withAliases(data as Record<string, unknown>);
  const parsed = FrontMatterSchema.safeParse(aliased);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const field = writtenAs[key] ?? key;
    const node = yaml.get(field, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? match[1]!.slice(0, node.range[0]).split('\n').length + 1 : 2;
    return { error: { code: 'bad-front-matter', file, line, field, message: issue.message } };
  }
  const { updated, ...fields } = parsed.data;
  const meta = Object.fromEntries(Object.entries({ ...fields, updatedAt: updated }).filter(([, v]) => v !== undefined)) as Partial<DocumentMeta>;
  return { body: source.slice(match[0].length), meta };
}

/**
 * The names site generators and feeds give the same fields: `date` (Jekyll, Hugo) is `published`; `source` is the `outlet`, or
 * the `url` when it is an address. The field's own name wins where both are written. Returns which name each field was read from,
 * so an error points at the line the writer wrote.
 */
function withAliases(data: Record<string, unknown>): { fields: Record<string, unknown>; writtenAs: Record<string, string> } {
  const { date, source, ...fields } = data;
  const writtenAs: Record<string, string> = {};
  if (date !== undefined && fields.published === undefined) {
    fields.published = date;
    writtenAs.published = 'date';
  }
  if (typeof source === 'string' && source.trim()) {
    const key = httpUrl(source.trim()) ? 'url' : 'outlet';
    if (fields[key] === undefined) {
      fields[key] = source.trim();
      writtenAs[key] = 'source';
    }
  }
  return { fields, writtenAs };
}

function fail(file: string, code: BriefError['code'], message: string, line?: number): { error: BriefError } {
  return { error: { code, file, message, ...(line !== undefined ? { line } : {}) } };
}
