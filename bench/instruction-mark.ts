/**
 * Marks the end of a part of a script run by bench/instructions.ts: callgrind dumps and resets its counts, so the dump
 * holds exactly the instructions run since the previous mark. Outside that runner (no BRIEFBOT_CALLGRIND) it does nothing,
 * so a script can be run plainly too. The mark's own cost (spawning callgrind_control) lands in each part: the runner's
 * docs say how to count it.
 */
import { execFileSync } from 'node:child_process';

export function markPart(label: string): void {
  if (process.env.BRIEFBOT_CALLGRIND !== '1') return;
  // Blocked in this call, the process is reached by vgdb (valgrind's gdbserver), which runs the dump inside it.
  execFileSync('callgrind_control', ['-d', label, String(process.pid)], { stdio: 'ignore' });
}
