/** `--shards auto` or `--shards=4` on the command line; wins over DISCORD_SHARDS. Undefined when not given. */
export function shardsFlag(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg.startsWith('--shards=')) return arg.slice('--shards='.length);
    // A flag with nothing after it is refused by DISCORD_SHARDS's own check, which says what it expects.
    if (arg === '--shards') return argv[i + 1] ?? 'nothing';
  }
  return undefined;
}
