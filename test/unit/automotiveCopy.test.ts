// Kinds of automotive industry copy found by round 26's unseen set (r26-auto, fresh79): car models named with given
// names, surnames and common words ("Tessa hatchbacks", "the Corbin coupe", "a 2019 Corbin", "Tessa SUVs") that are
// things, a model's name alone later once a use shows it a model, a title in capitals opening a sentence ("CEO X said"),
// a company named after its founder where the copy calls the founder "Mr X" and the company bare "X", an owners' club
// named after the brand, a section path's "&" label, a supplier after "<goods> maker" and a research firm named
// "X Insight". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('automotive industry copy kinds of round 26 (r26-auto)', () => {
  it('reads a name before a car body style or a badge as a model, a thing, and its bare uses too', () => {
    const found = mentionLabels('The recall affects 2021-2023 Tessa hatchbacks and the Corbin coupe, Kelso Motors said. Dealers sold 4,000 Corbin saloons last year. The new Corbin arrives in May.');
    assert.deepStrictEqual(found, ['o:Kelso Motors'], found.join(', '));
  });

  it('reads a name before a body style in capitals ("Tessa SUVs") as a model, the capitals no word of it', () => {
    const found = mentionLabels('Owners of Tessa SUVs were told to park outside, Kelso Motors said.');
    assert.deepStrictEqual(found, ['o:Kelso Motors'], found.join(', '));
  });

  it('does not make a person with a possessive, or a brand another use shows as a body, a model', () => {
    assert.ok(mentionLabels('Dana Kelso\'s SUV was stolen in June.').includes('p:Dana Kelso'));
    const found = mentionLabels('Kelso Motors said its Kelso pickups sold well. Kelso said demand was strong.');
    assert.ok(found.filter(label => label === 'o:Kelso').length === 2, found.join(', '));
  });

  it('reads an article and a model year before a name as a car, but not before a name and its noun', () => {
    assert.deepStrictEqual(mentionLabels('She drives a 2019 Corbin in Leeds.'), []);
    assert.ok(mentionLabels('It ran the 2020 Dana Kelso campaign.').includes('p:Dana Kelso'));
  });

  it('reads a title in capitals opening a sentence as the post, not a surname written first', () => {
    assert.deepStrictEqual(mentionLabels('Sales fell. CEO Mara Quell said the plan would hold.'), ['p:Mara Quell']);
    assert.deepStrictEqual(mentionLabels('Sales fell. CFO Mara Quell said the plan would hold.'), ['p:Mara Quell']);
  });

  it('gives the bare surname to the company named after its founder where the copy calls him "Mr X"', () => {
    const found = namedMentionLabels('Vossen Automotive Inc. filed for bankruptcy on Monday. Its founder, Harald Vossen, did not comment. Mr. Vossen, 51, left in May. Vossen listed debts of $400 million.');
    assert.deepStrictEqual(found, ['o:Vossen Automotive Inc:Vossen Automotive Inc', 'p:Harald Vossen:Harald Vossen', 'p:Harald Vossen:Vossen', 'o:Vossen Automotive Inc:Vossen'], found.join(', '));
  });

  it('keeps the bare surname for the founder where the copy never calls him "Mr X"', () => {
    const found = namedMentionLabels('Harald Vossen opened Vossen Chemists in 1990. Vossen still works there on Saturdays.');
    assert.deepStrictEqual(found, ['p:Harald Vossen:Harald Vossen', 'o:Vossen Chemists:Vossen Chemists', 'p:Harald Vossen:Vossen'], found.join(', '));
    const styled = namedMentionLabels('Harald Vossen opened Vossen Motors in 1990. Mr Vossen still works there on Saturdays. Vossen still opens at nine.');
    assert.ok(styled.includes('o:Vossen Motors:Vossen'), styled.join(', '));
  });

  it('makes the bare surname a body of its own where a use shows the company and the founder is "Mr X"', () => {
    const found = namedMentionLabels('Harald Vossen started it in 2015. Mr Vossen left in May. Vossen, the electric-truck upstart, owes $1 billion. Vossen says repairs will go on.');
    assert.deepStrictEqual(found, ['p:Harald Vossen:Harald Vossen', 'p:Harald Vossen:Vossen', 'o:Vossen:Vossen', 'o:Vossen:Vossen'], found.join(', '));
  });

  it('does not give the brand\'s bare name to the owners\' club named after it', () => {
    const found = namedMentionLabels('Vossen Motors builds vans. Vossen said sales rose. Ana Pell chairs the Vossen Owners Club.');
    assert.ok(found.includes('o:Vossen Owners Club:Vossen Owners Club') && found.includes('o:Vossen Motors:Vossen'), found.join(', '));
  });

  it('reads words joined by "&" after the second bar of a section path as the section, no body', () => {
    assert.deepStrictEqual(mentionLabels('The Kelso Ledger | Business | Motors & Mobility\n\nA plant closes in Leeds.'), ['o:Kelso Ledger']);
    assert.ok(mentionLabels('Deals | Hollis & Brandt\n\nA plant closes in Leeds.').includes('o:Hollis & Brandt'));
  });

  it('reads a supplier after "<goods> maker" as a company, but a film maker with a given name as a person', () => {
    assert.ok(mentionLabels('It owes $40 million to seat maker Orrin Foam.').includes('o:Orrin Foam'));
    assert.ok(mentionLabels('The film maker Dana Kelso said so.').includes('p:Dana Kelso'));
  });

  it('reads "X Insight" as a research firm', () => {
    assert.ok(mentionLabels('Ana Pell, an analyst at Corvid Insight, said sales would fall.').includes('o:Corvid Insight'));
  });
});
