import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { introduces, namesItNeeds, partsOf, passageRoles, unitsOf, withoutOverlaps } from '../../../src/core/summary/passages.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';
import { storyDescription } from '../../../src/core/summary/story-description.js';

function doc(id: string, text: string) {
  const built = buildDocument({ id, text, meta: { published: id === 'a' ? '1998-10-30' : '1998-10-31' } });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

// Made-up wire copy: two agencies' first takes on one fire.
const a = doc(
  'a',
  'A fire turned a crowded dance hall into a deathtrap late Thursday, killing 60 teenagers in the port city. ' +
    'The fast-spreading fire completely gutted the building and left rescuers facing a grim scene. ' +
    'Police said about 400 people were inside a hall approved for 150.',
);
const b = doc(
  'b',
  'Sixty teenagers died when a fire swept through a crowded dance hall in the port city during a Halloween party. ' + 'The cause of the fire had not been determined on Friday. ' + 'Rescuers said the exits of the dance hall were blocked.',
);
const sentencesOf = (docId: string) => (docId === 'a' ? a.sentences : b.sentences);

describe('a description that takes up its story’s main thing (issue 15sel)', () => {
  it('waits for a lead naming the thing, not for a body sentence that takes it up too', () => {
    const held = a.sentences[1]!;
    expect(storyDescription(a.sentences, 1)).toBe('fire');
    expect(namesItNeeds(held, sentencesOf)).toEqual(['the fire']);
    // Another agency's lead names the fire; its second sentence only takes it up as "the fire": no introduction.
    expect(introduces(b.sentences[0]!, 'the fire', held)).toBe(true);
    expect(introduces(b.sentences[1]!, 'the fire', held)).toBe(false);
    // A description whose head its own lead does not hold takes up a detail of the body: still shown only with its sentence before.
    const body = doc('c', 'Voters in the city chose a new council on Sunday. Turnout was low at the school polling station. The station closed early.');
    expect(storyDescription(body.sentences, 2)).toBeNull();
    expect(namesItNeeds(body.sentences[2]!, () => body.sentences)).toBeNull();
  });

  it('is not introduced by another article’s lead that holds the word only inside a name', () => {
    const relay = doc('r', 'Police arrested 25 people during the Olympic torch relay in the capital on Sunday. The torch continued its route under heavy guard.');
    const held = relay.sentences[1]!;
    const of = (docId: string) => (docId === 'r' ? relay.sentences : []);
    expect(namesItNeeds(held, of)).toEqual(['the torch']);
    const named = doc('n', 'Activists held a Human Rights Torch Relay night at a memorial hall in the capital.');
    const common = doc('m', 'Protesters tried to grab the torch from a runner as the relay crossed the capital.');
    expect(introduces(named.sentences[0]!, 'the torch', held)).toBe(false);
    expect(introduces(common.sentences[0]!, 'the torch', held)).toBe(true);
  });

  it('is shown alone, after a lead that names the thing, when the summary has room for it', () => {
    const sentences = [...a.sentences, ...b.sentences];
    const documents = new Map([
      ['a', { published: '1998-10-30', sentenceCount: 3 }],
      ['b', { published: '1998-10-31', sentenceCount: 3 }],
    ]);
    const units = unitsOf(sentences, new Float64Array(sentences.length).fill(1), sentencesOf).units;
    const roles = passageRoles(true, sentencesOf);
    const shown = withoutOverlaps(selectSummary({ sentences: units, documents, ...roles, maxBytes: 10_000 }));
    const at = shown.indexOf(a.sentences[1]!);
    expect(at).toBeGreaterThan(0);
    // Every point before it that could introduce it: at least one is a lead naming the fire.
    expect(shown.slice(0, at).some((u) => partsOf(u)[0]!.position === 0 && introduces(u, 'the fire', a.sentences[1]!))).toBe(true);
  });
});
