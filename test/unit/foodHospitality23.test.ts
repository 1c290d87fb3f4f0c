// Kinds of food, restaurant and hospitality copy found by round 23's unseen set (r23-food): a restaurant named after
// its chef, a restaurant or a chain named like a person, a chef known by one name, delivery platforms and chains after
// their trade noun, food-safety firms' heads, a guide that awards stars, an award after words read as a title, a city
// in a sentence of winning stars, two places joined by "&", a trade title's masthead, and the kitchen's and the
// family's descriptors as roles. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('food and hospitality kinds of round 23 (r23-food)', () => {
  describe('a restaurant named after its chef', () => {
    it('reads the surname as the restaurant where it is run or has "its" star, and as the chef where he speaks', () => {
      const text = 'It took ten years, but Varrow has its second star. Varrow, 52, who trained in Lyon, thanked his staff. '
        + 'Pello Varrow said the night was special.';
      const found = namedMentionLabels(text);
      assert.deepStrictEqual(found, ['o:Varrow:Varrow', 'p:Pello Varrow:Varrow', 'p:Pello Varrow:Pello Varrow']);
    });

    it('reads a name set off before "run by" as the business', () => {
      const found = namedMentionLabels('Varrow, run by the chef Pello Varrow, 51, is one of eight such restaurants. Mr Varrow said so.');
      assert.deepStrictEqual(found, ['o:Varrow:Varrow', 'p:Pello Varrow:Pello Varrow', 'p:Pello Varrow:Varrow']);
    });

    it('keeps a surname that has "his" star, or says "its", the person', () => {
      const found = namedMentionLabels('Pello Varrow cooked. Varrow has his second star. Varrow said its menu would change.');
      assert.ok(!found.some(label => label.startsWith('o:')), found.join(' | '));
    });

    it('keeps a person run over a person', () => {
      const found = mentionLabels('Tomas Elder was run over by a van on Monday.');
      assert.deepStrictEqual(found, ['p:Tomas Elder']);
    });
  });

  describe('restaurants and chains named like people', () => {
    it('reads a one-word name with a restaurant appositive as a body', () => {
      assert.deepStrictEqual(mentionLabels('Rosalind, the Tarrow counter restaurant from chef Mira Doyle, won a star.'), ['o:Rosalind', 'p:Mira Doyle']);
    });

    it('reads the name a person founded as a body', () => {
      const found = mentionLabels('Mira Doyle, who founded Rosalind in 2011, left its kitchen last spring.');
      assert.ok(found.includes('o:Rosalind'), found.join(' | '));
    });

    it('reads a chain after "chain" as a body, also where a nickname adjective opens a sentence with it', () => {
      const text = 'Grill chain Big Tony closed four sites, its founder Tony Marsh said. Big Tony said it hoped to reopen.';
      assert.deepStrictEqual(namedMentionLabels(text), ['o:Big Tony:Big Tony', 'p:Tony Marsh:Tony Marsh', 'o:Big Tony:Big Tony']);
    });

    it('keeps "Big" a common word before a word no given name', () => {
      const found = mentionLabels('Big Data firms grew fast, Dana Kell said.');
      assert.ok(!found.some(label => label.includes('Big')), found.join(' | '));
    });

    it('reads a consultant chef known by one name as a person', () => {
      const text = 'The group hired the consultant chef known simply as Ottaro. Ottaro\'s menu arrived in May. Ottaro\'s dishes sold out.';
      assert.deepStrictEqual(mentionLabels(text), ['p:Ottaro', 'p:Ottaro', 'p:Ottaro']);
    });

    it('keeps a body known by one name a body', () => {
      const found = mentionLabels('They hired the group known simply as Ottarix. Ottarix\'s menu arrived in May. Ottarix\'s dishes sold out.');
      assert.ok(found.every(label => label === 'o:Ottarix'), found.join(' | '));
    });
  });

  describe('bodies of the food trade', () => {
    it('reads both delivery platforms or apps listed after their trade noun as bodies', () => {
      assert.deepStrictEqual(mentionLabels('Delivery apps Plattr and Fooduo removed the sites.'), ['o:Plattr', 'o:Fooduo']);
      assert.deepStrictEqual(mentionLabels('Third-party platforms Plattr and Fooduo delisted them.'), ['o:Plattr', 'o:Fooduo']);
    });

    it('keeps two chefs listed after a plural person noun people', () => {
      assert.deepStrictEqual(mentionLabels('The chefs Dana Roe and Tom Kell cooked.'), ['p:Dana Roe', 'p:Tom Kell']);
    });

    it('reads auditors, compliance firms and a companies register as bodies', () => {
      const found = mentionLabels('The auditor Cleanplate Assurance was hired. Jo Tarn is director of Tarn Compliance. Accounts are filed at Companies Registry.');
      assert.deepStrictEqual(found, ['o:Cleanplate Assurance', 'p:Jo Tarn', 'o:Tarn Compliance', 'o:Companies Registry']);
    });

    it('reads a guide that awards stars as a body, and "EHO" as no body', () => {
      const found = mentionLabels('The bistro was awarded a star by the Kelmoor Guide, the top rating. Ana Ruiz, a former EHO, said so.');
      assert.deepStrictEqual(found, ['o:Kelmoor Guide', 'p:Ana Ruiz']);
    });

    it('reads a guide after a possessive as a work\'s title, no body', () => {
      const found = mentionLabels('She premiered her play, Madness: A Diner\'s Guide, at the Kelso Arts Centre.');
      assert.deepStrictEqual(found, ['o:Kelso Arts Centre']);
    });

    it('reads a trade title ending in "Record" on its masthead as the outlet', () => {
      const found = mentionLabels('Catering Record | Food Safety\n\nThe chain shut four sites on Monday.');
      assert.deepStrictEqual(found, ['o:Catering Record']);
    });
  });

  describe('names that are no body or person', () => {
    it('reads an award after words read as a title as no person', () => {
      const found = mentionLabels('Lena Hart picked up the Young Chef Award on the same night.');
      assert.deepStrictEqual(found, ['p:Lena Hart']);
    });

    it('reads two places joined by "&" as no firm, and keeps partners joined so a firm', () => {
      const found = mentionLabels('The guide held its Great Britain & Ireland ceremony. Quill & Fern gained a star.');
      assert.deepStrictEqual(found, ['o:Quill & Fern']);
    });

    it('reads a city near words of winning a star as a place, and near a result as the club', () => {
      assert.deepStrictEqual(mentionLabels('Oriel, the Leeds counter restaurant from Dana Roe, won its first star.'), ['o:Oriel', 'p:Dana Roe']);
      assert.deepStrictEqual(mentionLabels('Leeds won at home on Saturday.'), ['o:Leeds']);
    });
  });

  describe('roles of the kitchen and the family', () => {
    it('reads a food trade before a name as a role, "butcher" in lower case only', () => {
      assert.deepStrictEqual(rolesOf('The chain was founded by butcher Tamas Orr in 2009.', 'Tamas Orr'), ['butcher']);
      assert.deepStrictEqual(rolesOf('Sommelier Ines Varga poured the wine.', 'Ines Varga'), ['Sommelier']);
      assert.deepStrictEqual(rolesOf('The chef Tamas Baker said so.', 'Tamas Baker'), ['chef']);
    });

    it('reads a parent\'s descriptor opening the sentence as a role', () => {
      assert.deepStrictEqual(rolesOf('Dad Gary Penn, 44, from Lowfield, said his son was ill.', 'Gary Penn'), ['Dad']);
      assert.deepStrictEqual(rolesOf('Grandmother Edna Rook, 66, said she would eat there again.', 'Edna Rook'), ['Grandmother']);
    });
  });
});
