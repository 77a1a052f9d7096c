import { z } from 'zod';
import type { DiscordEnv, ShardSetting } from './discord-env.js';
import type { SlackEnv } from './slack-env.js';

/**
 * What config/briefbot.yaml may hold, and the environment variables that override it.
 * Secrets (tokens, signing secrets) come only from the environment: a YAML file tends to be committed.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const wholeNumber = (expected: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: `expected ${expected}` })
    .int({ error: `expected ${expected}` })
    .min(min, { error: `expected ${expected}` })
    .max(max, { error: `expected ${expected}` });

const port = (what: string) => wholeNumber(`${what}: a port number from 0 to 65535`, 0, 65535);
/** A section of the file; `section: ` with nothing under it is the same as leaving it out. */
const section = <T extends z.core.$ZodLooseShape>(shape: T) => z.preprocess((v) => (v === null ? undefined : v), z.strictObject(shape, { error: 'expected a mapping of fields' }).prefault({} as never));

const path = (what: string) => z.string({ error: `expected ${what}` }).min(1, { error: `expected ${what}` });

const SET_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
const setName = z.string({ error: 'expected a set name' }).regex(SET_NAME, { error: 'expected a set name: lower-case letters, digits and dashes, e.g. economy-desk' });

/** A Slack user group's @handle or S… id, or a user's U…/W… id. */
const SLACK_LINK_USER = /^(@[a-z0-9][a-z0-9._-]*|S[A-Z0-9]{2,}|[UW][A-Z0-9]{2,})$/;
const SLACK_LINK_USER_EXPECTED = 'expected a Slack user group (@editors or its id S0123ABCD) or user id (U0123ABCD)';

const FeedSchema = z.strictObject(
  {
    url: z.url({ protocol: /^https?$/, error: 'expected the http(s) address of an RSS, Atom or JSON feed' }),
    /** Outlet written into each article's front matter when its page does not name one. */
    outlet: z.string().min(1).optional(),
    intervalMinutes: z.number({ error: 'expected minutes between polls: a number of at least 1' }).min(1, { error: 'expected minutes between polls: a number of at least 1' }).default(15),
  },
  { error: 'expected a feed: url (and optionally outlet, intervalMinutes)' },
);
export type FeedConfig = z.infer<typeof FeedSchema>;

const SetSchema = z.strictObject(
  {
    name: setName,
    dir: path('the folder of the set, e.g. briefings/economy'),
    topicsFile: path('the path of a topics YAML file').optional(),
    feeds: z.array(FeedSchema, { error: 'expected a list of feeds' }).default([]),
    /** Articles published longer ago than this move to the set's archive/ folder; unset keeps everything. */
    retentionDays: wholeNumber('days an article stays in the set: a whole number of at least 1', 1).optional(),
  },
  { error: 'expected a set: name, dir (and optionally topicsFile, feeds, retentionDays)' },
);
export type SetConfig = z.infer<typeof SetSchema>;

export const FileConfigSchema = z.strictObject({
  /**
   * Several sets served by one process, the first being the default for channels not bound with
   * /set use. Without it, documents.dir is the one set.
   */
  sets: z
    .array(SetSchema, { error: 'expected a list of sets, each with a name and a dir' })
    .min(1, { error: 'expected at least one set, or no sets field at all' })
    .superRefine((sets, ctx) => {
      const seen = new Set<string>();
      sets.forEach((set, i) => {
        if (seen.has(set.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `expected each set name once; "${set.name}" is listed twice` });
        seen.add(set.name);
      });
    })
    .optional(),
  intake: section({
    /** Hosts fetched even though they resolve to a private, loopback or link-local address. */
    allowHosts: z.array(z.string().min(1), { error: 'expected a list of host names, e.g. [wire.internal]' }).default([]),
    maxBytes: wholeNumber('the largest page fetched, in bytes: a whole number of at least 1024', 1024).default(5_000_000),
    timeoutSeconds: z.number({ error: 'expected seconds a fetch may take: a number above 0' }).positive({ error: 'expected seconds a fetch may take: a number above 0' }).default(15),
    maxRedirects: wholeNumber('redirects followed: a whole number from 0 to 20', 0, 20).default(5),
    perHostConcurrency: wholeNumber('fetches at once per host: a whole number of at least 1', 1).default(2),
    /** Shorter texts are refused as "too short" rather than stored as an article. */
    minWords: wholeNumber('the fewest words an article may have: a whole number', 0).default(80),
    /** Discord roles, by id or name, whose members may /set add besides channel managers. */
    linkRoles: z.array(z.string({ error: 'expected a Discord role name or id' }).trim().min(1, { error: 'expected a Discord role name or id' }), { error: 'expected a list of Discord roles, e.g. [Editors]' }).default([]),
    /**
     * Slack has no roles: the user groups (an @handle or its S… id) and the users (U… ids) who may
     * /set add besides workspace admins and SLACK_ADMIN_USER_IDS.
     */
    slackLinkUsers: z.array(z.string().trim().regex(SLACK_LINK_USER, { error: SLACK_LINK_USER_EXPECTED }), { error: 'expected a list of Slack user groups and users, e.g. ["@editors", U0123ABCD]' }).default([]),
  }),
  documents: section({
    dir: path('the folder of the document set, e.g. briefings/ukraine-peace-talks').default('briefings/ukraine-peace-talks'),
    topicsFile: path('the path of a topics YAML file').optional(),
    refreshSeconds: wholeNumber('seconds between looks at the folder for new, changed and removed files: a whole number, 0 = never', 0).default(60),
    workers: wholeNumber('worker threads for the first analysis of a set: a whole number from 0 to 16, 0 = the main thread only', 0, 16).optional(),
  }),
  store: section({
    path: path('the path of the SQLite file, e.g. data/briefbot.sqlite').default('data/briefbot.sqlite'),
    analysisPath: path('the path of the SQLite file of stored analyses, e.g. data/analyses.sqlite').optional(),
  }),
  rateLimit: section({
    perMinute: wholeNumber('commands per user per minute: a whole number, 0 = no limit', 0).default(20),
    burst: wholeNumber('commands a user may send at once: a whole number of at least 1', 1).default(5),
  }),
  digests: section({
    graceMinutes: wholeNumber('minutes after its time a missed digest is still posted: a whole number, 0 = never late', 0).default(120),
  }),
  log: section({
    level: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    format: z.enum(['auto', 'json', 'pretty'], { error: 'expected auto, json or pretty' }).default('auto'),
  }),
  metrics: section({
    port: port('the health and metrics port (0 = off)').default(9464),
    host: z.string({ error: 'expected an address to listen on, e.g. 0.0.0.0' }).min(1).default('0.0.0.0'),
  }),
  slack: section({
    port: wholeNumber('the Slack HTTP receiver port: a port number from 1 to 65535', 1, 65535).default(3000),
  }),
  share: section({
    port: port('the briefing page port (0 = off)').default(0),
    host: z.string({ error: 'expected an address to listen on, e.g. 0.0.0.0' }).min(1).default('0.0.0.0'),
    publicUrl: z
      .string({ error: 'expected the http(s) address people open briefing pages at, e.g. https://brief.example.org' })
      .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), { error: 'expected the http(s) address people open briefing pages at, e.g. https://brief.example.org' })
      .optional(),
    linkDays: wholeNumber('days a briefing link works: a whole number from 1 to 365', 1, 365).default(7),
  }),
  shutdown: section({
    timeoutSeconds: z.number({ error: 'expected seconds to wait for in-flight work at shutdown: a number above 0' }).positive({ error: 'expected seconds to wait for in-flight work at shutdown: a number above 0' }).default(10),
  }),
});
export type FileConfig = z.infer<typeof FileConfigSchema>;

/** An environment variable that overrides one field of the file. */
export interface EnvOverride {
  path: readonly [string, string];
  /** list: comma-separated values. */
  type: 'string' | 'number' | 'list';
  meaning: string;
}

export const ENV_OVERRIDES = {
  BRIEFBOT_DOCUMENTS: { path: ['documents', 'dir'], type: 'string', meaning: 'Folder of the document set to serve' },
  BRIEFBOT_TOPICS_FILE: { path: ['documents', 'topicsFile'], type: 'string', meaning: 'Curated topics file' },
  BRIEFBOT_REFRESH_SECONDS: { path: ['documents', 'refreshSeconds'], type: 'number', meaning: 'Seconds between looks at the document folder for new and changed files (0 = never)' },
  BRIEFBOT_STORE_PATH: { path: ['store', 'path'], type: 'string', meaning: 'SQLite file for subscriptions and deliveries' },
  BRIEFBOT_ANALYSIS_PATH: { path: ['store', 'analysisPath'], type: 'string', meaning: 'SQLite file of stored document analyses (default analyses.sqlite beside the store file)' },
  BRIEFBOT_WORKERS: { path: ['documents', 'workers'], type: 'number', meaning: 'Worker threads for the first analysis of a set (0 = main thread only; default one a core, at most 4)' },
  RATE_LIMIT_PER_MINUTE: { path: ['rateLimit', 'perMinute'], type: 'number', meaning: 'Commands per user per minute (0 = no limit)' },
  RATE_LIMIT_BURST: { path: ['rateLimit', 'burst'], type: 'number', meaning: 'Commands a user may send at once' },
  DIGEST_GRACE_MINUTES: { path: ['digests', 'graceMinutes'], type: 'number', meaning: 'How late a missed digest is still posted' },
  LOG_LEVEL: { path: ['log', 'level'], type: 'string', meaning: 'fatal, error, warn, info, debug, trace or silent' },
  LOG_FORMAT: { path: ['log', 'format'], type: 'string', meaning: 'auto (pretty on a terminal), json or pretty' },
  METRICS_PORT: { path: ['metrics', 'port'], type: 'number', meaning: 'Port of /healthz and /metrics (0 = off)' },
  METRICS_HOST: { path: ['metrics', 'host'], type: 'string', meaning: 'Address /healthz and /metrics listen on' },
  SLACK_PORT: { path: ['slack', 'port'], type: 'number', meaning: 'Port of the Slack HTTP receiver' },
  PUBLIC_PORT: { path: ['share', 'port'], type: 'number', meaning: 'Port of the briefing pages (0 = off); never serves /healthz or /metrics' },
  PUBLIC_HOST: { path: ['share', 'host'], type: 'string', meaning: 'Address the briefing pages listen on' },
  PUBLIC_URL: { path: ['share', 'publicUrl'], type: 'string', meaning: 'Base address of the briefing pages as people open them, e.g. https://brief.example.org' },
  SHARE_LINK_DAYS: { path: ['share', 'linkDays'], type: 'number', meaning: 'Days a briefing link (and its stored briefing) lasts' },
  SHUTDOWN_TIMEOUT_SECONDS: { path: ['shutdown', 'timeoutSeconds'], type: 'number', meaning: 'Longest wait for in-flight work at shutdown' },
  INTAKE_MAX_BYTES: { path: ['intake', 'maxBytes'], type: 'number', meaning: 'Largest article page or feed fetched, in bytes' },
  INTAKE_TIMEOUT_SECONDS: { path: ['intake', 'timeoutSeconds'], type: 'number', meaning: 'Longest an article or feed fetch may take' },
  INTAKE_LINK_ROLES: { path: ['intake', 'linkRoles'], type: 'list', meaning: 'Discord roles (names or ids, comma-separated) whose members may /set add besides channel managers' },
  INTAKE_SLACK_LINK_USERS: { path: ['intake', 'slackLinkUsers'], type: 'list', meaning: 'Slack user groups (@handle or S… id) and user ids (U…), comma-separated, who may /set add besides admins' },
} as const satisfies Record<string, EnvOverride>;

/** Variables that are not config fields: where the file is, and the platform credentials. */
export const ENV_OTHER = {
  BRIEFBOT_CONFIG: 'Path of the YAML config file (default config/briefbot.yaml; missing default = built-in defaults)',
  BRIEFBOT_ENV_FILE: 'A .env file to read at start (default .env when present; empty = none)',
  DISCORD_TOKEN: 'Discord bot token; Discord starts when set (with DISCORD_APP_ID)',
  DISCORD_APP_ID: 'Discord application id (Developer Portal → General Information)',
  DISCORD_GUILD_ID: 'Register the slash commands in this server only (instant; for testing)',
  DISCORD_REGISTER_COMMANDS: 'true: register the slash commands at every start (default false: npm run discord:register)',
  DISCORD_SHARDS: 'Run Discord as shards, one process each: auto (as many as Discord recommends) or a number (default: one process, no sharding)',
  SLACK_BOT_TOKEN: 'Slack bot token (xoxb-…); Slack starts when set',
  SLACK_SIGNING_SECRET: 'Slack signing secret, for the HTTP receiver',
  SLACK_APP_TOKEN: 'Slack app-level token (xapp-…), for Socket Mode instead of HTTP',
  DISCORD_API_URL: "Discord REST base URL (default Discord's): a proxy, or a local fake in tests",
  SLACK_API_URL: 'Slack Web API base URL (default https://slack.com/api/): GovSlack, or a local fake in tests',
  SLACK_ADMIN_USER_IDS: 'Slack user ids (U…, comma-separated) who may change digests besides workspace admins',
  SLACK_CLIENT_ID: 'Slack app Client ID: with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET, install in many workspaces through /slack/install (no SLACK_BOT_TOKEN)',
  SLACK_CLIENT_SECRET: 'Slack app Client Secret (Basic Information → App Credentials), for installs in many workspaces',
  SLACK_STATE_SECRET: 'A random string you choose (e.g. openssl rand -hex 32): signs the OAuth state of each install',
  SHARE_LINK_SECRET: 'A random string of at least 32 characters (e.g. openssl rand -hex 32): signs briefing page links; needed with PUBLIC_PORT',
  DATABASE_URL: 'PostgreSQL connection string, postgres://user:password@host:5432/db: one database shared by replicas (default: the SQLite file)',
} as const;

export interface Credentials {
  /** As src/config/discord-env.ts reads it (its own schema). */
  discord?: DiscordEnv & { registerCommands: boolean; apiUrl?: string; shards?: ShardSetting };
  /** As src/config/slack-env.ts reads it (its own schema); `port` there is superseded by slack.port. */
  slack?: SlackEnv & { apiUrl?: string };
  /** DATABASE_URL: the PostgreSQL store instead of SQLite. Holds a password: never logged. */
  databaseUrl?: string;
  /** SHARE_LINK_SECRET: signs briefing page links. Never logged. */
  shareLinkSecret?: string;
}

export type Config = FileConfig & {
  credentials: Credentials;
  /** The YAML file read, or null when built-in defaults were used. */
  file: string | null;
};
