// Church and royal copy (round 18, fresh42): titles of nobility and royal styles standing for a person, regiments,
// a church weekly "X Messenger", "Sister X", a church's town after a post and a comma, and the agent of a passive
// verb as the antecedent of a relative clause that speaks. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, entityWithMention, rolesOf } from './support/entityQueries';

/** The canonical name of the speaker of the quotation that starts with these words, or null when it has none. */
function speakerOf(text: string, opening: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(found => found.text.replace(/^[“"]/, '').startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return quote.speakerId === null ? null : analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

describe('titles of nobility and royal styles (round 18)', () => {
  it('"the Duke of X" and "the Duke" alone are titles, not a body or a person named "Duke"', () => {
    const text = 'The Duke of Tarrow opened the new ward on Monday. The Duke said the staff had been kind, and the Duchess thanked the nurses.';
    assert.deepStrictEqual(entityKinds(text), []);
  });

  it('a title of nobility before a name stays an honour, a role of the person', () => {
    const text = 'Baroness Orla Brandt opened the ward. The Countess Dana Kelso thanked the nurses.';
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Baroness']);
    assert.strictEqual(entityWithMention(text, 'Dana Kelso')?.kind, 'person');
  });

  it('"His Majesty" and "Her Royal Highness" are styles of address, no speaking bodies', () => {
    const text = 'His Majesty sent a message to the school. Her Royal Highness told pupils she would come back in the summer.';
    assert.deepStrictEqual(entityKinds(text), []);
  });
});

describe('regiments and a church weekly (round 18)', () => {
  it('a regiment named by its arm is a body: "the Royal X Fusiliers", "the X Light Dragoons", "the X Rifles"', () => {
    const text = 'Sergeant Idris Penhale, of the 2nd Battalion, the Royal Kelderwick Fusiliers, was decorated. '
      + 'Corporal Nia Vell of the Marwick Light Dragoons was also honoured. The Tarrow Rifles paraded afterwards.';
    assert.strictEqual(entityWithMention(text, 'Royal Kelderwick Fusiliers')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Marwick Light Dragoons')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Tarrow Rifles')?.kind, 'org');
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ['Sergeant']);
  });

  it('a church weekly "X Messenger" on its dateline line and as "the Messenger" is an outlet', () => {
    const text = 'Synod backs plan\n\nBy Ivo Sandal\n\nParish Messenger, 3 March 2027\n\nThe synod met on Monday. Dana Kelso told the Messenger she was pleased.';
    const outlet = entityWithMention(text, 'Parish Messenger');
    assert.strictEqual(outlet?.kind, 'org');
    assert.ok(outlet.mentions.some(mention => mention.text === 'Messenger'));
  });
});

describe('church styles and posts (round 18)', () => {
  it('"Sister X" is a title before the name; "her sister, X," stays a relation', () => {
    assert.deepStrictEqual(rolesOf('Sister Orla Brandt of the Community of St Kelda said the chapel was open.', 'Orla Brandt'), ['Sister']);
    const relation = 'Dana Kelso was not there. Her sister, Orla Brandt, said the chapel was open.';
    assert.strictEqual(entityWithMention(relation, 'Orla Brandt')?.kind, 'person');
    assert.ok(!rolesOf(relation, 'Orla Brandt').includes('Sister'));
  });

  it('"X, vicar of St Y\'s, Town," names the church\'s town after the comma, not a second person', () => {
    const text = 'The Rev Dana Kelso, vicar of St Kelda\'s, Vardo, tabled an amendment. Canon Tom Wrede, vicar of Holy Cross, Marwick, backed it.';
    assert.deepStrictEqual(entityKinds(text), ['person:Dana Kelso', 'person:Tom Wrede']);
    assert.ok(rolesOf(text, 'Tom Wrede').includes('vicar of Holy Cross'));
  });

  it('a post before a comma still introduces a holder named in full, and a relation a first name alone after a date', () => {
    assert.deepStrictEqual(rolesOf('The vicar of Holy Cross, Tom Wrede, backed the amendment.', 'Tom Wrede'), ['vicar of Holy Cross']);
    assert.deepStrictEqual(rolesOf('On the opening night Monday, Kelso\'s wife, Ann, is due to speak.', 'Ann'), ['Kelso\'s wife']);
  });
});

describe('a law\'s name in copy with vote figures (round 18)', () => {
  it('"the X Ys of Z Measure" is no team "X Ys", though the sentence has a word of sport ("final")', () => {
    const text = 'The synod has given final approval to the Open Halls of Prayer Measure after a long debate. The bishops backed it by 31 to 4.';
    assert.deepStrictEqual(entityKinds(text), []);
  });
});

describe('royal and civic posts (round 18)', () => {
  it('"Lord" opening a post before a title head is the post\'s first word; before a name it stays an honour', () => {
    const text = 'The Lord Lieutenant of Marwick, Dana Kelso, said the county was proud. She was presented by the county\'s Lord Lieutenant, '
      + 'Lady Orla Brandt. As Lord Justice Wrede he sat for years. Lord Ivo Sandal spoke last.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Lord Lieutenant of Marwick']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['county\'s Lord Lieutenant', 'Lady']);
    assert.ok(rolesOf(text, 'Wrede').includes('Lord Justice'));
    assert.deepStrictEqual(rolesOf(text, 'Ivo Sandal'), ['Lord']);
  });

  it('"who is heir to the throne" is a post', () => {
    assert.deepStrictEqual(rolesOf('Prince Nia Vell, 41, who is heir to the throne, opened the ward.', 'Nia Vell'), ['Prince', 'heir to the throne']);
  });
});

describe('the agent of a passive verb speaks in the relative clause after it (round 18)', () => {
  it('"led by X, who warned that … “…”" and "led by the Very Rev X, Dean of Y, who warned …" are X\'s words', () => {
    assert.strictEqual(speakerOf('Opposition was led by Dana Kelso, who warned that the plan "would divide the parish from its past".', 'would divide'), 'Dana Kelso');
    assert.strictEqual(speakerOf('Opposition was led by the Very Rev Orla Brandt, Dean of Vardo, who warned that the plan "would divide the parish".', 'would divide'), 'Orla Brandt');
    assert.strictEqual(speakerOf('The vote was called by Tom Wrede, who said: "The plan would divide the parish."', 'The plan'), 'Tom Wrede');
  });

  it('the rule reads only a name right after "by": a name completing a description or owning a relation is no agent', () => {
    assert.strictEqual(speakerOf('The motion was backed by a spokeswoman for Tom Wrede, who said the plan "would divide the parish".', 'would divide'), null);
    assert.strictEqual(speakerOf('The motion was backed by Tom Wrede\'s daughter, who said the plan "would split the parish".', 'would split'), null);
  });
});
