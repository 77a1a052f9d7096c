/**
 * The briefing page's only stylesheet, served from the bot itself (the CSP allows nothing else).
 * One column on a phone, the sources beside the briefing on a wide screen, one flowing column on paper.
 * A cited sentence is highlighted with :target, so no script is needed.
 */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --link: #1f4e8c; --rule: #cbd5e0; --mark: #fff1a8; --mark-edge: #8a5a00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--link); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #2b6cb0; outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem 0.75rem; border: 2px solid var(--link); z-index: 2; }
.skip:focus { top: 0.5rem; }
.masthead { padding: 1.25rem 1rem 0.75rem; border-bottom: 1px solid var(--rule); }
.masthead h1 { margin: 0 0 0.25rem; font-size: 1.6rem; line-height: 1.25; }
.meta, .hint { margin: 0.25rem 0; color: var(--muted); font-size: 0.9375rem; }
.unstated { margin: 0.5rem 0; font-style: italic; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); }
main, .sources { padding: 0.5rem 1rem 2rem; }
main:focus { outline: none; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.0625rem; margin: 1.5rem 0 0.25rem; line-height: 1.35; }
ul, ol { padding-left: 1.25rem; }
li { margin: 0.4rem 0; }
.question { font-style: italic; margin: 0.75rem 0 0.25rem; }
.speaker { color: var(--muted); }
a.cite { display: inline-block; min-width: 1.75rem; padding: 0 0.15rem; text-align: center; text-decoration: none; font-weight: 600; font-size: 0.9375rem; }
a.cite:hover { text-decoration: underline; }
.sources { border-top: 1px solid var(--rule); background: #f7fafc; }
.sources article { padding-bottom: 0.5rem; border-bottom: 1px solid var(--rule); }
.sources .n { color: var(--muted); }
.sentence { scroll-margin: 5rem 0; border-radius: 3px; }
.sentence:target, .sentence:focus { background: var(--mark); box-shadow: 0 0 0 2px var(--mark-edge); outline: none; }
.back { font-size: 0.9375rem; }
.missing { color: var(--muted); font-style: italic; }
.colophon { padding: 1rem; color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--rule); }
@media (min-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  main { padding: 0.5rem 2rem 2rem; max-width: 48rem; }
  .sources { position: sticky; top: 0; height: 100vh; overflow-y: auto; border-top: 0; border-left: 1px solid var(--rule); }
}
@media print {
  body { font-size: 11pt; }
  .skip, .back, .hint { display: none; }
  .layout { display: block; }
  .sources { position: static; height: auto; overflow: visible; border: 0; background: none; break-before: page; }
  a { color: inherit; }
  .meta a[href^="http"]::after { content: " (" attr(href) ")"; word-break: break-all; }
  .sentence:target { background: none; box-shadow: none; }
}
`;

/** A plain mark for the browser tab, so the browser's icon request is answered by the bot itself. */
export const ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d3557"/><path d="M4 4h8v2H4zm0 3h8v2H4zm0 3h5v2H4z" fill="#fff"/></svg>';
