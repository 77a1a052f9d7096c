import { describe, expect, it, vi } from 'vitest';

// Records whether importing the intake's decoder loads iconv-lite: its factory runs only when it is imported.
const loaded = vi.hoisted(() => ({ iconv: false }));
vi.mock('iconv-lite', () => {
  loaded.iconv = true;
  return { default: {} };
});

describe('the page decoder loads its charset tables on the first page, not at start', () => {
  it('imports without iconv-lite, and still decodes a page in its declared charset', async () => {
    const { decodePage } = await import('../../src/intake/decode.js');
    expect(loaded.iconv).toBe(false);
    // "café" in ISO-8859-1: é is the single byte 0xE9.
    const page = decodePage(Buffer.from([0x63, 0x61, 0x66, 0xe9]), { 'content-type': 'text/html; charset=iso-8859-1' });
    expect(page).toEqual({ text: 'café', charset: 'iso-8859-1' });
  });
});
