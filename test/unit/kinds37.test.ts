// Kinds left open by round 36's invented sets and probes: an airline's code and a firm's trading name, a regional
// airline named after a headland, double-barrelled surnames with a place's word, a couple's unknown given name, a
// person's trade in apposition, employment that is no post, bodies by initials before a post or a source, a product's
// maker, a nationality after a title, long bodies with "and", campaign groups, a club's chief and paired models.
// Every sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, mentionLabels, namedMentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('round 37 kinds: codes, names lost to place rules, trades, initials, makers, long bodies, campaigns, chiefs', () => {
  it('reads an airline\'s code after "flies under the code" as the airline, a unit named with the code as its own body', () => {
    const text = 'Tarn Air, which flies under the code TQ, said it would cut routes. TQ Flight Ops confirmed the change. TQ said more would follow.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Tarn Air:Tarn Air', 'o:Tarn Air:TQ', 'o:TQ Flight Ops:TQ Flight Ops', 'o:Tarn Air:TQ']);
    assert.deepStrictEqual(namedMentionLabels('Brisk Logistics (trading as Brisko) said it would hire drivers. Brisko said the depot would open in May.'),
      ['o:Brisk Logistics:Brisk Logistics', 'o:Brisk Logistics:Brisko', 'o:Brisk Logistics:Brisko']);
  });

  it('reads a place\'s word, a headland\'s noun and "Air" as one airline', () => {
    assert.deepStrictEqual(mentionLabels('Keel Point Air said it would add three routes from Leeds.'), ['o:Keel Point Air']);
    assert.deepStrictEqual(mentionLabels('The route is run by Keel Point Air, which is based in Leeds.'), ['o:Keel Point Air']);
    assert.deepStrictEqual(mentionLabels('Tarrow Ness Air cancelled two flights.'), ['o:Tarrow Ness Air']);
  });

  it('keeps a double-barrelled surname with a place\'s or a street\'s word a person\'s, and a resident of a street a person', () => {
    assert.deepStrictEqual(entityKinds('Ola Penn-Field said the plan was flawed. Dara Quist-Lane agreed.'), ['person:Dara Quist-Lane', 'person:Ola Penn-Field']);
    assert.deepStrictEqual(entityKinds('Tamsin Orrell, of Mill Row, said the noise was unbearable.'), ['person:Tamsin Orrell']);
  });

  it('names both people of a couple when the first given name is unknown and a cue says they share the surname', () => {
    assert.deepStrictEqual(entityKinds('Yusra and Kemal Dervani said they had lived there for 20 years.'), ['person:Kemal Dervani', 'person:Yusra Dervani']);
    assert.deepStrictEqual(entityKinds('The couple, Yusra and Kemal Dervani, said the flat was damp.'), ['person:Kemal Dervani', 'person:Yusra Dervani']);
    // Without a cue an unknown word before "and" may be a firm's: no person is made of it.
    assert.deepStrictEqual(entityKinds('Vardo and Kemal Dervani met on Friday.'), ['person:Kemal Dervani']);
  });

  it('reads a known given name and a surname before a trade in apposition as a person with that post', () => {
    assert.deepStrictEqual(entityKinds('Marion Stallbrook, a haulier, said fuel costs had doubled.'), ['person:Marion Stallbrook']);
    assert.deepStrictEqual(rolesOf('Marion Stallbrook, a haulier, said fuel costs had doubled.', 'Marion Stallbrook'), ['haulier']);
    assert.deepStrictEqual(rolesOf('Ivo Renwald, a locksmith, said the lock had been forced.', 'Ivo Renwald'), ['locksmith']);
    // The corpus conventions give roles as titles and posts; a verb of working names none.
    assert.deepStrictEqual(rolesOf('Ivo Renwald, who drives for a Leeds firm, said the roads were icy.', 'Ivo Renwald'), []);
    assert.deepStrictEqual(rolesOf('Ivo Renwald, who works for Kelby Foods, said the factory would close.', 'Ivo Renwald'), []);
  });

  it('reads initials before a post or a source as a body, a product\'s possessive maker as a company, and drops a nationality after a title', () => {
    assert.deepStrictEqual(mentionLabels('An SPA spokesman said the figures were wrong.'), ['o:SPA']);
    assert.deepStrictEqual(mentionLabels('A KFA source said the deal was off.'), ['o:KFA']);
    assert.deepStrictEqual(mentionLabels('Troops found a KVR launcher.'), []);
    assert.deepStrictEqual(mentionLabels('Vela\'s Orin chatbot gave wrong answers, users said.'), ['o:Vela']);
    assert.deepStrictEqual(mentionLabels('Kestrel\'s new Ember handset goes on sale in May.'), ['o:Kestrel']);
    assert.deepStrictEqual(mentionLabels('Fellow Dane Ivo Renwald finished second.'), ['p:Ivo Renwald']);
    assert.deepStrictEqual(mentionLabels('Fellow American Ivo Renwald finished second.'), ['p:Ivo Renwald']);
  });

  it('keeps a long body named with "and" whole, and a federation named in the plural', () => {
    assert.deepStrictEqual(mentionLabels('The Guild of Barge Owners and Lightermen met on Tuesday.'), ['o:Guild of Barge Owners and Lightermen']);
    assert.deepStrictEqual(mentionLabels('The Society of Kiln Makers and Glaziers said the rules were unfair.'), ['o:Society of Kiln Makers and Glaziers']);
    assert.deepStrictEqual(mentionLabels('The Harbour Trusts said the quays needed repair.'), ['o:Harbour Trusts']);
  });

  it('reads campaign groups named by a command or by a mood and a plural as bodies where a campaign\'s cue stands near', () => {
    assert.deepStrictEqual(mentionLabels('Concerned Parents of Arnfield, a campaign group, said the school should stay open.'), ['o:Concerned Parents of Arnfield']);
    assert.deepStrictEqual(mentionLabels('Campaigners from Save Our Wards marched on the hospital.'), ['o:Save Our Wards']);
    assert.deepStrictEqual(mentionLabels('Return the Bronzes, a campaign group, said the museum should act.'), ['o:Return the Bronzes']);
    assert.deepStrictEqual(mentionLabels('A spokeswoman for United Tenants Alliance said rents were too high.'), ['o:United Tenants Alliance']);
    // Without a cue the parents are some parents.
    assert.deepStrictEqual(mentionLabels('Worried Parents of Arnfield pupils said the school should stay open.'), []);
  });

  it('credits "the <club> chief" to the club\'s manager, and reads two models sharing a product noun as no entities', () => {
    const text = 'Kelso Rovers manager Tam Birchwell said the team was tired. "We were poor," the Rovers chief said.';
    assert.strictEqual(speakerOf(text, 'We were poor'), 'Tam Birchwell');
    assert.deepStrictEqual(mentionLabels('The firm said the X5 and X7 models would be recalled.'), []);
    assert.deepStrictEqual(mentionLabels('Owners of the Arden and Baylor handsets were told to stop.'), []);
  });
});
