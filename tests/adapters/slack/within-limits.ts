import { expect } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/render.js';

/** Slack's documented limits, written out here rather than imported, so a wrong constant in src is caught. */
export function expectWithinSlackLimits(messages: readonly SlackMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.text.trim().length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    let total = 0;
    for (const block of message.blocks) {
      if (block.type === 'header') {
        expect(block.text.type).toBe('plain_text');
        expect(block.text.text.length).toBeLessThanOrEqual(150);
        total += block.text.text.length;
      } else if (block.type === 'section') {
        expect(block.text.text.length).toBeGreaterThan(0);
        expect(block.text.text.length).toBeLessThanOrEqual(3000);
        total += block.text.text.length;
      } else if (block.type === 'context') {
        expect(block.elements.length).toBeGreaterThan(0);
        expect(block.elements.length).toBeLessThanOrEqual(10);
        for (const element of block.elements) expect(element.text.length).toBeLessThanOrEqual(3000);
        total += block.elements.reduce((sum, e) => sum + e.text.length, 0);
      }
    }
    // msg_blocks_too_long starts near 12,000 characters of block text (undocumented; see limits.ts).
    expect(total).toBeLessThan(11_000);
  }
}

/** Every mrkdwn string Slack would parse in these messages: fallback text, sections, context elements. */
export function mrkdwnTexts(messages: readonly SlackMessage[]): string[] {
  return messages.flatMap((m) => [
    m.text,
    ...m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : [])),
  ]);
}
