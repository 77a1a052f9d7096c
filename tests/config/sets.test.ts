import { describe, expect, it } from 'vitest';
import { formatConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { configuredSets } from '../../src/sets/configured.js';

const parse = (yaml: string) => parseConfig(yaml, 'config/briefbot.yaml', {});

describe('sets in the configuration', () => {
  it('GIVEN no sets list THEN documents.dir is the one set, named after its folder, as before', () => {
    const config = parseConfig(null, null, { BRIEFBOT_DOCUMENTS: 'briefings/ukraine-peace-talks' });
    if (!config.ok) throw new Error('defaults should parse');
    expect(config.value.sets).toBeUndefined();
    expect(configuredSets(config.value)).toEqual([{ name: 'ukraine-peace-talks', dir: 'briefings/ukraine-peace-talks', feeds: [] }]);
  });

  it('GIVEN a list of sets THEN the first is the default and feeds get their interval', () => {
    const config = parse(`sets:
  - name: ukraine
    dir: briefings/ukraine-peace-talks
    retentionDays: 14
    feeds:
      - url: https://example.org/rss.xml
  - name: city
    dir: tests/fixtures/sets/city-news
`);
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    expect(configuredSets(config.value).map((s) => s.name)).toEqual(['ukraine', 'city']);
    expect(config.value.sets![0]!.feeds).toEqual([{ url: 'https://example.org/rss.xml', intervalMinutes: 15 }]);
  });

  it('GIVEN a set named twice, a bad name and a feed that is not http(s) THEN each is reported with its line and field', () => {
    const config = parse(`sets:
  - name: city
    dir: a
  - name: city
    dir: b
  - name: Economy Desk
    dir: c
    feeds:
      - url: ftp://example.org/feed
`);
    if (config.ok) throw new Error('should not parse');
    const lines = config.error.map(formatConfigError);
    expect(lines).toEqual([
      expect.stringMatching(/^config\/briefbot.yaml:6 sets.2.name: expected a set name: lower-case letters/),
      expect.stringMatching(/^config\/briefbot.yaml:9 sets.2.feeds.0.url: expected the http\(s\) address of an RSS, Atom or JSON feed/),
      expect.stringMatching(/^config\/briefbot.yaml:4 sets.1.name: expected each set name once; "city" is listed twice/),
    ]);
  });
});

describe('who may add links besides channel managers', () => {
  it('GIVEN Discord roles and Slack user groups and users in the file THEN they are read as lists', () => {
    const config = parse(`intake:
  linkRoles: [Editors, "1500000000000000001"]
  slackLinkUsers: ["@editors", S0NIGHT, U0123ABCD]
`);
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    expect(config.value.intake.linkRoles).toEqual(['Editors', '1500000000000000001']);
    expect(config.value.intake.slackLinkUsers).toEqual(['@editors', 'S0NIGHT', 'U0123ABCD']);
  });

  it('GIVEN the environment THEN comma-separated lists override the file, and none are set by default', () => {
    const config = parseConfig('intake:\n  linkRoles: [Readers]\n', 'config/briefbot.yaml', { INTAKE_LINK_ROLES: 'Editors, Night desk', INTAKE_SLACK_LINK_USERS: '@editors,U0123ABCD' });
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    expect(config.value.intake.linkRoles).toEqual(['Editors', 'Night desk']);
    expect(config.value.intake.slackLinkUsers).toEqual(['@editors', 'U0123ABCD']);
    const defaults = parseConfig(null, null, {});
    expect(defaults.ok && [defaults.value.intake.linkRoles, defaults.value.intake.slackLinkUsers]).toEqual([[], []]);
  });

  it('GIVEN a Slack entry that is neither a user group nor a user THEN the variable is named with what is expected', () => {
    const config = parseConfig(null, null, { INTAKE_SLACK_LINK_USERS: 'editors' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error.map(formatConfigError).join('\n')).toMatch(/INTAKE_SLACK_LINK_USERS.*expected a Slack user group \(@editors or its id S0123ABCD\) or user id \(U0123ABCD\)/);
  });
});
