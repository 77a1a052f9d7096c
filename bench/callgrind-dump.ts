/**
 * Reads the head of a callgrind dump file (`callgrind.out.<pid>[.<n>]`): what made the dump and the instructions it
 * holds. Only the header is read (the `desc: Trigger:` and `totals:` lines, or `summary:` when totals is absent, as in
 * older files); the per-function costs that follow are not needed to count a part of a run.
 */
export interface CallgrindDump {
  /** What made the dump: "Program termination", or what followed `dump` (a part's label, from `callgrind_control -d <label>`). */
  trigger: string;
  /** The part's label when the dump was asked for with one, else undefined. */
  label: string | undefined;
  /** Instructions (Ir) counted since the previous dump or zeroing. */
  instructions: number;
}

export function parseCallgrindDump(text: string): CallgrindDump | undefined {
  const trigger = /^desc: Trigger: (.*)$/m.exec(text)?.[1]?.trim();
  const counted = /^totals: (\d+)/m.exec(text) ?? /^summary: (\d+)/m.exec(text);
  if (trigger === undefined || !counted) return undefined;
  // callgrind_control writes "dump <label>" for a dump asked for with a label (its -d option's argument).
  const asked = /^dump (.+)$/.exec(trigger);
  return { trigger, label: asked?.[1], instructions: Number(counted[1]) };
}
