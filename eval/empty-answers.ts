/**
 * `npx tsx eval/empty-answers.ts [--per-set n] [--seed n] [--sample n] [--json file]`: how often a question the set answers gets a
 * briefing with no summary point (issue 16, item 2). Queries are made mechanically, not chosen by hand: from each set (the
 * 17 DUC 2004 dev clusters, the TAC 2011 clusters, the bundled set) a fixed random sample of pairs of a name and a salient
 * noun that stand in one sentence, each asked as "X Y" and as "what did X say about Y". A query counts when a sentence of
 * the set holds all its content stems (X's and Y's, as `queryStems` reads them); it fails when its briefing has no summary
 * point, or the library finds no match. Eval data is read from ../shared/eval and never copied.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seededRandom as random } from '../bench/corpus.js';
import { namesGlossedIn } from '../src/core/compose/empty-summary.js';
import { namesIn, needsOf } from '../src/core/index/introduced.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { inspectLibrary } from '../src/core/library/library.js';
import { stem, taggedWords } from '../src/core/nlp.js';
import { namesItNeeds, partsOf, unitOf, unitWithNamesHad } from '../src/core/summary/passages.js';
import { queryStems } from '../src/core/topics/read-query.js';
import { evalLibraries } from './eval-libraries.js';
import { ASKED_ON } from './question-sets.js';

interface Pair {
  name: string;
  noun: string;
}

/**
 * Each (name, noun) pair standing in one sentence: a name word `namesIn` reads (a full form's last word or a short form), and a
 * noun wink tags, of four letters or more, that is no name and whose stem stands in at least two sentences of the set (salient
 * to the set, not incidental to one sentence). Pairs are told apart by their stems.
 */
function pairsOf(sentences: readonly Sentence[]): Pair[] {
  const sentencesWith = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.stems)) sentencesWith.set(t, (sentencesWith.get(t) ?? 0) + 1);
  const seen = new Set<string>();
  const out: Pair[] = [];
  for (const s of sentences) {
    const { full, short } = namesIn(s.text);
    const names = [...full, ...short].filter((n) => n.length > 2);
    if (!names.length) continue;
    const nameStems = new Set(names.map((n) => stem(n.toLowerCase())));
    const nouns = taggedWords(s.text).filter((w) => w.pos === 'NOUN' && /^\p{Ll}{4,}$/u.test(w.word) && !nameStems.has(stem(w.lower)) && (sentencesWith.get(stem(w.lower)) ?? 0) >= 2);
    for (const name of names)
      for (const { word: noun } of nouns) {
        const key = `${stem(name.toLowerCase())}|${stem(noun)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name, noun });
      }
  }
  return out;
}

function sample<T>(items: readonly T[], n: number, next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

interface Row {
  set: string;
  query: string;
  form: 'words' | 'question';
  outcome: 'answered' | 'empty' | 'no match';
  /** For a failure with --why: the furthest an answering sentence got (`whyEmpty`). */
  why?: Why;
  noUnit?: NoUnit[];
  /** An empty briefing that says the asked speaker is not quoted on it (`Briefing.unsaid`): a reply, though no point. */
  unsaid?: true;
}

/**
 * How far the furthest of the sentences holding the query's stems got toward the summary: not in the query's pool; in it with
 * no unit to show it by (`unitOf` null: what it leans on is out of a passage's reach), not even by rule E36; with rule E36's
 * unit only; with a unit held back for a name it uses (`namesItNeeds`); or with a unit that selection still left out.
 */
type Why = 'not in pool' | 'no unit' | 'unit by rule E36' | 'held for a name' | 'selection';
const STAGES: readonly Why[] = ['not in pool', 'no unit', 'unit by rule E36', 'held for a name', 'selection'];
/**
 * Why an answering sentence has no unit: it would have one if an earlier sentence's introduction of a name (or only of a
 * description) were not fetched; or it has none even so (a chain of leaning sentences, a quotation or list too long).
 */
type NoUnit = 'name' | 'description' | 'name and description' | 'leaning or quotation';

function whyNoUnit(s: Sentence, sentencesOf: (id: string) => readonly Sentence[]): NoUnit {
  if (!unitOf(s, sentencesOf, 'without-introductions')) return 'leaning or quotation';
  const doc = sentencesOf(s.docId);
  // The needs of the sentences its passage would hold without introductions: the sentence and what it leans on.
  const span = partsOf(unitOf(s, sentencesOf, 'without-introductions')!);
  const needs = needsOf(doc);
  const name = span.some((p) => needs[p.position]!.name !== undefined && needs[p.position]!.name! < span[0]!.position);
  const description = span.some((p) => needs[p.position]!.description !== undefined && needs[p.position]!.description! < span[0]!.position);
  return name && description ? 'name and description' : name ? 'name' : description ? 'description' : 'leaning or quotation';
}

function whyEmpty(answering: readonly Sentence[], pool: ReadonlySet<string>, sentencesOf: (id: string) => readonly Sentence[]): Why {
  let best = 0;
  for (const s of answering) {
    if (!pool.has(`${s.docId}|${s.text}`)) continue;
    const unit = unitOf(s, sentencesOf);
    // Rule E36's unit, for a name the briefing glosses where the unit shows it (the question's own names are not read here).
    const had = !unit && unitWithNamesHad(s, sentencesOf, (shortForm, shown) => namesGlossedIn(shown, sentencesOf, []).has(shortForm));
    const stage = !unit ? (had ? 2 : 1) : unit === s && namesItNeeds(s, sentencesOf) ? 3 : 4;
    best = Math.max(best, stage);
  }
  return STAGES[best]!;
}

const { values } = parseArgs({
  options: {
    'per-set': { type: 'string', default: '10' },
    seed: { type: 'string', default: '36' },
    sample: { type: 'string', default: '25' },
    json: { type: 'string' },
    why: { type: 'boolean', default: false },
  },
});
const perSet = Number(values['per-set']);
const next = random(Number(values.seed));
const libraries = await evalLibraries();
const rows: Row[] = [];
const started = Date.now();
for (const [set, { library, sentencesOf, docIds }] of [...libraries].sort(([a], [b]) => a.localeCompare(b))) {
  const sentences = docIds.flatMap((id) => [...sentencesOf(id)]);
  for (const { name, noun } of sample(pairsOf(sentences), perSet, next)) {
    const wanted = queryStems(`${name} ${noun}`);
    // Only a query the set answers counts: one of its sentences holds every content stem.
    const answering = wanted.length ? sentences.filter((s) => wanted.every((t) => s.stems.includes(t))) : [];
    if (!answering.length) continue;
    for (const [form, query] of [
      ['words', `${name} ${noun}`],
      ['question', `what did ${name} say about ${noun}`],
    ] as const) {
      const result = library.brief(query, { length: 'standard', now: ASKED_ON });
      const outcome = !result.ok ? 'no match' : result.briefing.summary.length ? 'answered' : 'empty';
      const unsaid = result.ok && outcome === 'empty' && result.briefing.unsaid !== undefined;
      const pool = () =>
        new Set(
          inspectLibrary(library)
            .queryPool(query)
            .map((p) => `${p.docId}|${p.text}`),
        );
      rows.push({
        set,
        query,
        form,
        outcome,
        ...(unsaid ? { unsaid: true as const } : {}),
        ...(values.why && outcome !== 'answered' ? { why: whyEmpty(answering, pool(), sentencesOf), noUnit: answering.filter((a) => !unitOf(a, sentencesOf)).map((a) => whyNoUnit(a, sentencesOf)) } : {}),
      });
    }
  }
}

const failed = rows.filter((r) => r.outcome !== 'answered');
const rate = (rs: readonly Row[]) => `${rs.filter((r) => r.outcome !== 'answered').length}/${rs.length} (${((100 * rs.filter((r) => r.outcome !== 'answered').length) / Math.max(1, rs.length)).toFixed(1)}%)`;
console.log(`queries the set answers: ${rows.length} over ${libraries.size} sets (${perSet} pairs a set, seed ${values.seed}), ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`no summary point: ${rate(rows)}; empty ${rows.filter((r) => r.outcome === 'empty').length}, no match ${rows.filter((r) => r.outcome === 'no match').length}`);
console.log(`  of them, saying the asked speaker is not quoted on it: ${rows.filter((r) => r.unsaid).length}`);
for (const form of ['words', 'question'] as const) console.log(`  ${form}: ${rate(rows.filter((r) => r.form === form))}`);
for (const group of ['d3', 'M', 'ukraine']) console.log(`  sets ${group}…: ${rate(rows.filter((r) => r.set.startsWith(group)))}`);
if (values.why) {
  for (const why of STAGES) console.log(`  failures, ${why}: ${failed.filter((r) => r.why === why).length}`);
  const noUnit = failed.filter((r) => r.why === 'no unit' || r.why === 'unit by rule E36');
  const kinds: NoUnit[] = ['name', 'description', 'name and description', 'leaning or quotation'];
  // A failure is put down to names when every answering sentence's unit is missing for a name alone, and so on.
  for (const kind of kinds) console.log(`    no unit, every answering sentence for ${kind}: ${noUnit.filter((r) => r.noUnit!.length && r.noUnit!.every((k) => k === kind)).length}`);
  console.log(`    no unit, mixed reasons: ${noUnit.filter((r) => new Set(r.noUnit).size > 1).length}; answering sentences a failure: ${noUnit.map((r) => r.noUnit!.length).join(',')}`);
}
console.log('\nsample of failures:');
for (const r of sample(failed, Number(values.sample), random(1))) console.log(`  ${r.set}\t${r.outcome}\t${r.why ?? ''}\t${r.query}`);
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
