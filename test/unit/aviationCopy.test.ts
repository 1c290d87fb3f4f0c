// Kinds of airline and aviation industry copy found by round 36's unseen set (r36-aviation, fresh109): a regional
// airline named after the island or coast it serves ("<place words> Air"), read as a place; a capitalised title word
// inside a firm's name before its head ("X Executive Aviation"), which split the name; an airport as the body that
// employs a managing director; aviation jargon written as letters ("150ft AGL") read as a body; an airline's operations
// unit ("X Flight Ops") read as a person; a quotation followed by "The words of X, who …"; and "According to the
// airline's website, …" before a quotation. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, speakerOf } from './support/entityQueries';

describe('airline and aviation industry copy kinds of round 36 (r36-aviation)', () => {
  it('reads a regional airline named after the island or coast it serves, "<place words> Air", as a body', () => {
    const text = 'Gannet Rock Air said the service would resume on Monday. A turboprop operated by Carrabhal Bay Air was diverted.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Gannet Rock Air', 'o:Carrabhal Bay Air']);
    assert.strictEqual(speakerOf('Gannet Rock Air said its pilots had "done exactly what they were trained to do".', 'done exactly'), 'Gannet Rock Air');
  });

  it('keeps common words before "Air" out of an airline\'s name', () => {
    assert.deepStrictEqual(mentionLabels('The council wants Clean Air zones and more Open Air concerts.'), []);
  });

  it('reads a capitalised title word between a name word and a body\'s head as a word of the firm\'s name', () => {
    const text = 'The jet belongs to Pellinore Executive Aviation. Staff at Tarnaway Coach Holidays were told on Friday.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Pellinore Executive Aviation', 'o:Tarnaway Coach Holidays']);
  });

  it('still reads a title word before a person\'s name as the post', () => {
    const text = 'Marlowe Group Chief Executive Agnetha Voss said profits rose.';
    assert.ok(mentionLabels(text).includes('p:Agnetha Voss'), mentionLabels(text).join(', '));
  });

  it('reads an airport after a company\'s post and "of" as the body that employs it, and as a place where something only lands', () => {
    assert.deepStrictEqual(mentionLabels('Bryony Castellan, chief executive of Kilbride Airport, said the terminal would reopen.'), ['p:Bryony Castellan', 'o:Kilbride Airport']);
    assert.deepStrictEqual(mentionLabels('The freighter landed safely at Kilbride Airport after a bird strike.'), []);
  });

  it('reads aviation heights and instruments written as letters as no body', () => {
    assert.deepStrictEqual(mentionLabels('The crew levelled off at 2,500ft AMSL, then flew the ILS after a TCAS alert at 900ft AGL.'), []);
  });

  it('reads an airline\'s operations unit written short as a body, not a person', () => {
    const text = 'Crews were reassigned overnight by Solway Flight Ops, the unit that plans the rosters.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Solway Flight Ops']);
  });

  it('credits a quotation followed by "The words of <post> X, who …" to X', () => {
    const text = 'The hangar stood empty.\n\n"One more winter like that and the whole fleet stays on the ground." The words of retired engineer Hamish Cardew, who maintained the seaplanes for 20 years, will worry the new owners.';
    assert.strictEqual(speakerOf(text, 'One more winter'), 'Hamish Cardew');
  });

  it('does not credit a quotation to a person named after "The rest of"', () => {
    const text = 'The hangar stood empty. "Nobody is flying this week." The rest of Hamish Cardew\'s team went home.';
    assert.strictEqual(speakerOf(text, 'Nobody is flying'), null);
  });

  it('credits "According to the airline\'s website, …" before a quotation to the airline named before', () => {
    const text = 'Skerrow Airways grounded its fleet on Sunday. The airline blamed a software fault.\n\nAccording to the airline\'s website, passengers will be offered "a seat on the next available flight or a voucher".';
    assert.strictEqual(speakerOf(text, 'a seat on'), 'Skerrow Airways');
  });
});
