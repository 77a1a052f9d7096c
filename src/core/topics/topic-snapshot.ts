import { createHash } from 'node:crypto';
import { coreCodeHash } from '../code-hash.js';
import { type AnalysisCache, encodePlain, readPlainEntry } from '../index/analysis.js';
import type { CuratedTopic } from '../ingest/topics-file.js';
import type { TopicState } from './topic-state.js';

/**
 * A set's topics, kept beside its analyses so a restart over the same documents skips discovery.
 * The key covers the documents (their ids and analysis keys, in order), the curated topics, and
 * the core's own code: any change to how topics are found makes the stored ones unused.
 */
export function topicStateKey(documents: readonly { id: string; key: string }[], curated: readonly CuratedTopic[]): string {
  const hash = createHash('sha256');
  hash.update(coreCodeHash());
  hash.update(JSON.stringify(curated));
  for (const { id, key } of documents) hash.update(`${id}\0${key}\n`);
  return `topics:${hash.digest('base64url')}`;
}

export async function readTopicState(cache: AnalysisCache, key: string, warn: (message: string, detail: Record<string, unknown>) => void): Promise<TopicState | undefined> {
  const decoded = await readPlainEntry(cache, key, (error) => warn('stored topics could not be read; finding them again', { error: String(error) }));
  if (!decoded) return undefined;
  const state = 'value' in decoded ? (decoded.value as TopicState) : undefined;
  if (!state || !(state.relevance instanceof Map) || !Array.isArray(state.discovered)) {
    warn('stored topics are unusable; finding them again', { reason: 'corrupt' in decoded ? decoded.corrupt : 'not a topic state' });
    return undefined;
  }
  return state;
}

export async function storeTopicState(cache: AnalysisCache, key: string, state: TopicState, warn: (message: string, detail: Record<string, unknown>) => void): Promise<void> {
  try {
    await cache.put([{ key, bytes: encodePlain(state) }]);
  } catch (error) {
    warn('topics could not be stored; the next start finds them again', { error: String(error) });
  }
}
