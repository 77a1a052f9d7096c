import { mkdtemp, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSignatures } from '../../../src/core/library/file-signatures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-signatures-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const WIRE = 'The ferry resumed service on Monday after a two-day strike, the operator said.\n';
const EDITED = 'The ferry resumed service on Sunday after a two-day strike, the operator said.\n';

describe('file signatures kept between re-reads', () => {
  it('gives an unchanged file the signature it had, without making it again', async () => {
    const path = join(dir, 'ferry-1.txt');
    await writeFile(path, WIRE);
    const signatures = createFileSignatures();
    const first = signatures.read(path, 'ferry-1.txt');
    expect(first?.signature).toMatch(/^\d+:\d+(\.\d+)?$/);
    expect(first?.size).toBe(Buffer.byteLength(WIRE));
    expect(signatures.read(path, 'ferry-1.txt')).toBe(first);
  });

  it('sees a file rewritten to the same size with another modification time', async () => {
    const path = join(dir, 'ferry-1.txt');
    await writeFile(path, WIRE);
    const earlier = new Date('2024-03-04T10:00:00.250Z');
    await utimes(path, earlier, earlier);
    const signatures = createFileSignatures();
    const before = signatures.read(path, 'ferry-1.txt')!;
    await writeFile(path, EDITED);
    // Within the same second: only the sub-second part of the time differs.
    const later = new Date('2024-03-04T10:00:00.750Z');
    await utimes(path, later, later);
    const after = signatures.read(path, 'ferry-1.txt')!;
    expect(after.size).toBe(before.size);
    expect(after.signature).not.toBe(before.signature);
  });

  it('says a removed file is gone, and forgets files it is told are gone', async () => {
    const path = join(dir, 'ferry-1.txt');
    await writeFile(path, WIRE);
    const signatures = createFileSignatures();
    const first = signatures.read(path, 'ferry-1.txt');
    await unlink(path);
    expect(signatures.read(path, 'ferry-1.txt')).toBeUndefined();
    signatures.drop(['ferry-1.txt']);
    await writeFile(path, WIRE);
    const again = signatures.read(path, 'ferry-1.txt');
    expect(again).not.toBe(first);
  });
});
