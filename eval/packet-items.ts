/**
 * The items of a rendered text answer (eval/questions.ts), as a blind judging packet shows them (eval/judge-packet.ts): the
 * summary's points and the key points, and, when asked, the items of the secondary sections, each marked by its section.
 */

export type Section = 'summary' | 'key point' | 'quote' | 'key figure' | 'timeline' | 'difference';

export interface Item {
  section: Section;
  /** As the reader sees it: a quote with its speaker, a figure with its value and label, a date with its event. */
  text: string;
  /** The source's own words the item prints (without speaker, label or date): where its context is looked up. */
  sourceText: string;
  /** Ids of the documents it cites, as the answer's source list names them. */
  docIds: string[];
}

/** The secondary sections a text answer prints, by their heading (src/adapters/console/render-briefing.ts). */
const SECONDARY: Record<string, Section> = { 'Who said what:': 'quote', 'Key figures:': 'key figure', 'Timeline:': 'timeline', 'Where sources differ:': 'difference' };
/** A bullet line: its text, then its citations. */
const BULLET = /^• (.+?)\s*((?:\[\d+\])+)$/;
/** An item that only refers back to a sentence printed before it ("(see summary)") prints nothing of its own. */
const REFERENCE_ONLY = /^\(see [^)]+\)$/;

/**
 * The summary's points (each ends on its citations) and the key points of a rendered text answer; with `secondary`, then the
 * items of who said what, key figures, timeline and where sources differ (one item per difference, its sides together).
 * Figures that differ print values only, no sentence: not items.
 */
export function itemsOf(text: string, { secondary = false } = {}): { items: Item[]; lead?: string } {
  if (!text.startsWith('Briefing:')) return { items: [], lead: text.split('\n')[0] };
  const sources = new Map<string, string>();
  for (const m of (text.split('\nSources:\n')[1] ?? '').matchAll(/^\[(\d+)\] .*\(([^()]+)\)$/gm)) sources.set(m[1]!, m[2]!);
  const docs = (cites: string) => [...cites.matchAll(/\[(\d+)\]/g)].flatMap((m) => (sources.has(m[1]!) ? [sources.get(m[1]!)!] : []));
  const blocks = text.split('\n\n');
  const summary = blocks[1] ?? '';
  const items: Item[] = [...summary.matchAll(/(.+?)((?:\[\d+\])+)(?=\s|$)/gs)].map((m) => ({ section: 'summary', text: m[1]!.trim(), sourceText: m[1]!.trim(), docIds: docs(m[2]!) }));
  const keyBlock = blocks.find((b) => b.startsWith('Key points:'));
  for (const line of keyBlock?.split('\n').slice(1) ?? []) {
    const m = BULLET.exec(line.trim());
    if (m) items.push({ section: 'key point', text: m[1]!.trim(), sourceText: m[1]!.trim(), docIds: docs(m[2]!) });
  }
  const lead = items[0]?.text;
  if (secondary) for (const block of blocks) items.push(...secondaryItems(block, docs));
  return { items, lead };
}

function secondaryItems(block: string, docs: (cites: string) => string[]): Item[] {
  const [heading, ...lines] = block.split('\n');
  const section = SECONDARY[heading ?? ''];
  if (!section) return [];
  if (section === 'difference') return differenceItems(lines, docs);
  return lines.flatMap((line) => {
    const m = BULLET.exec(line.trim());
    if (!m) return [];
    const text = m[1]!.trim();
    // The printed sentence follows the speaker ("Name: "), the label ("value label — ") or the date ("1998-11-25: ").
    const sourceText = (section === 'key figure' ? text.split(' — ').slice(1).join(' — ') : text.replace(/^(?:undated \(“[^”]*”\)|[^:]+):\s*/, '')).trim();
    if (REFERENCE_ONLY.test(sourceText)) return [];
    return [{ section, text, sourceText: sourceText.replace(/^\((?:after|continues|see) [^)]+\)\s*/, ''), docIds: docs(m[2]!) }];
  });
}

/** "• On what:" then each side as "    [n] text": one item per difference, its sides one after the other. */
function differenceItems(lines: readonly string[], docs: (cites: string) => string[]): Item[] {
  const out: Item[] = [];
  for (const line of lines) {
    const opening = /^• (On .+:)$/.exec(line.trim());
    if (opening) {
      out.push({ section: 'difference', text: opening[1]!, sourceText: '', docIds: [] });
      continue;
    }
    const side = /^((?:\[\d+\])+) (.+)$/.exec(line.trim());
    const last = out.at(-1);
    if (!side || !last) continue;
    const sideText = side[2]!.replace(/^\((?:after|continues|see) [^)]+\)\s*/, '');
    last.text += ` ${side[1]} ${side[2]}`;
    last.sourceText ||= sideText;
    last.docIds.push(...docs(side[1]!));
  }
  return out;
}
