// Kinds left open by round 34's invented sets and probes: candidacy written as a post, a holder's adjective before a
// trade's modifier noun, a service partner that is a firm, a list of places inside a post, two given names sharing
// one surname, a band named after its place on the bill, a works that speaks, crossheads without a plural, and the
// company posts derived from the body-only posts. Every sentence and name is invented.
import * as assert from 'assert';
import { BODY_ONLY_POSTS, COMPANY_POST_NOUNS, EVENT_HELD_POSTS } from '../../src/core/lexicon/entities';
import { entityKinds, mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('round 35 kinds: candidacy, trades, partners, place lists, shared surnames, bands, works, crossheads', () => {
  it('gives no role for standing in an election (candidacy status), keeps the person and a nomination', () => {
    assert.deepStrictEqual(rolesOf('The Green candidate for mayor, Ada Voss, said the bus lanes would stay.', 'Ada Voss'), []);
    assert.deepStrictEqual(rolesOf('Labour\'s candidate Ada Voss said the plan was flawed.', 'Ada Voss'), []);
    assert.deepStrictEqual(rolesOf('Ada Voss, the Green candidate for mayor, said the bus lanes would stay.', 'Ada Voss'), []);
    assert.deepStrictEqual(rolesOf('Mayoral hopeful Tomas Brell disagreed.', 'Tomas Brell'), []);
    assert.deepStrictEqual(rolesOf('Tomas Brell, who is standing for the Ridings seat, said he would win.', 'Tomas Brell'), []);
    // A post held beside the candidacy stays; a party's nomination is a post it gives.
    assert.deepStrictEqual(rolesOf('The Green candidate and former mayor Ada Voss said no.', 'Ada Voss'), ['former mayor']);
    assert.deepStrictEqual(rolesOf('The party\'s nominee, Ada Voss, said no.', 'Ada Voss'), ['party\'s nominee']);
  });

  it('reads "his wife, <given> <surname>" as a second person, whom "Mrs <surname>" then names', () => {
    const text = 'Colm Lind, a builder, died on Friday. His wife, Mara Lind, said he had been unwell.\n\nMrs Lind said the family was grateful.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Colm Lind:Colm Lind', 'p:Mara Lind:Mara Lind', 'p:Mara Lind:Lind']);
    assert.deepStrictEqual(rolesOf(text, 'Mara Lind'), ['wife']);
  });

  it('attaches a post written after an age to the person', () => {
    assert.deepStrictEqual(rolesOf('The 52-year-old chief inspector, Ray Tull, said the inquiry was closed.', 'Ray Tull'), ['chief inspector']);
    assert.deepStrictEqual(rolesOf('Dora Fenn, 61, a retired headteacher, said the school had changed.', 'Dora Fenn'), ['retired headteacher']);
  });

  it('keeps a trade\'s modifier noun after an adjective opening the sentence, and reads a service partner as a firm', () => {
    assert.deepStrictEqual(rolesOf('Neighbouring dairy farmer Jon Pryce said the fields had flooded.', 'Jon Pryce'), ['dairy farmer']);
    assert.deepStrictEqual(rolesOf('Local dairy farmer Ivo Brent agreed.', 'Ivo Brent'), ['dairy farmer']);
    assert.deepStrictEqual(mentionLabels('Ticketing partner Vela Tix said refunds would be issued.'), ['o:Vela Tix']);
    assert.deepStrictEqual(mentionLabels('The club named its kit partner Orrin Sports on Friday.'), ['o:Orrin Sports']);
    // A partner in business or in life is a person.
    assert.deepStrictEqual(rolesOf('His business partner Dana Kelso said so.', 'Dana Kelso'), ['business partner']);
    assert.deepStrictEqual(rolesOf('Residents\' group chair Nora Hale said the group would appeal.', 'Nora Hale'), ['Residents\' group chair']);
  });

  it('reads a post given by a relative clause with its body', () => {
    assert.deepStrictEqual(rolesOf('Nora Hale, who chairs the Westfield Trust, said the grant was welcome.', 'Nora Hale'), ['chairs the Westfield Trust']);
    assert.deepStrictEqual(rolesOf('Mara Lind, who lectures in law at Kelby University, said the ruling was odd.', 'Mara Lind'), ['lectures in law at Kelby University']);
  });

  it('names nobody by a party\'s place in a case ("the second claimant")', () => {
    assert.deepStrictEqual(mentionLabels('The second claimant, a 41-year-old man, said he had been injured. The first defendant denied the charge.'), []);
  });

  it('keeps a post over a list of places whole, and names the holder after the list', () => {
    assert.deepStrictEqual(mentionLabels('The Lord-Lieutenant of Arn, Bray and Coll opened the fair.'), []);
    assert.deepStrictEqual(rolesOf('The Lord-Lieutenant of Arn, Bray and Coll, Dame Ottilie Brace, opened the fair.', 'Ottilie Brace'),
      ['Lord-Lieutenant of Arn, Bray and Coll', 'Dame']);
    // One place after "of" and a holder after the comma stay a post and its holder.
    assert.deepStrictEqual(rolesOf('The mayor of Arn, Bray, said no.', 'Bray'), ['mayor of Arn']);
  });

  it('names a lone given name before "and" and a full name with the surname they share', () => {
    assert.deepStrictEqual(entityKinds('The farm is run by brothers Walt and Jim Carrow.'), ['person:Jim Carrow', 'person:Walt Carrow']);
    // A surname before "and" is someone else's.
    assert.deepStrictEqual(entityKinds('Voss and Jim Carrow met on Friday. Ada Voss said so.'), ['person:Ada Voss', 'person:Jim Carrow']);
  });

  it('reads a band after its place on the bill, and a works that speaks as the firm', () => {
    assert.deepStrictEqual(mentionLabels('Headliners The Tin Lanterns played for two hours.'), ['o:Tin Lanterns']);
    assert.deepStrictEqual(mentionLabels('Kelby Marine Works said it would hire forty staff.'), ['o:Kelby Marine Works']);
    assert.deepStrictEqual(mentionLabels('The water was cleaned at Kelby Treatment Works on Friday.'), []);
  });

  it('reads a two-word crosshead ending in a singular noun as no name', () => {
    const text = 'The council said the scheme would open in March.\n\nGrace Period\n\nTenants will be given six months to pay arrears, the council said.'
      + '\n\nNight Shift\n\nStaff at the depot will work later hours.';
    assert.deepStrictEqual(mentionLabels(text), []);
    // A given name that is a word before a known surname stays a person.
    assert.deepStrictEqual(mentionLabels('Grace Walker\n\nShe said the plan was fine.'), ['p:Grace Walker']);
  });

  it('keeps the company posts before "of" a superset of the body-only posts, less an event\'s organisers', () => {
    const missing = [...BODY_ONLY_POSTS.words].filter(word => !COMPANY_POST_NOUNS.has(word) && !EVENT_HELD_POSTS.includes(word));
    assert.deepStrictEqual(missing, []);
  });
});
