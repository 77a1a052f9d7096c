import { renderText } from '../../src/adapters/console/render.js';
import { MAX_MESSAGES_PER_ANSWER } from '../../src/adapters/discord/limits.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import { rendererContract } from './contract.js';
import { discordTexts, limitViolations, mrkdwnTexts, PLATFORM_LIMITS } from './platform-limits.js';

const D = PLATFORM_LIMITS.discord;
const S = PLATFORM_LIMITS.slack;

rendererContract({
  name: 'Discord',
  render: renderDiscord,
  violations: (messages) => limitViolations('discord', messages),
  texts: discordTexts,
  textLimits: [D.fieldValue, D.content, D.description, D.embedTotal],
  maxMessages: MAX_MESSAGES_PER_ANSWER,
});

rendererContract({
  name: 'Slack',
  render: renderSlack,
  violations: (messages) => limitViolations('slack', messages),
  texts: mrkdwnTexts,
  textLimits: [S.section, S.blockTextTotal],
});

rendererContract({
  name: 'console',
  // Text and Markdown alike: one string per answer, no length limit, no terminal escapes.
  render: (answer) => [renderText(answer), renderText(answer, 'markdown')],
  violations: (outputs) => outputs.flatMap((out, i) => [...(out.trim() ? [] : [`output ${i}: empty`]), ...(/[\u001b\u009b]/.test(out) ? [`output ${i}: terminal escape`] : [])]),
  texts: (outputs) => [...outputs],
  // No length limit of its own: the long briefings check that nothing the reader needs is lost.
  textLimits: [D.fieldValue],
});
