import { regExpLiteral } from '../regexp-literal.js';
/**
 * "How old is X": a sentence that gives X's age as a description does ("Mahathir, 72,", "the 72-year-old
 * Mahathir", "Mahathir, aged 72"). An age is no key figure (the gold guide), so the figure test never answers
 * such a question. English forms of writing an age, not words of any story. The patterns are made once a
 * question, then tried on every unit of its pool.
 */
export function statesAgeOf(name: readonly string[]): (text: string) => boolean {
  const surname = name.at(-1);
  if (!surname) return () => false;
  const n = regExpLiteral(surname);
  const forms = [
    // The asked name may run on into the rest of the name: "Tarvik Osman, 72,".
    new RegExp(`\\b${n}(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:['’]s)?,\\s*(?:aged\\s+)?\\d{1,3},`, 'u'),
    new RegExp(`\\b\\d{1,3}-year-old\\b[^.;]{0,60}\\b${n}\\b`, 'u'),
    new RegExp(`\\b${n}\\b[^.;]{0,40}\\b(?:aged|age of)\\s+\\d{1,3}\\b`, 'u'),
    new RegExp(`\\b${n}\\b[^.;]{0,40}\\b(?:is|was|turns|turned)\\s+\\d{1,3}(?:\\s+years\\s+old)?\\b(?!\\s*(?:percent|%|million|billion|people|[a-z]+s\\b))`, 'u'),
  ];
  return (text) => forms.some((form) => form.test(text));
}
