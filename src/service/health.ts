import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ReadinessCheck } from '../adapters/adapter.js';
import { listen } from '../http/listen.js';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  /** Every check by name. */
  checks: Record<string, boolean>;
  /** Names of the checks that are not ready, plus "shutdown" while stopping. */
  notReady: string[];
  /** Why, for the checks not ready that say; absent when none does. */
  reasons?: Record<string, string>;
}

export function healthReport(checks: readonly ReadinessCheck[], shuttingDown = false): HealthReport {
  const results: Record<string, boolean> = {};
  const reasons: Record<string, string> = {};
  for (const check of checks) {
    try {
      results[check.name] = check.ready() === true;
      const reason = results[check.name] ? undefined : check.reason?.();
      if (reason) reasons[check.name] = reason;
    } catch {
      results[check.name] = false;
    }
  }
  const notReady = Object.keys(results).filter((name) => !results[name]);
  if (shuttingDown) notReady.push('shutdown');
  return { status: notReady.length === 0 ? 'ok' : 'unavailable', checks: results, notReady, ...(Object.keys(reasons).length ? { reasons } : {}) };
}

export interface ServiceServerOptions {
  /** 0 asks the OS for a free port (tests); config's "0 = off" is decided by the caller. */
  port: number;
  host?: string;
  health: () => HealthReport;
  registry: Registry;
  logger: Logger;
}

export interface ServiceServer {
  port: number;
  close(): Promise<void>;
}

/** GET /healthz (200 or 503 with JSON naming what is not ready) and GET /metrics (Prometheus text). */
export async function startServiceServer(options: ServiceServerOptions): Promise<ServiceServer> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      options.logger.error({ err: error, path: req.url }, 'health/metrics request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  const listening = await listen(server, options.port, options.host ?? '0.0.0.0');
  options.logger.info({ port: listening.port, host: options.host ?? '0.0.0.0' }, 'health and metrics listening: GET /healthz, GET /metrics');
  return listening;
}

async function route(req: IncomingMessage, res: ServerResponse, options: ServiceServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
    return;
  }
  if (path === '/healthz') {
    const report = options.health();
    res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : `${JSON.stringify(report)}\n`);
    return;
  }
  if (path === '/metrics') {
    const body = await options.registry.metrics();
    res.writeHead(200, { 'content-type': options.registry.contentType });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
}
