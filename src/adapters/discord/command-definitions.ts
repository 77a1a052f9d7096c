import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandBuilder } from 'discord.js';
import { DEFAULT_WORD_BUDGET } from '../../core/compose/compose-digest.js';
import { MAX_WORD_BUDGET, MIN_WORD_BUDGET } from '../../digest/subscription-request.js';

/**
 * The application commands, as registered with Discord by `npm run discord:register`.
 * /digest carries Manage Channels as its default member permission because Discord sets that per
 * command, not per subcommand; server admins can open /digest now|list to everyone under
 * Server Settings → Integrations, and subscribe/unsubscribe are checked again on our side.
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const brief = new SlashCommandBuilder()
    .setName('brief')
    .setDescription('A cited briefing on a topic, across every document in the set')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((o) => o.setName('topic').setDescription('A topic from /topics, or your own words').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('length').setDescription('How much to say (default: standard)').addChoices({ name: 'short', value: 'short' }, { name: 'standard', value: 'standard' }, { name: 'long', value: 'long' }))
    .addBooleanOption((o) => o.setName('public').setDescription('Post it for the whole channel (default: only you see it)'));

  const topics = new SlashCommandBuilder()
    .setName('topics')
    .setDescription('The topics the document set covers')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

  const digest = new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Digests of the document set for this channel')
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addSubcommand((s) => s.setName('now').setDescription('A digest of the top topics, now'))
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('A digest in this channel every day at a set time')
        .addStringOption((o) => o.setName('time').setDescription('HH:MM, 24-hour, e.g. 07:00').setRequired(true).setMaxLength(5))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Kyiv').setRequired(true).setAutocomplete(true).setMaxLength(64))
        .addStringOption((o) => o.setName('topics').setDescription('Topics, comma-separated (default: the top topics)').setAutocomplete(true).setMaxLength(300))
        .addStringOption((o) => o.setName('days').setDescription('Which days (default: every day)').addChoices({ name: 'every day', value: 'daily' }, { name: 'weekdays', value: 'weekdays' }))
        .addStringOption((o) => o.setName('length').setDescription('Briefing length (default: standard)').addChoices({ name: 'short', value: 'short' }, { name: 'standard', value: 'standard' }))
        .addIntegerOption((o) => o.setName('words').setDescription(`Words the digest stays under (default ${DEFAULT_WORD_BUDGET})`).setMinValue(MIN_WORD_BUDGET).setMaxValue(MAX_WORD_BUDGET))
        .addStringOption((o) => o.setName('quiet').setDescription('A day with nothing new (default: one line)').addChoices({ name: 'one line', value: 'line' }, { name: 'skip', value: 'skip' })),
    )
    .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the scheduled digests in this channel'))
    .addSubcommand((s) => s.setName('list').setDescription("This channel's scheduled digests"))
    .addSubcommand((s) => s.setName('reports').setDescription('Errors readers reported on briefings in this server (admins)'));

  // Shown to everyone so /set show works for all; use and add are checked on our side (Manage Channels, or for add a role in intake.linkRoles).
  const set = new SlashCommandBuilder()
    .setName('set')
    .setDescription("This channel's document set")
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) => s.setName('show').setDescription('The set this channel is briefed from, and the sets on offer'))
    .addSubcommand((s) =>
      s
        .setName('use')
        .setDescription('Brief this channel from another set')
        .addStringOption((o) => o.setName('name').setDescription('A set from /set show').setRequired(true).setAutocomplete(true).setMaxLength(40)),
    )
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription("Add one article to this channel's set")
        .addStringOption((o) => o.setName('url').setDescription("The article's address, https://…").setRequired(true).setMaxLength(2000)),
    );

  return [brief.toJSON(), topics.toJSON(), digest.toJSON(), set.toJSON()];
}
