// Roles of round 18b: two places or bodies owning one post ("Tarrowby and Kelderwick's MP"), a post qualified by
// nouns after a lower-case owner ("the council's pitch liaison officer"), a department inside a post, a named owner
// ("The Marwick lifeboat's coxswain"), an academy graduate, an occupation before a style, an honour conferred, a church named by its saint. Invented sentences.
import * as assert from 'assert';
import { entityKinds, rolesOf } from '../support/entityQueries';

describe('roles: two owners joined by "and" before a post', () => {
  it('reads both owners into the post', () => {
    assert.deepStrictEqual(rolesOf('Tarrowby and Kelderwick\'s MP, Dana Kelso, said she would write to ministers.', 'Dana Kelso'),
      ['Tarrowby and Kelderwick\'s MP']);
    assert.deepStrictEqual(rolesOf('The line was shut. Vale and Marsh\'s chief engineer Tom Wrede said the work was done.', 'Tom Wrede'),
      ['Vale and Marsh\'s chief engineer']);
  });

  it('leaves a person named before "and" out of the post', () => {
    assert.deepStrictEqual(rolesOf('She met Ann Bellamy and Kelderwick\'s MP, Tom Halder, at the station.', 'Tom Halder'), ['Kelderwick\'s MP']);
  });
});

describe('roles: nouns qualifying a post after a lower-case owner', () => {
  it('reads the owner and the nouns into the post', () => {
    assert.deepStrictEqual(rolesOf('The board\'s pitch liaison officer, Graham Oste, inspected the square on Friday.', 'Graham Oste'),
      ['board\'s pitch liaison officer']);
  });

  it('still reads a post after an article alone', () => {
    assert.deepStrictEqual(rolesOf('The crisis consultant Orla Brandt said no.', 'Orla Brandt'), ['crisis consultant']);
  });
});

describe('roles: a dated post after nouns', () => {
  it('leaves nouns before a post opened by "former" out of it', () => {
    assert.deepStrictEqual(rolesOf('The panel\'s inquiry former Secretary of State Dana Kelso was called.', 'Dana Kelso'), ['former Secretary of State']);
  });
});

describe('roles: a department inside a post', () => {
  it('reads a department qualified by a head word ("general") into the post before a comma', () => {
    assert.deepStrictEqual(rolesOf('Its director of general insurance, Orla Brandt, said the rates would hold.', 'Orla Brandt'), ['director of general insurance']);
  });

  it('reads a club\'s or a firm\'s department after "of" in a title before a name', () => {
    assert.deepStrictEqual(rolesOf('Director of rugby Pell Aston said the squad was tired.', 'Pell Aston'), ['Director of rugby']);
    assert.deepStrictEqual(rolesOf('Head of communications Ann Bellamy said no.', 'Ann Bellamy'), ['Head of communications']);
  });
});

describe('roles: a named owner before a lower-case owner', () => {
  it('reads the place naming the owner into the post', () => {
    assert.deepStrictEqual(rolesOf('The Marwick lifeboat\'s coxswain, Ivo Sandal, said the sea was wild.', 'Ivo Sandal'), ['Marwick lifeboat\'s coxswain']);
  });
});

describe('roles: an academy graduate', () => {
  it('reads a lower-case "graduate" as a post before a name', () => {
    assert.deepStrictEqual(rolesOf('Academy graduate Fenn Roscoe made his debut.', 'Fenn Roscoe'), ['Academy graduate']);
  });

  it('keeps a capitalised "Graduate" inside a body\'s name', () => {
    assert.ok(entityKinds('Tom Wrede teaches at the Marwick University Graduate School of Design.').includes('org:Marwick University Graduate School of Design'));
  });
});

describe('roles: an occupation before a style of address', () => {
  it('reads "the epidemiologist Professor X" as two roles', () => {
    assert.deepStrictEqual(rolesOf('The epidemiologist Professor Dana Kelso said it.', 'Dana Kelso'), ['epidemiologist', 'Professor']);
  });

  it('keeps a chain of capitalised words one role', () => {
    assert.deepStrictEqual(rolesOf('Chief Constable Dana Kelso said it.', 'Dana Kelso'), ['Chief Constable']);
    assert.deepStrictEqual(rolesOf('Union executive Director Dana Kelso said it.', 'Dana Kelso'), ['Union executive Director']);
  });
});

describe('roles: an honour conferred is no post', () => {
  it('gives no role for "who becomes a Dame Commander"', () => {
    assert.deepStrictEqual(rolesOf('Among the first was Professor Orla Brandt, who becomes a Dame Commander for her work on vaccines.', 'Orla Brandt'), ['Professor']);
  });

  it('still reads a post after "becomes"', () => {
    assert.deepStrictEqual(rolesOf('Orla Brandt, who becomes the club\'s captain in May, said it.', 'Orla Brandt'), ['club\'s captain']);
  });
});

describe('roles: a place named by its owner ending a post', () => {
  it('keeps the possessive of a church or a college ending the post', () => {
    assert.deepStrictEqual(rolesOf('The Rev Dr Ann Bellamy, vicar of St Kelda\'s, Vardo, tabled the motion.', 'Ann Bellamy'), ['Rev', 'Dr', 'vicar of St Kelda\'s']);
    assert.deepStrictEqual(rolesOf('Tom Wrede, a fellow of King\'s, said no.', 'Tom Wrede'), ['fellow of King\'s']);
  });
});

describe('roles: a post given by "co-chairs"', () => {
  it('reads the verb and the body it co-chairs as the post', () => {
    assert.deepStrictEqual(rolesOf('Rabbi Orla Brandt, who co-chairs the Marwick Interfaith Council, said the door was open.', 'Orla Brandt'),
      ['Rabbi', 'co-chairs the Marwick Interfaith Council']);
  });
});
