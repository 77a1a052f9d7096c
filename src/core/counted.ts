/** A count with its noun in the number English gives it: "1 document", "2 documents", "1 topic". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
