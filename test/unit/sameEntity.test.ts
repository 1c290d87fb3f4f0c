// The same entity in another form, within one article and across articles (invented names, several
// outlets' styles): company forms and suffixes, tickers, partners' firm names, singular and plural.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';

function entityWith(a: DocumentAnalysis, mention: string) {
  return a.entities.find(e => e.mentions.some(m => m.text === mention));
}

/** The forms, as written, of the one entity that has all of them; fails when they are split. */
function sameEntity(text: string, forms: readonly string[]): void {
  const a = analyzeText(text);
  const ids = forms.map(f => entityWith(a, f)?.id);
  assert.ok(ids.every(Boolean), `every form found: ${forms.map((f, i) => `${f}=${ids[i]}`).join(', ')}`);
  assert.strictEqual(new Set(ids).size, 1, `one entity for ${forms.join(' / ')}: ${ids.join(', ')}`);
}

describe('same entity, other form, within an article', () => {
  const cases: [why: string, text: string, forms: string[]][] = [
    ['a legal form and a holding word (Reuters style)', 'The discount retailer Valmart Holding Corp. agreed to the deal. Later Valmart said it would close stores.', ['Valmart Holding Corp', 'Valmart']],
    ['a legal form on a one-word name (BBC style)', 'Jo Reyes, a partner at consultancy BBK Ltd., said the deal made sense. BBK advises retailers.', ['BBK Ltd', 'BBK']],
    ['a Reuters ticker after the name', 'NEW YORK (Reuters) - Valmart Holding Corp. (VLMT.O: Quote, Profile, Research) will buy a rival.', ['Valmart Holding Corp', 'VLMT.O']],
    ['a ticker after the exchange', 'Shares of Norvex Inc (NYSE: NVX) rose 4 percent on Monday.', ['Norvex Inc', 'NVX']],
    ['a partners\' firm and its first partner\'s name', 'The store operator Hollis, Brandt & Co. will be bought. The new company, Hollis Holdings, will be based in Ohio. Hollis shares rose 22 percent.',
      ['Hollis, Brandt & Co', 'Hollis']],
    ['a body\'s last word in the singular and the plural', 'Holders will get one share of Dorrit Holdings for each share. The new Dorrit Holding board meets in May.', ['Dorrit Holdings', 'Dorrit Holding']],
    ['a given-name variant and a middle initial (AP style)', 'Senator Robert J. Hale of Arizona said on Monday that he opposed the bill. Bob Hale has long opposed it.',
      ['Robert J. Hale', 'Bob Hale']],
    ['a middle name left out (NYT style)', 'Mary Lewis Carter, 52, spoke first. Later Mary Carter said she was tired.', ['Mary Lewis Carter', 'Mary Carter']],
    ['a generational suffix left out', 'Cesar Ramos Jr. was charged on Friday. Ramos Jr. appeared in court. Ramos said nothing.', ['Cesar Ramos Jr', 'Ramos']],
    ['a title before a name with a middle initial and a possessive', 'Aides to President-elect Jane R. Doe’s team met on Monday. Doe said later that she was pleased.', ['Jane R. Doe', 'Doe']],
  ];
  for (const [why, text, forms] of cases) {
    it(`${why}: ${forms.join(' / ')}`, () => sameEntity(text, forms));
  }

  it('keeps two people whose given names are not variants of each other apart', () => {
    const a = analyzeText('Robert Hale and Roberta Hale both spoke. Later Robert Hale left.');
    assert.notStrictEqual(entityWith(a, 'Robert Hale')?.id, entityWith(a, 'Roberta Hale')?.id);
  });

  it('keeps a newer body that borrows the name apart from the firm', () => {
    const a = analyzeText('The store operator Hollis, Brandt & Co. will be bought. The new company, Hollis Holdings, will be based in Ohio.');
    assert.notStrictEqual(entityWith(a, 'Hollis Holdings')?.id, entityWith(a, 'Hollis, Brandt & Co')?.id);
  });
});

describe('same entity, other form, across articles', () => {
  const cases: [why: string, a: string, inA: string, b: string, inB: string][] = [
    ['a legal form in one article only', 'Jo Reyes, a partner at consultancy BBK Ltd., said the deal made sense.', 'BBK Ltd',
      'Jo Reyes of consultancy BBK said the deal "looks good".', 'BBK'],
    ['a holding company\'s legal name and its short name', 'The discount retailer Valmart Holding Corp. agreed to the deal.', 'Valmart Holding Corp',
      'Valmart said sales would rise. Valmart\'s shares jumped 15 percent.', 'Valmart'],
    ['singular and plural last word', 'Holders will get one share of Dorrit Holdings for each share.', 'Dorrit Holdings',
      'Holders will get one share of the new Dorrit Holding company.', 'Dorrit Holding'],
    ['a given-name variant (Fox / CNN)', 'Senator Bob Hale said the plan would fail.', 'Bob Hale', 'Sen. Robert J. Hale of Arizona objected on Tuesday.', 'Robert J. Hale'],
    ['"Ted" and "Edward"', 'Ted Marsh, the chairman, declined to comment.', 'Ted Marsh', 'Edward Marsh, chairman of the panel, declined to comment.', 'Edward Marsh'],
    ['a generational suffix in one article only', 'Cesar Ramos Jr. was charged on Friday.', 'Cesar Ramos Jr', 'Prosecutors said Cesar Ramos mailed the devices.', 'Cesar Ramos'],
    ['a club\'s prefix in one article only', 'Ashford United beat FC Rostov 2-1 on Saturday.', 'FC Rostov', 'Rostov said its coach would stay. Rostov\'s fans cheered.', 'Rostov'],
    ['a middle initial in one article only (NYT / AP)', 'He promised to act as a check on President-elect Jane R. Doe’s agenda.', 'Jane R. Doe',
      'Democrats went up against President-elect Jane Doe and a hostile Congress.', 'Jane Doe'],
  ];
  for (const [why, a, inA, b, inB] of cases) {
    it(`${why}: "${inA}" / "${inB}"`, () => {
      const [la, lb] = linkAnalyses([analyzeText(a), analyzeText(b)]);
      assert.ok(entityWith(la, inA), `"${inA}" found`);
      assert.ok(entityWith(lb, inB), `"${inB}" found`);
      assert.strictEqual(entityWith(la, inA)?.id, entityWith(lb, inB)?.id);
    });
  }
});
