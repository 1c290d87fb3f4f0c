// Role kinds read off an invented pair set whose roles were annotated by someone else (test/fixtures/links): a
// body's bracketed abbreviation between a fronted title phrase and the name ("The head of the X Commission (XC),
// Dana Kelso, said"), and a relative clause naming a business the person owns or runs, with its date left out.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const found = analyzeText(text).entities.find(candidate => candidate.name === name);
  assert.ok(found, `no entity ${name}`);
  return found.roles.map(role => role.text);
}

describe('a fronted title phrase with a bracketed abbreviation before the name', () => {
  it('"The president of the X Commission (XC), Name," gives the title phrase without the abbreviation', () => {
    assert.deepStrictEqual(rolesOf('The president of the Harbour Electoral Commission (HEC), Dana Kelso, blamed the delays.', 'Dana Kelso'),
      ['president of the Harbour Electoral Commission']);
  });

  it('a bracketed abbreviation after no title gives no role', () => {
    assert.deepStrictEqual(rolesOf('After the annual general meeting (AGM), Dana Kelso resigned.', 'Dana Kelso'), []);
  });

  it('an appositive of an earlier name followed by a place is no role of the place', () => {
    const text = 'Dr. Tom Halder, researcher at the Marwick Institute of Tides (MIT), Kelso Bay, said the water was warmer.';
    const names = analyzeText(text).entities.map(entity => [entity.name, entity.roles.map(role => role.text)]);
    assert.ok(names.every(([name, roles]) => name === 'Tom Halder' || roles.length === 0), JSON.stringify(names));
  });
});

describe('a relative clause naming a business the person owns or runs', () => {
  const cases: [string, string[]][] = [
    ['Dana Kelso, who owns a hardware shop on Mill Lane, said the water rose fast.', ['owns a hardware shop on Mill Lane']],
    ['Dana Kelso, who runs a bakery in Marwick, said prices rose.', ['runs a bakery in Marwick']],
    ['Dana Kelso, who ran the family bakery in 1990, said no.', ['ran the family bakery']],
    ['Dana Kelso, who headed the agency from 2006 until 2011, said no.', ['headed the agency']],
  ];
  for (const [sentence, roles] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, 'Dana Kelso').sort(), [...roles].sort()));
  }

  it('founding a business is an act, no post as written ("who founded the bakery in a garage")', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso, 88, who founded the bakery in a garage, will retire.', 'Dana Kelso'), []);
  });

  it('an object that is no business or body gives no role ("who owns a dog", "who leads the race")', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso, who owns a dog, said no.', 'Dana Kelso'), []);
    assert.deepStrictEqual(rolesOf('Dana Kelso, who leads the race, said no.', 'Dana Kelso'), []);
  });
});

describe('playing positions as titles before a name (sports copy)', () => {
  const cases: [string, string, string][] = [
    ['Earlier, seamer Tom Halder took 5-48 as Marwick were bowled out.', 'Tom Halder', 'seamer'],
    ['Only opener Tom Halder offered much resistance.', 'Tom Halder', 'opener'],
    ['He was dropped by Kelso wicketkeeper Tom Halder on 14.', 'Tom Halder', 'Kelso wicketkeeper'],
    ['Tries came from the hooker Tom Halder and the Falcons replacement Dana Kelso.', 'Dana Kelso', 'Falcons replacement'],
    ['Bulls quarterback Tom Halder was sacked five times.', 'Tom Halder', 'Bulls quarterback'],
    ['Substitute Tom Halder scored an 88th-minute winner.', 'Tom Halder', 'Substitute'],
    ['Sefton drilled a low shot past Comets keeper Tom Halder.', 'Tom Halder', 'Comets keeper'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }

  it('a verb spelled like a position makes no title ("storm batters Marwick")', () => {
    const names = analyzeText('Cyclone Idris: storm batters Marwick coast as thousands flee.').entities;
    assert.ok(names.every(entity => entity.kind !== 'person'), JSON.stringify(names.map(entity => [entity.name, entity.kind])));
  });
});
