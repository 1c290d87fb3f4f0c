// The union-find that every merge of entity resolution goes through (src/core/entities/unionFind.ts), and
// the one move of members after a merging step (merges.ts). Invented names throughout.
import * as assert from 'assert';
import { applyJoins } from '../../src/core/entities/merges';
import type { Cluster } from '../../src/core/entities/types';
import { UnionFind } from '../../src/core/entities/unionFind';

function cluster(key: string): Cluster {
  return { kind: 'org', key, members: [{ c: { start: 0, end: key.length, text: key, words: key.split(' '), evidence: 0n }, roles: [] }], fullStarts: [] };
}

function texts(clusters: readonly Cluster[]): string[] {
  return clusters.map(one => one.members.map(member => member.c.text).join('|'));
}

describe('union-find', () => {
  it('starts with every item a set of its own, represented by itself', () => {
    const sets = new UnionFind<string>();
    ['a', 'b', 'c'].forEach(item => sets.add(item));
    assert.deepStrictEqual(['a', 'b', 'c'].map(item => sets.find(item)), ['a', 'b', 'c']);
    assert.ok(sets.represents('b'));
    assert.strictEqual(sets.find('never added'), 'never added');
  });

  it('the item merged into represents the union, whatever the sizes of the two sets', () => {
    const sets = new UnionFind<string>();
    assert.ok(sets.union('b', 'a'));
    assert.ok(sets.union('c', 'a'));
    // A set of three joins a singleton: union by rank hangs the small tree under the big one, yet 'd' represents.
    assert.ok(sets.union('a', 'd'));
    assert.deepStrictEqual(['a', 'b', 'c', 'd'].map(item => sets.find(item)), ['d', 'd', 'd', 'd']);
    assert.ok(!sets.represents('a'));
    assert.ok(sets.represents('d'));
  });

  it('a union within one set is refused and not recorded', () => {
    const sets = new UnionFind<string>();
    sets.union('b', 'a');
    sets.union('c', 'b');
    assert.strictEqual(sets.union('a', 'c'), false);
    assert.deepStrictEqual(sets.joins, [{ joined: 'b', into: 'a' }, { joined: 'c', into: 'a' }]);
    assert.strictEqual(sets.find('c'), 'a');
  });

  it('records each union between the representatives of that moment', () => {
    const sets = new UnionFind<string>();
    sets.union('x', 'y');
    sets.union('x', 'z'); // x is in y's set: y's set joins z
    assert.deepStrictEqual(sets.joins, [{ joined: 'x', into: 'y' }, { joined: 'y', into: 'z' }]);
  });

  it('a long chain of merges ends in one set, found from its far end', () => {
    const sets = new UnionFind<number>();
    for (let i = 0; i < 5000; i++) {
      sets.union(i, i + 1);
    }
    assert.strictEqual(sets.find(0), 5000);
    assert.strictEqual(sets.find(2500), 5000);
    assert.deepStrictEqual([...sets.sets().keys()], [5000]);
  });

  it('groups items by set, in the order added', () => {
    const sets = new UnionFind<string>();
    ['a', 'b', 'c', 'd'].forEach(item => sets.add(item));
    sets.union('c', 'a');
    assert.deepStrictEqual([...sets.sets()], [['a', ['a', 'c']], ['b', ['b']], ['d', ['d']]]);
  });
});

describe('applying merges (chained)', () => {
  it('a form joining a body that has itself joined another ends in that other, in either order', () => {
    for (const order of ['inner first', 'outer first']) {
      const [short, middle, full] = [cluster('Norvale'), cluster('Norvale Shipping'), cluster('Norvale Shipping Lines')];
      const sets = new UnionFind<Cluster>();
      [short, middle, full].forEach(one => sets.add(one));
      if (order === 'inner first') {
        sets.union(short, middle);
        sets.union(middle, full);
      } else {
        sets.union(middle, full);
        sets.union(short, middle);
      }
      const kept = applyJoins(sets, sets.joins, [short, middle, full]);
      assert.deepStrictEqual(texts(kept), ['Norvale Shipping Lines|Norvale Shipping|Norvale'], order);
    }
  });

  it('moves only the joins given, keeping the clusters that still represent their sets in order', () => {
    const [first, second, third] = [cluster('Tarsian Board'), cluster('TB'), cluster('Vellan Guild')];
    const sets = new UnionFind<Cluster>();
    [first, second, third].forEach(one => sets.add(one));
    sets.union(second, first);
    assert.deepStrictEqual(texts(applyJoins(sets, sets.joins, [first, second, third])), ['Tarsian Board|TB', 'Vellan Guild']);
  });
});
