// The same entity gets the same id in every document of a set; distinct entities never share one.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';

function idOf(a: DocumentAnalysis, mention: string): string | undefined {
  return a.entities.find(e => e.mentions.some(m => m.text === mention))?.id;
}

describe('linkAnalyses', () => {
  const cases: [string, string, string, string][] = [
    ['US President Donald Brant spoke.', 'Donald Brant', 'Brant said he was pleased. Brant later left.', 'Brant'],
    ['Nato leaders met in Brussels.', 'Nato', 'NATO officials were cautious.', 'NATO'],
    ['The European Union imposed sanctions.', 'European Union', 'EU diplomats said more would follow.', 'EU'],
    ['Chancellor Olaf Hessel spoke.', 'Olaf Hessel', 'Mr Hessel said no.', 'Hessel'],
    ['Chinese President Qu Hanming arrived.', 'Qu Hanming', 'Mr Qu said little.', 'Qu'],
    ['Emmanuel Dorval spoke.', 'Emmanuel Dorval', 'French President Emmanuel Dorval agreed.', 'Emmanuel Dorval'],
    ['Ukrainian President Yaroslav Koravsky spoke.', 'Yaroslav Koravsky', 'Ukrainian President Yaroslav Koravskyy said no.', 'Yaroslav Koravskyy'],
    ['Kremlin spokesman Dmitry Lebedkin said so.', 'Dmitry Lebedkin', 'Mr Koravskiy rejected what Kremlin spokesman Dmitri Lebedkin said.', 'Dmitri Lebedkin'],
    ['US Vice President JD Kessel spoke.', 'JD Kessel', 'Vice President J.D. Kessel agreed.', 'J.D. Kessel'],
    // A short given name that begins the longer one (AP / BBC), and a contraction of two given names (Manila press).
    ['Brad Kowalik, the fire chief, said the blaze was out.', 'Brad Kowalik', 'Fire chief Bradley Kowalik said crews stayed overnight.', 'Bradley Kowalik'],
    ['Senator Malou Ferrer-Dizon spoke at the hearing.', 'Malou Ferrer-Dizon', 'Senator Maria Lourdes Ferrer-Dizon asked for the papers.', 'Maria Lourdes Ferrer-Dizon'],
    // Two spellings of one body with the same initials, differing only by a word ending.
    ['The India Weather Bureau issued a warning.', 'India Weather Bureau', 'The Indian Weather Bureau said rain would ease.', 'Indian Weather Bureau'],
    // A one-word body in the singular in one article, the plural in the other.
    ['The Houthi movement said it freed 40 detainees. The Houthi statement was brief.', 'Houthi', 'The Houthis said talks would resume. The Houthis did not say when.', 'Houthis'],
  ];
  for (const [a, inA, b, inB] of cases) {
    it(`links "${inA}" and "${inB}"`, () => {
      const [la, lb] = linkAnalyses([analyzeText(a), analyzeText(b)]);
      assert.ok(idOf(la, inA), `"${inA}" found in A`);
      assert.strictEqual(idOf(la, inA), idOf(lb, inB));
    });
  }

  it('does not link a surname shared by two people of the other document', () => {
    const [la, lb] = linkAnalyses([analyzeText('Harriet Calloway and Bill Calloway attended.'), analyzeText('Calloway said it was a good day. Calloway smiled.')]);
    const ids = new Set(la.entities.map(e => e.id));
    assert.ok(!ids.has(idOf(lb, 'Calloway')!), 'the lone "Calloway" stays its own entity');
  });

  it('does not link two people whose given names share only an initial', () => {
    const [la, lb] = linkAnalyses([analyzeText('Matt Brennan, a pollster, said the race was close.'), analyzeText('Senator Michael Brenan said the race was close.')]);
    assert.ok(idOf(la, 'Matt Brennan') && idOf(lb, 'Michael Brenan'), 'both people found');
    assert.notStrictEqual(idOf(la, 'Matt Brennan'), idOf(lb, 'Michael Brenan'));
  });

  it('does not read a double surname as a contracted given name', () => {
    // "Adita" opens neither like "Anjali" nor stands for "Anjali Dorsey"; "Dorsey-Venn" is one surname.
    for (const [a, inA, b, inB] of [
      ['By Adita Venn and Tomas Vell', 'Adita Venn', 'Prof Anjali Dorsey-Venn of the Marwick institute said the trial was small.', 'Anjali Dorsey-Venn'],
      ['Anita Rao, a nurse, said the ward was full.', 'Anita Rao', 'Dr Anjali Nair-Rao said the ward was full.', 'Anjali Nair-Rao'],
    ]) {
      const [la, lb] = linkAnalyses([analyzeText(a), analyzeText(b)]);
      assert.ok(idOf(la, inA) && idOf(lb, inB), 'both people found');
      assert.notStrictEqual(idOf(la, inA), idOf(lb, inB));
    }
  });

  it('does not link two bodies whose initials are the same', () => {
    const [la, lb] = linkAnalyses([
      analyzeText('The Halvorsen Institute published the figures on Monday.'),
      analyzeText('The Hartwell Institute said the figures were wrong.'),
    ]);
    assert.ok(idOf(la, 'Halvorsen Institute') && idOf(lb, 'Hartwell Institute'), 'both bodies found');
    assert.notStrictEqual(idOf(la, 'Halvorsen Institute'), idOf(lb, 'Hartwell Institute'));
  });

  it('links an abbreviation to a body only when one body of the set spells it', () => {
    const [la, lb] = linkAnalyses([analyzeText('The Northern Rivers Authority approved the plan on Monday.'), analyzeText('The NRA said work would start soon.')]);
    assert.ok(idOf(lb, 'NRA'));
    assert.strictEqual(idOf(la, 'Northern Rivers Authority'), idOf(lb, 'NRA'));
    const [ma, mb, mc] = linkAnalyses([
      analyzeText('The Northern Rivers Authority approved the plan on Monday.'),
      analyzeText('The NRA said work would start soon.'),
      analyzeText('The National Rowing Association met in May.'),
    ]);
    assert.notStrictEqual(idOf(ma, 'Northern Rivers Authority'), idOf(mc, 'National Rowing Association'));
    assert.notStrictEqual(idOf(mb, 'NRA'), idOf(mc, 'National Rowing Association'));
  });

  it('never gives one id to two entities of the same document', () => {
    const [la, lb] = linkAnalyses([
      analyzeText('Ed Pennock spoke. David Pennock replied.'),
      analyzeText('Pennock said no. Ed Pennock agreed with David Pennock.'),
    ]);
    for (const d of [la, lb]) {
      assert.strictEqual(new Set(d.entities.map(e => e.id)).size, d.entities.length);
    }
    assert.strictEqual(idOf(la, 'Ed Pennock'), idOf(lb, 'Ed Pennock'));
    assert.strictEqual(idOf(la, 'David Pennock'), idOf(lb, 'David Pennock'));
  });

  it('rewrites mention entity ids and quote speaker ids together', () => {
    const [, lb] = linkAnalyses([
      analyzeText('US President Donald Brant spoke.'),
      analyzeText('“We will win,” Brant said. Brant smiled.'),
    ]);
    const brant = lb.entities.find(e => e.name === 'Brant')!;
    assert.strictEqual(brant.id, 'donald-brant');
    assert.ok(brant.mentions.every(m => m.entityId === 'donald-brant'));
    assert.ok(lb.quotes.every(q => q.speakerId === null || lb.entities.some(e => e.id === q.speakerId)));
  });

  it('leaves a single analysis unchanged apart from ids it already had', () => {
    const a = analyzeText('US President Donald Brant spoke with Chancellor Olaf Hessel.');
    assert.deepStrictEqual(linkAnalyses([a])[0], a);
  });
});
