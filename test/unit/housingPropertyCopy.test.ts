// Kinds of housing, property and construction copy found by round 24's unseen set (r24-housing, fresh70): blocks,
// estates and streets named after people, firms named for a construction or property trade, a firm after its qualified
// trade in the plural ("estate agents X"), professional letters after a name ("BA MRTPI", "FRICS"), a tenant named by
// the first name alone before "who", a council's kind in initials ("X DC"), building-trade abbreviations that name no
// body ("ACM"), a source credit under a market report, and a headline's quotation repeated below it as a fragment.
// Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

/** The name of each quotation's speaker ("-" when unattributed), in order. */
function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('housing, property and construction kinds of round 24 (r24-housing)', () => {
  describe('blocks, estates and streets named after people', () => {
    it('reads a given name, a surname and a dwelling noun as a place', () => {
      assert.deepStrictEqual(mentionLabels('The fire spread through Edith Rowe House in minutes.'), []);
      assert.deepStrictEqual(mentionLabels('Tenants on the Albert Marr Estate were moved out.'), []);
      assert.deepStrictEqual(mentionLabels('Traffic queued down Cecil Ward Lane all day.'), []);
    });

    it('keeps the building a place where a reporting verb follows it', () => {
      assert.deepStrictEqual(mentionLabels('The firm that refurbished Edith Rowe Tower admitted fault on Monday.'), []);
    });

    it('reads a new estate named by one word and a landscape noun as a place', () => {
      assert.deepStrictEqual(mentionLabels('Homes at Tarrowby Meadows will go on sale in May.'), []);
    });

    it('keeps people whose surname is a dwelling noun', () => {
      assert.deepStrictEqual(mentionLabels('The fire was reported by Mary Ellen Lane on Monday.'), ['p:Mary Ellen Lane']);
      assert.deepStrictEqual(mentionLabels('The plan was backed by Dana Meadows on Monday.'), ['p:Dana Meadows']);
      assert.deepStrictEqual(mentionLabels('Tarrowby Meadows said she would appeal.'), ['p:Tarrowby Meadows']);
    });

    it('keeps a court of law a body', () => {
      assert.deepStrictEqual(mentionLabels('Kelso Crown Court heard the case on Monday.'), ['o:Kelso Crown Court']);
    });
  });

  describe('firms of the building and property trades', () => {
    it('reads a name ending in a construction trade as a firm, and its first word alone as the same firm', () => {
      const found = namedMentionLabels('The panels were made by Vossberg Facades. A Vossberg spokesperson declined to comment.');
      assert.deepStrictEqual(found, ['o:Vossberg Facades:Vossberg Facades', 'o:Vossberg Facades:Vossberg']);
      assert.deepStrictEqual(mentionLabels('Tarrant Roofing went into administration in May.'), ['o:Tarrant Roofing']);
      assert.deepStrictEqual(mentionLabels('The site was sold to Orrin Developments last year.'), ['o:Orrin Developments']);
    });

    it('reads a name after a qualified trade in the plural as the firm', () => {
      assert.deepStrictEqual(mentionLabels('Estate agents Penley Harcourt, which has four branches, expect prices to rise.'), ['o:Penley Harcourt']);
      assert.deepStrictEqual(mentionLabels('The survey was done by chartered surveyors Orrin Dale in May.'), ['o:Orrin Dale']);
    });

    it('keeps people of the trade people', () => {
      assert.deepStrictEqual(mentionLabels('Estate agent Penley Harcourt expects prices to rise.'), ['p:Penley Harcourt']);
      assert.deepStrictEqual(mentionLabels('The survey was done by chartered surveyors Dana Kelso and Tom Vane in May.'), ['p:Dana Kelso', 'p:Tom Vane']);
    });
  });

  describe('professional letters after a name', () => {
    it('leaves a planning inspector\'s degree and membership out of the name and the role', () => {
      const text = 'Planning inspector Maren Colquhoun BA MRTPI allowed the appeal. Colquhoun said the harm was limited.';
      assert.deepStrictEqual(namedMentionLabels(text), ['p:Maren Colquhoun:Maren Colquhoun', 'p:Maren Colquhoun:Colquhoun']);
      assert.deepStrictEqual(rolesOf(text, 'Maren Colquhoun'), ['Planning inspector']);
    });

    it('leaves a surveyor\'s letters out and reads the appositive after them', () => {
      const text = 'Ivo Penhallow FRICS, a partner at the firm, said prices would hold.';
      assert.deepStrictEqual(mentionLabels(text), ['p:Ivo Penhallow']);
      assert.deepStrictEqual(rolesOf(text, 'Ivo Penhallow'), ['partner at the firm']);
    });
  });

  describe('a tenant named by the first name alone', () => {
    it('reads a known given name before ", who" as a person who may speak', () => {
      const text = 'Tenants stood outside. Margery, who lived on the ninth floor, said: "Nobody listened to us."';
      assert.deepStrictEqual(mentionLabels(text), ['p:Margery']);
      assert.deepStrictEqual(speakersOf(text), ['Margery']);
    });

    it('does not read a club or an unknown word before ", who" as a person', () => {
      assert.ok(!mentionLabels('Chelsea, who beat Kelso Rovers 2-0, are top.').includes('p:Chelsea'));
      assert.ok(!mentionLabels('Tenants stood outside. Vellanby, who won on Saturday, said nothing.').includes('p:Vellanby'));
      assert.ok(!mentionLabels('Margery said the lifts failed.').includes('p:Margery'));
    });
  });

  describe('a council\'s kind in initials', () => {
    it('joins "X DC" to the district council named in full', () => {
      const found = namedMentionLabels('Tarrow District Council refused the plan. The council, Tarrow DC, could show only three years of supply.');
      assert.deepStrictEqual(found, ['o:Tarrow District Council:Tarrow District Council', 'o:Tarrow District Council:Tarrow DC']);
    });

    it('keeps Washington DC a place', () => {
      assert.deepStrictEqual(mentionLabels('She flew to Washington DC on Monday.'), []);
    });
  });

  describe('abbreviations of building materials, certificates and lending', () => {
    it('reads them as no body', () => {
      assert.deepStrictEqual(mentionLabels('The firm chose its ACM system to save money.'), []);
      assert.deepStrictEqual(mentionLabels('Landlords need HMO licences and a better EPC rating.'), []);
    });
  });

  describe('a source credit under a market report', () => {
    it('reads the bodies it lists as bodies', () => {
      assert.deepStrictEqual(mentionLabels('Prices rose 3 per cent.\n\nData: Pricewell, Caldermere Building Society.'), ['o:Pricewell', 'o:Caldermere Building Society']);
    });

    it('reads a body named in full after "Source:" as the body', () => {
      assert.deepStrictEqual(mentionLabels('Source: Orrin Analytics'), ['o:Orrin Analytics']);
    });

    it('does not read a one-word name as a body where no credit word and colon open the line', () => {
      assert.deepStrictEqual(mentionLabels('Prices rose 3 per cent.\n\nDatum Pricewell, Caldermere Building Society.').filter(label => label.includes('Pricewell')).length, 0);
    });
  });

  describe('a headline\'s quotation repeated below it as a fragment', () => {
    it('gives the headline\'s quotation the speaker of the same words below', () => {
      const text = 'Builder \'trusted the supplier fully\' on panels, hearing told\n\nThe works director, Corin Adley, said his firm had "trusted the supplier fully" over the panels.';
      assert.deepStrictEqual(speakersOf(text), ['Corin Adley', 'Corin Adley']);
    });

    it('leaves a headline\'s quotation unattributed when no quotation below repeats it', () => {
      const text = 'Builder \'trusted the supplier fully\' on panels, hearing told\n\nThe works director, Corin Adley, said his firm had "relied on the certificate" over the panels.';
      assert.deepStrictEqual(speakersOf(text), ['-', 'Corin Adley']);
    });
  });
});
