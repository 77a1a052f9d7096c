/** A quiet day's one line; `since` as the platform shows a time. */
export function quietLine(since: string | undefined): string {
  return since ? `Nothing new since ${since}.` : 'Nothing new yet.';
}
