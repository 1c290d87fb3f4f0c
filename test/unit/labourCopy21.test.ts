// Kinds of round 21's labour-dispute set (fresh56): a parts maker named for what it makes, strikers named by their
// railway post after an age, and a lone given name after a companion noun ("Her colleague Ivo, 52,"). Every sentence
// is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('labour-dispute copy (r21-labour)', () => {
  describe('a parts maker named for what it makes (org-heads, company-heads: components, castings, forgings, fasteners)', () => {
    it('reads "X Components" as a body, also before its plural possessive', () => {
      assert.deepStrictEqual(mentionLabels('Workers at Vardo Components\' press shop walked out on Monday.'), ['o:Vardo Components']);
      assert.deepStrictEqual(mentionLabels('The union met Tarrow Castings and Marwick Forgings in Kelso.'), ['o:Tarrow Castings', 'o:Marwick Forgings']);
    });

    it('reads the maker\'s first word alone as the company later in the report', () => {
      const labels = mentionLabels('About 900 staff work at Vardo Components in Kelso. A spokesperson for Vardo said talks would resume.');
      assert.deepStrictEqual(labels, ['o:Vardo Components', 'o:Vardo']);
    });

    it('leaves the common noun alone', () => {
      assert.deepStrictEqual(mentionLabels('The plant makes components and castings for three carmakers.'), []);
    });
  });

  describe('a striker named by a railway post after an age (title-heads: signaller, signalwoman)', () => {
    it('reads "X, 34, a signaller," as a post', () => {
      assert.deepStrictEqual(rolesOf('Outside the box, Orla, 34, a signaller, said the rota was cut.', 'Orla'), ['signaller']);
      assert.deepStrictEqual(rolesOf('Dana Kelso, a signalwoman at Tarrow, joined the picket.', 'Dana Kelso'), ['signalwoman at Tarrow']);
    });

    it('gives no post to a name without it', () => {
      assert.deepStrictEqual(rolesOf('Outside the box, Orla, 34, said the rota was cut.', 'Orla'), []);
    });
  });

  describe('a lone given name after a possessive and a companion noun (rule relation-before, list companion-nouns)', () => {
    it('reads "Her colleague Ivo, 52, said:" as a person who speaks', () => {
      const text = 'Orla, 34, said she was tired. Her colleague Ivo, 52, said: "I have never been on strike before."';
      const analysis = analyzeText(text);
      const ivo = analysis.entities.find(entity => entity.name === 'Ivo');
      assert.ok(ivo && ivo.kind === 'person', analysis.entities.map(entity => entity.name).join(', '));
      assert.strictEqual(analysis.quotes[0].speakerId, ivo.id);
    });

    it('reads "his neighbour Greta" as a person', () => {
      assert.ok(mentionLabels('On the picket line his neighbour Greta said it was cold.').includes('p:Greta'));
    });

    it('does not read a place after "a colleague in" as a person', () => {
      assert.deepStrictEqual(mentionLabels('A colleague in Marwick said the rota was cut.'), []);
    });
  });

  describe('a trade\'s plural possessive inside a union\'s name (member-plurals: machinists, signallers, …)', () => {
    it('reads "the X Auto and Machinists\' Alliance" whole', () => {
      assert.deepStrictEqual(mentionLabels('Members of the Kelso Auto and Machinists\' Alliance voted on Friday.'), ['o:Kelso Auto and Machinists\' Alliance']);
      assert.deepStrictEqual(mentionLabels('The Rail Signallers\' Association called a strike.'), ['o:Rail Signallers\' Association']);
    });

    it('still ends a surname\'s possessive before a body ("Vellis\' Senate bid")', () => {
      assert.ok(!mentionLabels('Dana Vellis\' Senate bid ended on Friday.').some(label => label.includes('Senate bid')));
    });
  });

  describe('a union\'s branch named by its number (numbered-branch-nouns: local, lodge)', () => {
    it('reads "Local 312" and "Lodge 751" as bodies, one entity for each number', () => {
      const text = 'Members of Local 88 voted on Friday, and Lodge 751 backed them. "We won," said Dana Kelso, president of Local 88.';
      assert.deepStrictEqual(mentionLabels(text), ['o:Local 88', 'o:Lodge 751', 'p:Dana Kelso', 'o:Local 88']);
    });

    it('leaves a lower-case "local", a road\'s number and a capitalised word before "Local" alone', () => {
      assert.deepStrictEqual(mentionLabels('The local 88 people met on Route 66 on Friday.'), []);
    });
  });
});
