import { describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/commands/command.js';
import { handleCommand } from '../../src/commands/handle.js';
import { stubLibrary } from '../service/helpers/stub-library.js';

const channel = { platform: 'console', id: 'c1' } as const;
const reporter = { platform: 'console', id: 'u1', canManageChannel: false } as const;
const ask = (command: Command, user: typeof reporter | { platform: 'console'; id: string; canManageChannel: true } = reporter, library = stubLibrary()) => handleCommand({ command, channel, user, requestId: 'r1' }, { library });

describe('GIVEN a command that cannot be done', () => {
  it('THEN the answer carries a code adapters match on, and the words the user reads', async () => {
    expect(await ask({ name: 'reports' })).toMatchObject({ kind: 'notice', tone: 'error', code: 'forbidden', text: 'Only admins can list error reports.' });
    expect(await ask({ name: 'digest', action: 'list' })).toMatchObject({ tone: 'error', code: 'unavailable' });
    expect(await ask({ name: 'button', action: 'share', briefingId: 'b1' })).toMatchObject({ tone: 'error', code: 'unavailable' });
    expect(await ask({ name: 'set', action: 'use', set: 'other' }, { platform: 'console', id: 'u2', canManageChannel: true })).toMatchObject({ tone: 'error', code: 'unavailable' });
    expect(await ask({ name: 'set', action: 'add', url: 'https://example.com/a' })).toMatchObject({ tone: 'error', code: 'forbidden' });
  });

  it('THEN a command that breaks is a "failed" answer naming the request, not a crash', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const broken = stubLibrary({
      topics: () => {
        throw new Error('index gone');
      },
    });
    const answer = await ask({ name: 'topics' }, reporter, broken);
    stderr.mockRestore();
    expect(answer).toMatchObject({ kind: 'notice', tone: 'error', code: 'failed' });
    expect(answer.kind === 'notice' && answer.text).toContain('request r1');
  });
});
