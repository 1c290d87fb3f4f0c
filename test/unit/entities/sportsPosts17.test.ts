// A team named by a town and a plural nickname, written right before a club post ("a former Kelso Vikings
// all-rounder", "Dunmere Corsairs coach X"), including a post the tagger splits at its hyphen (round 17, lead).
// Every sentence is invented.
import * as assert from 'assert';
import { entityKinds } from '../support/entityQueries';

describe('teams before a club post', () => {
  it('reads the name before a hyphenated post as a team', () => {
    assert.deepStrictEqual(entityKinds('Ruben Aske, a former Kelso Vikings all-rounder, praised the batters.'), ['org:Kelso Vikings', 'person:Ruben Aske']);
    assert.deepStrictEqual(entityKinds('Ruben Aske, a former Kelso Vikings fly-half, praised the pack.'), ['org:Kelso Vikings', 'person:Ruben Aske']);
  });

  it('reads the name before a one-word post as a team', () => {
    assert.deepStrictEqual(entityKinds('Dunmere Corsairs coach Dana Marr said the side was tired.'), ['org:Dunmere Corsairs', 'person:Dana Marr']);
  });
});
