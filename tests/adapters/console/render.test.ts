import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../../src/adapters/console/render-briefing.js';
import type { Source } from '../../../src/core/briefing.js';

const source = (overrides: Partial<Source>): Source => ({ n: 1, docId: 'port.md', title: 'Port reopens', ...overrides });
/** ESC (terminal escape sequences), other C0/C1 controls, and bidirectional overrides. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('console and CLI source lines', () => {
  it('show an http(s) URL, and never a javascript: or data: one, as a link or as text', () => {
    expect(sourceLine(source({ url: 'https://example.com/port' }))).toBe('[1] Port reopens https://example.com/port (port.md)');
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
      expect(sourceLine(source({ url }))).toBe('[1] Port reopens (port.md)');
    }
  });

  it('carry no escape sequence or right-to-left override from a file name or URL to the terminal', () => {
    const line = sourceLine(source({ docId: 'evil\u001b[2J\u001b]0;owned\u0007\u202Etxt.md', url: 'https://example.com/\u001b[31mred' }));
    expect(line).not.toMatch(CONTROLS);
    expect(line).toContain('https://example.com/%1B[31mred');
  });
});
