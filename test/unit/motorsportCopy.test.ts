// Kinds of motorsport and team-ownership copy found by round 37's unseen set (r37-motorsport, fresh113): a racing
// team's entry name joining a sponsor's and a constructor's word, either word alone standing for the team; a race's
// running positions and sessions written "P3", "Q2", "FP1"; a pundit's or an analyst's post ending in the trade noun of
// the body the name belongs to ("a pundit for broadcaster X", "at the broker X", "rival outfit X"); a company called by
// the opening words of its name where they end in a place's noun ("Kestrel Bay" of "Kestrel Bay Capital"); a sentence
// that points back at a quotation and goes on past a colon; a nationality speaker ("the Swede said") where the
// paragraph names several people; "will step down as chairman"; and a given name that is also a
// plural noun ("Piers"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** The name of the entity that speaks each quotation, in order ("" for none). */
function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '');
}

/** The name of the entity holding each mention of `mention`, as the analysis reads them. */
function ownersOf(text: string, mention: string): string[] {
  const analysis = analyzeText(text);
  return analysis.entities.filter(entity => entity.mentions.some(m => text.slice(m.start, m.end) === mention)).map(entity => entity.name);
}

describe('motorsport and team-ownership copy kinds of round 37 (r37-motorsport)', () => {
  it('reads a racing team\'s constructor word alone as the team, not a body or a person of its own', () => {
    const text = 'Lucia Brandt of Orvell Dagmar Racing took pole on Saturday.\n\nDagmar protested the result within the hour, and Orvell confirmed it.';
    assert.deepStrictEqual(ownersOf(text, 'Dagmar'), ['Orvell Dagmar Racing']);
    assert.deepStrictEqual(ownersOf(text, 'Orvell'), ['Orvell Dagmar Racing']);
    assert.strictEqual(analyzeText(text).entities.filter(entity => entity.kind === 'org').length, 1);
  });

  it('keeps a founder\'s surname that names the team the founder, with an honorific', () => {
    const text = 'Hector Quillan founded Quillan Motorsport in 1988. Mr Quillan said the team would carry on.';
    assert.ok(mentionLabels(text).includes('p:Quillan'), mentionLabels(text).join(', '));
  });

  it('reads running positions, sessions and quarters as no body', () => {
    assert.deepStrictEqual(mentionLabels('Rourke started from P4, was quickest in FP2 and went out in Q3. P2 became P5 after the penalty.').filter(label => label.startsWith('o:')), []);
  });

  it('reads the name after a post that ends in a body\'s trade noun as the body', () => {
    const text = 'Colm Ashgrove, now a pundit for broadcaster Redline Nine, said the ruling was fair. He joined from rival outfit Tamsk Corvel in 2021. "It was cheap," said Ada Whitcombe, an analyst at the broker Pellam Strand.';
    const labels = mentionLabels(text);
    for (const body of ['o:Redline Nine', 'o:Tamsk Corvel', 'o:Pellam Strand']) {
      assert.ok(labels.includes(body), labels.join(', '));
    }
  });

  it('keeps a given name and a surname after such a trade noun a person', () => {
    assert.ok(mentionLabels('Colm Ashgrove, now a pundit for broadcaster Maria Lopez, said the ruling was fair.').includes('p:Maria Lopez'));
  });

  it('reads the opening words of a company\'s name ending in a place\'s noun as the company where they act', () => {
    const text = 'Ormond Cove Partners has agreed to buy the club for about £90m.\n\nOrmond Cove also plans to rebuild the stand. Ormond Cove did not say how it would pay.';
    assert.deepStrictEqual(ownersOf(text, 'Ormond Cove'), ['Ormond Cove Partners']);
  });

  it('leaves such words a place where a use places something in them', () => {
    const text = 'Ormond Cove Partners has agreed to buy the club.\n\nFans gathered in Ormond Cove on Sunday. Ormond Cove was busy.';
    assert.deepStrictEqual(ownersOf(text, 'Ormond Cove'), []);
  });

  it('credits a quotation to the source a pointing sentence names before its colon', () => {
    const text = 'The stewards met for two hours.\n\n"Nobody wants a race decided in a room." That was the view of Fergal Tansey, the former champion, and he went further: Brandt had "no business" there, he said.';
    assert.strictEqual(speakersOf(text)[0], 'Fergal Tansey');
  });

  it('reads a nationality speaker as the one person of the sentence before the quotation', () => {
    const text = 'Both drivers stay: Rafael Ostend and Jonas Ekdahl. Rafael posted a photo. Jonas was chattier on the radio. "Same car, same crew," the Swede said.';
    assert.deepStrictEqual(speakersOf(text), ['Jonas Ekdahl']);
  });


  it('reads "will step down as" a post as the post held', () => {
    assert.deepStrictEqual(rolesOf('Miriam Castell will step down as chairman in May.', 'Miriam Castell'), ['chairman']);
  });

  it('reads "Piers" before a surname as a given name', () => {
    assert.ok(mentionLabels('Reporting by Anna Roux; Editing by Piers Hallam').includes('p:Piers Hallam'));
  });
});
