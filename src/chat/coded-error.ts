/**
 * Why a user's command was not done, as a code adapters and tests match on; `message` is what the
 * user reads, and only the user reads it.
 */
export type ErrorCode =
  /** Something broke while answering; the log has the rest. */
  | 'failed'
  /** The user may not do this here (not a channel manager, not the asker, cannot post). */
  | 'forbidden'
  /** This deployment does not offer it (no store, one set, no intake). */
  | 'unavailable'
  /** What the command names does not exist (a set, a topic gone since). */
  | 'not-found'
  /** A stored briefing is past its link's expiry, or was never kept. */
  | 'expired'
  /** The command's words or options do not say something we can do. */
  | 'invalid-input'
  /** A link could not be fetched or read into the set. */
  | 'add-link-failed';

export interface CodedError {
  code: ErrorCode;
  message: string;
}

export const codedError = (code: ErrorCode, message: string): CodedError => ({ code, message });
