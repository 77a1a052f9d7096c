import type { DigestPoster } from '../chat/digest-poster.js';

export interface Capabilities {
  ephemeral: boolean;
  /** Largest plain-text message the platform takes. */
  maxMessageChars: number;
  richCards: boolean;
}

export interface Adapter extends DigestPoster {
  readonly capabilities: Capabilities;
  start(): Promise<void>;
  /** Stops taking commands; resolves once in-flight answers are done. */
  stop(): Promise<void>;
  /** Connected and answering. */
  ready(): boolean;
}
