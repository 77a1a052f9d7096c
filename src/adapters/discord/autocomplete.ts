import type { TopicRef } from '../../core/briefing.js';
import type { Library } from '../../core/library/library.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { isTimeZone } from './read-command.js';
import { fitText } from './split-text.js';

export interface Choice {
  name: string;
  value: string;
}

/** Which option the user is typing in, and what they typed so far. */
export interface AutocompleteInput {
  commandName: string;
  subcommand: string | null;
  option: string;
  value: string;
}

const COMMON_ZONES = ['UTC', 'Europe/Kyiv', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
/** Current names that older ICU data (Node 20) lists only under their former names. */
const RENAMED_ZONES = ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Yangon', 'Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'America/Nuuk', 'Pacific/Kanton'];

/**
 * At most 25 choices for what is being typed; an unknown option gets none, never an error.
 * `library` is the channel's set; `setNames` the sets on offer, for /set use.
 */
export function autocompleteChoices(input: AutocompleteInput, library: Library, setNames: readonly string[] = [library.set]): Choice[] {
  if (input.commandName === 'brief' && input.option === 'topic') return topicChoices(library, '', input.value);
  if (input.commandName === 'set' && input.option === 'name') {
    const typed = input.value.trim().toLowerCase();
    return setNames
      .filter((name) => name.includes(typed))
      .slice(0, L.autocompleteChoices)
      .map((name) => ({ name, value: name }));
  }
  if (input.commandName === 'digest' && input.subcommand === 'subscribe') {
    if (input.option === 'timezone') return zoneChoices(input.value);
    if (input.option === 'topics') {
      // A comma-separated list: complete the last entry, keep the ones before it.
      const cut = input.value.lastIndexOf(',') + 1;
      const before = input.value
        .slice(0, cut)
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      return topicChoices(library, before.length ? `${before.join(', ')}, ` : '', input.value.slice(cut));
    }
  }
  return [];
}

function topicChoices(library: Library, prefix: string, typed: string): Choice[] {
  const partial = typed.trim();
  const topics: TopicRef[] = partial ? library.suggest(partial, L.autocompleteChoices) : library.topics().topics;
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const topic of topics) {
    const value = `${prefix}${topic.slug}`;
    if (seen.has(value) || value.length > L.choiceValue) continue;
    seen.add(value);
    choices.push({ name: fitText(`${prefix}${topic.title}`, L.choiceName) || value, value });
    if (choices.length === L.autocompleteChoices) break;
  }
  return choices;
}

function zoneChoices(typed: string): Choice[] {
  const needle = typed
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_');
  const zones = needle ? allZones().filter((z) => z.toLowerCase().includes(needle)) : COMMON_ZONES;
  return zones.slice(0, L.autocompleteChoices).map((zone) => ({ name: zone, value: zone }));
}

let zoneList: string[] | undefined;
function allZones(): string[] {
  zoneList ??= [...new Set([...COMMON_ZONES, ...RENAMED_ZONES.filter(isTimeZone), ...Intl.supportedValuesOf('timeZone')])];
  return zoneList;
}
