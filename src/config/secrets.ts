import type { Config } from './schema.js';

/** Every configured secret value, scrubbed from every log line on top of pino's redact paths. */
export function secretsOf(config: Config): string[] {
  const { discord, slack, databaseUrl, shareLinkSecret } = config.credentials;
  return [discord?.token, slack?.botToken, slack?.signingSecret, slack?.appToken, slack?.oauth?.clientSecret, slack?.oauth?.stateSecret, databaseUrl, databaseUrl && passwordOf(databaseUrl), shareLinkSecret].filter((s): s is string =>
    Boolean(s),
  );
}

/** The database password alone, as it might appear outside its URL. */
function passwordOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
