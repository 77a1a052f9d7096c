import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwnLink } from '../../../src/adapters/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('GIVEN mentions, broadcasts and links THEN escapes &, < and > so none is active', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <#C1> <http://x|y> a & b')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1&gt; &lt;http://x|y&gt; a &amp; b');
  });

  it('GIVEN already-escaped text THEN escapes it again, so it shows exactly as the document wrote it', () => {
    expect(escapeMrkdwn('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('mrkdwnLink', () => {
  it('GIVEN an http(s) URL THEN links it, escaping & and encoding | and >', () => {
    expect(mrkdwnLink('https://ex.com/a?b=1&c=2|x>y', 'T & <C>')).toBe('<https://ex.com/a?b=1&amp;c=2%7Cx%3Ey|T &amp; &lt;C&gt;>');
  });

  it('GIVEN no URL, a javascript: URL or one with spaces THEN shows the escaped label only', () => {
    expect(mrkdwnLink(undefined, 'Title')).toBe('Title');
    expect(mrkdwnLink('javascript:alert(1)', '<b>')).toBe('&lt;b&gt;');
    expect(mrkdwnLink('https://ex.com/a b', 'T')).toBe('T');
  });
});
