// Kinds of defence and armed forces copy found by round 34's unseen set (r34-defence, fresh104): a rank written in
// capitals after an age ("the 35-year-old Flight Lieutenant"); an aircraft type after a service of one word in a
// headline ("Army Wyvern crashes"); a helicopter or munitions maker named for its trade ("X Rotorcraft"); a defence
// trade site's section between a masthead's bars ("| Air | Rotary"); a shipbuilder's yard "at X's yard" (no place use of
// the owner) and "X's Port Y yard" (a place's name opening with a place head after the owner's possessive); a yard
// named by its town after "its" and the town standing for it later ("said X would take on apprentices"); and a
// quotation alone in its paragraph credited by the next paragraph's "That was the verdict of X", which goes on to quote
// X again; an officer's post given by the unit commanded ("who commands the X"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('defence and armed forces copy kinds of round 34 (r34-defence)', () => {
  it('reads a rank in capitals after an age adjective as the rank, no person named by its first word', () => {
    const text = 'Colleagues praised the crew. The 29-year-old Squadron Leader had flown for a decade, and the 41-year-old Staff Sergeant led the recovery.';
    assert.deepStrictEqual(mentionLabels(text), []);
  });

  it('still reads a name after an age adjective as a person', () => {
    assert.deepStrictEqual(mentionLabels('The 31-year-old Okafor-Lind flew the sortie.'), ['p:Okafor-Lind']);
  });

  it('reads an unknown word after a one-word service opening a headline as the aircraft type, no person', () => {
    const text = 'Navy Skerrow ditches off Cornwall in training sortie\n\nTwo crew were rescued after the helicopter came down on Monday.';
    assert.deepStrictEqual(mentionLabels(text).filter(label => label.startsWith('p:')), []);
  });

  it('keeps a known word after a one-word service as the service\'s own body ("Army Reserve")', () => {
    assert.ok(mentionLabels('The Army Reserve said it would recruit 900 more soldiers.').some(label => label.startsWith('o:Army Reserve')));
  });

  it('reads a maker named for its trade (rotorcraft, avionics, munitions) as a company', () => {
    const text = 'The type is built by Pellam Rotorcraft, with radars from Dorvan Avionics. Pellam said it would help the inquiry.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Pellam Rotorcraft', 'o:Dorvan Avionics', 'o:Pellam']);
  });

  it('reads a defence trade site\'s section between a masthead\'s bars as no body, though a body of the story opens with it', () => {
    const text = 'FORCEWIRE | Land | Rotary\n\nThe Rotary Families Network said its members were relieved.';
    assert.deepStrictEqual(mentionLabels(text), ['o:FORCEWIRE', 'o:Rotary Families Network']);
  });

  it('keeps a company\'s short name a company after "at X\'s yard", and its later bare use at a sentence\'s start', () => {
    const text = 'Shares in Tarrowdale Marine Holdings rose on Monday.\n\nThe hulls will be welded at Tarrowdale\'s yard on the Tyne.\n\nTarrowdale said it would hire 300 apprentices.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Tarrowdale Marine Holdings', 'o:Tarrowdale', 'o:Tarrowdale']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('reads an owner before a place named "Port …" as the owner, no word of a place\'s name', () => {
    const text = 'Staff at Brannock\'s Port Elvery site were briefed on Friday. Brannock said the order book was thin.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Brannock', 'o:Brannock']);
  });

  it('reads a yard named by its town after "its" as a place, and the town standing for the yard later as no body', () => {
    const text = 'The group confirmed that keels will be laid at its Dunmarrow yard from 2029. The chief executive said Dunmarrow would take on 250 trainees.';
    assert.deepStrictEqual(mentionLabels(text), []);
  });

  it('reads "who commands the <unit>" after an officer\'s name as the post, and commanding respect as none', () => {
    const text = 'Maj Ilse Verhoeven-Coe, who commands the Dunmarrow Light Infantry, visited the wounded. Cpl Rhys Tamblin, who commands the respect of every recruit, stayed behind.';
    assert.deepStrictEqual(rolesOf(text, 'Ilse Verhoeven-Coe'), ['Maj', 'commands the Dunmarrow Light Infantry']);
    assert.deepStrictEqual(rolesOf(text, 'Rhys Tamblin'), ['Cpl']);
  });

  it('credits a quotation alone in its paragraph to the person the next paragraph names after "That was the verdict of", though that paragraph quotes again', () => {
    const text = 'Dockers fear for the yard.\n\n"This town has been betrayed once too often."\n\nThat was the verdict of Cathal Brennock-Ure, the union\'s regional organiser, who expects 600 jobs to go. "We will not go quietly," he said.';
    assert.strictEqual(speakerOf(text, 'This town'), 'Cathal Brennock-Ure');
    assert.strictEqual(speakerOf(text, 'We will not'), 'Cathal Brennock-Ure');
    assert.deepStrictEqual(rolesOf(text, 'Cathal Brennock-Ure'), ['union\'s regional organiser']);
  });

  it('leaves a quotation alone when the next paragraph\'s own quotation opens in its pointing sentence', () => {
    const text = 'Dockers fear for the yard.\n\n"This town has been betrayed once too often."\n\nThat was the verdict of "the whole shop floor", Cathal Brennock-Ure said on Monday.';
    assert.notStrictEqual(speakerOf(text, 'This town'), 'Cathal Brennock-Ure');
  });
});
