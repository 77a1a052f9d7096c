import { afterSummaryLine, type Citation, type DifferingFigure, differingValueNote, NOTHING_CITABLE_LINE, notesOf, type Point, quoteLabel, type ShownAt, type Source, unsaidLine } from '../core/briefing.js';
import { figureLabel } from '../core/compose/figure-label.js';
import { afterNote, seeAlso } from '../core/compose/shown-once.js';
import { sourceDetails } from '../core/compose/source-details.js';
import { httpUrl } from '../core/ingest/meta-values.js';
import { printedText } from '../core/printed-text.js';
import type { StoredBriefing } from '../store/store.js';
import { escapeHtml } from './html.js';

/** Every text the page prints: the wire's typesetting set as a reader expects, then escaped. */
function h(text: string): string {
  return escapeHtml(printedText(text));
}

/** Where the page's own stylesheet and icon are served; the CSP allows nothing else. */
export const STYLESHEET_PATH = '/assets/briefing.css';
export const ICON_PATH = '/assets/icon.svg';

/** The id of a cited sentence in the page: the anchor a citation link jumps to. */
export const sentenceId = (c: Citation) => `s${c.source}-p${c.paragraph}-${c.sentence}`;

/**
 * The whole briefing as one HTML page: every section untrimmed, then the text of each cited
 * article, every sentence an anchor. A citation is a link to its sentence, which :target styling
 * highlights, so it works with no script. All document text is escaped.
 */
export function renderBriefingPage(stored: StoredBriefing): string {
  const { briefing } = stored;
  const sourceByN = new Map(briefing.sources.map((s) => [s.n, s]));
  const present = new Set<string>();
  for (const article of stored.articles) {
    const n = briefing.sources.find((s) => s.docId === article.docId)?.n;
    if (n === undefined) continue;
    article.paragraphs.forEach((sentences, p) => sentences.forEach((_, i) => present.add(sentenceId({ source: n, paragraph: p, sentence: i }))));
  }
  const cite = (citations: readonly Citation[]) =>
    citations
      .map((c) => {
        const source = sourceByN.get(c.source);
        const target = present.has(sentenceId(c)) ? sentenceId(c) : `source-${c.source}`;
        const label = `Source ${c.source}${source ? `, ${source.title}` : ''}: show the sentence`;
        return `<a class="cite" href="#${target}" aria-label="${h(label)}">[${c.source}]</a>`;
      })
      .join('');
  // A sentence is printed once; a later section refers back to it, as in chat.
  const text = (item: { text: string; shownAt?: ShownAt; after?: ShownAt }) => (item.shownAt ? `<em>(${h(seeAlso(item.shownAt))})</em>` : `${item.after ? `<em>(${h(afterNote(item.after))})</em> ` : ''}${h(item.text)}`);
  // Who a point's one-word names are, then whose view it is: composed notes, set apart from the verbatim sentence (`notesOf`).
  const attribution = (item: { names?: Point['names']; attribution?: string }) =>
    notesOf(item)
      .map((note) => ` <span class="attribution">(${h(note)})</span>`)
      .join('');
  const point = (p: Point) => `${text(p)}${attribution(p)} ${cite(p.citations)}`;
  // A quote, figure or date says who its one-word names are, and whose view it is, where it prints its sentence, as in chat.
  const fact = (item: { text: string; shownAt?: ShownAt; after?: ShownAt; names?: Point['names']; attribution?: string }) => `${text(item)}${item.shownAt ? '' : attribution(item)}`;
  const differing = (d: DifferingFigure) => `<strong>${h(d.counts)}</strong>: ${d.values.map((v) => `${h(v.value)} (${h(differingValueNote(v))}) ${cite(v.citations)}`).join(' · ')}`;
  const when = (t: { date: string | null; when: string; inferred?: boolean }) => (t.date === null ? t.when : `${t.date}${t.inferred ? ' (year inferred)' : ''}`);
  const afterSummary = afterSummaryLine(briefing);
  const sections = [
    section('summary', 'Summary', `${briefing.summary.length ? `<p>${briefing.summary.map(point).join(' ')}</p>` : ''}${afterSummary ? `<p class="unstated">${h(afterSummary)}</p>` : ''}`),
    section('key-points', 'Key points', list('ul', briefing.keyPoints.map(point))),
    section(
      'quotes',
      'Quotes',
      list(
        'ul',
        briefing.quotes.map((q) => {
          const label = quoteLabel(q);
          return `${fact(q)}${label ? ` <span class="speaker">— ${h(label)}</span>` : ''} ${cite([q.citation])}`;
        }),
      ),
    ),
    section(
      'figures',
      'Figures',
      list(
        'ul',
        briefing.figures.map((f) => `<strong>${h(figureLabel(f))}</strong> — ${fact(f)} ${cite([f.citation])}`),
      ),
    ),
    section('figures-differ', 'Figures that differ', list('ul', (briefing.figuresThatDiffer ?? []).map(differing))),
    section(
      'timeline',
      'Timeline',
      list(
        'ol',
        briefing.timeline.map((t) => `<strong>${h(when(t))}</strong> — ${fact(t)} ${cite([t.citation])}`),
      ),
    ),
    section('differences', 'Where sources differ', briefing.differences.map((d) => `<p class="question">${h(d.question)}</p>${list('ul', d.sides.map(point))}`).join('')),
  ].filter(Boolean);
  const articles = briefing.sources.map((source) => articleHtml(source, stored.articles.find((a) => a.docId === source.docId)?.paragraphs));
  const count = briefing.sources.length;
  const title = `Briefing: ${briefing.topic.asked ?? briefing.topic.title}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to the briefing</a>
<header class="masthead">
<h1>${h(title)}</h1>
<p class="meta">${h(briefing.set)} · ${count} ${count === 1 ? 'source' : 'sources'} · ${h(briefing.length)} · generated ${h(readableInstant(briefing.generatedAt))}</p>
${briefing.unsaid ? `<p class="unstated">${h(unsaidLine(briefing.unsaid))}</p>\n` : ''}<p class="hint">Every sentence is quoted from a source. Select a number such as [1] to read the sentence in its article.</p>
</header>
<div class="layout">
<main id="main" tabindex="-1">
${sections.length ? sections.join('\n') : `<p>${NOTHING_CITABLE_LINE}</p>`}
</main>
<aside class="sources" aria-labelledby="sources-heading" tabindex="0">
<h2 id="sources-heading">Sources</h2>
${articles.join('\n')}
</aside>
</div>
<footer class="colophon"><p>This page shows the briefing as it was posted; its link expires ${h(readableInstant(stored.expiresAt))}.</p></footer>
</body>
</html>
`;
}

function section(id: string, heading: string, body: string): string {
  return body ? `<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${body}</section>` : '';
}

function list(tag: 'ul' | 'ol', items: string[]): string {
  return items.length ? `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>` : '';
}

function articleHtml(source: Source, paragraphs: string[][] | undefined): string {
  const url = httpUrl(source.url);
  const details = sourceDetails(source).map(h);
  if (url) details.push(`<a href="${h(url)}" rel="noopener noreferrer">Original article</a>`);
  const body = paragraphs?.length
    ? paragraphs
        .map((sentences, p) => (sentences.length ? `<p>${sentences.map((text, i) => `<span class="sentence" id="${sentenceId({ source: source.n, paragraph: p, sentence: i })}" tabindex="-1">${h(text)}</span>`).join(' ')}</p>` : ''))
        .filter(Boolean)
        .join('\n')
    : '<p class="missing">The article\'s text was not kept with this briefing.</p>';
  return `<article id="source-${source.n}" aria-labelledby="source-${source.n}-title" tabindex="-1">
<h3 id="source-${source.n}-title"><span class="n">[${source.n}]</span> ${h(source.title)}</h3>
${details.length ? `<p class="meta">${details.join(' · ')}</p>` : ''}
${body}
<p class="back"><a href="#main">Back to the briefing</a></p>
</article>`;
}

/** "2025-08-20 09:00 UTC": the same for every reader, as the page is server-rendered. */
function readableInstant(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
