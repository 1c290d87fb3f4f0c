// Transport-accident and storm copy (round 18, r18-transport; test/fixtures/fresh41): passengers and residents named
// by the first name alone with an age, rail operators and insurers named by their trade in the plural. Invented names
// throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityWithMention } from './support/entityQueries';

describe('a first name alone with an age set off by commas (round 18)', () => {
  it('"Nadia, 31, who …" and "Orsolya, 58, said" are people, and speak their quotations', () => {
    const text = 'A bus overturned on the coast road on Friday.\n\nNadia, 31, who was sitting at the back, said the driver braked hard. "Everyone was thrown forward," she said.\n\n'
      + 'Orsolya, 58, said: "I thought the roof would give way."';
    const analysis = analyzeText(text);
    for (const name of ['Nadia', 'Orsolya']) {
      assert.strictEqual(entityWithMention(text, name)?.kind, 'person', name);
    }
    const speakers = analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name);
    assert.deepStrictEqual(speakers, ['Nadia', 'Orsolya']);
  });

  it('a year, or an article before the word, is no age', () => {
    const text = 'The Tarrowby, 24, crew was praised.\n\nFloods in 2019 were worse. Kelverston, 2019, was the wettest year on record.';
    assert.ok(!analyzeText(text).entities.some(entity => entity.kind === 'person'));
  });
});

describe('rail operators and insurers named by their trade in the plural (round 18)', () => {
  it('"Dale and Fell Railways" is one company though both words read as landscape', () => {
    const text = 'The 07:15 Dale and Fell Railways service was cancelled on Monday after a tree fell on the line.';
    assert.strictEqual(entityWithMention(text, 'Dale and Fell Railways')?.kind, 'org');
  });

  it('"the Society of Cargo and General Insurers" is one body, "General" no military rank before a person', () => {
    const text = 'The Society of Cargo and General Insurers said claims would run into millions.';
    const entities = analyzeText(text).entities;
    assert.deepStrictEqual(entities.map(entity => `${entity.kind}:${entity.name}`), ['org:Society of Cargo and General Insurers']);
  });

  it('"Insurers" alone opening a sentence are people, not the body', () => {
    const text = 'Tarrow General Insurers paid out in May.\n\nInsurers said the storm would cost millions.';
    const body = analyzeText(text).entities.find(entity => entity.name === 'Tarrow General Insurers');
    assert.ok(body);
    assert.deepStrictEqual(body.mentions.map(mention => mention.text), ['Tarrow General Insurers']);
  });
});

describe('a ship or a train given its name by a naming verb (round 18)', () => {
  it('"a ferry named the X" and "a locomotive called X" are things, "a boy named X" a person', () => {
    const text = 'A ferry named the Orrin Lass ran aground off the point. The Orrin Lass was towed off at dawn.\n\n'
      + 'A locomotive called Tarrow Belle was brought in to clear the line. A boy named Tom Wrede watched from the bank.';
    const names = analyzeText(text).entities.map(entity => entity.name);
    assert.ok(!names.includes('Orrin Lass'), names.join(', '));
    assert.ok(!names.includes('Tarrow Belle'), names.join(', '));
    assert.strictEqual(entityWithMention(text, 'Tom Wrede')?.kind, 'person');
  });
});

describe('a live entry signed off "By X" on its own line (round 18)', () => {
  it('the writer is a person though the surname reads as a place and the first name is unknown', () => {
    const text = 'Storm updates\n\nPosted at 10:05\nRoads shut\nThe council says two roads are shut.\nBy Orlan Castle\n\nPosted at 09:40\nRain eases\nThe rain has eased.\nBy Orlan Castle';
    const writer = analyzeText(text).entities.find(entity => entity.name === 'Orlan Castle');
    assert.ok(writer);
    assert.strictEqual(writer.kind, 'person');
    assert.strictEqual(writer.mentions.length, 2);
  });

  it('a name the line goes on after is no byline', () => {
    const text = 'The flood reached the square.\nBy Kelderwick Castle the water was knee-deep.';
    assert.ok(!analyzeText(text).entities.some(entity => entity.kind === 'person'));
  });
});

describe('a heading\'s quotation repeated in the report under it (round 18)', () => {
  it('takes the speaker of the longer quotation below', () => {
    const text = '\'The water came up to the sills\': street counts cost of flood\n\nResidents spent the day bailing out.\n\n'
      + 'Corin Adley, 64, said: "The water came up to the sills in ten minutes, and then it just kept rising."';
    const analysis = analyzeText(text);
    const speakers = analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null);
    assert.deepStrictEqual(speakers, ['Corin Adley', 'Corin Adley']);
  });

  it('a live entry\'s heading with a label is credited the same way; a heading whose words are not quoted below is not', () => {
    const text = 'Posted at 11:48\nMayor: \u2018The harbour will reopen\u2019\nKelso\'s mayor, Dana Whitlock, spoke at noon. \u201cThe harbour will reopen on Friday,\u201d she said.\n\n'
      + 'Posted at 11:10\nCouncil: \u2018Stay off the roads\u2019\nThe council said the gritters were out.';
    const analysis = analyzeText(text);
    const heading = analysis.quotes.find(quote => quote.text === 'The harbour will reopen');
    assert.strictEqual(analysis.entities.find(entity => entity.id === heading?.speakerId)?.name, 'Dana Whitlock');
    const other = analysis.quotes.find(quote => quote.text === 'Stay off the roads');
    assert.ok(!other || other.speakerId === null || analysis.entities.find(entity => entity.id === other.speakerId)?.kind === 'org');
  });
});

describe('a transport operator named for two places, and a town beside the college named after it (round 18b)', () => {
  it('"Vardo and Tarrow Railways" stays one company after "for" and after a time, not "Tarrow Railways"', () => {
    const text = 'A spokeswoman for Vardo and Tarrow Railways said trains would run. The 07:15 Vardo and Tarrow Railways service was cut.';
    const railways = entityWithMention(text, 'Vardo and Tarrow Railways');
    assert.strictEqual(railways?.kind, 'org');
    assert.strictEqual(railways?.mentions.length, 2);
    assert.strictEqual(entityWithMention(text, 'Tarrow Railways'), undefined);
  });

  it('a company\'s plural ("Vardo and Marwick Holdings") still reads as two names side by side', () => {
    const text = 'Shares in Vardo and Marwick Holdings fell on Monday.';
    assert.strictEqual(entityWithMention(text, 'Vardo and Marwick Holdings'), undefined);
  });

  it('"from Dunholt", "at Dunholt depot" beside "Dunholt College" are the town, not the college', () => {
    const text = 'The driver was Tom Wrede, 54, from Dunholt. Ivo Sandal, 19, who was on his way to Dunholt College, said: "It was awful."\n\n'
      + 'Dana Kelso, the branch secretary at Dunholt depot, said drivers had warned of water. Buses will run between Dunholt and Port Orrin.';
    const college = entityWithMention(text, 'Dunholt College');
    assert.strictEqual(college?.kind, 'org');
    assert.strictEqual(college?.mentions.length, 1);
    assert.strictEqual(entityWithMention(text, 'Dunholt'), undefined);
  });

  it('a college named after a person keeps the surname with the person', () => {
    const text = 'Helen Morgan founded the school in 1990. Students at Morgan College met on Friday. Morgan said the wing was overdue.';
    assert.strictEqual(entityWithMention(text, 'Helen Morgan')?.mentions.length, 2);
  });

  it('an analyst at a firm is still at a body; a lower-case site noun after the name makes it the town', () => {
    assert.strictEqual(entityWithMention('"Demand is soft," said an analyst at Brenmoor.', 'Brenmoor')?.kind, 'org');
    const owner = '"We are sorry," said Tom Wrede, a senior executive at Brenmoor\'s parent company, Vardo Holdings. Ivo Sandal has worked at Brenmoor almost 20 years.';
    assert.strictEqual(entityWithMention(owner, 'Brenmoor')?.kind, 'org');
  });
});

describe('a council or a force named for the two towns it serves (round 18b)', () => {
  it('"Tarrow and Vardo Council" opening a sentence is one council, not "Vardo Council"', () => {
    const text = 'Tarrow and Vardo Council opened its emergency centre at noon.';
    assert.strictEqual(entityWithMention(text, 'Tarrow and Vardo Council')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Vardo Council'), undefined);
  });

  it('"of Tarrow and Vardo Police" inside a sentence is one force; "between Tarrow and Vardo Council" a town and a council', () => {
    const force = 'Detective Inspector Orla Brandt of Tarrow and Vardo Police said the van was found.';
    assert.strictEqual(entityWithMention(force, 'Tarrow and Vardo Police')?.kind, 'org');
    const talks = 'Talks between Tarrow and Vardo Council broke down on Friday.';
    assert.strictEqual(entityWithMention(talks, 'Tarrow and Vardo Council'), undefined);
    assert.strictEqual(entityWithMention(talks, 'Vardo Council')?.kind, 'org');
  });
});

describe('the outlet on a post line under a byline (round 18b)', () => {
  it('"Weather correspondent, Orrin Broadcasting News" names the outlet; a town there stays no entity', () => {
    const text = 'Storm closes roads\n\nBy Orla Brandt\nWeather correspondent, Orrin Broadcasting News\n\nRoads were shut on Monday.';
    assert.strictEqual(entityWithMention(text, 'Orrin Broadcasting News')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Orla Brandt')?.roles.map(role => role.text).join(), 'Weather correspondent');
    const town = 'Storm closes roads\n\nBy Orla Brandt\nDiplomatic Editor, Marwick\n\nRoads were shut on Monday.';
    assert.strictEqual(entityWithMention(town, 'Marwick'), undefined);
  });
});
