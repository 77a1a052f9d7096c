/**
 * What Slack accepts in one message, from the Block Kit reference (docs.slack.dev/reference/block-kit).
 * Lengths count characters of the text Slack receives, i.e. after mrkdwn escaping (&amp; is 5).
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** A context element's text is a text object: 3000. */
  contextElementText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  blockId: 255,
  /** Slack truncates a message's `text` past 40,000 characters; we keep fallbacks far shorter. */
  messageText: 40_000,
  /** The notification / screen-reader fallback we send with blocks. Our choice, not Slack's. */
  fallbackText: 3000,
  /**
   * Undocumented: chat.postMessage refuses a message whose block texts add up to about 12,000
   * characters with `msg_blocks_too_long`, long before 50 × 3000 (slackapi/bolt-js #2509; #2867
   * saw a refusal at 11,341 counted). We keep a margin for block containers.
   */
  blocksTextPerMessage: 10_000,
  /** Ours, not Slack's: the most messages one digest posts, so one huge document cannot flood a channel (Discord's cap too). */
  digestMessages: 10,
  /** Ours: a new document's line in a digest shows at most this much of its summary. */
  newDocumentSummary: 300,
  /** A response_url takes up to 5 posts within 30 minutes. */
  responseUrlPosts: 5,
} as const;

export type SlackLimits = typeof SLACK_LIMITS;
