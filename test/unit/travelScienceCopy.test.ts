// Travel-trade and science wire copy (round 19, r19-travel; test/fixtures/fresh45): airport operators, tour operators
// and cruise lines named "X Airports", "X Holidays", "X Cruises"; a travel desk's title in a byline; a researcher
// named after a person's title though the tagger reads the surname as a place. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function entityOf(text: string, name: string) {
  return analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
}

describe('travel-trade companies (round 19)', () => {
  it('an airport operator "X Airports" is a company, not a person', () => {
    const e = entityOf('Penrose Airports, which runs two terminals near Tarrow, said 40 flights were cancelled.', 'Penrose Airports');
    assert.strictEqual(e?.kind, 'org');
  });

  it('a tour operator "X Holidays" is a company, and its first word alone is the company', () => {
    const text = 'Kelso Holidays said 3,000 customers were affected.\n\nA spokeswoman said Kelso would fly everyone home by Sunday.';
    const e = entityOf(text, 'Kelso Holidays');
    assert.strictEqual(e?.kind, 'org');
    assert.deepStrictEqual(e?.mentions.map(m => m.text), ['Kelso Holidays', 'Kelso']);
  });

  it('a cruise line "X Cruises" is a company', () => {
    assert.strictEqual(entityOf('Passengers on a Marwick Cruises ship were kept on board.', 'Marwick Cruises')?.kind, 'org');
  });

  it('a person\'s name is not read as a tour operator', () => {
    assert.strictEqual(entityOf('Dana Kelso said the holidays were ruined.', 'Dana Kelso')?.kind, 'person');
  });
});

describe('a travel desk\'s title in a byline (round 19)', () => {
  it('"By X, Consumer Travel Editor" gives the writer the post and no company "Consumer Travel"', () => {
    const text = 'Flights cancelled\n\nBy Orla Brandt, Consumer Travel Editor\nThe Vardo Ledger\n\nHundreds of flights were cancelled on Friday.';
    const analysis = analyzeText(text);
    assert.ok(!analysis.entities.some(e => e.mentions.some(m => m.text.includes('Consumer Travel'))));
    const writer = analysis.entities.find(e => e.name === 'Orla Brandt');
    assert.deepStrictEqual(writer?.roles.map(r => r.text), ['Consumer Travel Editor']);
  });

  it('a travel company named "X Travel" is still a company', () => {
    assert.strictEqual(entityOf('The council hired Marwick Travel to run the routes.', 'Marwick Travel')?.kind, 'org');
  });
});

describe('a researcher named after a person\'s title, though the tagger reads the surname as a place (round 19)', () => {
  it('"Professor X Marsh, a hydrologist at Y, said:" is a person with the title, the post and the quotation', () => {
    const analysis = analyzeText('Professor Orsik Marsh, a hydrologist at Vardo University, said: "The river is low."');
    const e = analysis.entities.find(x => x.name === 'Orsik Marsh');
    assert.strictEqual(e?.kind, 'person');
    assert.deepStrictEqual(e?.roles.map(r => r.text), ['Professor', 'hydrologist at Vardo University']);
    assert.strictEqual(analysis.quotes[0].speakerId, e?.id);
  });

  it('"Inspector X Hill said" is a person', () => {
    assert.strictEqual(entityOf('Inspector Tamsk Hill said the road was shut.', 'Tamsk Hill')?.kind, 'person');
  });

  it('the same words without a title stay a place', () => {
    assert.strictEqual(entityOf('They walked up Tamsk Hill on Sunday.', 'Tamsk Hill'), undefined);
    assert.strictEqual(entityOf('They walked across Orsik Marsh on Sunday.', 'Orsik Marsh'), undefined);
  });
});

describe('a body or a person named after "by" and a verb, then "which said" / "who said" (round 19)', () => {
  it('"The work was funded by the X Council, which said in a statement: …" has the council as the speaker', () => {
    const analysis = analyzeText('The work was funded by the Tarrow Research Council, which said in a statement: "Studies like this help us."');
    const council = analysis.entities.find(x => x.name === 'Tarrow Research Council');
    assert.strictEqual(analysis.quotes[0].speakerId, council?.id);
  });

  it('initials in brackets after the name are read past', () => {
    const analysis = analyzeText('The plan was backed by the Tarrow Research Council (TRC), which said: "Studies like this help us."');
    const council = analysis.entities.find(x => x.name === 'Tarrow Research Council');
    assert.strictEqual(analysis.quotes[0].speakerId, council?.id);
  });

  it('a bracket after a person\'s name is read past too', () => {
    const analysis = analyzeText('They met Dana Kelso (pictured), who said: "Studies like this help us."');
    assert.strictEqual(analysis.quotes[0].speakerId, analysis.entities.find(x => x.name === 'Dana Kelso')?.id);
  });

  it('a body named after "for" is no agent: "a spokeswoman for X, who said" is the spokeswoman', () => {
    const analysis = analyzeText('The call came from a spokeswoman for Vardo Bank, who said: "Studies like this help us."');
    assert.notStrictEqual(analysis.quotes[0].speakerId, analysis.entities.find(x => x.name === 'Vardo Bank')?.id);
  });
});

describe('a department after a word that qualifies it (round 19)', () => {
  it('"Its head of consumer rights, X," is the post, though the tagger reads "rights" as a verb', () => {
    const e = entityOf('The group is led by Dana Kelso. Its head of consumer rights, Rory Fenwick, said no.', 'Rory Fenwick');
    assert.deepStrictEqual(e?.roles.map(r => r.text), ['head of consumer rights']);
  });

});
