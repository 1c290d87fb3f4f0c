// Kinds of pharmaceutical and biotech industry copy found by round 25's unseen set (r25-pharma, fresh72): a medicine's
// generic name capitalised where it opens a sentence ("Zentorimab did not …"), a brand described by an appositive that
// names its maker ("Corvana, Tarrow Pharma's once-daily pill for gout"), a condition named by a physician's possessive
// surname alone ("diagnosed with Parkinson's"), "<word> Bio" and a Japanese drugmaker's "Seiyaku", the trade's filing
// and price abbreviations ("the PDUFA date", "WAC"), a Swiss listing "(SIX: TKR)", a byline with a reviewer's credit
// after a bar, a lead investigator's post before "Professor X of <hospital> in <town>", "whose husband X" and "her own
// husband, X,", a town before "<State>-based" after "led the", and a broker shortened across two reports. Every
// sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

function idOf(analysis: DocumentAnalysis, mention: string): string | undefined {
  return analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id;
}

describe('pharmaceutical and biotech copy kinds of round 25 (r25-pharma)', () => {
  it('reads a generic name with a medicine\'s stem as no entity where it opens a sentence', () => {
    const found = mentionLabels('Zentorimab did not slow decline, Kelso Bio said. Zentorimab\'s maker will cut 80 jobs. Velotinib, from Orrin Therapeutics, also failed.');
    assert.deepStrictEqual(found.filter(label => /Zentorimab|Velotinib/.test(label)), [], found.join(', '));
  });

  it('keeps a surname or a body that only looks like a medicine\'s stem', () => {
    assert.ok(mentionLabels('Dana Rajab said the trial failed.').includes('p:Dana Rajab'));
    assert.ok(mentionLabels('Shares in Intercept Holdings fell 4%.').some(label => label.startsWith('o:Intercept')));
  });

  it('reads a brand described as its maker\'s pill as no body, and the maker as a body', () => {
    const found = mentionLabels('Regulators approved Corvana, Tarrow Pharma\'s once-daily pill for gout. Analysts expect Corvana to sell well.');
    assert.deepStrictEqual(found, ['o:Tarrow Pharma'], found.join(', '));
  });

  it('keeps a body described as a drug company', () => {
    assert.ok(mentionLabels('Kelsant, a drug company, said the pill worked.').includes('o:Kelsant'));
  });

  it('reads a condition named by a possessive surname alone as no entity, but keeps the charity named after it', () => {
    const found = mentionLabels('Her father was diagnosed with Parkinson\'s in 2019. The Parkinson\'s Research Trust said it would help.');
    assert.deepStrictEqual(found, ['o:Parkinson\'s Research Trust'], found.join(', '));
  });

  it('reads "<word> Bio" and a Japanese drugmaker\'s "Seiyaku" as companies', () => {
    const found = mentionLabels('Ostrel goes up against Carradine Bio\'s injection. Japanese rights sit with Tokyo\'s Kessho Seiyaku.');
    assert.ok(found.includes('o:Carradine Bio') && found.includes('o:Kessho Seiyaku'), found.join(', '));
  });

  it('reads the trade\'s filing and price abbreviations as no bodies', () => {
    const found = mentionLabels('The decision came a day ahead of the PDUFA date. Price: WAC of $7,000 a year. Kelso Bio filed its BLA in May.');
    assert.deepStrictEqual(found, ['o:Kelso Bio'], found.join(', '));
  });

  it('joins a ticker after a Swiss listing to its company', () => {
    const found = namedMentionLabels('Shares in Halvik Pharma AG (SIX: HLVK) rose 9 per cent.');
    assert.ok(found.includes('o:Halvik Pharma AG:HLVK'), found.join(', '));
  });

  it('reads both names of a byline with a reviewer\'s credit after a bar', () => {
    const text = 'By Orla Penhallow-Reyes, Health Reporter | Reviewed by Dr Tomas Okafor-Lind, Medical Editor\n\nA medicine failed in a trial.';
    assert.deepStrictEqual(rolesOf(text, 'Orla Penhallow-Reyes'), ['Health Reporter']);
    assert.deepStrictEqual(rolesOf(text, 'Tomas Okafor-Lind'), ['Dr', 'Medical Editor']);
  });

  it('does not read a headline with a bar as a byline', () => {
    assert.ok(!mentionLabels('By Design | Reviewed by Critics As Kelso Wins\n\nA medicine failed.').some(label => label.startsWith('p:')));
  });

  it('gives a lead investigator the post before "Professor X of <hospital> in <town>,"', () => {
    const text = 'The study\'s lead investigator, Professor Ana Kelso of Tarrow General Hospital in Leeds, said the data were clear.';
    assert.deepStrictEqual(rolesOf(text, 'Ana Kelso'), ['study\'s lead investigator', 'Professor']);
  });

  it('places a spouse after "whose" and after "her own"', () => {
    assert.deepStrictEqual(rolesOf('Elsa Marr, 67, whose husband Douglas took part in the trial, said she had no regrets.', 'Douglas'), ['husband']);
    assert.deepStrictEqual(rolesOf('Her own husband, Colm, was diagnosed in 2020.', 'Colm'), ['husband']);
    assert.deepStrictEqual(rolesOf('Elsa Marr, whose son Tom took part, said so.', 'Tom'), []);
  });

  it('gives no post for a town before "<State>-based" after "led the"', () => {
    assert.deepStrictEqual(rolesOf('Chief Executive Lise Varga, who had led the Cambridge, Massachusetts-based company for six years, is leaving.', 'Lise Varga'), ['Chief Executive']);
    assert.deepStrictEqual(rolesOf('Ann Bell, who chairs the Kelso Trust, agreed.', 'Ann Bell'), ['chairs the Kelso Trust']);
  });

  it('links a broker with its trade noun in one report to its short name in another', () => {
    const [a, b] = linkAnalyses([analyzeText('Jonah Reece, an analyst at Pennock Vale Securities, cut his rating.'),
      analyzeText('Jonah Reece, who follows the company for the investment bank Pennock Vale, said it had failed.')]);
    assert.ok(idOf(a, 'Pennock Vale Securities') !== undefined && idOf(a, 'Pennock Vale Securities') === idOf(b, 'Pennock Vale'));
  });

  it('keeps two companies with the same words before different trade nouns apart from the short name', () => {
    const [a, b, c] = linkAnalyses([analyzeText('Shares in Vardo Marine Holdings fell.'), analyzeText('Shares in Vardo Marine Securities rose.'),
      analyzeText('Analysts at Vardo Marine said little.')]);
    assert.ok(idOf(a, 'Vardo Marine Holdings') !== idOf(b, 'Vardo Marine Securities'));
    assert.ok(idOf(c, 'Vardo Marine') !== idOf(a, 'Vardo Marine Holdings') || idOf(c, 'Vardo Marine') !== idOf(b, 'Vardo Marine Securities'));
  });
});
