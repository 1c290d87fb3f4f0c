// Kinds found by reading real US political news beside the analysis (round 37's read audit): a party's adjective read
// into the chamber it holds or into a name before a post, a town and a party member's noun read as a person, characters
// of series and films read as real people, a profile card's field labels glued to the values, quoted titles with no
// work noun beside them, a body's name after a post that runs on to the body's noun, and given names in a list of
// ages. Every sentence and name is invented; each kind is checked with the false readings its rule could bring (the
// party's own bodies, a politician after a party label, the actor after "played by", sport's "played", a person
// after a body noun, a results line's clubs).
import * as assert from 'assert';
import { withoutGluedFurniture } from '../../src/core/pageFurniture';
import { entityKinds, mentionLabels } from './support/entityQueries';

describe('round 37 real text: a party label is an adjective before a chamber or a post', () => {
  it('reads the chamber a party holds as the chamber alone', () => {
    assert.deepStrictEqual(mentionLabels('A Democratic Senate would block the bill, Dana Wrell said.'), ['o:Senate', 'p:Dana Wrell']);
    assert.deepStrictEqual(mentionLabels('A Republican Congress will never pass it, said Tom Brisk.'), ['o:Congress', 'p:Tom Brisk']);
    assert.deepStrictEqual(mentionLabels('The GOP Senate majority held firm.'), ['o:Senate']);
    // The party's own bodies keep the label; a party label before a person stays outside the name.
    assert.deepStrictEqual(mentionLabels('The Republican National Committee met in Ohio.'), ['o:Republican National Committee']);
    assert.deepStrictEqual(mentionLabels('The Republican Party met in Ohio.'), ['o:Republican Party']);
    assert.deepStrictEqual(mentionLabels('Republican Dana Wrell won the seat.'), ['p:Dana Wrell']);
  });

  it('finds no name in capitalised words ending in a party adjective before a post, nor in "an <town> Democrat"', () => {
    assert.deepStrictEqual(mentionLabels('Likely Republican mayoral candidate Dana Wrell opened her office on Friday.'), ['p:Dana Wrell']);
    assert.deepStrictEqual(mentionLabels('Jessamy Vell, a Florence Republican who runs two bakeries, said no.'), ['p:Jessamy Vell']);
    // A party's body named with its head, and a given name that is a town's before a surname, are kept.
    assert.deepStrictEqual(mentionLabels('The Kelso Democratic Party met on Monday.'), ['o:Kelso Democratic Party']);
    assert.deepStrictEqual(mentionLabels('Dana Vell, a Republican, said no.'), ['p:Dana Vell']);
  });
});

describe('round 37 real text: a character of a series or a film is no person', () => {
  it('reads a name after "the character", before ", played by" or after a casting verb in a sentence about a work as a character', () => {
    assert.deepStrictEqual(mentionLabels('The character Lorna Vale runs for mayor in the show.'), []);
    assert.deepStrictEqual(mentionLabels('The film stars Anton Vesk as Pell Maddox, a corrupt senator.'), ['p:Anton Vesk']);
    assert.deepStrictEqual(mentionLabels('Anton Vesk played Pell Maddox in the film.'), ['p:Anton Vesk']);
    // Every use of the character's name is the character; the actor after "played by" stays a person.
    assert.deepStrictEqual(entityKinds('In the series, Pell Maddox, played by Anton Vesk, is a senator. Maddox wins the vote in the last episode.'), ['person:Anton Vesk']);
  });

  it('keeps sport\'s "played" and a person after "as"', () => {
    assert.deepStrictEqual(mentionLabels('He spoke as Dana Wrell watched.'), ['p:Dana Wrell']);
    assert.deepStrictEqual(mentionLabels('Kelso Rovers played Vardo Town on Saturday.'), ['o:Kelso Rovers']);
  });
});

describe('round 37 real text: page furniture and quoted titles', () => {
  it('blanks a profile card\'s glued field labels, so the name ends before them and no label makes a body', () => {
    assert.deepStrictEqual(mentionLabels('Name: Dana Wrell Age: 41City: Tarrow FallsJob: Bus driverPay: £11'), ['p:Dana Wrell']);
    // A club's name ending in "City" before a line-up's colon, and a label spaced in prose, are left as written.
    const lineUp = 'Portcaddon City: Vos; Ahern, Brodie. The Living Wage: a guide. Her Job: Nurse.';
    assert.strictEqual(withoutGluedFurniture(lineUp), lineUp);
  });

  it('finds no name in a quoted title after a verb of writing, one ending in "Show", or one with a gloss in brackets', () => {
    assert.deepStrictEqual(mentionLabels('She wrote “Harbour Crew” in 2009.'), []);
    assert.deepStrictEqual(mentionLabels('She told listeners of “The Dana Wrell Show” that she would run.'), []);
    assert.deepStrictEqual(mentionLabels('Her second spot, titled “Kelvar Tierra (Our Land),” airs on Sunday.'), []);
    // A person named inside a programme's longer title, or as its host outside the marks, stays a person.
    assert.deepStrictEqual(mentionLabels('She told Vardo Radio’s “Mornings with Dana Wrell” on Monday.'), ['o:Vardo Radio', 'p:Dana Wrell']);
    assert.deepStrictEqual(mentionLabels('She told “Harbour Lights,” the show hosted by Marla Fenwick, that she would run.'), ['p:Marla Fenwick']);
  });
});

describe('round 37 real text: a body after a post or a trade noun, and given names in a list of ages', () => {
  it('reads the name after "a spokesman for the charity" as the charity', () => {
    assert.deepStrictEqual(entityKinds('A spokesman for the charity Open Door said no.'), ['org:Open Door']);
    // A known given name and a surname after the noun stay a person.
    assert.deepStrictEqual(entityKinds('A spokesman for the charity Dana Wrell said no.'), ['person:Dana Wrell']);
  });

  it('reads a name of common words only after a trade a person or a firm plies as the firm', () => {
    assert.deepStrictEqual(entityKinds('The developer Harbour Lane bought the site.'), ['org:Harbour Lane']);
    // A given name makes it the person's trade; a firm of common words with no trade noun stays as it was.
    assert.deepStrictEqual(entityKinds('The builder Grace Field bought the site.'), ['person:Grace Field']);
    assert.deepStrictEqual(entityKinds('Harbour Lane bought the site.'), []);
  });

  it('reads known given names with their ages in a list that semicolons separate as people', () => {
    assert.deepStrictEqual(mentionLabels('Their grandchildren: Dana Wrell, 19; Emma, 16; Tom Wrell, 12; and Lucy, 7.'),
      ['p:Dana Wrell', 'p:Emma', 'p:Tom Wrell', 'p:Lucy']);
    // A results line lists clubs so: no given names, no people.
    assert.deepStrictEqual(mentionLabels('Scores: Kelvaro, 24; Vardo, 12.').filter(label => label.startsWith('p:')), []);
  });
});
