// Kinds the lead's probes of round 30 found in invented ice hockey and tennis copy: a known town and a plural
// nickname after the word that sets one side of a match against the other ("a 3-2 win over Derby Panthers") lost as a
// place and a noun; European clubs opened by initials ("HC Vardo", "SK Kelso") read as people; a defenceman's post
// not read as a role; an ordinal that ranks a post ("second seed X") dropped from the role; and a town a club of the
// gazetteers shares, after "from" in a player's profile ("the world No 40 from Liverpool"), read as the club; and, in
// airline business copy, a union named by one unknown word and "which represents …" lost; in a magistrates' court
// list, a street after a defendant's age ("X, 27, of Moor Bank, Kelbrook,") read as a bank, and a solicitor's post lost
// where her firm's name holds an ampersand ("Gemma Ray of Kell & Co,"); and in aviation and motoring copy a model's code
// read into its maker's name ("an Airbus A321neo") or alone as a body's initials ("the K200"). Every sentence and name
// is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 30 lead probes: ice hockey copy', () => {
  it('reads a known town and a plural nickname after a match word as the other side', () => {
    assert.deepStrictEqual(mentionLabels('It was a 3-2 victory over Derby Panthers at the arena.'), ['o:Derby Panthers']);
    assert.deepStrictEqual(mentionLabels('Kelso Comets lost 4-1 against Cardiff Devils on Saturday.'), ['o:Kelso Comets', 'o:Cardiff Devils']);
  });

  it('keeps a town and a plural after a match word a place outside sport', () => {
    assert.deepStrictEqual(mentionLabels('The court ruled 5-4 against Texas Ranchers in the case.'), []);
    assert.deepStrictEqual(mentionLabels('It was a 52-48 victory over Ohio Republicans in the Senate.').filter(label => label.includes('Ohio')), []);
  });

  it('reads a club opened by the initials of a hockey or sports club as a body', () => {
    assert.ok(mentionLabels('Lukas Dvoran, on loan from HC Vardo Kelso, made 30 saves.').includes('o:HC Vardo Kelso'));
    assert.deepStrictEqual(mentionLabels('SK Tarrow beat RC Dunmore 2-1.'), ['o:SK Tarrow', 'o:RC Dunmore']);
  });

  it('reads a defenceman before a name as the post', () => {
    const text = 'The Flames are coached by former Kelso defenceman Paul Dunnet, who arrived in May.';
    assert.deepStrictEqual(rolesOf(text, 'Paul Dunnet'), ['former Kelso defenceman']);
  });
});

describe('round 30 lead probes: tennis copy', () => {
  it('keeps an ordinal that ranks a seed in the role', () => {
    assert.deepStrictEqual(rolesOf('In the women\'s draw, second seed Tara Lund was taken to three sets.', 'Tara Lund'), ['second seed']);
    assert.deepStrictEqual(rolesOf('Third seed Rafe Corlan lost in four sets.', 'Rafe Corlan'), ['Third seed']);
    assert.deepStrictEqual(rolesOf('The 12th seed Rafe Corlan lost in four sets.', 'Rafe Corlan'), ['12th seed']);
  });

  it('keeps a rank that is no post out of the role', () => {
    assert.deepStrictEqual(rolesOf('Dana Kell was the first candidate to concede.', 'Dana Kell'), []);
  });

  it('reads a town after "from" in a player\'s profile as a place, a club where a move is told', () => {
    assert.deepStrictEqual(mentionLabels('Jonah Merrow, the world No 84 from Liverpool, won in four sets.'), ['p:Jonah Merrow']);
    assert.ok(mentionLabels('The midfielder joined Kelso Rovers from Liverpool in 2019.').includes('o:Liverpool'));
  });
});

describe('round 30 lead probes: airline business copy', () => {
  it('reads one word before ", which represents" members as a body', () => {
    assert.deepStrictEqual(mentionLabels('Vardex, which represents 4,000 nurses, said it would ballot members.'), ['o:Vardex']);
    assert.deepStrictEqual(mentionLabels('Members of Kelsa, which speaks for cabin crew, voted to strike.'), ['o:Kelsa']);
  });

  it('keeps a person and a known place what they are before "which represents"', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kell, who represents 4,000 nurses, said she would ballot members.'), ['p:Dana Kell']);
    assert.deepStrictEqual(mentionLabels('Texas, which represents a tenth of output, voted no.').filter(label => label.startsWith('o:')), []);
  });
});

describe('round 30 lead probes: model codes', () => {
  it('leaves a model\'s code off its maker\'s name', () => {
    assert.deepStrictEqual(mentionLabels('The carrier will defer eight Airbus A321neo jets until 2028.'), ['o:Airbus']);
    assert.deepStrictEqual(mentionLabels('Vardo Motors said the Vardo Motors VX350s had sold well.'), ['o:Vardo Motors', 'o:Vardo Motors']);
  });

  it('reads a capital and three digits as a model, no body', () => {
    assert.deepStrictEqual(mentionLabels('Sales of the K200 rose in May.'), []);
  });

  it('keeps an age group\'s side and a channel\'s number in the name', () => {
    assert.ok(mentionLabels('Kelso Rovers U21s beat Vardo 2-1 on Saturday.').some(label => label.includes('U21')));
  });
});

describe('round 30 lead probes: court list copy', () => {
  it('reads the street after a defendant\'s age and "of" as an address, not a body', () => {
    assert.deepStrictEqual(mentionLabels('Ann Petch, 27, of Moor Bank, Kelbrook, admitted drink-driving.'), ['p:Ann Petch']);
    assert.deepStrictEqual(mentionLabels('Tom Rix, 61, of Abbey Court, Vardo, was fined £200.'), ['p:Tom Rix']);
  });

  it('keeps an employer after an age and "of" a body when no town follows', () => {
    assert.ok(mentionLabels('Ann Petch, 27, of Kelso Bank, said she was shocked.').includes('o:Kelso Bank'));
  });

  it('keeps the post before a name whose firm holds an ampersand', () => {
    assert.deepStrictEqual(rolesOf('Petch\'s solicitor, Gemma Ray of Kell & Co, said she was trying.', 'Gemma Ray'), ['Petch\'s solicitor']);
  });
});
