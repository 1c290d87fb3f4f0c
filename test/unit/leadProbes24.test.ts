// Kinds the lead's probes of round 24 found in invented Commonwealth government and indigenous-affairs copy: a minister's
// brief written as a list of portfolios ("Minister for Arts, Heritage and the Islands, X"), whose later items were read
// as people and whose holder lost the post; and bodies named as a congress, an assembly or a brotherhood "of" their
// members, read as a lone "Congress" and a person. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 24 lead probes: portfolio lists and bodies named "Congress of X"', () => {
  it('reads the later items of a minister\'s list of portfolios as the brief, and gives the holder the whole post', () => {
    const text = 'The Minister for Arts, Heritage and the Islands, Nora Kell, opened the gallery. "It is a fine day," Ms Kell said.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Nora Kell', 'p:Kell']);
    assert.deepStrictEqual(rolesOf(text, 'Nora Kell'), ['Minister for Arts, Heritage and the Islands']);
  });

  it('reads a secretary of state\'s list of portfolios the same way', () => {
    const text = 'The Secretary of State for Towns, Housing and Communities, Tom Vell, disagreed.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Tom Vell']);
    assert.deepStrictEqual(rolesOf(text, 'Tom Vell'), ['Secretary of State for Towns, Housing and Communities']);
  });

  it('reads a portfolio joined by "of" inside the brief as no person', () => {
    assert.deepStrictEqual(mentionLabels('The Minister for Treaty of Harbour Claims, Aroha Kell, took over.'), ['p:Aroha Kell']);
  });

  it('keeps the holder named right after a title with no list ("Minister of State X", "Minister for Health X")', () => {
    assert.deepStrictEqual(mentionLabels('The ministry said Minister of State Khalid Vell had held talks.'), ['p:Khalid Vell']);
    assert.deepStrictEqual(mentionLabels('Minister for Health Ann Roe said no.'), ['p:Ann Roe']);
  });

  it('keeps the holder named right after a one-item brief, and people listed after a minister', () => {
    assert.deepStrictEqual(mentionLabels('The Minister for Arts, Nora Kell, opened it.'), ['p:Nora Kell']);
    assert.deepStrictEqual(mentionLabels('The Minister met Tom Vell, Ann Roe and Nora Kell.'), ['p:Tom Vell', 'p:Ann Roe', 'p:Nora Kell']);
  });

  it('reads bodies named as a congress, an assembly or a brotherhood of their members whole', () => {
    const found = mentionLabels('The Congress of Kelder Trade Unions called a strike. The Assembly of Tarrow Chiefs will sue. '
      + 'The Brotherhood of Rail Stokers struck.');
    assert.deepStrictEqual(found, ['o:Congress of Kelder Trade Unions', 'o:Assembly of Tarrow Chiefs', 'o:Brotherhood of Rail Stokers']);
  });

  it('keeps "Congress" alone when no capitalised name follows "of"', () => {
    assert.deepStrictEqual(mentionLabels('Members of Congress of both parties voted for it.'), ['o:Congress']);
  });
});

describe('round 24 lead probes: zoos, aquariums and prisons', () => {
  it('reads a zoo or an aquarium that announces as a body', () => {
    assert.deepStrictEqual(mentionLabels('The Westfell Zoo has announced the death of its gorilla. Harwick Aquarium said the sharks were well.'),
      ['o:Westfell Zoo', 'o:Harwick Aquarium']);
  });

  it('reads a prison named by its town as a place, never a person, and keeps a prison\'s own "HMP" style a body', () => {
    const found = mentionLabels('Tarrow Prison was locked down on Sunday. HMP Kelso said an inmate had died.');
    assert.ok(!found.some(label => label.includes('Tarrow')), found.join(' | '));
    assert.ok(found.includes('o:HMP Kelso'), found.join(' | '));
  });
});

describe('round 24 lead probes: outlets in apposition, bodies "for" their task, a university post before an honorific', () => {
  it('reads a name described in apposition as a newspaper, a news website or a news site as an outlet', () => {
    const found = mentionLabels('The Kelso Tab, a student news site, first reported it. Marwick Pulse, a local news website, said the same. '
      + 'Vardo Beat, a student newspaper, agreed.');
    assert.deepStrictEqual(found, ['o:Kelso Tab', 'o:Marwick Pulse', 'o:Vardo Beat']);
  });

  it('keeps a person described as working for a paper, and a place described as a heritage site, out of the outlets', () => {
    const found = mentionLabels('Tom Vell, a paper merchant, said no. Kelso Abbey, a heritage site, reopened.');
    assert.ok(found.includes('p:Tom Vell'), found.join(' | '));
    assert.ok(!found.includes('o:Kelso Abbey'), found.join(' | '));
  });

  it('reads regulators and secretariats named "for" their task whole', () => {
    const found = mentionLabels('The Authority for Consumers and Markets opened an inquiry. The Directorate for Fisheries Control said no. '
      + 'The Secretariat for Migrant Affairs replied. The Bureau for Industry Standards agreed.');
    assert.deepStrictEqual(found, ['o:Authority for Consumers and Markets', 'o:Directorate for Fisheries Control', 'o:Secretariat for Migrant Affairs',
      'o:Bureau for Industry Standards']);
  });

  it('keeps a university post "for research" whole before an honorific and the name', () => {
    assert.deepStrictEqual(rolesOf('Head of research Dr Jane Kell agreed.', 'Jane Kell'), ['Head of research', 'Dr']);
    assert.ok(rolesOf('Pro-vice-chancellor for research Professor Ian Vell will act as head.', 'Ian Vell')
      .some(role => role.startsWith('Pro-vice-chancellor for research')));
  });
});

describe('round 24 lead probes: posts of a mission or a site, national institutions, an Irish deputy', () => {
  it('keeps a mission\'s, a flight\'s, a site\'s and a race\'s posts whole', () => {
    const text = 'It landed, said mission manager Priya Kell. Flight director Tom Vell agreed. Race director Ivo Marsh said the stage would go ahead.';
    assert.deepStrictEqual(rolesOf(text, 'Priya Kell'), ['mission manager']);
    assert.deepStrictEqual(rolesOf(text, 'Tom Vell'), ['Flight director']);
    assert.deepStrictEqual(rolesOf(text, 'Ivo Marsh'), ['Race director']);
  });

  it('reads national legislatures, police forces and security services named without an organisation noun as bodies', () => {
    const found = mentionLabels('The Dáil passed the bill. The Garda Síochána said it was investigating. The Sejm rejected it. '
      + 'The Carabinieri arrested two men.');
    assert.deepStrictEqual(found, ['o:Dáil', 'o:Garda Síochána', 'o:Sejm', 'o:Carabinieri']);
  });

  it('leaves an Irish deputy\'s "TD" out of the name, and keeps "TD Bank" and a touchdown as they were', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso-Vell TD accused the coalition of chaos.'), ['p:Dana Kelso-Vell']);
    assert.deepStrictEqual(mentionLabels('Kelso caught a 5-yard TD pass. TD Bank raised rates.'), ['o:TD Bank']);
  });

  it('reads a "Q&A" heading as no body', () => {
    assert.deepStrictEqual(mentionLabels('Q&A: the minister on the strike\n\nThe transport minister, Ann Kell, spoke to us.'), ['p:Ann Kell']);
  });
});

describe('round 24 lead probes: people described by what they are doing', () => {
  it('reads a one-word name described as a villager, and a commuter opening a sentence, as people who speak', () => {
    const text = 'Widarto, a villager in Kelmore, said his house had gone. "We have nothing left," he said. '
      + 'Commuter Dana Vell was furious. "It is a joke," said Vell.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Widarto', 'p:Dana Vell', 'p:Vell']);
  });
});

describe('round 24 lead probes: a department named for a list of subjects', () => {
  it('reads a department whose remit lists subjects of more than one word as one body', () => {
    const found = mentionLabels('The Department for Environment, Food and Rural Affairs said no. The Ministry of Harbours, Forest and Climate Change '
      + 'issued rules. The Department for Digital, Culture, Media and Sport declined to comment.');
    assert.deepStrictEqual(found, ['o:Department for Environment, Food and Rural Affairs', 'o:Ministry of Harbours, Forest and Climate Change',
      'o:Department for Digital, Culture, Media and Sport']);
  });

  it('keeps bodies and people listed after a ministry apart', () => {
    const found = mentionLabels('The Ministry of Justice, Sercol and Capitra signed the deal. The Department of Health, Tom Vell and Ann Roe met.');
    assert.ok(found.includes('o:Ministry of Justice') && found.includes('o:Department of Health'), found.join(' | '));
    assert.ok(found.includes('p:Tom Vell') && found.includes('p:Ann Roe'), found.join(' | '));
  });
});
