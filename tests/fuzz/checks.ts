import type { APIEmbed } from 'discord.js';
import type { DiscordMessage } from '../../src/adapters/discord/render.js';
import type { SlackMessage } from '../../src/adapters/slack/render.js';
import type { Briefing, Point } from '../../src/core/briefing.js';
import type { RawDocument } from '../../src/core/ingest/document.js';

/**
 * What every rendered message must be, written as problem lists so a failing fuzz case says
 * exactly what broke. Limits are the platforms' documented ones, spelled out here on purpose
 * rather than imported, so a wrong constant in src is caught.
 */

export function discordProblems(messages: readonly DiscordMessage[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  messages.forEach((message, m) => {
    const at = `discord message ${m}`;
    const content = message.content ?? '';
    if (content.length > 2000) problems.push(`${at}: content ${content.length} > 2000`);
    if (!content.trim() && message.embeds.length === 0) problems.push(`${at}: empty`);
    if (message.embeds.length > 10) problems.push(`${at}: ${message.embeds.length} embeds > 10`);
    if (message.allowedMentions.parse.length !== 0) problems.push(`${at}: allowed_mentions may ping`);
    let total = 0;
    message.embeds.forEach((embed, e) => {
      const where = `${at} embed ${e}`;
      for (const [name, value, max] of embedTexts(embed)) {
        if (value.length > max) problems.push(`${where}: ${name} ${value.length} > ${max}`);
        total += value.length;
      }
      if ((embed.fields?.length ?? 0) > 25) problems.push(`${where}: ${embed.fields!.length} fields > 25`);
      for (const field of embed.fields ?? []) if (!field.name.trim() || !field.value.trim()) problems.push(`${where}: empty field`);
    });
    if (total > 6000) problems.push(`${at}: embeds total ${total} > 6000`);
    for (const text of [content, ...message.embeds.flatMap((embed) => embedTexts(embed).map(([, value]) => value))]) {
      problems.push(...discordMarkupProblems(text).map((p) => `${at}: ${p}`));
    }
  });
  return problems;
}

function embedTexts(embed: APIEmbed): Array<[string, string, number]> {
  return [
    ['title', embed.title ?? '', 256],
    ['description', embed.description ?? '', 4096],
    ['footer', embed.footer?.text ?? '', 2048],
    ['author', embed.author?.name ?? '', 256],
    ...(embed.fields ?? []).flatMap(
      (f): Array<[string, string, number]> => [
        ['field name', f.name, 256],
        ['field value', f.value, 1024],
      ],
    ),
  ];
}

/** Mention, chip and masked-link syntax that would act on Discord, as opposed to the escaped forms. */
export function discordMarkupProblems(rendered: string): string[] {
  const problems: string[] = [];
  // The renderer's own timestamps ("New since <t:…:f>") are wanted; the fuzz documents' one is 1700000000.
  const stamped = rendered.replace(/<t:(\d+):[a-zA-Z]>/g, (token, seconds: string) => (seconds === '1700000000' ? token : ''));
  // A source line's own link (its title to the article's http(s) address, which a document may state) is wanted.
  const text = stamped.replace(/(^|\n)(\*\*\[\d+\]\*\* )\[((?:\\.|[^\]\\])*)\]\(https?:\/\/[^\s()<>]+\)/g, '$1$2$3');
  if (/@(everyone|here)/i.test(text)) problems.push(`live @everyone/@here in ${JSON.stringify(text.slice(0, 200))}`);
  if (/<(?=[@#/:]|a:|t:|id:)/.test(text)) problems.push(`live <@…>/<#…> style token in ${JSON.stringify(text.slice(0, 200))}`);
  if (/(?<!\\)\[[^[\]]*\]\(/.test(text)) problems.push(`live masked link in ${JSON.stringify(text.slice(0, 200))}`);
  return problems;
}

export function slackProblems(messages: readonly SlackMessage[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  messages.forEach((message, m) => {
    const at = `slack message ${m}`;
    if (!message.text.trim()) problems.push(`${at}: empty fallback text`);
    if (message.text.length > 40_000) problems.push(`${at}: text ${message.text.length} > 40000`);
    if (message.blocks.length > 50) problems.push(`${at}: ${message.blocks.length} blocks > 50`);
    let total = 0;
    const texts: string[] = [message.text];
    for (const block of message.blocks) {
      if (block.type === 'header') {
        if (block.text.text.length > 150) problems.push(`${at}: header ${block.text.text.length} > 150`);
        total += block.text.text.length;
      } else if (block.type === 'section') {
        if (block.text.text.length > 3000) problems.push(`${at}: section ${block.text.text.length} > 3000`);
        if (!block.text.text.trim()) problems.push(`${at}: empty section`);
        total += block.text.text.length;
        texts.push(block.text.text);
      } else if (block.type === 'context') {
        if (block.elements.length > 10) problems.push(`${at}: ${block.elements.length} context elements > 10`);
        for (const element of block.elements) {
          if (element.text.length > 3000) problems.push(`${at}: context text ${element.text.length} > 3000`);
          texts.push(element.text);
        }
        total += block.elements.reduce((sum, e) => sum + e.text.length, 0);
      }
    }
    // chat.postMessage refuses about 12,000 characters of block text (msg_blocks_too_long).
    if (total >= 12_000) problems.push(`${at}: block text ${total} >= 12000`);
    for (const text of texts) problems.push(...slackMarkupProblems(text).map((p) => `${at}: ${p}`));
  });
  return problems;
}

/**
 * In mrkdwn only `<…>` makes mentions and links, and `&` starts an entity; neither may appear raw
 * beyond the renderer's own forms.
 */
export function slackMarkupProblems(rendered: string): string[] {
  const problems: string[] = [];
  // The renderer's own block quotes ("> " opening a line) and a source line's link to the article's http(s) address are wanted.
  const text = rendered.replace(/^> /gm, '').replace(/^(\[\d+\] )<https?:\/\/[^\s<>|]+\|([^<>]*)>/gm, '$1$2');
  if (/[<>]/.test(text)) problems.push(`raw < or > in ${JSON.stringify(text.slice(0, 200))}`);
  if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push(`raw & in ${JSON.stringify(text.slice(0, 200))}`);
  return problems;
}

/** A terminal must not receive control sequences from a document: only newlines (and tabs) pass. */
export function consoleProblems(text: string): string[] {
  const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(text);
  return bad ? [`control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} in console output`] : [];
}

/** Every sentence a briefing shows, with the source it cites first. */
export function shownSentences(briefing: Briefing): Array<{ text: string; source: number; parts?: string[] }> {
  const points = (ps: readonly Point[]) => ps.map((p) => ({ text: p.text, source: p.citations[0]!.source, parts: p.parts }));
  return [
    ...points(briefing.summary),
    ...points(briefing.keyPoints),
    ...points(briefing.differences.flatMap((d) => d.sides)),
    ...briefing.quotes.map((q) => ({ text: q.text, source: q.citation.source, parts: q.parts })),
    ...briefing.figures.map((f) => ({ text: f.text, source: f.citation.source, parts: f.parts })),
    ...briefing.timeline.map((t) => ({ text: t.text, source: t.citation.source, parts: t.parts })),
  ];
}

/** Whether each piece is a stretch of the document, in order. */
function inOrder(pieces: readonly string[], original: string): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = original.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * Sentences that are not a stretch of the document they cite. Compared as a reader sees them:
 * whitespace runs count as one space, and invisible control and format characters (NUL, bidi
 * marks, zero-width joiners, BOM), which cleaning may drop, are left out on both sides.
 */
export function unfaithfulSentences(briefing: Briefing, documents: readonly RawDocument[]): string[] {
  const flat = (text: string) =>
    text
      // Vertical tab and form feed too: cleaning drops them, it does not read them as spaces.
      .replace(/[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
  const texts = new Map(documents.map((d) => [d.id, flat(d.text)]));
  return shownSentences(briefing)
    .filter(({ text, source, parts }) => {
      const docId = briefing.sources.find((s) => s.n === source)?.docId;
      const original = docId === undefined ? undefined : texts.get(docId);
      // A passage is its sentences, each verbatim and in order, joined by a space.
      return original === undefined || (parts ? parts.join(' ') !== text || !inOrder(parts.map(flat), original) : !original.includes(flat(text)));
    })
    .map(({ text, source }) => `[${source}] ${JSON.stringify(text.slice(0, 200))}`);
}
