// Kinds of Olympic-sport governance and anti-doping copy found by round 23's unseen set (r23-olympic, fresh67): a
// nationality noun before a name ("the Dutchman X") and "The Dutchman said" opening a sentence, athletes named by their
// Games, event and medal ("Olympian X", "world silver medallist X"), a players' or advocates' body with the plural
// possessive inside its name, an integrity "Unit", a one-word intercapped brand and a one-word masthead before its
// section path, a body's brand after "which brands itself", a sporting event's name, an outlet's "Press" after a word
// the tagger reads as a place, and a sport's national governing body named "<Sport> <Country>". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('Olympic-sport governance kinds of round 23 (r23-olympic)', () => {
  it('reads a nationality noun before a name with particles as no part of the name', () => {
    const found = namedMentionLabels('Her coach, the Dutchman Joost van der Meulen, was angry. Van der Meulen said so.');
    assert.deepStrictEqual(found, ['p:Joost van der Meulen:Joost van der Meulen', 'p:Joost van der Meulen:Van der Meulen']);
    assert.deepStrictEqual(mentionLabels('Frenchwoman Elodie Varenne won the heat.'), ['p:Elodie Varenne']);
  });

  it('keeps a nationality noun that is also a given name in the name', () => {
    assert.ok(mentionLabels('Finn Aldous won the heat.').every(label => !label.startsWith('o:')));
  });

  it('reads "The Dutchman said" opening a sentence as no name', () => {
    const found = mentionLabels('Joost Aalberg coaches the squad. The Dutchman said the team was ready.');
    assert.deepStrictEqual(found, ['p:Joost Aalberg']);
  });

  it('reads an athlete\'s Games, event and medal before the name as the role', () => {
    assert.deepStrictEqual(rolesOf('Olympian Tarni Welch said the water was cold.', 'Tarni Welch'), ['Olympian']);
    assert.deepStrictEqual(rolesOf('World silver medallist Tarni Welch said the water was cold.', 'Tarni Welch'), ['World silver medallist']);
    assert.deepStrictEqual(rolesOf('Defending champion Tarni Welch said the water was cold.', 'Tarni Welch'), ['Defending champion']);
    assert.deepStrictEqual(rolesOf('Hurdler Tarni Welch said the track was wet.', 'Tarni Welch'), ['Hurdler']);
  });

  it('keeps a plural possessive of players or athletes inside a body\'s name', () => {
    assert.deepStrictEqual(mentionLabels('The Professional Rowers\' Association said the regatta was unsafe.'), ['o:Professional Rowers\' Association']);
    assert.deepStrictEqual(mentionLabels('Advocacy group Rowers\' Voice Canada called the report late.'), ['o:Rowers\' Voice Canada']);
  });

  it('does not join a surname\'s possessive to "Voice"', () => {
    assert.ok(!mentionLabels('Dana Welles\' Voice Coaching class met on Monday.').includes('o:Dana Welles\' Voice Coaching'));
  });

  it('reads an integrity unit as a body', () => {
    const found = namedMentionLabels('The Rowing Integrity Unit (RIU) banned him on Friday. The RIU said he would appeal.');
    assert.deepStrictEqual(found, ['o:Rowing Integrity Unit:Rowing Integrity Unit', 'o:Rowing Integrity Unit:RIU', 'o:Rowing Integrity Unit:RIU']);
  });

  it('reads an intercapped word as a brand, and a one-word site before its section path as the outlet', () => {
    const found = mentionLabels('PoolsideWire | Diving\n\nBy Dana Kerrick\n\nThe coach told PoolsideWire he was sorry.');
    assert.deepStrictEqual(found, ['o:PoolsideWire', 'p:Dana Kerrick', 'o:PoolsideWire']);
  });

  it('keeps intercapped surnames and double given names people', () => {
    const found = mentionLabels('Angus MacKellar and MaryAnne Tull won the pairs.');
    assert.deepStrictEqual(found, ['p:Angus MacKellar', 'p:MaryAnne Tull']);
  });

  it('joins a body\'s brand after "which brands itself" to the body', () => {
    const found = namedMentionLabels('The Tasman Rowing Association, which brands itself RowTasman, met on Monday. RowTasman said it would appoint a board.');
    assert.deepStrictEqual(found, ['o:Tasman Rowing Association:Tasman Rowing Association', 'o:Tasman Rowing Association:RowTasman', 'o:Tasman Rowing Association:RowTasman']);
  });

  it('reads a sporting event\'s name as no person', () => {
    const found = mentionLabels('She won bronze at last year\'s World Championships in Oslo. Dana Kerrick was fourth.');
    assert.deepStrictEqual(found, ['p:Dana Kerrick']);
  });

  it('reads an outlet ending in "Press" after a word read as a place as the outlet', () => {
    assert.deepStrictEqual(mentionLabels('This report by The Lakeside Press was first published on Monday.'), ['o:Lakeside Press']);
  });

  it('reads a sport and a country as the national governing body', () => {
    assert.deepStrictEqual(mentionLabels('Cycling Ireland said the race would go ahead.'), ['o:Cycling Ireland']);
    assert.deepStrictEqual(mentionLabels('Athletics Kenya said it would appeal.'), ['o:Athletics Kenya']);
  });
});
