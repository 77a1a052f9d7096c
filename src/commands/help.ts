export function helpText(): string {
  return [
    '/brief <topic or question> [short|long] — a cited briefing across every document in the set, with buttons to share, resize, open in full, report an error or ask a follow-up',
    '/topics — the topics the set covers, with how many sources speak to each',
    '/digest now — a digest of the top topics, now',
    '/digest subscribe HH:MM <time zone> [topics…] — a digest every day at that time, e.g. 07:00 Europe/Kyiv',
    "/digest list — this channel's scheduled digests and their next run",
    "/digest unsubscribe — stop this channel's scheduled digests",
    '/digest reports — errors readers reported on briefings (admins)',
    '/set — which document set this channel is briefed from, and the sets on offer',
    '/set use <name> — brief this channel from another set (channel managers)',
    "/set add <url> — add one article to this channel's set (channel managers, or a role allowed to add links)",
  ].join('\n');
}
