/**
 * A problem found in input the core was given: a document, a topics file. It names what and where,
 * so that a user can fix the file; the core reports it and goes on with everything else.
 */
export interface BriefError {
  code: 'empty-document' | 'binary-document' | 'invalid-utf8' | 'document-too-large' | 'bad-front-matter' | 'unreadable' | 'bad-topics-file' | 'no-documents' | 'too-many-documents' | 'duplicate-id' | 'duplicate-text';
  file: string;
  line?: number;
  field?: string;
  /** duplicate-text: the id of the served document whose text this one repeats (a copy is found under it). */
  copyOf?: string;
  message: string;
}

export function formatBriefError(e: BriefError): string {
  const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.field ? `field "${e.field}"` : undefined].filter(Boolean).join(', ');
  return `${where}: ${e.message}`;
}

/** Something worth a log line about a document that is served all the same. */
export interface BriefNotice {
  code: 'long-sentences';
  file: string;
  message: string;
}
