import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stripControls } from './adapters/console/escape.js';
import { CONSOLE_CHANNEL, CONSOLE_USER } from './adapters/console/index.js';
import { renderText } from './adapters/console/render.js';
import type { Answer, Command } from './commands/command.js';
import { handleCommand } from './commands/handle.js';
import { formatConfigError } from './config/errors.js';
import { loadConfig } from './config/load.js';
import { type Length, LengthSchema } from './core/briefing.js';
import { formatBriefError } from './core/errors.js';
import type { Library } from './core/library/library.js';
import { type StartedLibrary, startLibrary } from './core/library/open-folder.js';
import type { Result } from './core/result.js';
import type { AnalysisCacheConfig } from './store/analysis-open.js';
import type { ClosableAnalysisCache } from './store/analysis-sqlite.js';

const USAGE = `Usage: briefbot <command> [options]

Commands:
  topics                     the topics the set covers, with how many sources speak to each
  brief <topic or query>     a cited briefing on a topic or on any words
  digest                     a digest of the set's top topics

Options:
  --set <name|path>          document set: a folder under briefings/, or a path
                             (default: documents.dir in config/briefbot.yaml, or $BRIEFBOT_DOCUMENTS)
  --format text|markdown|json
  --length short|standard    (default: standard for brief, short for digest)
  --topics <file>            curated topics file (default: documents.topicsFile in the config, else config/topics.yaml)
  --cache <file>             keep each document's analysis in this SQLite file and read it back next time
                             (default: the service's store, store.analysisPath in the config or
                             $BRIEFBOT_ANALYSIS_PATH, else analyses.sqlite beside store.path)
  --no-cache                 keep no analyses: analyse the set on every run
`;

export async function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        set: { type: 'string' },
        format: { type: 'string', default: 'text' },
        length: { type: 'string' },
        topics: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    err.write(`--format must be text, markdown or json, not "${format}"\n`);
    return 2;
  }
  const length = values.length === undefined ? undefined : LengthSchema.safeParse(values.length);
  if (length && !length.success) {
    err.write(`--length must be short or standard, not "${values.length}"\n`);
    return 2;
  }
  const configured = configuredDocuments();
  if (!configured.ok) {
    err.write(`${configured.message}\n`);
    return 2;
  }
  const topicsFile = values.topics ?? configured.topicsFile;
  const warn = firstProblemOnly(err);
  const cache = values['no-cache'] && !values.cache ? undefined : await openAnalyses(values.cache, configured.analyses, warn);
  // A progress line on a terminal while a large set is first analysed, rewritten in place.
  const tty = (err as { isTTY?: boolean }).isTTY === true;
  const onProgress = (done: number, total: number) => {
    if (tty && total >= 500) err.write(done < total ? `\rindexing ${done}/${total}…` : '\r\x1b[K');
  };
  let started: StartedLibrary;
  try {
    // One answer, then the process ends: no sentence readings worked out in the background for answers that never come.
    started = await startLibrary(setFolder(values.set, configured.dir), { ...(topicsFile ? { topicsFile } : {}), ...(cache ? { analysisCache: cache } : {}), onProgress, warn, prepare: false });
    await started.ready;
  } catch (e) {
    await cache?.close();
    err.write(`${(e as Error).message}\n`);
    return 1;
  }
  try {
    return await answer(started.library, command, rest, length?.data, format, out, err);
  } finally {
    // The answer is printed first; what the next run reads back is still written before this run ends: the set, its
    // topics, and the topic briefings composed (the next run over the same documents, topics and code answers those
    // without composing them again, as a restarted service does).
    await started.stored;
    await started.storeBriefings();
    await cache?.close();
  }
}

type Warn = (message: string, detail: Record<string, unknown>) => void;

/**
 * The analyses the service keeps (so a second run, like a restart, reads the set back instead of analysing it), or the
 * file `--cache` names. Stored analyses only save time: a store that cannot be opened is told and the set analysed.
 */
async function openAnalyses(file: string | undefined, configured: AnalysisCacheConfig, warn: Warn): Promise<ClosableAnalysisCache | undefined> {
  let place = file ?? 'the configured store';
  try {
    // Loaded only when a store is used: the native SQLite module would slow a --no-cache run's start (and, not built, stop it).
    const opening = await import('./store/analysis-open.js');
    place = file ?? opening.analysisCachePlace(configured);
    if (file) return (await import('./store/analysis-sqlite.js')).openSqliteAnalysisCache({ path: file, warn });
    return await opening.openAnalysisCache(configured, { warn });
  } catch (error) {
    warn('the analysis store cannot be opened; the set is analysed from its text', { path: place, error: String((error as Error).message ?? error) });
    return undefined;
  }
}

/**
 * Problems of the store (and of the analysis) on stderr, the first only: a store that cannot be written fails at each
 * write, and one line says as much as five. The answer comes whatever they are.
 */
function firstProblemOnly(err: NodeJS.WritableStream): Warn {
  let told = false;
  return (message, detail) => {
    if (told) return;
    told = true;
    const about = [detail.path, detail.error].filter((x) => typeof x === 'string').join(': ');
    err.write(`${message}${about ? ` (${stripControls(about)})` : ''}\n`);
  };
}

async function answer(library: Library, command: string, rest: string[], length: Length | undefined, format: 'text' | 'markdown' | 'json', out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  for (const problem of library.problems()) err.write(`skipped ${stripControls(formatBriefError(problem))}\n`);

  const asked = commandOf(command, rest, length);
  if (!asked.ok) {
    err.write(asked.error);
    return 2;
  }
  const answer = await handleCommand({ command: asked.value, channel: CONSOLE_CHANNEL, user: CONSOLE_USER, requestId: randomUUID() }, { library });
  if (answer.kind === 'notice' && answer.tone === 'error') {
    err.write(`${stripControls(answer.text)}\n`);
    return 1;
  }
  out.write(format === 'json' ? `${JSON.stringify(jsonOf(answer), null, 2)}\n` : `${renderText(answer, format)}\n`);
  return answer.kind === 'no-match' ? 1 : 0;
}

/** The words after `briefbot` as the command every platform runs; an Err is the usage message. */
function commandOf(name: string, rest: string[], length: Length | undefined): Result<Command, string> {
  switch (name) {
    case 'topics':
      return { ok: true, value: { name: 'topics' } };
    case 'brief': {
      const query = rest.join(' ').trim();
      if (!query) return { ok: false, error: 'brief needs a topic or query, e.g. briefbot brief security-guarantees\n' };
      return { ok: true, value: { name: 'brief', query, length: length ?? 'standard', public: false } };
    }
    case 'digest':
      return { ok: true, value: { name: 'digest', action: 'now', ...(rest.length ? { topics: rest } : {}) } };
    default:
      return { ok: false, error: `Unknown command "${name}".\n\n${USAGE}` };
  }
}

function jsonOf(answer: Answer): unknown {
  switch (answer.kind) {
    case 'briefing':
      return answer.briefing;
    case 'topics':
      return answer.topics;
    case 'no-match':
      return { error: 'no-match', ...answer.noMatch };
    case 'digest':
      return answer.digest;
    default:
      return answer;
  }
}

/** A set is named by its folder under briefings/, or given as a path; without one, the configured set. */
export function setFolder(set: string | undefined, configured: string): string {
  if (set && (set.includes('/') || set.startsWith('.'))) return resolve(set);
  if (set) return resolve('briefings', set);
  return resolve(configured);
}

/** The set, topics file and analysis store the configuration names (config/briefbot.yaml, then the environment), as the bot serves them. */
function configuredDocuments(): { ok: true; dir: string; topicsFile?: string; analyses: AnalysisCacheConfig } | { ok: false; message: string } {
  const loaded = loadConfig();
  if (!loaded.ok) return { ok: false, message: `configuration problem:\n${loaded.error.map((e) => `  - ${formatConfigError(e)}`).join('\n')}` };
  const { documents, store, credentials } = loaded.value;
  const analyses: AnalysisCacheConfig = { store, credentials: { databaseUrl: credentials.databaseUrl } };
  return { ok: true, dir: documents.dir, ...(documents.topicsFile ? { topicsFile: documents.topicsFile } : {}), analyses };
}

const isMain = process.argv[1] && resolve(process.argv[1]).replace(/\.[jt]s$/, '') === resolve(import.meta.dirname, 'cli');
// No top-level await: the compiled CLI is bundled as CommonJS (scripts/bundle-cli.ts), which has none.
if (isMain) void runCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
