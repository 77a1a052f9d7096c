import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

// Required on the first page decoded, not imported: only a link or a feed fetches a page, and every other start
// (the console, a service that is never sent a link) would pay its load.
let iconv: Iconv | undefined;
const load = createRequire(import.meta.url);

/**
 * Bytes of a page → text, in the charset it declares: a byte-order mark first, then the
 * Content-Type header, then a <meta charset> or http-equiv in the first 4 KB (read as ASCII),
 * then an XML declaration; UTF-8 when none says. An unknown charset name falls back to UTF-8.
 */
export function decodePage(body: Buffer, headers: IncomingHttpHeaders): { text: string; charset: string } {
  const charset = charsetOf(body, headers);
  iconv ??= load('iconv-lite') as Iconv;
  const name = iconv.encodingExists(charset) ? charset : 'utf-8';
  return { text: iconv.decode(body, name, { stripBOM: true }), charset: name };
}

function charsetOf(body: Buffer, headers: IncomingHttpHeaders): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(String(headers['content-type'] ?? ''))?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = body.subarray(0, 4096).toString('latin1');
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return (fromMeta ?? 'utf-8').toLowerCase();
}
