import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './address.js';
import { hostLimiter } from './host-limit.js';
import type { IntakeFailure } from './outcome.js';

export interface FetchLimits {
  /** Hosts fetched although they resolve to a private, loopback or link-local address. */
  allowHosts: readonly string[];
  maxBytes: number;
  timeoutSeconds: number;
  maxRedirects: number;
  perHostConcurrency: number;
}

export interface FetchRequest {
  url: string;
  accept: string;
  /** Conditional request: the validators of the copy already held. */
  etag?: string;
  lastModified?: string;
}

export type FetchResult = { ok: true; status: 200; url: string; headers: IncomingHttpHeaders; body: Buffer } | { ok: true; status: 304; url: string; headers: IncomingHttpHeaders } | { ok: false; failure: IntakeFailure; reason: string };

const USER_AGENT = 'briefbot/0.1 (+https://github.com/briefbot; news intake)';

class Refused extends Error {
  constructor(
    readonly failure: IntakeFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * GETs one http(s) URL within the limits: every address it connects to (redirects included) is
 * checked after DNS, so a public name that resolves to a private address is refused too. The body
 * is decompressed and counted as it arrives; nothing past maxBytes is kept. Never throws.
 */
export function createFetcher(limits: FetchLimits) {
  const perHost = hostLimiter(limits.perHostConcurrency);
  const allowed = new Set(limits.allowHosts.map((h) => h.toLowerCase()));

  return async function fetchUrl(request: FetchRequest): Promise<FetchResult> {
    const signal = AbortSignal.timeout(limits.timeoutSeconds * 1000);
    const seen = new Set<string>();
    let url = request.url;
    try {
      for (let hops = 0; ; hops++) {
        const target = parseTarget(url);
        if (seen.has(target.href)) throw new Refused('redirect-loop', `it redirects in a loop (back to ${target.href})`);
        seen.add(target.href);
        const response = await perHost(target.host, () => get(target, request, signal));
        const { status, headers } = response;
        if (status >= 300 && status < 400 && status !== 304 && headers.location) {
          response.body.destroy();
          if (hops >= limits.maxRedirects) throw new Refused('too-many-redirects', `it redirects more than ${limits.maxRedirects} times`);
          url = new URL(headers.location, target).href;
          continue;
        }
        if (status === 304) {
          response.body.destroy();
          return { ok: true, status: 304, url: target.href, headers };
        }
        if (status === 404 || status === 410) {
          response.body.destroy();
          return { ok: false, failure: 'not-found', reason: `the page is not there (HTTP ${status})` };
        }
        if (status !== 200) {
          response.body.destroy();
          return { ok: false, failure: 'http-error', reason: `the server answered HTTP ${status}` };
        }
        const declared = Number(headers['content-length']);
        if (declared > limits.maxBytes) {
          response.body.destroy();
          throw new Refused('too-large', `it is ${declared} bytes, over the ${limits.maxBytes}-byte limit`);
        }
        const body = await readBody(response.body, headers, limits.maxBytes);
        return { ok: true, status: 200, url: target.href, headers, body };
      }
    } catch (error) {
      if (error instanceof Refused) return { ok: false, failure: error.failure, reason: error.message };
      if (signal.aborted) return { ok: false, failure: 'timed-out', reason: `it did not answer within ${limits.timeoutSeconds} s` };
      return { ok: false, failure: 'unreachable', reason: `it could not be reached (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  };

  function parseTarget(url: string): URL {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new Refused('bad-url', `“${url}” is not a web address`);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Refused('not-http', `only http and https links can be added, not ${target.protocol.replace(':', '')}`);
    if (target.username || target.password) throw new Refused('bad-url', 'a link with a user name or password in it is not fetched');
    target.hash = '';
    return target;
  }

  function get(target: URL, request: FetchRequest, signal: AbortSignal): Promise<{ status: number; headers: IncomingHttpHeaders; body: Readable }> {
    const hostname = target.hostname.replace(/^\[|\]$/g, '');
    const hostAllowed = allowed.has(hostname.toLowerCase());
    if (isIP(hostname) && !hostAllowed && isPrivateAddress(hostname)) {
      return Promise.reject(new Refused('private-address', `${hostname} is a private or local address`));
    }
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: request.accept, 'accept-encoding': 'gzip, deflate, br' };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.get(target, { headers, signal, lookup: guardedLookup(hostAllowed) }, (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }));
      req.on('error', reject);
    });
  }
}

/** DNS, then refuse a private answer unless the host is allowed: checked on the address actually used. */
function guardedLookup(hostAllowed: boolean) {
  return (hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const usable = hostAllowed ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0) return callback(new Refused('private-address', `${hostname} resolves to a private or local address`), '');
      const wantsAll = (options as { all?: boolean }).all;
      if (wantsAll) callback(null, usable);
      else callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

async function readBody(stream: Readable, headers: IncomingHttpHeaders, maxBytes: number): Promise<Buffer> {
  const encoding = String(headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoded = encoding === 'gzip' || encoding === 'x-gzip' ? stream.pipe(createGunzip()) : encoding === 'deflate' ? stream.pipe(createInflate()) : encoding === 'br' ? stream.pipe(createBrotliDecompress()) : stream;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      decoded.destroy();
      // Counted after decompression: a small gzip that inflates past the limit is refused as well.
      throw new Refused('too-large', `it is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
