// Kinds found by a blind audit (round 9) on unseen US political news: the place or body before an abbreviated
// title ("Ardia Gov. X") and a word that dates the post before such a prefix ("former Ardia Gov. X", "former Marwick
// City mayor X") were left out of the role; an adverb opening an appositive ("X, now a district judge,") was kept in it.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const found = analyzeText(text).entities.find(candidate => candidate.name === name);
  assert.ok(found, `no entity ${name}`);
  return found.roles.map(role => role.text);
}

describe('a place or body before an abbreviated title', () => {
  const cases: [string, string, string][] = [
    ['Later that day, Ardia Gov. Tom Halder signed the bill.', 'Tom Halder', 'Ardia Gov.'],
    ['The measure was backed by Marwick Sen. Dana Kelso and two others.', 'Dana Kelso', 'Marwick Sen.'],
    ['The plan drew praise from former Ardia Gov. Tom Halder on Friday.', 'Tom Halder', 'former Ardia Gov.'],
    ['Former Ardia Gov. Tom Halder called it a mistake.', 'Tom Halder', 'Former Ardia Gov.'],
    ['The bill was filed by U.S. Sen. Dana Kelso last week.', 'Dana Kelso', 'U.S. Sen.'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }

  it('leaves a day, a sentence-opening "Then" and a pronoun\'s "it\'s" out of the title', () => {
    assert.deepStrictEqual(rolesOf('On Monday Sen. Dana Kelso voted no.', 'Dana Kelso'), ['Sen.']);
    assert.deepStrictEqual(rolesOf('Then Ardia Gov. Tom Halder spoke.', 'Tom Halder'), ['Ardia Gov.']);
    assert.deepStrictEqual(rolesOf('Remember that it\'s Gov. Tom Halder who signed it.', 'Tom Halder'), ['Gov.']);
  });

  it('keeps a title before the honorific a role of its own', () => {
    assert.deepStrictEqual(rolesOf('The report came from Agency Director-General Dr. Ruth Amari on Monday.', 'Ruth Amari'), ['Agency Director-General', 'Dr.']);
  });
});

describe('a word dating the post before the place that opens the title', () => {
  const cases: [string, string, string][] = [
    ['The group thanked former Marwick City mayor Tom Halder on Friday.', 'Tom Halder', 'former Marwick City mayor'],
    ['They were joined by acting Vardo Agency administrator Ann Bellamy.', 'Ann Bellamy', 'acting Vardo Agency administrator'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }
});

describe('an adverb opening an appositive', () => {
  const cases: [string, string, string][] = [
    ['The neighbour, Ilse Kelso, now a district judge, did not comment.', 'Ilse Kelso', 'district judge'],
    ['The couple often flew with Piet Larsen, also a pilot, on weekends.', 'Piet Larsen', 'pilot'],
    ['Tom Halder, then the bishop of Marwick, presided over the service.', 'Tom Halder', 'bishop of Marwick'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }

  it('keeps "then" that dates a title with no article after it', () => {
    assert.deepStrictEqual(rolesOf('Tom Halder, then Marwick mayor, presided over the service.', 'Tom Halder'), ['then Marwick mayor']);
  });
});

describe('a function word opening the sentence before a body\'s name', () => {
  function orgNames(text: string): string[] {
    return analyzeText(text).entities.filter(found => found.kind === 'org').map(found => found.name);
  }
  const cases: [string, string][] = [
    ['To Marwick State University professor Ann Velto, the result looked sad.', 'Marwick State University'],
    ['A Vardo University poll found the mayor ahead by four points.', 'Vardo University'],
    ['As Kelso Press Agency reported on Monday, the talks failed.', 'Kelso Press Agency'],
  ];
  for (const [sentence, name] of cases) {
    it(sentence, () => assert.deepStrictEqual(orgNames(sentence), [name]));
  }

  it('keeps a first word that belongs to the name', () => {
    assert.deepStrictEqual(orgNames('First Marwick Bank cut its rates on Monday.'), ['First Marwick Bank']);
  });
});

describe('lower-case nouns between an article and a title head', () => {
  const cases: [string, string, string][] = [
    ['The studio relied on the image consultant Allan Drewe for years.', 'Allan Drewe', 'image consultant'],
    ['She later married the studio chief Irwin Talbot.', 'Irwin Talbot', 'studio chief'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }

  it('leaves out a noun before a capitalised title, which opens a phrase of its own', () => {
    assert.deepStrictEqual(rolesOf('He recalled the remark President Tom Halder made in Marwick.', 'Tom Halder'), ['President']);
  });
});

describe('occupations the title heads lacked', () => {
  const cases: [string, string, string][] = [
    ['In 1988 the airline hired Linda Kelso, a stewardess.', 'Linda Kelso', 'stewardess'],
    ['The ground itself is the problem, said Tom Halder, a Danish geophysicist.', 'Tom Halder', 'Danish geophysicist'],
    ['Dana Kelso, a lobbyist for a shipping firm, declined to comment.', 'Dana Kelso', 'lobbyist for a shipping firm'],
    ['Veteran playwright Ruben Okafor opened the show.', 'Ruben Okafor', 'Veteran playwright'],
  ];
  for (const [sentence, name, role] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), [role]));
  }
});

describe('a weekday after a name', () => {
  it('is the date of what the body did, no part of its name', () => {
    const analysis = analyzeText('Dana Kelso told Vardo News Monday that she would run again.');
    assert.deepStrictEqual(analysis.entities.filter(found => found.kind === 'org').map(found => found.name), ['Vardo News']);
  });

  it('stays in the name of a day ("Super Tuesday")', () => {
    const analysis = analyzeText('Dana Kelso won three states on Super Tuesday.');
    assert.ok(!analysis.entities.some(found => found.name === 'Super'));
  });
});
