// An outlet's masthead before its section path ("The Vardo Courier | Sport | Rugby union"), a paper named by "Daily"
// and a word of its own, and a sport's name before its code ("Rugby union") (round 18, r18-sport). Every sentence is
// invented.
import * as assert from 'assert';
import { entityKinds } from '../support/entityQueries';

const BODY = '\n\nOrrey spins Carlow to a win\n\nThe side won by ten runs, Dana Venn said.';

describe('a masthead before a section path', () => {
  it('reads the outlet named before " | " and section labels as a body', () => {
    assert.ok(entityKinds('Crease Monthly | County cricket | Match report' + BODY).includes('org:Crease Monthly'));
    assert.ok(entityKinds('The Carlow Courier | Sport | Football' + BODY).includes('org:Carlow Courier'));
  });

  it('reads "The Daily" and a word of its own on the masthead line as a paper', () => {
    assert.ok(entityKinds('The Daily Kestrel | Sport | Rugby union' + BODY).includes('org:Daily Kestrel'));
    assert.ok(entityKinds('The Daily Kestrel' + BODY).includes('org:Daily Kestrel'));
  });

  it('leaves a line of words before a bar that is no outlet\'s name alone', () => {
    assert.ok(!entityKinds('Match Report | County cricket | Day four' + BODY).includes('org:Match Report'));
  });
});

describe('a sport\'s name before its code', () => {
  it('reads "Rugby union" and "Rugby league" as the sport, no body', () => {
    const kinds = entityKinds('The Carlow Courier | Sport | Rugby union' + BODY);
    assert.ok(!kinds.includes('org:Rugby'), kinds.join(', '));
    assert.ok(!entityKinds('He switched to Rugby league in 2019, Dana Venn said.').includes('org:Rugby'));
  });

  it('still reads a town before "union" as the body named after it', () => {
    assert.ok(entityKinds('Leaders of the Carlow union met on Sunday, Dana Venn said.').includes('org:Carlow'));
  });
});
