// Kinds the lead's probes of round 31 found in invented copy: in financial-regulation copy a law firm named "X Law"
// read as a person (and her quotation credited to it); in counter-terrorism and local copy a "she" after "A neighbour
// …, who asked not to be named, said" credited to the official named a paragraph before; in policing and business copy
// a post qualified by two nouns joined by "and" cut to its second noun ("police and crime commissioner" read as
// "commissioner"); in film-festival copy a capitalised compound at a sentence's start ("Box-office analyst X", "The
// Portuguese-language drama …") read as a body; in local-radio copy "the council said" credited to a broadcaster
// because a headline's last words ("… row with council leader") were read as describing the body under it; and in
// wine-trade copy French bodies named with "des" split into a body and a person, and wine estates ("Domaine X") read
// as people; in start-up funding copy one word opening a sentence, set off by an appositive body noun that a participle
// or a relative clause goes on to describe ("X, the buyers' coalition backed by …,"), lost. Every sentence and name is
// invented. In care-home court copy: a given name the lexicon lacks before a surname that is a landscape noun ("Ivo
// Marsh said …", "X, a former nurse,") read as a place and lost; counsel's "Defending X," read into the name; and a
// council named after a hyphened town ("Stoke-on-Trent City Council"-type) cut after the town's last hyphen. In AI
// regulation copy: a company named "<word> AI" read as a person, and the first of two posts joined by "and" before a
// comma and a name dropped.
import * as assert from 'assert';
import { mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('round 31 lead probes: law firms', () => {
  it('reads a name ending in "Law" or "Legal" after an unknown word as a firm', () => {
    const text = 'The trader\'s solicitor, Nadia Vell of Orrinford Law, said her client "rejects every finding".';
    assert.deepStrictEqual(mentionLabels(text), ['p:Nadia Vell', 'o:Orrinford Law']);
    assert.strictEqual(speakerOf(text, 'rejects'), 'Nadia Vell');
    assert.ok(mentionLabels('Kelbridge Legal acted for the buyer in the deal.').includes('o:Kelbridge Legal'));
  });

  it('keeps a given name before "Law" a person, and a field of law no firm', () => {
    assert.ok(mentionLabels('Rafe Law, the centre back, signed a new contract.').includes('p:Rafe Law'));
    assert.ok(!mentionLabels('She lectured in Family Law at the college for a decade.').some(label => label.startsWith('o:Family')));
  });
});

describe('round 31 lead probes: an unnamed member of the public', () => {
  it('lets "she" after "A neighbour …, who asked not to be named," credit no one', () => {
    const text = 'Detective Inspector Owen Marsh said the arrests followed a long inquiry.\n\n'
      + 'A neighbour in Calder Street, who asked not to be named, said the raid began before dawn. "We heard doors going," she said.';
    assert.strictEqual(speakerOf(text, 'We heard'), null);
  });

  it('still credits the person named when the unnamed one is named after all', () => {
    const text = 'Detective Inspector Owen Marsh spoke first.\n\nA neighbour, Jodie Pell, said the raid began before dawn. "We heard doors going," she said.';
    assert.strictEqual(speakerOf(text, 'We heard'), 'Jodie Pell');
  });
});

describe('round 31 lead probes: posts qualified by two nouns joined by "and"', () => {
  it('keeps both nouns of a listed pair in the post', () => {
    assert.deepStrictEqual(rolesOf('Tarrowshire\'s police and crime commissioner, Dana Morrow, said the force was stretched.', 'Dana Morrow'), ['Tarrowshire\'s police and crime commissioner']);
    assert.deepStrictEqual(rolesOf('Health and safety manager Ivo Brandt said the site was closed.', 'Ivo Brandt'), ['Health and safety manager']);
    assert.deepStrictEqual(rolesOf('Fire and rescue chief Omar Leddy said crews stayed overnight.', 'Omar Leddy'), ['Fire and rescue chief']);
  });

  it('keeps two posts joined by "and" two posts', () => {
    assert.deepStrictEqual(rolesOf('The mayor and deputy mayor Ivo Brandt spoke at the opening.', 'Ivo Brandt'), ['mayor', 'deputy mayor']);
  });
});

describe('round 31 lead probes: a compound modifier at a sentence\'s start', () => {
  it('reads a capitalised word hyphened to a word of two syllables or more as no name', () => {
    assert.deepStrictEqual(mentionLabels('Box-office analyst Rhys Vane said the film would do well abroad.'), ['p:Rhys Vane']);
    assert.deepStrictEqual(mentionLabels('The Danish-language thriller Cold Harbour won the prize.').filter(label => label.includes('Danish')), []);
  });

  it('keeps the one-syllable second half of a hyphened given name', () => {
    assert.ok(mentionLabels('The award went to Park Ji-woon of Busan.').includes('p:Park Ji-woon'));
  });
});

describe('round 31 lead probes: "the council said" under a headline', () => {
  it('does not read a headline\'s last words as describing the body that opens the next paragraph', () => {
    const text = 'Radio host taken off air after row with council leader\n\n'
      + 'A Kelso FM presenter was taken off air after an interview with the leader of Tarrow Council, the station said.\n\n'
      + 'Mr Pell walked out after ten minutes. In a statement, the council said he had been "treated unfairly by the host".';
    assert.strictEqual(speakerOf(text, 'treated unfairly'), 'Tarrow Council');
  });
});

describe('round 31 lead probes: French bodies and wine estates', () => {
  it('keeps "des" inside a body opened by its head noun', () => {
    assert.deepStrictEqual(mentionLabels('The Bureau National des Vins de Tarrow said losses were high.'), ['o:Bureau National des Vins de Tarrow']);
  });

  it('reads a wine estate as a body', () => {
    assert.deepStrictEqual(mentionLabels('Domaine Vasseur-Lenoir said it had lost half its crop.'), ['o:Domaine Vasseur-Lenoir']);
    assert.deepStrictEqual(mentionLabels('Bodegas Arrieta said the same.'), ['o:Bodegas Arrieta']);
  });

  it('leaves "des" a street\'s word outside a body', () => {
    assert.ok(!mentionLabels('They walked along the Promenade des Anglais with Dana Kell.').some(label => label.includes('des')));
  });
});

describe('round 31 lead probes: a one-word body described further in its appositive', () => {
  it('reads the word as the body when a participle or a relative clause follows the body noun', () => {
    assert.deepStrictEqual(mentionLabels('Frontline, a coalition backed by two banks, has not bought yet.'), ['o:Frontline']);
    assert.deepStrictEqual(mentionLabels('Lumen, a rights group founded in 2010, said the law was unfair.'), ['o:Lumen']);
    assert.deepStrictEqual(mentionLabels('Frontline, the carbon removal buyers\' coalition, has not bought yet.'), ['o:Frontline']);
  });

  it('keeps a person whose appositive is a post, and a common noun, what they are', () => {
    assert.deepStrictEqual(mentionLabels('Walking, a group activity that many enjoy, is cheap.'), []);
    assert.deepStrictEqual(mentionLabels('Dana Kell, a group leader who runs the club, said it was fine.'), ['p:Dana Kell']);
  });
});

describe('round 31 lead probes: care-home court copy', () => {
  it('reads an unknown given name and a landscape surname that speaks, or is described as a person, as a person', () => {
    assert.deepStrictEqual(mentionLabels('Ivo Marsh said his client was sorry.'), ['p:Ivo Marsh']);
    assert.deepStrictEqual(mentionLabels('Kemi Field told the court she was sorry.'), ['p:Kemi Field']);
    assert.deepStrictEqual(mentionLabels('The inquiry heard from Ivo Marsh, a former nurse, on Monday.'), ['p:Ivo Marsh']);
  });

  it('keeps a landscape name that does not speak a place, and common words that are no surname what they were', () => {
    assert.deepStrictEqual(mentionLabels('Crowds gathered on Ivo Marsh overnight.'), []);
    assert.ok(!mentionLabels('Crisis Support said the calls rose.').includes('p:Crisis Support'));
  });

  it('leaves counsel\'s "Defending" out of the name after it', () => {
    assert.deepStrictEqual(mentionLabels('Defending Tom Pell, Fiona Garrow said her client was sorry.'), ['p:Tom Pell', 'p:Fiona Garrow']);
    assert.deepStrictEqual(rolesOf('Defending champion Lia Tamm won in straight sets.', 'Lia Tamm'), ['Defending champion']);
  });

  it('keeps a hyphened town\'s whole name in a council named after it', () => {
    assert.deepStrictEqual(mentionLabels('Kelby-on-Marr City Council said it would appeal.'), ['o:Kelby-on-Marr City Council']);
    assert.deepStrictEqual(mentionLabels('The plan was backed by Tarrow-under-Fell Borough Council.'), ['o:Tarrow-under-Fell Borough Council']);
    assert.deepStrictEqual(mentionLabels('Lee Sang-woon said the team was ready.'), ['p:Lee Sang-woon']);
    assert.deepStrictEqual(rolesOf('The Colonel-in-Chief, Dana Kell, watched the parade.', 'Dana Kell'), ['Colonel-in-Chief']);
  });
});

describe('round 31 lead probes: AI regulation copy', () => {
  it('reads "<word> AI" as a company and links its short name', () => {
    assert.deepStrictEqual(mentionLabels('The regulator fined Tarrow AI on Monday.'), ['o:Tarrow AI']);
    assert.deepStrictEqual(mentionLabels('Experts in AI said it was early.'), []);
  });

  it('keeps both posts joined by "and" before a comma and a name', () => {
    assert.deepStrictEqual(rolesOf('The firm\'s chairman and chief executive, Dana Kell, said sales rose.', 'Dana Kell'), ['firm\'s chairman', 'chief executive']);
    assert.deepStrictEqual(rolesOf('The mayor and her deputy, Ivo Rask, said no.', 'Ivo Rask'), ['deputy']);
  });
});
