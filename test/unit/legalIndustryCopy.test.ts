// Kinds of legal-industry and class-action copy found by round 26's unseen set (r26-legal, fresh78): law firms named
// after their founders that read as people ("X managing partner Y", "X and Pryce & Kendrick agree to merge", "one of
// the oldest law firms, X,", "to be called X", "will trade as X"), the short form of a firm that is also a partner's
// surname, a trade title whose first word is a title ("Counsel Weekly can reveal"), a legal outlet's section path,
// a barrister's "SC" after a given name the lexicon does not know, the trade's earnings measures ("PEP"), a legal
// directory in apposition, a lead plaintiff's part in the case, a recalled appliance named by maker, model and number,
// and a judge "in <city>" before the reporting verb. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('legal-industry and class-action copy kinds of round 26 (r26-legal)', () => {
  it('reads a trade title whose first word is a title as the outlet, not a title and a person', () => {
    assert.deepStrictEqual(mentionLabels('The two firms will merge in May, Surveyor Monthly can reveal.'), ['o:Surveyor Monthly']);
    assert.deepStrictEqual(mentionLabels('Counsel Dana Kelso said the firm would appeal.'), ['p:Dana Kelso']);
  });

  it('reads the name before a publication\'s scoop formula as the outlet', () => {
    assert.deepStrictEqual(mentionLabels('Six partners have resigned, Marlow Brief understands.'), ['o:Marlow Brief']);
    assert.deepStrictEqual(mentionLabels('Six partners have resigned, Dana Kelso understands.'), ['p:Dana Kelso']);
  });

  it('reads the name before a partnership\'s post and its holder as the firm, and its other uses too', () => {
    const found = mentionLabels('Alder Kell managing partner Dana Ruiz confirmed the hires. Alder Kell offered the team a platform.');
    assert.deepStrictEqual(found, ['o:Alder Kell', 'p:Dana Ruiz', 'o:Alder Kell']);
    assert.ok(!mentionLabels('London managing partner Dana Ruiz confirmed the hires.').includes('o:London'));
    assert.ok(mentionLabels('Dana Kelso\'s partner Tom Vane confirmed it.').includes('p:Dana Kelso'));
  });

  it('reads a name set off by commas after a plural body noun as one of those bodies', () => {
    assert.deepStrictEqual(mentionLabels('One of the oldest law firms, Penrose Hale, is to merge.'), ['o:Penrose Hale']);
    assert.deepStrictEqual(mentionLabels('Among the bidders were two firms, Dana Kelso said.'), ['p:Dana Kelso']);
  });

  it('reads a name listed beside a firm named by its form as a firm too', () => {
    assert.deepStrictEqual(mentionLabels('Penrose Hale and Marr & Tolley agree to merge.'), ['o:Penrose Hale', 'o:Marr & Tolley']);
    assert.deepStrictEqual(mentionLabels('Dana Kelso and Marr & Tolley agree to merge.'), ['p:Dana Kelso', 'o:Marr & Tolley']);
  });

  it('reads the name a firm will trade under, or a body noun is given, as a body', () => {
    assert.deepStrictEqual(mentionLabels('The firms, which will trade as Penrose Marr Tolley from June, voted.'), ['o:Penrose Marr Tolley']);
    assert.deepStrictEqual(mentionLabels('The merged firm, to be called Penrose Marr Tolley, opens in May.'), ['o:Penrose Marr Tolley']);
    assert.deepStrictEqual(mentionLabels('They met a man called Kelso Marr.'), ['p:Kelso Marr']);
  });

  it('gives a firm\'s first word alone to the firm the article names most, not to its newer name', () => {
    const found = namedMentionLabels('Hartley Vane and Marr & Tolley agree merger\n\nThe merged firm, to be called Hartley Marr Tolley, starts in May, '
      + 'with Hartley senior partner Ivo Hartley as chair.\n\nBut the deal has cost Hartley its tax team.\n\n"We are calm," Hartley told the paper.\n\n'
      + 'London\'s Hartley Vane has 400 lawyers. PEP at Hartley was £1m.');
    assert.ok(found.includes('o:Hartley Vane:Hartley') && !found.includes('o:Hartley Marr Tolley:Hartley'), found.join(', '));
    assert.ok(found.includes('p:Ivo Hartley:Hartley'), found.join(', '));
  });

  it('leaves a senior barrister\'s letters out of a name whose given name the lexicon does not know', () => {
    assert.deepStrictEqual(namedMentionLabels('The Dublin office is led by Eoghan Fitzgerald SC. Fitzgerald said it would grow.'),
      ['p:Eoghan Fitzgerald:Eoghan Fitzgerald', 'p:Eoghan Fitzgerald:Fitzgerald']);
    assert.deepStrictEqual(mentionLabels('They lost to Marwick City SC on Sunday.'), ['o:Marwick City SC']);
  });

  it('reads a legal outlet\'s section path as labels, no names', () => {
    const found = mentionLabels('Kelso Brief | Class Actions | Open Settlements\n\nA judge approves a deal.');
    assert.ok(!found.some(label => label.includes('Class')), found.join(', '));
    assert.ok(!mentionLabels('The Vardo Courier | Business | Law\n\nFirms merge.').includes('o:Law'));
  });

  it('reads the trade\'s earnings measure as no body and a legal directory in apposition as one', () => {
    assert.ok(!mentionLabels('PEP at Penrose Hale rose to £1.2m, Penrose Hale said.').includes('o:PEP'));
    assert.ok(mentionLabels('The team is ranked by Ashdown, the legal directory, in its top band.').includes('o:Ashdown'));
  });

  it('lists a lead plaintiff\'s part in the case as a role', () => {
    assert.deepStrictEqual(rolesOf('Lead plaintiff Dana Kelso, 44, said she was pleased.', 'Dana Kelso'), ['Lead plaintiff']);
  });

  it('reads a recalled appliance named by maker, model and number as a thing', () => {
    assert.deepStrictEqual(mentionLabels('She said her Brisa Heatwave 6 heater caught fire.'), []);
    assert.ok(mentionLabels('She said Brisa Heatwave 6 times.').length > 0);
  });

  it('credits words reported by a name placed "in <city>" before the verb to that name', () => {
    const analysis = analyzeText('Judge Orla Brandt in Denver said the deal was "fair and reasonable to every member of the class."');
    const speaker = analysis.entities.find(entity => entity.id === analysis.quotes[0]?.speakerId);
    assert.strictEqual(speaker?.name, 'Orla Brandt');
    assert.strictEqual(analyzeText('The crowd in Denver said the deal was "fair and reasonable to every member of the class."').quotes[0]?.speakerId, null);
  });
});
