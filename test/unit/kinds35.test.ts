// Kinds left open by round 34's invented sets and probes: candidacy written as a post, a holder's adjective before a
// trade's modifier noun, a service partner that is a firm, a list of places inside a post, two given names sharing
// one surname, a band named after its place on the bill, a works that speaks, crossheads without a plural, and the
// company posts derived from the body-only posts. Every sentence and name is invented.
import * as assert from 'assert';
import { BODY_ONLY_POSTS, COMPANY_POST_NOUNS, EVENT_HELD_POSTS } from '../../src/core/lexicon/entities';
import { entityKinds, mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('round 35 kinds: candidacy, trades, partners, place lists, shared surnames, bands, works, crossheads', () => {
  it('gives no role for standing in an election (candidacy status), keeps the person and a nomination', () => {
    assert.deepStrictEqual(rolesOf('The Green candidate for mayor, Petra Quill, said the bus lanes would stay.', 'Petra Quill'), []);
    assert.deepStrictEqual(rolesOf('Labour\'s candidate Petra Quill said the plan was flawed.', 'Petra Quill'), []);
    assert.deepStrictEqual(rolesOf('Petra Quill, the Green candidate for mayor, said the bus lanes would stay.', 'Petra Quill'), []);
    assert.deepStrictEqual(rolesOf('Mayoral hopeful Anselm Dray disagreed.', 'Anselm Dray'), []);
    assert.deepStrictEqual(rolesOf('Anselm Dray, who is standing for the Fallowmere seat, said he would win.', 'Anselm Dray'), []);
    // A post held beside the candidacy stays; a party's nomination is a post it gives.
    assert.deepStrictEqual(rolesOf('The Green candidate and former mayor Petra Quill said no.', 'Petra Quill'), ['former mayor']);
    assert.deepStrictEqual(rolesOf('The party\'s nominee, Petra Quill, said no.', 'Petra Quill'), ['party\'s nominee']);
  });

  it('reads "his wife, <given> <surname>" as a second person, whom "Mrs <surname>" then names', () => {
    const text = 'Colm Ardley, a builder, died on Friday. His wife, Helen Ardley, said he had been unwell.\n\nMrs Ardley said the family was grateful.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Colm Ardley:Colm Ardley', 'p:Helen Ardley:Helen Ardley', 'p:Helen Ardley:Ardley']);
    assert.deepStrictEqual(rolesOf(text, 'Helen Ardley'), ['wife']);
  });

  it('attaches a post written after an age to the person', () => {
    assert.deepStrictEqual(rolesOf('The 52-year-old chief inspector, Osric Penhale, said the inquiry was closed.', 'Osric Penhale'), ['chief inspector']);
    assert.deepStrictEqual(rolesOf('Hedda Rusk, 61, a retired headteacher, said the school had changed.', 'Hedda Rusk'), ['retired headteacher']);
  });

  it('keeps a trade\'s modifier noun after an adjective opening the sentence, and reads a service partner as a firm', () => {
    assert.deepStrictEqual(rolesOf('Neighbouring dairy farmer Bram Tolley said the fields had flooded.', 'Bram Tolley'), ['dairy farmer']);
    assert.deepStrictEqual(rolesOf('Local dairy farmer Cai Morven agreed.', 'Cai Morven'), ['dairy farmer']);
    assert.deepStrictEqual(mentionLabels('Ticketing partner Selvo Pass said refunds would be issued.'), ['o:Selvo Pass']);
    assert.deepStrictEqual(mentionLabels('The club named its kit partner Orrin Sports on Friday.'), ['o:Orrin Sports']);
    // A partner in business or in life is a person.
    assert.deepStrictEqual(rolesOf('His business partner Dana Kelso said so.', 'Dana Kelso'), ['business partner']);
    assert.deepStrictEqual(rolesOf('Residents\' group chair Liesl Carrick said the group would appeal.', 'Liesl Carrick'), ['Residents\' group chair']);
  });

  it('reads a post given by a relative clause with its body', () => {
    assert.deepStrictEqual(rolesOf('Liesl Carrick, who chairs the Marrowby Trust, said the grant was welcome.', 'Liesl Carrick'), ['chairs the Marrowby Trust']);
    assert.deepStrictEqual(rolesOf('Helen Ardley, who lectures in law at Harnmoor University, said the ruling was odd.', 'Helen Ardley'), ['lectures in law at Harnmoor University']);
  });

  it('names nobody by a party\'s place in a case ("the second claimant")', () => {
    assert.deepStrictEqual(mentionLabels('The second claimant, a 41-year-old man, said he had been injured. The first defendant denied the charge.'), []);
  });

  it('keeps a post over a list of places whole, and names the holder after the list', () => {
    assert.deepStrictEqual(mentionLabels('The Lord-Lieutenant of Askel, Brome and Corr opened the fair.'), []);
    assert.deepStrictEqual(rolesOf('The Lord-Lieutenant of Askel, Brome and Corr, Dame Ysolde Farran, opened the fair.', 'Ysolde Farran'),
      ['Lord-Lieutenant of Askel, Brome and Corr', 'Dame']);
    // One place after "of" and a holder after the comma stay a post and its holder.
    assert.deepStrictEqual(rolesOf('The mayor of Askel, Brome, said no.', 'Brome'), ['mayor of Askel']);
  });

  it('names a lone given name before "and" and a full name with the surname they share', () => {
    assert.deepStrictEqual(entityKinds('The farm is run by brothers Rufus and Jem Halloran.'), ['person:Jem Halloran', 'person:Rufus Halloran']);
    // A surname before "and" is someone else's.
    assert.deepStrictEqual(entityKinds('Quill and Jem Halloran met on Friday. Petra Quill said so.'), ['person:Jem Halloran', 'person:Petra Quill']);
  });

  it('reads a band after its place on the bill, and a works that speaks as the firm', () => {
    assert.deepStrictEqual(mentionLabels('Headliners The Glass Ferrets played for two hours.'), ['o:Glass Ferrets']);
    assert.deepStrictEqual(mentionLabels('Orlestone Marine Works said it would hire forty staff.'), ['o:Orlestone Marine Works']);
    assert.deepStrictEqual(mentionLabels('The water was cleaned at Orlestone Treatment Works on Friday.'), []);
  });

  it('reads a two-word crosshead ending in a singular noun as no name', () => {
    const text = 'The council said the scheme would open in March.\n\nJoy Ride\n\nTenants will be given six months to pay arrears, the council said.'
      + '\n\nRush Hour\n\nStaff at the depot will work later hours.';
    assert.deepStrictEqual(mentionLabels(text), []);
    // A given name that is a word before a known surname stays a person.
    assert.deepStrictEqual(mentionLabels('Hope Walker\n\nShe said the plan was fine.'), ['p:Hope Walker']);
  });

  it('keeps the company posts before "of" a superset of the body-only posts, less an event\'s organisers', () => {
    const missing = [...BODY_ONLY_POSTS.words].filter(word => !COMPANY_POST_NOUNS.has(word) && !EVENT_HELD_POSTS.includes(word));
    assert.deepStrictEqual(missing, []);
  });
});
