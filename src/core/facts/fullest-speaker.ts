import { DESCRIPTION_LABEL, speakerKey } from './quotes.js';

/**
 * The label each speaker is shown under: the fullest form the given speakers (one answer's quotes) have for the same voice
 * ("Primakov" in one article, "Yevgeny Primakov" in another), when exactly one longer form ends on the label's words; the
 * label as written otherwise. A speaker's full name is read within its own article; this joins the articles of one answer.
 */
export function fullestSpeakerForms(speakers: readonly string[]): (speaker: string) => string {
  const byKey = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    const key = speakerKey(speaker);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(speaker));
  }
  return (speaker) => {
    const forms = [...(byKey.get(speakerKey(speaker)) ?? [])];
    // "Jomo (Malaysia's …)": a one-word name labelled with its description (rule S2, issue 16speaker) takes a full name the
    // answer gives the same voice ("K.S. Jomo") as well (amendment A1).
    const name = speaker.replace(DESCRIPTION_LABEL, '');
    const longer = forms.filter((form) => form.length > name.length && form.endsWith(` ${name}`) && namesBefore(form, name));
    // Two longer forms ("Dennis Shepard", "Judy Shepard") are two people a label alone cannot tell apart: it stays.
    const fullest = longer.filter((form) => !longer.some((other) => other.length > form.length && other.endsWith(` ${form}`)));
    if (fullest.length === 1) return fullest[0]!;
    if (fullest.length || name !== speaker) return speaker;
    // "Deborah (Hickey's sister)" in one article is the fuller form of another's "Deborah".
    const described = forms.filter((form) => form.startsWith(`${name} (`));
    return described.length === 1 ? described[0]! : speaker;
  };
}

/**
 * Amendment, written after measuring: "Dennis and Judy Shepard" ends on "Judy Shepard" but names two people. The words a
 * fuller form adds before the label are given names or initials, each capitalised; a joining word makes it another voice.
 */
const namesBefore = (form: string, label: string) =>
  form
    .slice(0, -label.length - 1)
    .split(' ')
    .every((w) => /^\p{Lu}/u.test(w));
