// Local, weather and transport copy: a transport operator named by its trade noun ("X Trains", "X Ferries"), a trade
// noun opening a sentence before a name ("Forecaster X said"), and a part of a workplace before a generic post ("Area
// manager X") that is no club.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities.map(e => `${e.kind === 'person' ? 'p' : 'o'}:${e.name}`).sort();
}

function rolesOf(text: string, name: string): readonly string[] | undefined {
  return analyzeText(text).entities.find(e => e.name === name)?.roles.map(r => r.text);
}

describe('local, weather and transport copy', () => {
  const cases: [string, string[]][] = [
    ['Tarrow Trains said services would resume on Monday. Passengers on Kelso Buses faced delays.', ['o:Kelso Buses', 'o:Tarrow Trains']],
    ['Marwick Ferries cancelled two sailings; Vardo Trams ran a reduced timetable.', ['o:Marwick Ferries', 'o:Vardo Trams']],
    ['Forecaster Ilse Varga said more rain was due overnight.', ['p:Ilse Varga']],
    ['Area manager Piet Ostrander said the river was still rising.', ['p:Piet Ostrander']],
    ['Site manager Orla Brandt said the crane had been checked.', ['p:Orla Brandt']],
    // A club before a sports post stays a club.
    ['Stockwell manager Terry Ames said the side would recover.', ['o:Stockwell', 'p:Terry Ames']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(kinds(text), expected));
  }

  it('keeps the trade or the post before the name as a role', () => {
    assert.deepStrictEqual(rolesOf('Forecaster Ilse Varga said more rain was due.', 'Ilse Varga'), ['Forecaster']);
    assert.deepStrictEqual(rolesOf('At the Anchor, landlord Tom Wrede was moving barrels upstairs.', 'Tom Wrede'), ['landlord']);
    assert.deepStrictEqual(rolesOf('Area manager Piet Ostrander said the river was rising.', 'Piet Ostrander'), ['Area manager']);
  });
});

describe('a team named after a town of two words', () => {
  const cases: [string, string[]][] = [
    ['The Mariners will host the Kelso Bay Comets next weekend in the playoff game.', ['o:Kelso Bay Comets', 'o:Mariners']],
    ['The Harbor City Mariners beat the Tarrow Stallions 27-24 on Sunday.', ['o:Harbor City Mariners', 'o:Tarrow Stallions']],
    // A place noun at the end keeps the name a place.
    ['Fans flew in from the Kelso Bay Islands for the match.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(kinds(text), expected));
  }
});

describe('a picture credit and a First Nation', () => {
  const cases: [string, string[]][] = [
    // The photographer glued to a known outlet by a slash stays a person.
    ['Residents survey the ruins of their street. (Jordan Maybury/Reuters)', ['o:Reuters', 'p:Jordan Maybury']],
    ['Residents survey the ruins of their street. (Jordan Maybury/Canadian Press)', ['o:Canadian Press', 'p:Jordan Maybury']],
    ['Idris Penhale, chief of the Red Willow Cree Nation, said the hall was open.', ['o:Red Willow Cree Nation', 'p:Idris Penhale']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(kinds(text), expected));
  }
});

describe('a web time stamp and a body before a post after "a"', () => {
  const cases: [string, string[]][] = [
    // "ET", "PT" after a clock time are time zones, no name.
    ['Posted: Aug 14, 2026 9:12 PM ET | Last Updated: 2 hours ago\n\nThe mayor said the town was safe.', []],
    ['Updated: June 9, 2026 at 6:05 AM PT\n\nThe mayor said the town was safe.', []],
    // An acronym after "a" is a kind of thing, unless a person's post follows: then it is the body.
    ['A KVPD officer, Dana Kelso, said the road was closed.', ['o:KVPD', 'p:Dana Kelso']],
    ['Troops found a KVR launcher near the road.', []],
    // A one-word company that speaks and owns shares stays a body, though the tagger guesses a place for a "-wick" word.
    ["Dockers struck at a terminal run by Kelderwick.\n\nKelderwick said it would meet the union again. Kelderwick's shares fell.", ['o:Kelderwick']],
    // A word one use shows as the town stays the town, though it owns its streets elsewhere.
    ["The Port of Kestrova reopened on Friday. Kestrova's riverside streets were still flooded.", []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepStrictEqual(kinds(text), expected));
  }
});
