/**
 * The figures and dates a text states, as written: digit groups (read as `sameNumbers` reads them: "1,500" and "1500"
 * alike), number words and date words. A near copy may leave its sentence to one printed before only when the reader
 * loses none of these (docs/quality.md, "Twenty-third round (issue 16once2)").
 */
const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter)\b/gi;
const DATE_WORDS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|tomorrow|tonight)\b/gi;

export function figuresAndDates(text: string): Set<string> {
  return new Set([
    ...(text.match(/\d[\d,./]*/g) ?? []).map((n) => n.replace(/[,.]+$/, '').replace(/,/g, '')),
    ...(text.match(NUMBER_WORDS) ?? []).map((w) => w.toLowerCase()),
    ...(text.match(DATE_WORDS) ?? []).map((w) => w.toLowerCase()),
  ]);
}

/** Whether every figure and date `text` states is stated by one of `printed` (another sentence, an item's label). */
export function figuresAndDatesIn(text: string, ...printed: readonly string[]): boolean {
  const shown = new Set(printed.flatMap((p) => [...figuresAndDates(p)]));
  for (const mark of figuresAndDates(text)) if (!shown.has(mark)) return false;
  return true;
}
