// Kinds of international tribunal, war-crimes court and commission-of-inquiry copy found by round 30's unseen set
// (r30-tribunal, fresh93): a tribunal, a court or a rebel movement named "X for (the) Y" after the place it serves or the
// cause it fights for, and "in" and the region after that cause; a commission of inquiry named "… of Inquiry on X"; the
// same commission with and without its formal "Independent International" in two reports; a masthead in capitals before
// a section path in title case, its name with an ampersand or opened by a plural noun the lexicon knows as a verb; a
// judge "who presided over the trial"; a case's name "Prosecutor v. X" opening a sentence; a body's size before its name
// ("The three-member X found that … “…”"); "Justice" closing a body's cause ("Centre for Law and Justice"). Every sentence
// is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('international tribunal and war-crimes court copy kinds of round 30 (r30-tribunal)', () => {
  it('reads a tribunal or a court named for the place it serves whole, its abbreviation the same body', () => {
    const text = 'The Special Tribunal for the Orrin Delta (STOD) opened its first trial. The STOD sits in Arusha.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Special Tribunal for the Orrin Delta', 'o:STOD', 'o:STOD']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('reads an armed movement named for its cause, with "and" inside the cause and "in" and its region after it', () => {
    const text = 'Fighters of the Front for Unity and Renewal in Tarvessa (FURT) took the town.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Front for Unity and Renewal in Tarvessa', 'o:FURT']);
    assert.deepStrictEqual(mentionLabels('The army said the Movement for Peace and Renewal had withdrawn.'), ['o:Movement for Peace and Renewal']);
  });

  it('reads a title word closing a body\'s cause after "and" as the name\'s word, not a title before a name', () => {
    assert.deepStrictEqual(mentionLabels('The Movement for Liberty and Justice in Orrinland (MLJO) shelled the road.'), ['o:Movement for Liberty and Justice in Orrinland', 'o:MLJO']);
    assert.deepStrictEqual(mentionLabels('The Institute for Peace and Justice Studies said so.'), ['o:Institute for Peace and Justice Studies']);
    assert.deepStrictEqual(rolesOf('The Council of Europe and Justice Wilhelmina Storr met.', 'Wilhelmina Storr'), ['Justice']);
  });

  it('keeps a body\'s place after "in" apart when the name has no movement\'s cause, and a name after "and" apart', () => {
    assert.deepStrictEqual(mentionLabels('The Centre for Harbour Studies in Marwick said so.'), ['o:Centre for Harbour Studies']);
    assert.ok(mentionLabels('The Front for Unity and Dana Kelso said so.').includes('p:Dana Kelso'));
  });

  it('reads "Commission of Inquiry on X" whole, with its abbreviation', () => {
    const text = 'The International Commission of Inquiry on Tarvessa (ICIT) will report in June.';
    assert.deepStrictEqual(mentionLabels(text), ['o:International Commission of Inquiry on Tarvessa', 'o:ICIT']);
  });

  it('links a commission named with its formal "Independent International" in one report and without it in another', () => {
    const [a, b] = linkAnalyses([
      analyzeText('The Independent International Commission of Inquiry on Tarvessa published its report on Monday.'),
      analyzeText('The Commission of Inquiry on Tarvessa says both sides shelled the market.'),
    ]);
    assert.strictEqual(a.entities.length, 1);
    assert.strictEqual(b.entities.length, 1);
    assert.strictEqual(a.entities[0].id, b.entities[0].id);
  });

  it('reads a masthead in capitals before a title-case section path as the outlet, and the section as no name', () => {
    assert.deepStrictEqual(mentionLabels('JUSTICE BEACON | Courts Desk\n\nSurvivors gather for the verdict\n\nThe judges sat for two hours.'), ['o:JUSTICE BEACON']);
    assert.deepStrictEqual(mentionLabels('HARROW & BENCH | Analysis | Situation in Tarvessa\n\nThe chamber sat on Monday.'), ['o:HARROW & BENCH']);
    assert.deepStrictEqual(mentionLabels('WITNESS LAMP | Rights Desk\n\nThe chamber sat on Monday.'), ['o:WITNESS LAMP']);
  });

  it('keeps a headline in capitals with its verb after the subject out of the masthead rule', () => {
    assert.ok(!mentionLabels('JUDGES AGREED | Courts Desk\n\nThe chamber sat on Monday.').includes('o:JUDGES AGREED'));
  });

  it('gives "who presided over the trial" as a post, and no post for presiding over a decline', () => {
    assert.deepStrictEqual(rolesOf('Judge Ottilie Wrenmark, who presided over the appeals hearings, retired on Friday.', 'Ottilie Wrenmark'), ['Judge', 'presided over the appeals hearings']);
    assert.deepStrictEqual(rolesOf('Casimir Drayle, who presided over a decline in sales, retired on Friday.', 'Casimir Drayle'), []);
  });

  it('reads the comma after a case\'s name opening a sentence as no appositive of its second party', () => {
    const text = 'In Prosecutor v. Haldane, the Registry of the Court filed a notice against Corvin Haldane.';
    assert.deepStrictEqual(rolesOf(text, 'Corvin Haldane'), []);
  });

  it('credits a body whose size opens its sentence ("The three-member X") with the quotation its verb governs', () => {
    const text = 'The five-member Tarvessa Review Board, set up in 2023, found that the shelling had been "deliberate and sustained for weeks".';
    const analysis = analyzeText(text);
    assert.strictEqual(analysis.quotes.length, 1);
    assert.strictEqual(analysis.entities.find(entity => entity.id === analysis.quotes[0].speakerId)?.name, 'Tarvessa Review Board');
  });
});
