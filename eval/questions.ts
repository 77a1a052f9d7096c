/**
 * `npx tsx eval/questions.ts [out.json]`: answers the questions listed in docs/quality.md
 * ("Reading: editor's rules and questions") on their sets, for blind judging. Eval data is read
 * from ../shared/eval and never copied; answers go to the given file (default: stdout).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { renderText } from '../src/adapters/console/render.js';
import { ASKED_ON, questionLibraries } from './question-sets.js';

interface Question {
  n: number;
  set: string;
  query: string;
}

/** Rows "| n | cluster | query |" (or "| n | query |" for the bundled set) of the questions section. */
const QUESTION_TABLES = new Set(['#|cluster|query', '#|query']);

export function questionsOf(markdown: string): Question[] {
  const section = markdown.split('### Questions')[1]?.split('\n## ')[0] ?? '';
  const out: Question[] = [];
  // Only rows of the question tables count: other tables in the docs (tallies, before/after reads) also open on a number.
  let header = '';
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      header = '';
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === '#') header = cells.join('|');
    if (!QUESTION_TABLES.has(header) || !/^\d+$/.test(cells[0] ?? '')) continue;
    out.push(cells.length === 3 ? { n: Number(cells[0]), set: cells[1]!, query: cells[2]! } : { n: Number(cells[0]), set: 'ukraine-peace-talks', query: cells[1]! });
  }
  return out;
}

/** Question numbers as a command line writes them: "1-29,33". */
export function questionNumbers(spec: string): Set<number> {
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let n = a!; n <= (b ?? a!); n++) out.add(n);
  }
  return out;
}

// Run only as a script: eval/alone-points.ts and eval/leaning-kinds.ts import questionsOf, and must not answer every
// question on import.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
  const clusters = await questionLibraries(new Set(questions.map((q) => q.set)));

  const answers = questions.map((q) => {
    const library = clusters.get(q.set);
    if (!library) return { ...q, answer: '(set not available)' };
    const result = library.brief(q.query, { length: 'short', now: ASKED_ON });
    return { ...q, answer: renderText(result.ok ? { kind: 'briefing', briefing: result.briefing } : { kind: 'no-match', noMatch: result.noMatch }, 'text') };
  });
  const json = `${JSON.stringify(answers, null, 2)}\n`;
  if (process.argv[2]) writeFileSync(process.argv[2], json);
  else process.stdout.write(json);
}
