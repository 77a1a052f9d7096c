import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { type DiscordEnv, readDiscordEnv } from '../../config/discord-env.js';
import type { Logger } from '../../log.js';
import { commandDefinitions } from './command-definitions.js';

export interface RegisterOptions extends DiscordEnv {
  /** REST base URL, e.g. a local fake in tests; default Discord's. */
  api?: string;
}

/**
 * Replaces the application's commands with ours: in one guild when guildId is set (changes show at
 * once, good for testing), else globally. A PUT, so commands we no longer define are removed.
 */
export async function registerCommands(options: RegisterOptions): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.appId, options.guildId) : Routes.applicationCommands(options.appId);
  const body = commandDefinitions();
  await rest.put(route, { body });
  return { scope: options.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

/** At start, when DISCORD_REGISTER_COMMANDS asks for it: once per bot, never once per shard. */
export async function registerCommandsAtStart(options: RegisterOptions, log: Pick<Logger, 'info'>): Promise<void> {
  const { scope } = await registerCommands({
    token: options.token,
    appId: options.appId,
    ...(options.guildId ? { guildId: options.guildId } : {}),
    ...(options.api ? { api: options.api } : {}),
  });
  log.info({ scope, guild: options.guildId }, 'slash commands registered');
}

async function main(): Promise<void> {
  const env = readDiscordEnv(process.env);
  if (!env.ok) {
    console.error(env.error);
    process.exitCode = 1;
    return;
  }
  try {
    const { scope, names } = await registerCommands(env.value);
    const where = scope === 'guild' ? `in guild ${env.value.guildId}` : 'globally';
    console.log(`Registered /${names.join(', /')} ${where}.`);
  } catch (error) {
    // The message of a discord.js error never holds the token.
    console.error(`Could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
