import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../src/adapters/console/index.js';
import { runCli } from '../src/cli.js';
import { BriefingSchema, TopicListSchema } from '../src/core/briefing.js';
import { storedSetEntry } from '../src/core/index/stored-set.js';
import { openLibrary } from '../src/core/library/open-folder.js';

// The CLI keeps analyses where the service does (data/ in the checkout by default): these runs keep theirs in a folder of their own.
const analyses = mkdtempSync(join(tmpdir(), 'briefbot-cli-analyses-'));
const analysisPathBefore = process.env.BRIEFBOT_ANALYSIS_PATH;
beforeAll(() => {
  process.env.BRIEFBOT_ANALYSIS_PATH = join(analyses, 'analyses.sqlite');
});
afterAll(() => {
  if (analysisPathBefore === undefined) delete process.env.BRIEFBOT_ANALYSIS_PATH;
  else process.env.BRIEFBOT_ANALYSIS_PATH = analysisPathBefore;
  rmSync(analyses, { recursive: true, force: true });
});

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _e, done) {
      text += chunk;
      done();
    },
  });
  return { stream: stream as NodeJS.WritableStream, text: () => text };
}

describe('briefbot CLI', () => {
  it('prints a briefing as JSON that the Briefing schema accepts', async () => {
    const out = capture();
    const err = capture();
    const code = await runCli(['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks'], out.stream, err.stream);
    expect(code).toBe(0);
    const briefing = BriefingSchema.parse(JSON.parse(out.text()));
    expect(briefing.topic.slug).toBe('security-guarantees');
    expect(briefing.sources.length).toBeGreaterThan(1);
  });

  it('lists topics, and says what is wrong on bad input with a non-zero exit', async () => {
    const out = capture();
    expect(await runCli(['topics', '--format', 'json'], out.stream, capture().stream)).toBe(0);
    expect(TopicListSchema.parse(JSON.parse(out.text())).topics.length).toBeGreaterThan(3);
    const err = capture();
    expect(await runCli(['brief', 'x', '--format', 'pdf'], capture().stream, err.stream)).toBe(2);
    expect(err.text()).toContain('--format must be text, markdown or json');
    const err2 = capture();
    expect(await runCli(['brief', 'ceasefire', '--set', 'no-such-set'], capture().stream, err2.stream)).toBe(1);
    expect(err2.text()).toMatch(/no-such-set: no such document set folder/);
    const out3 = capture();
    expect(await runCli(['brief', 'securty', 'guarantees'], out3.stream, capture().stream)).toBe(1);
    expect(out3.text()).toMatch(/Did you mean:\n.*security-guarantees/);
  });

  it('with --cache, a second run answers the same from the stored analyses', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefbot-cli-cache-'));
    try {
      const cache = join(folder, 'analyses.sqlite');
      const args = ['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks', '--cache', cache];
      const first = capture();
      expect(await runCli(args, first.stream, capture().stream)).toBe(0);
      expect(existsSync(cache)).toBe(true);
      const second = capture();
      expect(await runCli(args, second.stream, capture().stream)).toBe(0);
      const withoutTime = (text: string) => ({ ...JSON.parse(text), generatedAt: null });
      expect(withoutTime(second.text())).toEqual(withoutTime(first.text()));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('with --cache, prints the answer before storing the set, and has stored it when the run ends', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefbot-cli-cache-'));
    try {
      const cache = join(folder, 'analyses.sqlite');
      const setStored = () => {
        if (!existsSync(cache)) return false;
        const db = new Database(cache, { readonly: true });
        try {
          return db.prepare('SELECT count(*) AS n FROM analyses WHERE key = ?').get(storedSetEntry(resolve('briefings', 'ukraine-peace-talks'))) as { n: number };
        } finally {
          db.close();
        }
      };
      const storedWhenPrinted: unknown[] = [];
      let text = '';
      const out = new Writable({
        write(chunk, _e, done) {
          storedWhenPrinted.push(setStored());
          text += chunk;
          done();
        },
      });
      const args = ['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks', '--cache', cache];
      expect(await runCli(args, out, capture().stream)).toBe(0);
      expect(BriefingSchema.parse(JSON.parse(text)).topic.slug).toBe('security-guarantees');
      expect(storedWhenPrinted).toEqual([{ n: 0 }]);
      expect(setStored()).toEqual({ n: 1 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the CLI's analysis store only saves time", () => {
  it('a store that cannot be opened is told on stderr once, and the briefing still comes', async () => {
    // A store inside what is a file, not a folder: no run can make it, whoever runs it.
    const file = join(analyses, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await withStore(join(file, 'analyses.sqlite'), ['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks']);
    expect(run.code).toBe(0);
    expect(BriefingSchema.parse(JSON.parse(run.out)).topic.slug).toBe('security-guarantees');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('the analysis store cannot be opened');
    expect(run.err).toContain(file);
  });

  it('a damaged store is told once, set aside and started afresh, and the next run reads it', async () => {
    const folder = join(analyses, 'damaged');
    mkdirSync(folder);
    const store = join(folder, 'analyses.sqlite');
    writeFileSync(store, 'these bytes are not a SQLite database, whatever their length may be');
    const args = ['brief', 'security-guarantees', '--format', 'json', '--set', 'ukraine-peace-talks'];
    const run = await withStore(store, args);
    expect(run.code).toBe(0);
    expect(BriefingSchema.parse(JSON.parse(run.out)).topic.slug).toBe('security-guarantees');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(store);
    expect(existsSync(`${store}.corrupt`)).toBe(true);

    const next = await withStore(store, args);
    expect(next.code).toBe(0);
    expect(next.err).toBe('');
    const withoutTime = (text: string) => ({ ...JSON.parse(text), generatedAt: null });
    expect(withoutTime(next.out)).toEqual(withoutTime(run.out));
  });
});

/** runCli with the service's analysis store at `store`, as BRIEFBOT_ANALYSIS_PATH names it. */
async function withStore(store: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const before = process.env.BRIEFBOT_ANALYSIS_PATH;
  process.env.BRIEFBOT_ANALYSIS_PATH = store;
  const out = capture();
  const err = capture();
  try {
    const code = await runCli(args, out.stream, err.stream);
    return { code, out: out.text(), err: err.text() };
  } finally {
    if (before === undefined) delete process.env.BRIEFBOT_ANALYSIS_PATH;
    else process.env.BRIEFBOT_ANALYSIS_PATH = before;
  }
}

describe('local console adapter', () => {
  it('answers typed commands from the same core, one after another', async () => {
    const library = await openLibrary('briefings/ukraine-peace-talks');
    const input = new PassThrough();
    const out = capture();
    const shell = createConsoleAdapter({ services: { library }, input, output: out.stream as Writable });
    await shell.start();
    input.write('/topics\n/brief securty guarantees\n/brief ceasefire short\n/digest subscribe 7am Europe/Kyiv\n\\q\n');
    await shell.closed;
    const text = out.text();
    expect(text).toMatch(/Topics in ukraine-peace-talks/);
    expect(text).toMatch(/Did you mean:\n• security-guarantees/);
    expect(text).toMatch(/Briefing: Ceasefire\n/);
    expect(text).toMatch(/"7am": time must be HH:MM/);
  });

  it('serves the configured set without --set, never the first folder found, and names it in every answer', async () => {
    const before = process.env.BRIEFBOT_DOCUMENTS;
    process.env.BRIEFBOT_DOCUMENTS = 'tests/fixtures/sets/city-news';
    try {
      const topics = capture();
      expect(await runCli(['topics'], topics.stream, capture().stream)).toBe(0);
      expect(topics.text()).toMatch(/^Topics in city-news/);
      const [first] = TopicListSchema.parse(JSON.parse(await cliText(['topics', '--format', 'json']))).topics;
      const brief = capture();
      expect(await runCli(['brief', first!.slug], brief.stream, capture().stream)).toBe(0);
      expect(brief.text().split('\n').slice(0, 3).join('\n')).toContain('city-news');
      const none = capture();
      expect(await runCli(['brief', 'zqxj', 'wvvk'], none.stream, capture().stream)).toBe(1);
      expect(none.text()).toMatch(/^Nothing in city-news matches/);
    } finally {
      if (before === undefined) delete process.env.BRIEFBOT_DOCUMENTS;
      else process.env.BRIEFBOT_DOCUMENTS = before;
    }
  });
});

async function cliText(args: string[]): Promise<string> {
  const out = capture();
  await runCli(args, out.stream, capture().stream);
  return out.text();
}
