import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Document, parseDocument } from 'yaml';
import type { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { envValue, readCredentials } from './credentials.js';
import type { ConfigError } from './errors.js';
import { type Config, ENV_OVERRIDES, FileConfigSchema } from './schema.js';
import { LineCounter, lineOf } from './yaml-position.js';

export const DEFAULT_CONFIG_FILE = 'config/briefbot.yaml';

type Env = Record<string, string | undefined>;

export interface LoadOptions {
  env?: Env;
  /** Where relative paths start; the process's working directory by default. */
  cwd?: string;
}

/**
 * Reads config/briefbot.yaml (or $BRIEFBOT_CONFIG), lets the environment override it, and validates
 * both. Every problem is reported at once, each with its file, line, field and what is expected.
 */
export function loadConfig(options: LoadOptions = {}): Result<Config, ConfigError[]> {
  const env = options.env ?? process.env;
  const explicit = envValue(env, 'BRIEFBOT_CONFIG');
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  let text: string | null = null;
  try {
    text = readFileSync(resolve(options.cwd ?? process.cwd(), file), 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    // Without a file the built-in defaults apply; a file someone named must exist.
    if (explicit || code !== 'ENOENT') {
      return err([{ file, field: 'BRIEFBOT_CONFIG', expected: `expected a readable YAML config file (${code ?? String(cause)})` }]);
    }
  }
  return parseConfig(text, text === null ? null : file, env);
}

/** The pure part of loadConfig: YAML text (null = no file) plus environment → Config. */
export function parseConfig(text: string | null, file: string | null, env: Env): Result<Config, ConfigError[]> {
  const fileName = file ?? DEFAULT_CONFIG_FILE;
  const counter = new LineCounter();
  const doc = text === null ? null : parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc && doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => ({
        file: fileName,
        line: counter.linePos(e.pos[0]).line,
        field: '(YAML syntax)',
        expected: `expected valid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const raw: unknown = doc?.toJS() ?? {};
  if (!isPlainObject(raw)) {
    return err([{ file: fileName, line: 1, field: '(top level)', expected: `expected a mapping of sections: ${knownKeys([]).join(', ')}` }]);
  }

  const { merged, fromEnv } = applyEnvOverrides(raw, env);
  const errors: ConfigError[] = [];
  const parsed = FileConfigSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(...describeIssue(issue, { fileName, doc, counter, merged, fromEnv, env }));
  }
  const { credentials, errors: credentialErrors } = readCredentials(env);
  errors.push(...credentialErrors);
  if (parsed.success && parsed.data.share.port > 0) {
    // Pages are only worth serving when links to them can be made and signed.
    if (!parsed.data.share.publicUrl) errors.push({ file: 'environment', field: 'PUBLIC_URL', expected: 'expected the address people open briefing pages at (PUBLIC_PORT is set), e.g. https://brief.example.org' });
    if (!credentials.shareLinkSecret && !errors.some((e) => e.field === 'SHARE_LINK_SECRET')) {
      errors.push({ file: 'environment', field: 'SHARE_LINK_SECRET', expected: 'expected a secret of at least 32 characters to sign briefing links (PUBLIC_PORT is set), e.g. from `openssl rand -hex 32`' });
    }
  }
  if (errors.length > 0 || !parsed.success) return err(errors);
  return ok({ ...parsed.data, credentials, file });
}

function applyEnvOverrides(raw: Record<string, unknown>, env: Env) {
  const merged: Record<string, unknown> = structuredClone(raw);
  const fromEnv = new Map<string, string>();
  for (const [name, override] of Object.entries(ENV_OVERRIDES)) {
    const value = envValue(env, name);
    if (value === undefined) continue;
    const [section, field] = override.path;
    // A section that is not a mapping is the file's error to report; do not paper over it.
    if (merged[section] !== undefined && !isPlainObject(merged[section])) continue;
    const target = isPlainObject(merged[section]) ? (merged[section] as Record<string, unknown>) : {};
    const number = Number(value.trim());
    // A number that does not parse stays a string, so the error shows what was given.
    if (override.type === 'list')
      target[field] = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    else target[field] = override.type === 'number' && value.trim() !== '' && !Number.isNaN(number) ? number : value;
    merged[section] = target;
    fromEnv.set(`${section}.${field}`, name);
  }
  return { merged, fromEnv };
}

interface IssueContext {
  fileName: string;
  doc: Document | null;
  counter: LineCounter;
  merged: Record<string, unknown>;
  fromEnv: Map<string, string>;
  env: Env;
}

function describeIssue(issue: z.core.$ZodIssue, ctx: IssueContext): ConfigError[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file: ctx.fileName,
      ...lineField(ctx, path, key),
      field: [...path, key].join('.'),
      expected: `expected a known field here: ${knownKeys(path).join(', ')}${/token|secret|password/i.test(key) ? ' (tokens and secrets go in environment variables, never in this file)' : ''}`,
    }));
  }
  const envName = ctx.fromEnv.get(path.slice(0, 2).join('.'));
  if (envName) return [{ file: 'environment', field: envName, expected: issue.message, received: JSON.stringify(ctx.env[envName]) }];
  return [
    {
      file: ctx.fileName,
      ...lineField(ctx, path),
      field: path.join('.') || '(top level)',
      expected: issue.message,
      received: shown(valueAt(ctx.merged, path)),
    },
  ];
}

function lineField(ctx: IssueContext, path: string[], key?: string): { line?: number } {
  const line = ctx.doc ? lineOf(ctx.doc, ctx.counter, path, key) : undefined;
  return line === undefined ? {} : { line };
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), value);
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Field names the schema allows at a path, for "unknown field" errors. */
function knownKeys(path: string[]): string[] {
  let schema: unknown = FileConfigSchema;
  for (const key of path) schema = shapeOf(schema)?.[key];
  return Object.keys(shapeOf(schema) ?? {});
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  type Wrapped = { shape?: Record<string, unknown>; def?: { innerType?: unknown; out?: unknown } } | undefined;
  let current = schema as Wrapped;
  // Through .default(), .prefault(), .optional() (innerType) and z.preprocess() (a pipe: out).
  while (current && !current.shape && (current.def?.innerType || current.def?.out)) {
    current = (current.def.innerType ?? current.def.out) as Wrapped;
  }
  return current?.shape;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
