// Round 33: kinds of role and cross-document misses pooled over the invented fresh sets (posts in a relative clause
// after a description, a specialist's field of work and the body it is done for, a body's possessive opening a
// business, a peer introduced by "her" or "his"; a body named by the opening words of its full name in another report). Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { rolesOf } from './support/entityQueries';

/** The id each report gives the entity one of whose mentions reads `mention`. */
function idsOf(analyses: readonly DocumentAnalysis[], mention: string): (string | undefined)[] {
  return analyses.map(analysis => analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id);
}

describe('round 33 roles: posts in relative clauses and fields of work', () => {
  it('reads the post of a relative clause that closes a description after the name', () => {
    assert.deepStrictEqual(rolesOf('Ansel Varga, the economist who chaired the inquiry, said the market was broken.', 'Ansel Varga'),
      ['economist', 'chaired the inquiry']);
    assert.deepStrictEqual(rolesOf('Hedda Plume, a chief inspector who heads the county\'s traffic unit, said the road was shut.', 'Hedda Plume'),
      ['chief inspector', 'heads the county\'s traffic unit']);
    // A description whose relative clause states no post gives none.
    assert.deepStrictEqual(rolesOf('Lisel Orban, the woman who lives next door, said she heard a bang.', 'Lisel Orban'), []);
  });

  it('reads a specialist\'s field of work and the body it is done for as the post', () => {
    assert.deepStrictEqual(rolesOf('Corin Maddox, who tracks the freight trade for Quillon Research, said rates would rise.', 'Corin Maddox'),
      ['tracks the freight trade for Quillon Research']);
    assert.deepStrictEqual(rolesOf('Yara Tennant, who studies coastal erosion at the Pellow Institute, said the cliff had moved.', 'Yara Tennant'),
      ['studies coastal erosion at the Pellow Institute']);
    assert.deepStrictEqual(rolesOf('Brin Olafsen, who coordinates sea rescues for Tidewatch, said the boats were full.', 'Brin Olafsen'),
      ['coordinates sea rescues for Tidewatch']);
    assert.deepStrictEqual(rolesOf('The inquiry heard evidence in May.\n\nMika Sorell covers courts and crime for the Dunmore Echo.', 'Mika Sorell'),
      ['covers courts and crime for the Dunmore Echo']);
  });

  it('gives no post for a task with no field or no named body', () => {
    assert.deepStrictEqual(rolesOf('Corin Maddox, who covers the costs, said the deal was fair.', 'Corin Maddox'), []);
    assert.deepStrictEqual(rolesOf('Corin Maddox, who studies the plans for the club, said the deal was fair.', 'Corin Maddox'), []);
    assert.deepStrictEqual(rolesOf('Mika Sorell covers the story.', 'Mika Sorell'), []);
  });

  it('reads a body\'s possessive opening the business a person runs as the post', () => {
    assert.deepStrictEqual(rolesOf('Odile Farrant, who runs Quillon\'s Irish business, was more cautious.', 'Odile Farrant'),
      ['runs Quillon\'s Irish business']);
    assert.deepStrictEqual(rolesOf('Odile Farrant, who runs Mira Quell\'s campaign, was more cautious.', 'Odile Farrant'), []);
  });
});

describe('round 33 roles: a peer introduced by a possessive determiner', () => {
  it('reads "her colleague" and "his shadow" before a name as the relation that places the person', () => {
    assert.deepStrictEqual(rolesOf('Her colleague Tobiah Renn said the pay offer was an insult.', 'Tobiah Renn'), ['colleague']);
    assert.deepStrictEqual(rolesOf('His shadow, Marit Oddsen, said the minister had failed.', 'Marit Oddsen'), ['shadow']);
  });

  it('leaves a title opened by "shadow", another person\'s colleague and a colleague with no name as they were', () => {
    assert.deepStrictEqual(rolesOf('His shadow chancellor, Marit Oddsen, said the minister had failed.', 'Marit Oddsen'), ['shadow chancellor']);
    assert.deepStrictEqual(rolesOf('Ivo Brandt\'s colleague Tobiah Renn said no.', 'Tobiah Renn'), []);
    assert.deepStrictEqual(rolesOf('The shadow of the tower fell on Marit Oddsen as she spoke.', 'Marit Oddsen'), []);
  });
});

describe('round 33 links: a body named by the opening words of its full name', () => {
  it('joins the short name to the one body of the other report whose name it opens', () => {
    const reports = [
      analyzeText('The Alianza Cívica Regional won 41 seats in the assembly, its best result.'),
      analyzeText('The Alianza Cívica said it would form a government within a week.'),
    ];
    const alliance = linkAnalyses(reports);
    const [full] = idsOf(alliance, 'Alianza Cívica Regional');
    assert.ok(full);
    assert.strictEqual(idsOf(alliance, 'Alianza Cívica')[1], full);
    const bank = [
      analyzeText('The Central Bank of Vellmark raised its main rate to 6 per cent on Thursday.'),
      analyzeText('The Central Bank said inflation would fall next year.'),
    ];
    const linked = linkAnalyses(bank);
    assert.strictEqual(idsOf(linked, 'Central Bank')[1], idsOf(linked, 'Central Bank of Vellmark')[0]);
  });

  it('keeps apart a body whose longer name adds a head noun, and two bodies that open alike', () => {
    const council = linkAnalyses([
      analyzeText('Dunmore City Council approved the new stand on Tuesday.'),
      analyzeText('Dunmore City won 2-0 at home on Saturday.'),
    ]);
    assert.notStrictEqual(idsOf(council, 'Dunmore City')[1], idsOf(council, 'Dunmore City Council')[0]);
    const two = linkAnalyses([
      analyzeText('The Central Bank of Vellmark raised rates, and the Central Bank of Osterra held them.'),
      analyzeText('The Central Bank said inflation would fall next year.'),
    ]);
    const [vellmark] = idsOf(two, 'Central Bank of Vellmark');
    const [osterra] = idsOf(two, 'Central Bank of Osterra');
    const short = idsOf(two, 'Central Bank')[1];
    assert.ok(short !== vellmark && short !== osterra);
  });
});
