import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A local news site on 127.0.0.1 for intake tests: article pages (saved fixtures), feeds with
 * ETag/Last-Modified, and every way a fetch goes wrong (404, 500, a hang, a 20 MB page, gzip,
 * windows-1251, a redirect loop, not HTML). Pages can be changed while it runs.
 */
export const page = (name: string): Buffer => readFileSync(new URL(`../fixtures/intake/${name}`, import.meta.url));

type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface NewsSite {
  base: string;
  /** Every request, in order: path and the conditional headers it carried. */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  /** Serves `body` at `path` (replacing what was there), with an ETag and Last-Modified for conditional requests. */
  serve(path: string, body: Buffer | string, contentType: string): void;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startNewsSite(): Promise<NewsSite> {
  const routes = new Map<string, Route>();
  const requests: NewsSite['requests'] = [];
  let version = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      path,
      ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
      ...(req.headers['if-modified-since'] ? { ifModifiedSince: String(req.headers['if-modified-since']) } : {}),
    });
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const site: NewsSite = {
    base,
    requests,
    serve(path, body, contentType) {
      const etag = `"v${++version}"`;
      const lastModified = new Date(Date.UTC(2024, 4, 1, 0, version)).toUTCString();
      routes.set(path, (req, res) => {
        if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
          res.writeHead(304, { etag, 'last-modified': lastModified }).end();
          return;
        }
        res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(body);
      });
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  site.serve('/news/harbor-bridge-closes', page('article.html'), 'text/html; charset=utf-8');
  site.serve('/short', page('short.html'), 'text/html; charset=utf-8');
  site.serve('/paywalled', page('paywalled.html'), 'text/html; charset=utf-8');
  site.serve('/sections', page('not-article.html'), 'text/html; charset=utf-8');
  // No charset in the header: the page's own <meta http-equiv> says windows-1251.
  site.serve('/cp1251', page('cp1251.html'), 'text/html');
  site.serve('/report.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf');
  site.route('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(page('article.html')));
  });
  site.route('/huge', (_req, res) => {
    // 20 MB of page, sent without a Content-Length: only counting the bytes stops it.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, '<p>filler text </p>');
    let sent = 0;
    const pump = () => {
      while (sent < 20 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  });
  site.route('/hang', () => {
    // Never answers: the fetch's own time limit must end it.
  });
  site.route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
  site.route('/loop-b', (_req, res) => res.writeHead(302, { location: '/loop-a' }).end());
  site.route('/moved', (_req, res) => res.writeHead(301, { location: '/news/harbor-bridge-closes' }).end());
  site.route('/error', (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'));
  return site;
}
