// Kinds left open by round 35's invented sets and probes: couples and pairs sharing a surname or a plural post, a wife
// named with a given name the lexicon does not know, a nationality noun opening a name, a post given as a line's label,
// a lower-case remit before a name, bodies known by their shape (a landowner's estates, partners and a legal form, an
// investor after "backed by", a saint's club or school, a foreign body after its English description) and a party's
// challenger. Every sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('round 36 kinds: pairs, wives, openers, labels, remits, bodies by shape, challengers', () => {
  it('names both people of a couple whose surname is written once', () => {
    assert.deepStrictEqual(entityKinds('The couple, Ruth and Alan Pembry, said they would appeal.'), ['person:Alan Pembry', 'person:Ruth Pembry']);
    assert.deepStrictEqual(entityKinds('Married couple Ellen and Hugh Tarrant ran the shop for 30 years.'), ['person:Ellen Tarrant', 'person:Hugh Tarrant']);
    // A word that is no given name before "and" is someone else, or nobody.
    assert.deepStrictEqual(entityKinds('Quill and Jem Halloran met on Friday. Petra Quill said so.'), ['person:Jem Halloran', 'person:Petra Quill']);
  });

  it('gives a plural post in lower case, or after a capitalised modifier, to each person listed after it', () => {
    const joint = 'Joint administrators Nia Corbell and Fergus Stane said the firm would be sold.';
    assert.deepStrictEqual(rolesOf(joint, 'Nia Corbell'), ['Joint administrators']);
    assert.deepStrictEqual(rolesOf(joint, 'Fergus Stane'), ['Joint administrators']);
    const anchors = 'The debate was moderated by anchors Talia Brune and Jonah Pellick on Tuesday.';
    assert.deepStrictEqual(rolesOf(anchors, 'Talia Brune'), ['anchors']);
    assert.deepStrictEqual(rolesOf(anchors, 'Jonah Pellick'), ['anchors']);
    // A head of state's plural pairs leaders of different countries: no role.
    assert.deepStrictEqual(rolesOf('Presidents Tomas Vell and Ada Rusk met on Monday.', 'Ada Rusk'), []);
  });

  it('reads a full name after "his wife" as a woman\'s, so "Mrs <surname>" names her, not her husband', () => {
    const text = 'Aled Rusk was jailed for six years. His wife, Maelis Rusk, wept in court.\n\nOutside court Mrs Rusk said she would appeal.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Aled Rusk:Aled Rusk', 'p:Maelis Rusk:Maelis Rusk', 'p:Maelis Rusk:Rusk']);
    // And a husband so introduced is the "Mr".
    const husband = 'Maelis Rusk was jailed. Her husband, Tobin Rusk, wept in court.\n\nMr Rusk said he would appeal.';
    assert.deepStrictEqual(namedMentionLabels(husband), ['p:Maelis Rusk:Maelis Rusk', 'p:Tobin Rusk:Tobin Rusk', 'p:Tobin Rusk:Rusk']);
  });

  it('reads a nationality noun and a known surname as a person, with or without a word before them', () => {
    assert.deepStrictEqual(mentionLabels('Rival Dane Mercer said the result was unfair.'), ['p:Dane Mercer']);
    assert.deepStrictEqual(mentionLabels('Dane Mercer said the result was unfair.'), ['p:Dane Mercer']);
  });

  it('gives a post written as a line\'s label to the one name that fills the line', () => {
    const teamsheet = 'Kelso Rovers: Ames, Birch, Colley.\n\nReferee: Owain Gantry\n\nHead coach: Oriel Vance (Kelso)';
    assert.deepStrictEqual(rolesOf(teamsheet, 'Owain Gantry'), ['Referee']);
    assert.deepStrictEqual(rolesOf(teamsheet, 'Oriel Vance'), ['Head coach']);
    assert.deepStrictEqual(rolesOf('Referee: Owain Gantry booked three players.', 'Owain Gantry'), []);
  });

  it('keeps a post whose lower-case remit after "of" the department list does not know', () => {
    assert.deepStrictEqual(rolesOf('Director of children\'s services Bryony Tesh said the report was fair.', 'Bryony Tesh'), ['Director of children\'s services']);
    assert.deepStrictEqual(rolesOf('Chief executive of the trust Ola Fenwick said the wards were full.', 'Ola Fenwick'), ['Chief executive of the trust']);
    assert.deepStrictEqual(rolesOf('The board heard from head of adult social care Ben Ruckley.', 'Ben Ruckley'), ['head of adult social care']);
    // A remit word that is a title itself is the name's own title, not part of the post before "of".
    assert.deepStrictEqual(rolesOf('She was an adviser of senator Ben Ruckley for years.', 'Ben Ruckley'), ['senator']);
  });

  it('reads bodies by their shape: a landowner\'s estates, partners before a legal form, an investor, a saint\'s club', () => {
    assert.deepStrictEqual(mentionLabels('The farm is owned by Halvern Estates, which bought it in 2019.'), ['o:Halvern Estates']);
    assert.deepStrictEqual(mentionLabels('The deal was advised by Cobbam and Wexley LLP.'), ['o:Cobbam and Wexley LLP']);
    assert.deepStrictEqual(mentionLabels('The start-up, which is backed by Drommel, raised $5m from investors.'), ['o:Drommel']);
    assert.deepStrictEqual(mentionLabels('The horse is owned by Drommel, a trainer said.'), []);
    assert.deepStrictEqual(mentionLabels('St Feargal\'s won the county final on Sunday.'), ['o:St Feargal']);
  });

  it('reads a foreign body named after its English description as a body', () => {
    assert.deepStrictEqual(mentionLabels('The regional fire service, the Bombers de Varrat, said the blaze was out.'), ['o:Bombers de Varrat']);
  });

  it('gives no role for a party\'s challenger (candidacy), and keeps a bout\'s challenger and a party\'s nominee', () => {
    assert.deepStrictEqual(rolesOf('Republican challenger Hollis Vane said the mayor had failed.', 'Hollis Vane'), []);
    assert.deepStrictEqual(rolesOf('The Labour challenger, Mina Osterby, said the council was broke.', 'Mina Osterby'), []);
    assert.deepStrictEqual(rolesOf('Title challenger Hollis Vane weighed in on Friday.', 'Hollis Vane'), ['Title challenger']);
    assert.deepStrictEqual(rolesOf('The Democratic nominee, Corin Vale, said the race was close.', 'Corin Vale'), ['Democratic nominee']);
  });
});
