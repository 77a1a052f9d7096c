import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { typeOf } from './type-of.js';

// Made-up wire copy. "Where … from" asks for the place "from" introduces, which no locative preposition ("in", "at") does.
describe('a place question that ends on its own preposition', () => {
  it('reads a place after the preposition the question ends on, and only then', () => {
    const text = 'The Orel module was launched from Valkaria on Nov. 20. Crews in orbit said the Russian-built Orel module would dock on Sunday.';
    const asked = typeOf('where did the Russians launch the Orel module from', { a: text });
    expect(asked['The Orel module was launched from Valkaria on Nov. 20.']).toBe('answers');
    expect(asked['Crews in orbit said the Russian-built Orel module would dock on Sunday.']).toBe('none');
    // Without "from" at its end, a question keeps reading places after locative prepositions only.
    expect(typeOf('where did the Russians launch the Orel module', { a: text })['The Orel module was launched from Valkaria on Nov. 20.']).toBe('none');
  });

  it('leads with the sentence that says where the module was launched from', () => {
    const library = createLibrary('orel', [
      {
        id: 'wire-1.txt',
        text: 'Astronauts closed in on Sunday to capture the Russian-made Orel control module, the first piece of the new station.\n\nThe 20-ton Orel, a power module that was launched from Valkaria on Nov. 20, will be joined to the Unity node.\n\nThe crew rested before the capture.',
        meta: { published: '1998-12-06' },
      },
      {
        id: 'wire-2.txt',
        text: 'Russian engineers said the Orel module had two antennas that failed to open.\n\nThe Russian-made Orel module will give the station power in its first months.',
        meta: { published: '1998-12-05' },
      },
    ]);
    const result = library.brief('where did the Russians launch the Orel module from', { length: 'short' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.briefing.summary[0]!.text).toContain('launched from Valkaria');
  });
});

describe('a place question that asks where something came from and went to (session 42, rule W4)', () => {
  it('is answered by a place after "from" or "to", not by where it happened', () => {
    const asked = typeOf('where was Flight 512 flying from and to', {
      a: 'Flight 512 went missing over the Coral Sea after it crashed in the Coral Sea on June 1. Flight 512 was an airliner en route from Port Lund to Varna, with 90 people on board.',
    });
    expect(asked['Flight 512 was an airliner en route from Port Lund to Varna, with 90 people on board.']).toBe('answers');
    expect(asked['Flight 512 went missing over the Coral Sea after it crashed in the Coral Sea on June 1.']).toBe('none');
  });
});

describe('a place told by a compass direction and "of" (session 41, rule W2)', () => {
  it('reads "southwest of Port-Lund" as where, and a distance from an unnamed place as none', () => {
    const asked = typeOf('where was the epicenter of the varnia earthquake', {
      a: 'The epicentre was fifteen kilometres southwest of Port-Lund, at a depth of ten kilometres. We are about 300km from the epicentre of the earthquake, a reporter said.',
    });
    expect(asked['The epicentre was fifteen kilometres southwest of Port-Lund, at a depth of ten kilometres.']).toBe('answers');
    expect(asked['We are about 300km from the epicentre of the earthquake, a reporter said.']).toBe('none');
  });
});
