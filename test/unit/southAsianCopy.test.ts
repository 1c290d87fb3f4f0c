// Kinds found on round 20's South Asian English-language set (test/fixtures/fresh51): an advocate's abbreviated
// title, a village committee named after its village. Invented names, towns and bodies throughout.
import * as assert from 'assert';
import { entityKinds, entityWithMention, mentionLabels, rolesOf } from './support/entityQueries';

describe('South Asian copy: an advocate\'s abbreviated title (round 20)', () => {
  it('"Adv." and "Adv" before a name are a title: left out of the name, kept as the role', () => {
    const text = 'The party met on Monday.\n\nIts spokesperson Adv. Dana Kelso said the party would appeal. The party\'s legal cell head, Adv Orla Brandt, said it had asked for a recount.';
    assert.ok(rolesOf(text, 'Dana Kelso').includes('Adv.'));
    assert.ok(rolesOf(text, 'Orla Brandt').includes('Adv'));
    assert.ok(!entityKinds(text).some(kind => /:Adv\b/.test(kind)));
  });

  it('"Sr. Adv. X" in a counsel line is one role, the name without it', () => {
    const text = 'The hearing closed on Friday.\n\nCounsel for Petitioner: Sr. Adv. Tom Wrede a/w Adv. Ivo Sandal';
    assert.deepStrictEqual(rolesOf(text, 'Tom Wrede'), ['Sr. Adv.']);
    assert.deepStrictEqual(rolesOf(text, 'Ivo Sandal'), ['Adv.']);
  });

  it('a word "Adv" that is not before a name stays out of any name', () => {
    const text = 'The board met on Monday.\n\nThe form marked Adv. was returned to Dana Kelso on Friday.';
    assert.strictEqual(entityWithMention(text, 'Dana Kelso')?.kind, 'person');
  });
});

describe('South Asian copy: a village committee named after its village (round 20)', () => {
  it('"Vardo Jal Bachao Samiti" is a body; "Vardo" alone stays the village', () => {
    const text = 'Farmers met on Monday.\n\nThe Vardo Jal Bachao Samiti wrote to the board in May. Farmers from Vardo say the wells are dry, and the Vardo unit stays shut.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Vardo Jal Bachao Samiti']);
  });

  it('a body whose first word is a founder\'s or a brand\'s keeps its short name ("Tarrow Foods" … "Tarrow")', () => {
    const text = 'Farmers met on Monday.\n\nTarrow Foods said on Monday it would buy the mill. Tarrow has 40 plants.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Tarrow Foods', 'o:Tarrow']);
  });
});

describe('South Asian copy: "Minister of State for <portfolio> X" (round 20)', () => {
  it('a government\'s portfolio after "Minister of State for" ends before the name', () => {
    const text = 'The rally ended late.\n\nUnion Minister of State for Rural Development Dana Kelso, who spoke at 20 rallies, said the Centre would help.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Union Minister of State for Rural Development']);
    assert.deepStrictEqual(mentionLabels(text), ['p:Dana Kelso']);
  });

  it('a portfolio of several words joined by "and", and one after "Minister for"', () => {
    const text = 'The rally ended late.\n\nMinister of State for Women and Child Development Orla Brandt said the scheme would grow. Minister for Information Tom Wrede said little.';
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Minister of State for Women and Child Development']);
    assert.deepStrictEqual(rolesOf(text, 'Tom Wrede'), ['Minister for Information']);
  });
});

describe('South Asian court copy: the Bench is a panel, not a name (round 20)', () => {
  it('"A Division Bench of Justices X and Y", "told the Bench", "the Bench observed" give no entity', () => {
    const text = 'The hearing closed on Friday.\n\nA Division Bench of Justices Dana Kelso and Tom Wrede heard the petition. Counsel Ivo Sandal told the Bench the order was unfair.\n\n"The board must hear the company first," the Bench observed.';
    assert.deepStrictEqual(entityKinds(text), ['person:Dana Kelso', 'person:Ivo Sandal', 'person:Tom Wrede']);
  });

  it('a surname "Bench" after a first name stays a person', () => {
    const text = 'The match ended late.\n\nDana Bench, the coach, said the team had played well.';
    assert.strictEqual(entityWithMention(text, 'Dana Bench')?.kind, 'person');
  });
});

describe('Westminster-style copy: "the Opposition" names no party (round 20)', () => {
  it('"The main Opposition party, the X Party," and "the Opposition\'s campaign" give only the party', () => {
    const text = 'The count ended late.\n\nThe main Opposition party, the Vardo Party, won 38 seats. Dana Kelso said the result was an answer to the Opposition\'s campaign.';
    assert.deepStrictEqual(entityKinds(text), ['org:Vardo Party', 'person:Dana Kelso']);
  });

  it('a party named with a capitalised word before "party" keeps its name ("the Kelso party")', () => {
    const text = 'The count ended late.\n\nLeaders of the Kelso party met on Sunday.';
    assert.strictEqual(entityWithMention(text, 'Kelso')?.kind, 'org');
  });
});

describe('South Asian copy: a suffix of respect hyphened to a name (round 20)', () => {
  it('"Kelso-ji" in a quotation is a mention of Kelso, the suffix left out', () => {
    const text = 'The count ended late.\n\nDana Kelso won the seat again. "Kelso-ji has given the state five clean years," Tom Wrede said.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Dana Kelso', 'p:Kelso', 'p:Tom Wrede']);
  });

  it('a name\'s own lower-case syllable after a hyphen stays in the name ("Cho Hae-won")', () => {
    const text = 'The talks ended late.\n\nForeign Minister Cho Hae-won said the talks had gone well.';
    assert.ok(mentionLabels(text).includes('p:Cho Hae-won'));
  });
});
