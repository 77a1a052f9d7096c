/**
 * A stored set's sentence extras — the figures, speech and chrono readings a sentence holds beyond its packed fields
 * (pack-analysis.ts's `rest`) — as one list of numbers a document, their strings numbers into the set's table. In v8's
 * structured clone they were tens of thousands of small objects a thousand articles, and reading them back was most of
 * reading the stored set; the numbers are one typed array a document, and the objects are made again as they were.
 * Only records of exactly the known shapes are packed (same keys, same order, same types); any other record, such as a
 * field a later version adds, stays in `rest` as it is.
 */

/** One sentence's extras: its number in the document and its fields, as pack-analysis.ts keeps them. */
export type SentenceExtras = [number, Record<string, unknown>];

const FIGURES = 1;
const NO_SPEECH = 2;
const SPEECH = 4;
const CHRONO = 8;
/** Which of a found date's month, day and weekday chrono gives none for (null). */
const NULL_MONTH = 1;
const NULL_DAY = 2;
const NULL_WEEKDAY = 4;

const RECORD_KEYS = ['figures', 'speech', 'chronoReading'];
const FIGURE_KEYS = ['value', 'counts'];
const SPEECH_KEYS = ['speaker', 'named'];
const READING_KEYS = ['instant', 'length', 'found'];
const FOUND_KEYS = ['text', 'index', 'certain', 'month', 'day', 'weekday', 'start'];

/** Splits a document's extras into the numbers of those of a known shape and the records left as they are. */
export function packExtras(rest: readonly SentenceExtras[], idOf: (s: string) => number): { extras: Float64Array; rest: SentenceExtras[] } {
  const out: number[] = [];
  const left: SentenceExtras[] = [];
  for (const record of rest) {
    const at = out.length;
    if (!packRecord(record, idOf, out)) {
      out.length = at;
      left.push(record);
    }
  }
  return { extras: Float64Array.from(out), rest: left };
}

/**
 * Sets the fields packExtras packed on the sentences they belong to, as Object.assign of each record made again would (the
 * same fields in the same order), without the records: a hundred thousand at 10,000 articles. A number past the sentences
 * sets nothing, as the record was never looked up; throws on numbers that do not add up.
 */
export function unpackExtras(extras: Float64Array, at: (n: number) => string, sentences: readonly object[]): void {
  let i = 0;
  const next = () => {
    if (i >= extras.length) throw new Error('sentence extras run past their numbers');
    return extras[i++]!;
  };
  while (i < extras.length) {
    const sentence = sentences[next()] as Record<string, unknown> | undefined;
    const kinds = next();
    let figures: { value: string; counts: string }[] | undefined;
    if (kinds & FIGURES) {
      figures = [];
      for (let n = next(); n > 0; n--) figures.push({ value: at(next()), counts: at(next()) });
    }
    let speech: { speaker: string; named: boolean } | undefined;
    if (kinds & SPEECH && !(kinds & NO_SPEECH)) speech = { speaker: at(next()), named: next() === 1 };
    let chronoReading: { instant: number; length: number; found: Record<string, unknown>[] } | undefined;
    if (kinds & CHRONO) {
      const instant = next();
      const length = next();
      const found: Record<string, unknown>[] = [];
      for (let n = next(); n > 0; n--) {
        const text = at(next());
        const index = next();
        const certain = next();
        const nulls = next();
        const month = next();
        const day = next();
        const weekday = next();
        const start = next();
        found.push({ text, index, certain, month: nulls & NULL_MONTH ? null : month, day: nulls & NULL_DAY ? null : day, weekday: nulls & NULL_WEEKDAY ? null : weekday, start });
      }
      chronoReading = { instant, length, found };
    }
    if (!sentence) continue;
    if (kinds & FIGURES) sentence.figures = figures;
    if (kinds & (NO_SPEECH | SPEECH)) sentence.speech = speech;
    if (kinds & CHRONO) sentence.chronoReading = chronoReading;
  }
}

function packRecord([sentence, record]: SentenceExtras, idOf: (s: string) => number, out: number[]): boolean {
  const keys = Object.keys(record);
  if (!keys.length || !inOrderOf(keys, RECORD_KEYS)) return false;
  let kinds = 0;
  const kindsAt = out.length + 1;
  out.push(sentence, 0);
  if ('figures' in record) {
    const figures = record.figures;
    if (!Array.isArray(figures)) return false;
    kinds |= FIGURES;
    out.push(figures.length);
    for (const figure of figures) {
      if (!hasKeys(figure, FIGURE_KEYS) || typeof figure.value !== 'string' || typeof figure.counts !== 'string') return false;
      out.push(idOf(figure.value), idOf(figure.counts));
    }
  }
  if ('speech' in record) {
    const speech = record.speech;
    if (speech === undefined) kinds |= NO_SPEECH;
    else if (hasKeys(speech, SPEECH_KEYS) && typeof speech.speaker === 'string' && typeof speech.named === 'boolean') {
      kinds |= SPEECH;
      out.push(idOf(speech.speaker), speech.named ? 1 : 0);
    } else return false;
  }
  if ('chronoReading' in record) {
    const reading = record.chronoReading;
    if (!hasKeys(reading, READING_KEYS) || typeof reading.instant !== 'number' || typeof reading.length !== 'number' || !Array.isArray(reading.found)) return false;
    kinds |= CHRONO;
    out.push(reading.instant, reading.length, reading.found.length);
    for (const found of reading.found) {
      if (!hasKeys(found, FOUND_KEYS) || typeof found.text !== 'string' || typeof found.index !== 'number' || typeof found.certain !== 'number' || typeof found.start !== 'number') return false;
      const { month, day, weekday } = found;
      if (![month, day, weekday].every((v) => v === null || typeof v === 'number')) return false;
      const nulls = (month === null ? NULL_MONTH : 0) | (day === null ? NULL_DAY : 0) | (weekday === null ? NULL_WEEKDAY : 0);
      out.push(idOf(found.text), found.index, found.certain, nulls, (month as number | null) ?? 0, (day as number | null) ?? 0, (weekday as number | null) ?? 0, found.start);
    }
  }
  out[kindsAt] = kinds;
  return true;
}

/** A plain object whose own keys are exactly these, in this order. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const own = Object.keys(value);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

/** Every key is one of `order`, each at most once, in that order. */
function inOrderOf(keys: readonly string[], order: readonly string[]): boolean {
  let from = 0;
  for (const k of keys) {
    const at = order.indexOf(k, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}
