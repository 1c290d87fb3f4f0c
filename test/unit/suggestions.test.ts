// "Possibly the same": every rule's own examples, and which pairs are suggested at all.
import * as assert from 'assert';
import type { DocumentAnalysis, Entity, EntityKind } from '../../src/core/model';
import { ORG_RULES, PERSON_RULES, suggestSameEntities } from '../../src/core/suggestions';
import { slugOf } from '../../src/core/entities/slug';

function doc(...names: [string, EntityKind][]): DocumentAnalysis {
  const entities: Entity[] = names.map(([name, kind]) => ({ id: slugOf(name), kind, name, aliases: [], roles: [], mentions: [] }));
  return { textLength: 0, entities, quotes: [] };
}

describe('suggestSameEntities', () => {
  for (const rule of PERSON_RULES) {
    for (const [x, y] of rule.yes) {
      it(`${rule.reason}: suggests "${x}" / "${y}"`, () => {
        const found = suggestSameEntities([doc([x, 'person']), doc([y, 'person'])]);
        assert.strictEqual(found[0]?.reason, rule.reason, JSON.stringify(found));
      });
    }
    for (const [x, y] of rule.no) {
      it(`${rule.reason}: does not hold for "${x}" / "${y}"`, () => {
        const found = suggestSameEntities([doc([x, 'person']), doc([y, 'person'])]);
        assert.ok(!found.some(s => s.reason === rule.reason), JSON.stringify(found));
      });
    }
  }
  for (const rule of ORG_RULES) {
    for (const [x, y] of rule.yes) {
      it(`${rule.reason}: suggests "${x}" / "${y}"`, () => {
        assert.strictEqual(suggestSameEntities([doc([x, 'org']), doc([y, 'org'])])[0]?.reason, rule.reason);
      });
    }
    for (const [x, y] of rule.no) {
      it(`${rule.reason}: does not hold for "${x}" / "${y}"`, () => {
        assert.deepStrictEqual(suggestSameEntities([doc([x, 'org']), doc([y, 'org'])]), []);
      });
    }
  }

  it('never suggests two entities one article names side by side', () => {
    assert.deepStrictEqual(suggestSameEntities([doc(['Ed Hale', 'person'], ['Edward Hale', 'person'])]), []);
  });

  it('suggests a bare shared surname only when each article has one person with it', () => {
    const found = suggestSameEntities([doc(['Ed Hale', 'person']), doc(['Robert Hale', 'person'], ['Maria Hale', 'person'])]);
    assert.deepStrictEqual(found, []);
  });

  it('does not mix people and organisations', () => {
    assert.deepStrictEqual(suggestSameEntities([doc(['Hale', 'org']), doc(['Ed Hale', 'person'])]), []);
  });

  it('leaves out pairs the user marked distinct, in either order', () => {
    const docs = [doc(['Ed Hale', 'person']), doc(['Edward Hale', 'person'])];
    assert.strictEqual(suggestSameEntities(docs).length, 1);
    assert.deepStrictEqual(suggestSameEntities(docs, { distinct: [['edward-hale', 'ed-hale']] }), []);
  });
});
