/**
 * Short made-up news articles on three unrelated stories, for tests of topic discovery and of
 * refresh. Each story's articles share its names and vocabulary, as coverage of one story does.
 */
export const STORIES: Record<'ferry' | 'bridge' | 'volcano', string[]> = {
  ferry: [
    'Ferry workers in Port Halden walked off the job on Monday, stranding thousands of island commuters. The Halden ferry union said the strike would go on until the ferry company raised wages. Island schools closed because teachers could not reach them.',
    'The Port Halden ferry strike entered its third day as union leaders and the ferry company met for talks. Commuters from the islands crowded the few private boats still running. The union wants a raise of eight percent for ferry crews.',
    'Talks between the Halden ferry union and the ferry company broke down late Wednesday, and the strike will continue. Island shops are running short of bread and milk. The company said the union demands would sink the ferry service.',
    'Island commuters cheered as the first ferry left Port Halden after the union accepted a new offer from the ferry company. The strike ended after five days. Ferry crews will get a raise of six percent over two years.',
  ],
  bridge: [
    'The old Marlow river bridge collapsed before dawn on Sunday, dropping two trucks into the river. Divers pulled both drivers from the water alive. Engineers had warned for years that the Marlow bridge was rusting.',
    'Inspectors who examined the Marlow bridge last spring had rated its steel as poor, records show. The collapse of the river bridge has cut the main road between Marlow and the coast. Engineers are studying the wreck for the cause.',
    'Marlow officials said a temporary bridge over the river could open within six weeks. Engineers blamed rusted steel cables for the bridge collapse. Drivers now take a detour of forty minutes around the river.',
  ],
  volcano: [
    'Mount Kesra erupted on Thursday, sending ash ten kilometres into the sky and forcing villages on its slopes to evacuate. Volcano experts said the Kesra eruption was the largest in a century. Flights over the region were cancelled because of the ash.',
    'Ash from the Mount Kesra eruption fell on farms across the valley on Friday, and the evacuation of villages on the volcano slopes went on. Volcano experts warned that Kesra could erupt again. Airlines kept cancelling flights through the ash cloud.',
    'Villagers who fled Mount Kesra were allowed home on Monday as the volcano quieted, though ash still covers their fields. Experts said the Kesra eruption had ended. Flights resumed once the ash cloud drifted out to sea.',
  ],
};

/**
 * The n-th article on a story: four consecutive sentences of the story's articles, starting two
 * further on for each n, so a set can be as large as a test needs and articles overlap as
 * coverage of one story does.
 */
export function article(story: keyof typeof STORIES, n: number): string {
  const sentences = STORIES[story].flatMap((t) => t.split(/(?<=\.) /));
  return [0, 1, 2, 3].map((i) => sentences[(2 * n + i) % sentences.length]).join(' ');
}
