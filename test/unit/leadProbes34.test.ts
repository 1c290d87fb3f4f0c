// Kinds the lead's probes of round 34 found in invented copy: in polar-science and maritime copy a ship named after a
// person, with the person's honorific ("the research vessel Sir X", "the yacht Lady X"), read as a person, and an
// icebreaker's name read as a person who then took the quotation of its captain; in hospital copy the department's
// letters "A&E" read as a body; in festival copy a band with its own capital "The" in mid-sentence missed; in animal
// welfare copy "who led the rescue" kept as a post; in US police copy "Special Agent in Charge X" read as a person
// named "Charge X"; in health-union copy a body's possessive before a qualified post ("X's regional organiser") missed;
// in US congressional copy a committee's subject between a chamber and "subcommittee" read as a person after the title
// ("chairwoman of the Senate X subcommittee"), and a union written as two abbreviations joined by a hyphen missed; in
// ministerial-row copy a nation's auditor named by its remit and the nation ("Audit <nation>") read as a person.
// Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, quoteSpeakers, rolesOf } from './support/entityQueries';

describe('round 34 lead probes: ships named after people', () => {
  it('reads no person in a ship named with an honorific after a ship\'s noun', () => {
    assert.deepStrictEqual(mentionLabels('Scientists on the research vessel Sir Tom Fane said the ice was thick.'), []);
    assert.deepStrictEqual(mentionLabels('Lifeboat crews reached the yacht Lady Brenna Vail at dawn.'), []);
  });

  it('reads an icebreaker as a ship, so its captain speaks', () => {
    const text = 'The ship was freed by the icebreaker Almeida Ruiz, whose captain, Commander Ines Varga, said it had been "the worst season I remember".';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ines Varga']);
    assert.deepStrictEqual(quoteSpeakers(text).map(([, speaker]) => speaker), ['Ines Varga']);
  });

  it('keeps a person with an honorific after a ship\'s possessive or a comma', () => {
    assert.ok(mentionLabels('The ship\'s master, Captain Ilse Berg, said it was calm.').includes('p:Ilse Berg'));
    assert.ok(mentionLabels('They found the yacht, Sir Tom Fane said.').includes('p:Tom Fane'));
  });
});

describe('round 34 lead probes: common terms and bands', () => {
  it('reads no body in common terms written with an ampersand', () => {
    assert.deepStrictEqual(mentionLabels('Patients waited for six hours in A&E at the city hospital.'), []);
    assert.deepStrictEqual(mentionLabels('Spending on R&D fell while the M&A team grew.'), []);
  });

  it('keeps a firm whose letters an ampersand joins', () => {
    assert.ok(mentionLabels('Shoppers queued outside K&V on Saturday.').includes('o:K&V'));
  });

  it('reads a band that keeps its capital "The" in mid-sentence, but not an album\'s title', () => {
    assert.ok(mentionLabels('Organisers have booked The Harrow Kites as headliners.').includes('o:Harrow Kites'));
    assert.deepStrictEqual(mentionLabels('The band released the album The Salt Roads in May.'), []);
  });
});

describe('round 34 lead probes: posts', () => {
  it('keeps no post for leading a rescue or a search', () => {
    assert.deepStrictEqual(rolesOf('Inspector Mina Rowe, who led the rescue, said the dogs were thin.', 'Mina Rowe'), ['Inspector']);
    assert.deepStrictEqual(rolesOf('Olek Dray, who led the search, said the moor was flooded.', 'Olek Dray'), []);
  });

  it('keeps "in Charge" in the title, not in the name', () => {
    assert.deepStrictEqual(mentionLabels('Special Agent in Charge Rhys Talbot said the phone was being examined.'), ['p:Rhys Talbot']);
    assert.deepStrictEqual(rolesOf('Special Agent in Charge Rhys Talbot said the phone was being examined.', 'Rhys Talbot'), ['Special Agent in Charge']);
  });

  it('reads a body in the possessive before a qualified post it holds', () => {
    assert.ok(mentionLabels('Keystone\'s regional organiser, Ola Brandt, said the wards were full.').includes('o:Keystone'));
  });
});

describe('round 34 lead probes: congressional copy', () => {
  it('reads no person in a committee\'s subject after a title', () => {
    const text = 'Nadia Olsen, chairwoman of the Senate Commerce subcommittee on aviation, questioned the executives.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Nadia Olsen']);
    assert.deepStrictEqual(rolesOf(text, 'Nadia Olsen'), ['chairwoman of the Senate Commerce subcommittee on aviation']);
  });

  it('reads two abbreviations joined by a hyphen as one body, not a common pair', () => {
    assert.deepStrictEqual(mentionLabels('The KVR-TPU said its members had been stranded for days.'), ['o:KVR-TPU']);
    assert.deepStrictEqual(mentionLabels('The UK-EU talks stalled on Monday.'), []);
  });
});

describe('round 34 lead probes: a nation\'s auditor', () => {
  it('reads a public body named by its remit and a nation as a body, before a post too', () => {
    assert.deepStrictEqual(mentionLabels('Audit Wales\'s former head of procurement, Greer Tolan, said the link should have been declared.'), ['o:Audit Wales', 'p:Greer Tolan']);
    assert.deepStrictEqual(mentionLabels('Education Scotland inspectors visited the school in May.'), ['o:Education Scotland']);
  });
});
