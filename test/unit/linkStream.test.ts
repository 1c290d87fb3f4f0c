// Online linking for corpus mode: the same matching rules as linkAnalyses, applied document by document,
// and an id once given never changes. Invented names only.
import * as assert from 'assert';
import { StreamLinker, type LinkableEntity } from '../../src/core/linkStream';

const person = (name: string, aliases: string[] = []): LinkableEntity => ({ kind: 'person', name, aliases });
const org = (name: string, aliases: string[] = []): LinkableEntity => ({ kind: 'org', name, aliases });

/** Ids given to each document's entities, documents in order. */
function idsOf(documents: LinkableEntity[][]): string[][] {
  const linker = new StreamLinker();
  return documents.map(entities => linker.link(entities).map(link => link.id));
}

describe('StreamLinker', () => {
  const linked: [string, LinkableEntity, LinkableEntity][] = [
    ['the same full name', person('Marta Kowalczyk'), person('Marta Kowalczyk')],
    ['a name and its honorific form', person('Tomas Brandt', ['Mr Brandt']), person('Tomas Brandt')],
    ['spellings that differ by transliteration', person('Oleksandr Zhuravskyi'), person('Oleksandr Zhuravsky')],
    ['a full name, then its lone surname', person('Ines Castellanos'), person('Castellanos')],
    ['a lone surname, then its full name', person('Castellanos'), person('Ines Castellanos')],
    ['an organisation and its abbreviation', org('Northern Rivers Authority'), org('NRA')],
    ['an organisation in any case', org('Velmora'), org('VELMORA')],
    ['an abbreviation, then its expansion', org('NRA'), org('Northern Rivers Authority')],
    ['an abbreviation with full stops and without', org('N.R.A.'), org('NRA')],
    ['a body in the singular, then the plural', org('Tarquin'), org('Tarquins')],
  ];
  for (const [what, first, second] of linked) {
    it(`links ${what}`, () => {
      const [[a], [b]] = idsOf([[first], [second]]);
      assert.strictEqual(a, b);
    });
  }

  it('names a group after its first appearance and keeps that id', () => {
    assert.deepStrictEqual(idsOf([[person('Castellanos')], [person('Ines Castellanos')], [person('Castellanos')]]), [['castellanos'], ['castellanos'], ['castellanos']]);
  });

  it('does not give a lone surname to one of two people who share it', () => {
    const [[a, b], [lone]] = idsOf([[person('Ines Castellanos'), person('Rafael Castellanos')], [person('Castellanos')]]);
    assert.notStrictEqual(lone, a);
    assert.notStrictEqual(lone, b);
  });

  it('never gives one id to two entities of the same document', () => {
    const [[first], [a, b]] = idsOf([[person('Ines Castellanos')], [person('Ines Castellanos'), person('Castellanos')]]);
    assert.strictEqual(a, first);
    assert.notStrictEqual(b, a);
  });

  it('numbers a new entity whose slug is taken', () => {
    assert.deepStrictEqual(idsOf([[person('Ines Castellanos')], [org('Ines Castellanos'), person('Ines Castellanos')]]), [['ines-castellanos'], ['ines-castellanos-2', 'ines-castellanos']]);
  });

  it('reads a lone word taken for a body as the one person of the run with that surname', () => {
    const linker = new StreamLinker();
    const [full] = linker.link([person('Ines Castellanos')]);
    const [lone] = linker.link([org('Castellanos')]);
    assert.deepStrictEqual(lone, { id: full.id, kind: 'person' });
  });

  it('keeps an organisation an organisation when no such person came before', () => {
    const linker = new StreamLinker();
    const [lone] = linker.link([org('Castellanos')]);
    assert.strictEqual(lone.kind, 'org');
  });

  it('keeps two people whose given names share only an initial apart', () => {
    const [[a], [b]] = idsOf([[person('Matt Brennan')], [person('Michael Brenan')]]);
    assert.notStrictEqual(a, b);
  });

  it('does not read an acronym as the surname of a person of the run', () => {
    const linker = new StreamLinker();
    linker.link([person('Tae Sung-un')]);
    const [acronym] = linker.link([org('UN')]);
    assert.strictEqual(acronym.kind, 'org');
  });

  it('does not read a party\'s name in the plural as the surname of a person of the run', () => {
    // A tagger may take "Reform Democrats" (in a headline) for a person; the party's members, alone, stay who they are.
    const linker = new StreamLinker();
    linker.link([person('Reform Democrats')]);
    const [party] = linker.link([org('Democrats')]);
    assert.strictEqual(party.kind, 'org');
  });

  it('keeps two bodies with the same initials apart', () => {
    const [[a], [b]] = idsOf([[org('Halvorsen Institute')], [org('Hartwell Initiative')]]);
    assert.notStrictEqual(a, b);
  });

  it('keeps people and organisations of one name apart', () => {
    const [[a], [b]] = idsOf([[person('Velmora')], [org('Velmora')]]);
    assert.notStrictEqual(a, b);
  });
});
