// Kinds found by round 21's markets and finance set (fresh54): company names right before a verb of a price move.
// Every sentence is invented, with invented names.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';

describe('markets copy of round 21 (r21-markets)', () => {
  describe('a name right before a price-move verb and a percentage is a company (list price-move-verbs)', () => {
    it('reads a developer\'s name of unknown words as a company, not a person', () => {
      assert.deepStrictEqual(mentionLabels('Builders lost ground, and Vardo Pavilion Developments fell 3.7 per cent on Monday.'),
        ['o:Vardo Pavilion Developments']);
    });

    it('finds a company whose words are ordinary nouns ("Orchid Land slid 6 per cent")', () => {
      assert.deepStrictEqual(mentionLabels('Builders lost ground. Heron Land slid 6 per cent and Tarrow Quill lost nearly 5 percent.'),
        ['o:Heron Land', 'o:Tarrow Quill']);
    });

    it('reads past a ticker in brackets and a filler before the figure', () => {
      const labels = mentionLabels('Among lenders, Kelso Marram Ventures (KMV.SV) rose almost 6% by the close.');
      assert.strictEqual(labels[0], 'o:Kelso Marram Ventures', labels.join(' | '));
    });

    it('leaves a person whose name the lexicon knows a person, and a move without a percentage alone', () => {
      assert.deepStrictEqual(mentionLabels('In the poll Dana Kelso rose 4 percent among older voters.'), ['p:Dana Kelso']);
      assert.deepStrictEqual(mentionLabels('After the vote Ivo Marram fell silent, his aides said.'), ['p:Ivo Marram']);
    });
  });

  describe('a capitalised plural of members without its apostrophe, before an organisation head, stays in the body\'s name', () => {
    it('reads "the Real Estate Developers Association of Tarrow" whole, with its abbreviation', () => {
      assert.deepStrictEqual(mentionLabels('Ivo Sandal, president of the Marram Property Developers Association of Tarrow (MPDAT), said sales had stalled.'),
        ['p:Ivo Sandal', 'o:Marram Property Developers Association of Tarrow', 'o:MPDAT']);
    });

    it('still reads a plural title before names as a title ("Developers Dana Kelso and Tom Wrede")', () => {
      assert.deepStrictEqual(mentionLabels('Developers Orla Brandt and Tom Wrede said sales had stalled.'), ['p:Orla Brandt', 'p:Tom Wrede']);
    });
  });
});
