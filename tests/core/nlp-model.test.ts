import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { coreModel, readCoreJson } from '../../src/core/nlp.js';

const require = createRequire(import.meta.url);

describe('the tagging model', () => {
  it('is the model wink-eng-lite-web-model loads itself, so every tag and entity is the same', () => {
    const own = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    expect(isDeepStrictEqual(coreModel(readCoreJson()), own)).toBe(true);
  });
});
