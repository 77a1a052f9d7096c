import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { createDigestService } from '../../../src/digest/service.js';
import { createLogger } from '../../../src/log.js';
import { createMemoryStore } from '../../../src/store/memory.js';
import type { Store } from '../../../src/store/store.js';
import { type FakeTeam, startSlackWebApiFake } from '../../fakes/slack-web-api.js';
import { securityGuarantees } from '../../fixtures/slack/briefings.js';
import { fakeLibrary } from '../../fixtures/slack/fake-library.js';
import { captureLog, type Harness, SIGNING_SECRET } from './harness.js';

export const CLIENT_ID = '1234567890123.9876543210987';
export const CLIENT_SECRET = '5b1d0c7e9a2f4e6d8c0b1a3f5e7d9c1b';
export const STATE_SECRET = 'state-secret-for-tests-only-7f3a9c';
export const ALPHA: FakeTeam = { id: 'T0ALPHA', name: 'Alpha Gazette' };
export const BRAVO: FakeTeam = { id: 'T0BRAVO', name: 'Bravo Daily' };

export interface OAuthHarness extends Harness {
  store: Store;
}

/** A real Bolt app installing through OAuth, installations and subscriptions in one memory store. */
export async function startOAuthHarness(): Promise<OAuthHarness> {
  const fake = await startSlackWebApiFake({ oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
  const store = createMemoryStore();
  const library = fakeLibrary({ 'security guarantees': securityGuarantees });
  const { logLines, sink, waitForLog } = captureLog();
  const adapter = createSlackAdapter({
    oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET, records: store },
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    adminUserIds: [],
    services: { library, digests: createDigestService({ store, library }) },
    logger: createLogger({ level: 'debug', destination: sink }),
    slackApiUrl: fake.apiUrl,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    store,
    port: adapter.port()!,
    logLines,
    waitForLog,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The browser's first step: /slack/install answers with a redirect to Slack and a state cookie. */
export async function visitInstall(port: number): Promise<{ status: number; location: URL; state: string; cookie: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? 'about:blank');
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { status: response.status, location, state: location.searchParams.get('state') ?? '', cookie };
}

/** Slack sending the browser back to /slack/oauth_redirect with a code (and the state it was given). */
export async function returnFromSlack(port: number, query: Record<string, string>, cookie?: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  return { status: response.status, body: await response.text() };
}

/** The whole install, as a workspace admin clicking through it: install link → Slack consent → back. */
export async function installWorkspace(h: OAuthHarness, team: FakeTeam): Promise<{ status: number; body: string }> {
  const { state, cookie } = await visitInstall(h.port);
  return returnFromSlack(h.port, { code: h.fake.grantCode(team), state }, cookie);
}
