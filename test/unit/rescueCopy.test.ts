// Kinds of search-and-rescue and missing-person copy found by round 28's unseen set (r28-rescue, fresh85): ships and
// lifeboats named after people ("the MV Dana Kelso", "its lifeboat, the Orla,", "adrift with the Dana Kelso"),
// volunteer rescue teams named by the initials of their kind after their place ("Vardo MRT", "the Tarrow CRO") or
// for a town and its district ("Kelso and District Mountain Rescue Team"), rescue charities named for what they do
// ("Deep Water Rescue") beside a nationality and a noun ("Dutch charity X (ABC)"), caverns and crags, the rescuers'
// trades before a name ("Diver X"), and people who give only a first name ("Nadira, seven, from Kelso"; "a man who
// gave his name only as Ottavio"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('search-and-rescue copy kinds of round 28 (r28-rescue)', () => {
  it('reads a ship named after a person after a ship\'s prefix as a thing, and the name alone later too', () => {
    assert.deepStrictEqual(mentionLabels('The charity ship MV Marta Kelso took 90 people on board. Later the Marta Kelso docked.'), []);
    assert.deepStrictEqual(mentionLabels('HMS Tarrow Vane sailed at dawn, Ann Roche said.'), ['p:Ann Roche']);
  });

  it('keeps a body whose name follows capital letters that are no ship\'s prefix', () => {
    assert.ok(mentionLabels('The Kelso MV Owners Club met on Friday.').some(label => label.startsWith('o:')));
  });

  it('reads a boat named after a donor in apposition to a boat\'s noun as a thing, and keeps the donor a person', () => {
    const found = mentionLabels('Its lifeboat, the Orla, is named after Orla Penrose, a retired nurse who left the station her savings. The Orla was launched at 3am.');
    assert.deepStrictEqual(found, ['p:Orla Penrose'], found.join(', '));
  });

  it('does not read a name after a boat\'s noun and a comma as the boat where a verb follows it', () => {
    assert.deepStrictEqual(mentionLabels('Three men were seen near the boat, Dana Kelso said.'), ['p:Dana Kelso']);
  });

  it('reads "the" before a given name and a surname, with nothing after it, as a thing named after a person', () => {
    assert.deepStrictEqual(mentionLabels('Six days adrift with the Dana Overby\n\nShe sailed on the Dana Overby as a medic.'), []);
  });

  it('keeps a person after "the" where a noun, "of" or a pronoun goes on', () => {
    assert.ok(mentionLabels('Voters backed the Dana Overby campaign in May.').includes('p:Dana Overby'));
    assert.ok(mentionLabels('It was not the Dana Overby we knew, Ann Roche said.').includes('p:Dana Overby'));
  });

  it('reads a rescue team named by the initials of its kind after its place as a body', () => {
    assert.deepStrictEqual(mentionLabels('Volunteers from Vardo MRT and the Tarrow CRO searched all night.'), ['o:Vardo MRT', 'o:Tarrow CRO']);
  });

  it('reads a body named for a town and its district as one body, and lists the next body after "and"', () => {
    assert.deepStrictEqual(mentionLabels('Teams from Kelso and District Mountain Rescue Team and Vardo MRT helped.'), ['o:Kelso and District Mountain Rescue Team', 'o:Vardo MRT']);
    assert.deepStrictEqual(mentionLabels('Members of the Tarrow and Area Angling Club fished on.'), ['o:Tarrow and Area Angling Club']);
  });

  it('reads a charity named for rescue as a body, without the nationality and noun before it', () => {
    assert.deepStrictEqual(mentionLabels('The ship is run by Dutch charity Deep Water Rescue (DWR), it said.'), ['o:Deep Water Rescue', 'o:DWR']);
  });

  it('keeps a lower-case word inside a body\'s name where the abbreviation needs its initials from before it', () => {
    assert.ok(mentionLabels('The Vardo and Kelso products Safety Agency (VKSA) said so.').includes('o:Vardo and Kelso products Safety Agency'));
  });

  it('does not read a helicopter\'s call sign as a body', () => {
    assert.deepStrictEqual(mentionLabels('Rescue 117 landed in a field at noon.'), []);
  });

  it('reads a cavern, a ghyll or a crag as a place', () => {
    assert.deepStrictEqual(mentionLabels('Divers reached Marrick Cavern at noon. Rain flooded Hollin Ghyll and Tarrow Crag overnight.'), []);
  });

  it('keeps people whose surnames are landform words', () => {
    assert.deepStrictEqual(mentionLabels('Amanda Gill said the team was ready.'), ['p:Amanda Gill']);
  });

  it('reads a rescuer\'s trade before the name as a role, not a word of the name', () => {
    assert.deepStrictEqual(mentionLabels('Diver Rhona Vale, who reached the group, said it was cold.'), ['p:Rhona Vale']);
    assert.deepStrictEqual(rolesOf('Diver Rhona Vale, who reached the group, said it was cold.', 'Rhona Vale'), ['Diver']);
    assert.deepStrictEqual(rolesOf('The helicopter\'s winchman, Tom Rae, said it was windy.', 'Tom Rae'), ['helicopter\'s winchman']);
  });

  it('reads a child named by a given name and an age in words as a person', () => {
    assert.ok(mentionLabels('Among those rescued was Nadira, seven, from Kelso, who slept on deck.').includes('p:Nadira'));
    assert.ok(!mentionLabels('Among those rescued was Nadira, forty, from Kelso, who slept on deck.').includes('p:Nadira'));
  });

  it('reads the name someone gives as their own as a person, and the speaker of their words', () => {
    const text = 'A man who gave his name only as Ottavio waited on the quay. "Maybe tomorrow," he said.';
    assert.ok(mentionLabels(text).includes('p:Ottavio'));
    const analysis = analyzeText(text);
    const ottavio = analysis.entities.find(entity => entity.name === 'Ottavio');
    assert.strictEqual(analysis.quotes[0]?.speakerId, ottavio?.id);
    assert.ok(!mentionLabels('The firm gave its name as Marlo in the filing.').includes('p:Marlo'));
  });
});
