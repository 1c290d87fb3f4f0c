// Kinds found by round 19's unseen set fresh46 (technology news: a software company's breach; church news abroad:
// an archbishop's election): a maker named for its goods, a worshipping body named "Congregation", a dotted
// abbreviation glued to a modifier before a name, a place's faithful in a headline, church posts after a name, two
// coordinated posts that each name a body. Every sentence is invented.
import * as assert from 'assert';
import { namedMentionLabels, rolesOf } from './support/entityQueries';

describe('technology and church copy (round 19, fresh46)', () => {
  it('reads a company named "X Products" as a body, and its first word alone as the company', () => {
    const text = 'One supplier, Kelderwick Garden Products, said it would end the contract. Kelderwick said talks had failed.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('o:Kelderwick Garden Products:Kelderwick Garden Products'), found.join(' | '));
    assert.ok(!found.some(label => label.startsWith('p:')), found.join(' | '));
  });

  it('reads a worshipping body named "X Congregation" as a body', () => {
    const found = namedMentionLabels('Rabbi Orla Brandt of the Marwick Reform Congregation said the service would go ahead.');
    assert.ok(found.includes('o:Marwick Reform Congregation:Marwick Reform Congregation'), found.join(' | '));
    assert.ok(found.includes('p:Orla Brandt:Orla Brandt'), found.join(' | '));
  });

  it('starts a name after a dotted abbreviation glued to a modifier ("U.S.-based"), as after "London-based"', () => {
    const found = namedMentionLabels('The flaw was in a tool made by U.S.-based Tarrow.io, Dana Kelso said.');
    assert.ok(found.includes('o:Tarrow.io:Tarrow.io'), found.join(' | '));
    assert.ok(!found.some(label => label.includes('U.S.')), found.join(' | '));
  });

  it('keeps a hyphen joining two capitalised words inside a name (no modifier suffix)', () => {
    const found = namedMentionLabels('Tom Wrede joined Kelso-Vardo Holdings in 2019, the company said.');
    assert.ok(found.includes('o:Kelso-Vardo Holdings:Kelso-Vardo Holdings'), found.join(' | '));
  });

  it('reads a place\'s faithful in a headline as no person', () => {
    const text = 'Dorrowa Anglicans elect Tarrow bishop as new archbishop\n\nBy Tom Wrede\n\nThe vote was close, Dana Kelso said.';
    const found = namedMentionLabels(text);
    assert.deepStrictEqual(found, ['p:Tom Wrede:Tom Wrede', 'p:Dana Kelso:Dana Kelso']);
  });

  it('keeps a person whose first name opens a name ending in a faith\'s plural', () => {
    const found = namedMentionLabels('Dana Christians said the vote was fair.');
    assert.deepStrictEqual(found, ['p:Dana Christians:Dana Christians']);
  });

  it('takes a church post after a name as a role ("the churchwarden", "a verger")', () => {
    assert.deepStrictEqual(rolesOf('"We were pleased," said Orla Brandt, the churchwarden.', 'Orla Brandt'), ['churchwarden']);
    assert.deepStrictEqual(rolesOf('Idris Penhale, a verger at the cathedral, rang the bell.', 'Idris Penhale'), ['verger at the cathedral']);
  });

  it('takes two coordinated posts that each name a body, over fourteen words, as two roles', () => {
    const text = 'Cardinal Tom Wrede, the Catholic archbishop of Port Vardo and president of the Kelso Conference of Catholic Bishops, said he was glad.';
    assert.deepStrictEqual(rolesOf(text, 'Tom Wrede'), ['Cardinal', 'Catholic archbishop of Port Vardo', 'president of the Kelso Conference of Catholic Bishops']);
  });

  it('keeps the fourteen-word limit for one post with no second post opened by "and"', () => {
    const text = 'Idris Penhale, the former mayor of the small market town of Vardo in the hills above the river, said it was slow.';
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), []);
  });

  it('reads the listener after "told The" as a publication, and its masthead line as the same one', () => {
    const text = 'By Tom Wrede, Editor\nThe Lantern · January 22, 2026\n\nThe vote was close, Dana Kelso told The Lantern.';
    const found = namedMentionLabels(text);
    assert.deepStrictEqual(found.filter(label => label.startsWith('o:')), ['o:Lantern:Lantern', 'o:Lantern:Lantern']);
  });

  it('reads a capitalised word after "told" and a lower-case "the" as a publication (round 33, rule common-word-outlet)', () => {
    const found = namedMentionLabels('"It was late," Dana Kelso told the Lantern.');
    assert.deepStrictEqual(found, ['p:Dana Kelso:Dana Kelso', 'o:Lantern:Lantern']);
  });

  it('takes "who teaches … at" a body as the post', () => {
    const text = '"It was slow," said Idris Penhale, who teaches church history at St Anselm\'s Theological College in Vardo.';
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ["teaches church history at St Anselm's Theological College in Vardo"]);
    assert.deepStrictEqual(rolesOf('Orla Brandt, who lectures at Marwick University, said it was slow.', 'Orla Brandt'), ['lectures at Marwick University']);
  });

  it('takes no post from teaching that names no body', () => {
    assert.deepStrictEqual(rolesOf('Idris Penhale, who teaches children to swim at weekends, said it was slow.', 'Idris Penhale'), []);
  });
});
