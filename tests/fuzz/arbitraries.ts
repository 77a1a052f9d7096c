import fc from 'fast-check';
import type { RawDocument } from '../../src/core/ingest/document.js';

/** Runs per property; CI keeps the default, a developer may turn it down or up. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 500));

/** Characters that break naive text handling: controls, bidi marks, joiners, BOM, combining marks. */
export const NASTY_CHARS = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\r',
  '\t',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u0301',
  '\u00a0',
  '\u3000',
] as const;

/** Mention, link and markup syntax of every platform, as a document might contain it. */
export const MARKUP_TOKENS = [
  '@everyone',
  '@here',
  '@Everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#123456789012345678>',
  '</brief:1234567890>',
  '<t:1700000000:R>',
  '<a:party:123456789012345678>',
  '<:emoji:12345678901>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123ABC>',
  '<@U0123ABCD>',
  '<#C0123ABCD|general>',
  '<https://evil.example|click me>',
  '<mailto:a@b.example|mail>',
  '[click here](https://evil.example)',
  '[x](<https://e.example>)',
  '**bold**',
  '__under__',
  '~~strike~~',
  '||spoiler||',
  '`code`',
  '```js\nalert(1)\n```',
  '> quoted',
  '>>> all quoted',
  '# Heading',
  '-# small',
  '- bullet',
  '1. item',
  '*',
  '_',
  '~',
  '\\',
  '&',
  '&amp;',
  '&lt;',
  '&gt;',
  '<',
  '>',
  '<script>alert(1)</script>',
  ':skull:',
  'https://bare.example/path?q=1',
  '\u001b[31mred\u001b[0m',
] as const;

const WORDS = [
  'Ukraine',
  'Russia',
  'ceasefire',
  'talks',
  'security',
  'guarantees',
  'minister',
  'said',
  'troops',
  'border',
  'sanctions',
  'peace',
  'agreement',
  'Europe',
  'leaders',
  'summit',
  'Monday',
  'August',
  'percent',
  'billion',
  'the',
  'a',
  'of',
  'and',
  'will',
  'would',
  'not',
  'on',
  'in',
  'President',
  'Zelensky',
  'Putin',
  'Trump',
  'NATO',
  'forces',
  'deal',
  'land',
  'war',
  '5',
  '30-day',
  '$350',
  '2025',
  'U.S.',
  'Dr.',
  'e.g.',
  '—',
  '“quoted”',
  'Київ',
  'مرحبا',
  'שלום',
  '日本語',
  '👩‍👩‍👧',
  '🇺🇦',
] as const;

const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP_TOKENS) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const sentence = fc.tuple(fc.array(token, { minLength: 1, maxLength: 24 }), fc.constantFrom('.', '!', '?', '', '."', '…')).map(([tokens, end]) => `${tokens.join(' ')}${end}`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

/** A document's text: paragraphs with any line ending, sometimes hard-wrapped, sometimes front matter-like. */
export const documentText = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\u2029'), fc.constantFrom('', '---\ntitle: x\n---\n', 'date 2025-08-19\n', '---\n: [\n---\n'))
  .map(([paragraphs, separator, head]) => `${head}${paragraphs.join(separator)}`);

export const documents = fc.array(documentText, { minLength: 1, maxLength: 4 }).map((texts): RawDocument[] => texts.map((text, i) => ({ id: `doc-${i}.txt`, text })));

/** What a user might type as a query: words, markup, or anything at all. */
export const queryText = fc.oneof(
  fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** One line of exactly 1 MiB, with mentions and markup inside it. */
export function oneMegabyteLine(): string {
  const chunk = 'Ukraine said the ceasefire talks @everyone <!channel> [x](https://evil.example) would resume \u202e on Monday; ';
  return chunk.repeat(Math.ceil((1 << 20) / chunk.length)).slice(0, 1 << 20);
}
