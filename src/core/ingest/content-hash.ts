import { createHash } from 'node:crypto';
import type { Document } from './document.js';

/**
 * What a document says, as a hash: its title and cleaned text. A copy or redeploy keeps it; an
 * edit changes it, so a corrected article is seen anew.
 */
export function contentHash(d: Document): string {
  return createHash('sha256').update(d.meta.title).update('\0').update(d.paragraphs.join('\n\n')).digest('base64url');
}
