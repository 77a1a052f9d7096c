import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/** Debian's chromium, which .ci/run installs; playwright's own browser download is not used. */
export const CHROMIUM = process.env.BRIEFBOT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];

/**
 * Declares `body` when chromium is installed. Without it the suite FAILS under CI (a skipped
 * browser suite must not pass for a tested one) and is skipped elsewhere, saying why.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM} is not installed (apt-get install chromium; .ci/run does)`;
  if (process.env.CI) {
    describe(name, () =>
      it('has chromium to run against', () => {
        throw new Error(`CI must run the browser tests, but ${reason}`);
      }),
    );
    return;
  }
  console.warn(`[skipped] ${name}: ${reason}`);
  describe.skip(`${name} (skipped: ${reason})`, body);
}
