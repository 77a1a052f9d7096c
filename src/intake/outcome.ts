/** Why an article could not be added, in words for the person who pasted the link. */
export type IntakeFailure =
  | 'not-http'
  | 'bad-url'
  | 'private-address'
  | 'not-found'
  | 'http-error'
  | 'timed-out'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-html'
  | 'not-an-article'
  | 'too-short'
  | 'paywalled'
  | 'unreachable'
  | 'malformed-feed';

/** What adding one article came to. */
export type IntakeOutcome = { ok: true; status: 'added' | 'updated' | 'already-stored'; title: string; outlet: string; file: string; language: string } | { ok: false; failure: IntakeFailure; reason: string };
