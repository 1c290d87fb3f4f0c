// Kinds the lead's probes of round 29 found in invented expedition and Welsh political copy: a trade that sells a
// service written with its plural possessive inside a body's name ("the Kelso Tour Operators' Association") cut at the
// apostrophe; trekking and climbing firms ("Vardo Peak Adventures") missed; a high mountain's landmarks named after
// people ("the Vardo Icefall", "Marwick Glacier") read as people; Welsh patronymic particles ("Dafydd ap Ianto") splitting one person in two;
// the Welsh parliament's post-nominal "MS" kept in the name; Welsh place openers ("Ynys", "Porth") before a word read
// as a person; and Welsh bodies named head first ("Cyngor Sir Vardo", "Canolfan Hamdden Kelso"), where "Sir" (county)
// read as a knight's style. Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 29 lead probes: expedition copy', () => {
  it('keeps a service trade\'s plural possessive inside a body\'s name', () => {
    assert.ok(mentionLabels('The Kelso Tour Operators\' Association of Vardo said it would appeal.').includes('o:Kelso Tour Operators\' Association of Vardo'));
    assert.ok(mentionLabels('The Mountain Guides\' Union objected to the fee.').includes('o:Mountain Guides\' Union'));
  });

  it('reads trekking, climbing and safari firms as bodies', () => {
    assert.ok(mentionLabels('The climb was organised by Tarrow Peak Adventures, based in Pokhara.').includes('o:Tarrow Peak Adventures'));
    assert.ok(mentionLabels('Clients of Marwick Expeditions were told to wait.').includes('o:Marwick Expeditions'));
  });

  it('reads a high mountain\'s landmark named like a person as no entity', () => {
    assert.deepStrictEqual(mentionLabels('The camp sits beside the Dorran Glacier.'), []);
    assert.deepStrictEqual(mentionLabels('Two ladders were lost in the Vardo Icefall overnight.'), []);
  });

  it('keeps a person whose surname is a landmark noun elsewhere', () => {
    assert.deepStrictEqual(mentionLabels('Dana Step said the queue was dangerous.'), ['p:Dana Step']);
  });
});

describe('round 29 lead probes: Welsh political copy', () => {
  it('keeps a Welsh patronymic in one name', () => {
    assert.deepStrictEqual(mentionLabels('Dr Iolo ap Gwynfor, a historian, said the vote was close.'), ['p:Iolo ap Gwynfor']);
    assert.deepStrictEqual(mentionLabels('By Elin ferch Rhodri, Political Reporter'), ['p:Elin ferch Rhodri']);
  });

  it('reads "MS" after a name as a seat, not part of the name', () => {
    assert.deepStrictEqual(mentionLabels('Tomos Pritchard MS said the count was fair.'), ['p:Tomos Pritchard']);
    assert.deepStrictEqual(rolesOf('Tomos Pritchard MS said the count was fair.', 'Tomos Pritchard'), ['MS']);
  });

  it('reads Welsh place openers before a word as a place', () => {
    assert.deepStrictEqual(mentionLabels('A ballot box from Porth Madryn arrived late.'), []);
    assert.deepStrictEqual(mentionLabels('She held the seat of Ynys Garw.'), []);
  });

  it('reads Welsh bodies named head first, "Sir" after "Cyngor" as county', () => {
    assert.deepStrictEqual(mentionLabels('Cyngor Sir Garw said the count was delayed.'), ['o:Cyngor Sir Garw']);
    assert.ok(mentionLabels('The count was held at Canolfan Hamdden Tregaron.').includes('o:Canolfan Hamdden Tregaron'));
    assert.deepStrictEqual(mentionLabels('Sir Gareth Morlais said the count was delayed.'), ['p:Gareth Morlais']);
  });
});

describe('round 29 lead probes: a writer\'s beat in a byline', () => {
  it('reads the beat before a newsroom post in a byline as no name', () => {
    assert.deepStrictEqual(mentionLabels('By Tom Arnell, Chief Football Writer\n\nThe match was late.'), ['p:Tom Arnell']);
    assert.deepStrictEqual(mentionLabels('By Tom Arnell, Dance Critic\n\nThe ballet opened.'), ['p:Tom Arnell']);
    assert.deepStrictEqual(mentionLabels('By Tom Arnell, Chief Theatre Critic, in Kelso\n\nThe play opened.'), ['p:Tom Arnell']);
  });

  it('keeps a name after a byline that is no post', () => {
    assert.ok(mentionLabels('By Tom Arnell, Dana Kelso Writer\n\nThe play opened.').includes('p:Tom Arnell'));
    assert.ok(mentionLabels('The critic Dana Kelso said the play was long.').includes('p:Dana Kelso'));
  });
});

describe('round 29 lead probes: data-protection copy', () => {
  it('reads a data-protection law written as letters as no body', () => {
    assert.deepStrictEqual(mentionLabels('The app broke the GDPR, the Vardo Data Office said.'), ['o:Vardo Data Office']);
  });
});

describe('round 29 lead probes: a franchise after a dateline', () => {
  it('reads "The" after a dateline as opening the text before a team\'s plural nickname', () => {
    assert.ok(mentionLabels('PORTHAVEN: The Kelso Comets on Monday sacked their coach after a fifth defeat.').includes('o:Kelso Comets'));
    assert.ok(mentionLabels('PORTHAVEN — The Kelso Comets sacked their coach after a fifth defeat.').includes('o:Kelso Comets'));
  });

  it('keeps a capitalised "The" inside a sentence as a title\'s opening', () => {
    assert.ok(!mentionLabels('She wrote “The Forest Fevers,” a history of the league.').includes('o:Forest Fevers'));
  });
});

describe('round 29 lead probes: festival copy', () => {
  it('reads a firm that runs events as a body', () => {
    assert.ok(mentionLabels('Marlow Events, which has run the festival since 2018, said the gate was shut.').includes('o:Marlow Events'));
  });

  it('reads a crowd member\'s outing before the name as a role', () => {
    assert.deepStrictEqual(mentionLabels('Festival-goer Ada Pell, 24, said the crowd could not move.'), ['p:Ada Pell']);
    assert.deepStrictEqual(rolesOf('Festival-goer Ada Pell, 24, said the crowd could not move.', 'Ada Pell'), ['Festival-goer']);
  });

  it('keeps initials a person is known by with the person, not as a body', () => {
    const labels = mentionLabels('The set was by the rapper Kwame Odell-Vane, known as KOV, when a barrier gave way.');
    assert.deepStrictEqual(labels, ['p:Kwame Odell-Vane', 'p:KOV']);
  });
});

describe('round 29 lead probes: Singapore and Malaysian court copy', () => {
  it('keeps Malay and Indian patronymic particles in one name', () => {
    assert.deepStrictEqual(mentionLabels('Prosecutor Nurin Amira binte Kassim said the sums were large.'), ['p:Nurin Amira binte Kassim']);
    assert.deepStrictEqual(mentionLabels('His lawyer, Mr Suresh s/o Velan, asked for leniency.'), ['p:Suresh s/o Velan']);
  });

  it('reads "DPP" before a name as a title and "Madam" as a courtesy form', () => {
    assert.deepStrictEqual(mentionLabels('"He lied," DPP Nurin Kassim said.'), ['p:Nurin Kassim']);
    assert.deepStrictEqual(mentionLabels('Madam Goh Siew Lan, 74, said she had trusted him.'), ['p:Goh Siew Lan']);
  });
});
