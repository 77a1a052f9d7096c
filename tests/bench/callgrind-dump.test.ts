import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCallgrindDump } from '../../bench/callgrind-dump.js';
import { readDumps } from '../../bench/instructions.js';

// The head and tail of a dump file as callgrind 3.19 writes it (`callgrind_control -d first <pid>`), costs cut short.
const dump = (trigger: string, summary: number, totals: number | undefined) =>
  [
    '# callgrind format',
    'version: 1',
    'creator: callgrind-3.19.0',
    'pid: 771',
    'cmd:  /usr/bin/node --single-threaded --predictable script.mts',
    'part: 3',
    '',
    'desc: I1 cache: ',
    'desc: Timerange: Basic block 1294316165 - 1894918641',
    `desc: Trigger: ${trigger}`,
    '',
    'positions: line',
    'events: Ir',
    `summary: ${summary}`,
    '',
    'ob=(8) /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30',
    'fn=(3934) operator new[](unsigned long)',
    '0 24052',
    'calls=12026 0 ',
    '0 1282630',
    '',
    ...(totals === undefined ? [] : [`totals: ${totals}`]),
  ].join('\n');

describe('reading callgrind dump files', () => {
  it("reads a labelled dump's label and its total instructions (the totals line, not the per-function costs)", () => {
    expect(parseCallgrindDump(dump('dump first', 2774878995, 2774879201))).toEqual({ trigger: 'dump first', label: 'first', instructions: 2774879201 });
  });

  it('reads the final dump, which has no label, and falls back to the summary line when there is no totals line', () => {
    expect(parseCallgrindDump(dump('Program termination', 15621116, undefined))).toEqual({ trigger: 'Program termination', label: undefined, instructions: 15621116 });
  });

  it('says nothing of a file that is not a dump', () => {
    expect(parseCallgrindDump('totals: 12\n')).toBeUndefined();
    expect(parseCallgrindDump('')).toBeUndefined();
  });

  it("lists one run's dumps in the order they were made: numbered parts by number (10 after 9), the final dump last, another run's left out", () => {
    const dir = mkdtempSync(join(tmpdir(), 'callgrind-dumps-'));
    writeFileSync(join(dir, 'cg.77'), dump('Program termination', 5, 5));
    for (let n = 1; n <= 10; n++) writeFileSync(join(dir, `cg.77.${n}`), dump(`dump part${n}`, n * 100, n * 100));
    writeFileSync(join(dir, 'cg.78.1'), dump('dump other', 9, 9));
    const dumps = readDumps(dir, 77);
    expect(dumps.map((d) => d.label ?? d.trigger)).toEqual([...Array.from({ length: 10 }, (_, i) => `part${i + 1}`), 'Program termination']);
    expect(dumps[9]!.instructions).toBe(1000);
  });
});
