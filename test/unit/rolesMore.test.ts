// Roles with qualifiers the title lists learnt later (industry, human rights, emergency …), occupations such
// as ombudsperson and specialist, and a known body's name directly before a person's full name.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.roles.map(r => r.text);
}

describe('roles with qualifiers and occupations', () => {
  const cases: [string, string, string[]][] = [
    ["Indonesia's industry minister Agus Gumiwang said exports rose.", 'Agus Gumiwang', ["Indonesia's industry minister"]],
    ["Kenya's human rights commissioner Roseline Odede visited the camp.", 'Roseline Odede', ["Kenya's human rights commissioner"]],
    ['Polish ombudsperson Marcin Wiacek wrote to the court.', 'Marcin Wiacek', ['Polish ombudsperson']],
    ["Ayesha Siddiqui, the agency's emergency specialist in Sindh, said roads were cut.", 'Ayesha Siddiqui', ["agency's emergency specialist in Sindh"]],
  ];
  for (const [sentence, name, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(rolesOf(sentence, name), expected));
  }
});

describe('a known body right before a full name', () => {
  it('splits "ambassador to Nato Kurt Vollrath" into the alliance and the person', () => {
    const a = analyzeText('Former ambassador to Nato Kurt Vollrath said the talks would fail.');
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}`).sort(), ['org:Nato', 'person:Kurt Vollrath']);
  });

  it('keeps a known body extended by a word that is no first name whole ("CNN Turk")', () => {
    const a = analyzeText('The interview was broadcast by CNN Turk on Sunday.');
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}`), ['org:CNN Turk']);
  });
});

describe('coordinators and name particles opening a sentence', () => {
  it("gives \"the agency's humanitarian coordinator for Sudan\" as a role", () => {
    assert.deepStrictEqual(rolesOf("Amina Dualeh, the agency's humanitarian coordinator for Sudan, said so.", 'Amina Dualeh'),
      ["agency's humanitarian coordinator for Sudan"]);
  });

  it('keeps "Al" of "Al Jazeera" when it opens the sentence', () => {
    const a = analyzeText("Al Jazeera's Hiba Morgan, reporting from Khartoum, said residents were returning.");
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}`), ['org:Al Jazeera', 'person:Hiba Morgan']);
  });
});

describe('a role before a comma ahead of a title chain', () => {
  it('gives "Sudan\'s army chief, General X" both roles', () => {
    assert.deepStrictEqual(rolesOf("Sudan's army chief, General Yasir Osman, visited the city.", 'Yasir Osman'), ["Sudan's army chief", 'General']);
  });

  it('gives no extra role when no title phrase comes before the comma', () => {
    assert.deepStrictEqual(rolesOf('In a statement, President Mubanga Chisanga said no.', 'Mubanga Chisanga'), ['President']);
  });
});

describe('national titles', () => {
  it('reads "Taoiseach" as a title, not part of the name', () => {
    assert.deepStrictEqual(rolesOf("Ireland's Taoiseach Micheál Martin spoke.", 'Micheál Martin'), ["Ireland's Taoiseach"]);
  });
});

describe('a body noun inside a title chain, and endowments', () => {
  it('keeps "Foreign ministry spokeswoman" and "company spokesman" whole', () => {
    assert.deepStrictEqual(rolesOf('Foreign ministry spokeswoman Lin Xue said so.', 'Lin Xue'), ['Foreign ministry spokeswoman']);
    assert.deepStrictEqual(rolesOf('The company spokesman Lee Min-ho declined to comment.', 'Lee Min-ho'), ['company spokesman']);
  });

  it('reads "… Endowment for International Peace" as one organisation', () => {
    const a = analyzeText('Zhao Tong, a senior fellow at the Carnegie Endowment for International Peace, said so.');
    assert.ok(a.entities.some(e => e.kind === 'org' && e.name === 'Carnegie Endowment for International Peace'));
  });
});

describe('hyphenated titles', () => {
  it('keeps "commander-in-chief" whole, before a name and before a comma', () => {
    assert.deepStrictEqual(rolesOf('Commander-in-Chief Oleksandr Borskyi said so.', 'Oleksandr Borskyi'), ['Commander-in-Chief']);
    assert.deepStrictEqual(rolesOf("Ukraine's commander-in-chief, Oleksandr Borskyi, said so.", 'Oleksandr Borskyi'), ["Ukraine's commander-in-chief"]);
    assert.deepStrictEqual(analyzeText('Commander-in-Chief Oleksandr Borskyi said so.').entities.length, 1);
  });

  it('still reads a final lower-case syllable as part of a Korean name ("Moon Tae-in")', () => {
    assert.ok(analyzeText('Former president Moon Tae-in met reporters.').entities.some(e => e.name === 'Moon Tae-in'));
  });
});

describe('roles beside an acronym, a possessive relation or a body\'s acronym in parentheses', () => {
  const cases: [outlet: string, sentence: string, name: string, expected: string[]][] = [
    ['Guardian', 'Dr Anna Brink, the WHO’s director of immunisation, vaccines and biologicals, said the agency would act.', 'Anna Brink', ['Dr', 'WHO’s director of immunisation']],
    ['Reuters', 'Anna Brink, the director of the WHO, said talks would resume.', 'Anna Brink', ['director of the WHO']],
    ['AP', 'Tomas Ruel, a senior adviser to the WHO who joined in May, declined to comment.', 'Tomas Ruel', ['senior adviser to the WHO']],
    ['BBC', 'Mr Tom Halder\'s co-defendant, Ann Bellamy, was cleared of all charges.', 'Ann Bellamy', ['Tom Halder\'s co-defendant']],
    ['Inquirer', 'Gulf Coast Guard (GCG) spokeswoman Ann Bellamy released the video.', 'Ann Bellamy', ['Gulf Coast Guard (GCG) spokeswoman']],
  ];
  for (const [outlet, sentence, name, expected] of cases) {
    it(`${outlet}: ${sentence}`, () => assert.deepStrictEqual(rolesOf(sentence, name), expected));
  }
  it('still ends a role at a relative pronoun in lower case, and reads no parenthesised word but an acronym as a body', () => {
    assert.deepStrictEqual(rolesOf('Tomas Ruel, a senior adviser who joined in May, declined to comment.', 'Tomas Ruel'), ['senior adviser']);
    assert.deepStrictEqual(rolesOf('The report (draft) spokeswoman Ann Bellamy released was long.', 'Ann Bellamy'), ['spokeswoman']);
    assert.deepStrictEqual(rolesOf('His co-defendant, Ann Bellamy, was cleared.', 'Ann Bellamy'), []);
  });
});
