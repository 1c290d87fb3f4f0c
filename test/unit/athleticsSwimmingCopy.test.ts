// Kinds of athletics and swimming championship copy found by round 29's unseen set (r29-athletics, fresh88): clubs in
// results brackets and in prose named by the initials of their form or their members' pastime ("X (Tarrow AC)",
// "Vardo Striders"), a results table's marks and codes in capitals ("PB", "SB", "NR", "DQ", "400 IM"), a table line
// opened by its status ("DQ Kelso Harriers (R24.7)") and a status made a verb ("Kelso DQ'd"), a hyphened surname whose
// second part compromise knows only as a famous person's ("Osei-Dalton"), a sports body's "performance director" and
// "competitions director", "who chaired the jury", and a quotation paragraph after a paragraph opened by "His" or
// "Her" whose only name is a complement ("the record X set"). Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** Each quotation's first words and the name of the entity credited, or null. */
function speakers(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => [text.slice(quote.start, quote.end).split(' ').slice(0, 3).join(' '), analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null]);
}

const RESULTS = [
  'WOMEN 200m FINAL (wind -0.4)',
  '1 Ines Varde (Quarrenden AC) 23.11 PB',
  '2 Jo Pellow (Tamsworth Striders) 23.40 SB',
  '3 Mara Okonedo-Finch (Quarrenden AC) 23.52 NR',
  'DQ Kestle Harriers (R24.7)',
].join('\n');

describe('athletics and swimming copy kinds of round 29 (r29-athletics)', () => {
  it('reads athletics clubs ending in "AC", "Striders", "Runners" as bodies, in results brackets and in prose', () => {
    const labels = mentionLabels(RESULTS);
    for (const club of ['o:Quarrenden AC', 'o:Tamsworth Striders', 'o:Kestle Harriers']) {
      assert.ok(labels.includes(club), labels.join(', '));
    }
    assert.ok(!labels.some(label => /^p:(?:Quarrenden|Tamsworth)/.test(label)), labels.join(', '));
    const prose = mentionLabels('Within an hour Brackley AC had lodged an appeal, and the Orme Road Runners backed it.');
    assert.ok(prose.includes('o:Brackley AC') && prose.includes('o:Orme Road Runners'), prose.join(', '));
  });

  it('reads a results table\'s marks and event codes in capitals as no body', () => {
    const labels = mentionLabels(RESULTS);
    assert.ok(!labels.some(label => /^o:(?:PB|SB|NR|DQ)\b/.test(label)), labels.join(', '));
    const prose = mentionLabels('It was a PB by 0.1 for Ines Varde, whose SB was 23.40; Jo Pellow won the 400 IM and a fifth SP title.');
    assert.deepStrictEqual(prose, ['p:Ines Varde', 'p:Jo Pellow']);
  });

  it('keeps a status opening a table line, and a status made a verb, out of the name', () => {
    assert.ok(mentionLabels(RESULTS).includes('o:Kestle Harriers'));
    const labels = mentionLabels("Gallan Harriers DQ'd after a late appeal by Brackley AC");
    assert.ok(!labels.some(label => label.includes("DQ'd")), labels.join(', '));
  });

  it('finds a name whose hyphened surname ends in a word compromise knows only as a famous person', () => {
    const labels = mentionLabels('Behind her Ama Osei-Dalton, of the club, took silver. Later Kofi Mensah-Goodwin was fourth.');
    assert.deepStrictEqual(labels, ['p:Ama Osei-Dalton', 'p:Kofi Mensah-Goodwin']);
  });

  it('keeps a sports body\'s "competitions director" and "performance director" whole before a name', () => {
    assert.deepStrictEqual(rolesOf('NSB competitions director Pia Halvorsen confirmed the result.', 'Pia Halvorsen'), ['NSB competitions director']);
    assert.deepStrictEqual(rolesOf('Performance director Tomasz Wierzba named the team.', 'Tomasz Wierzba'), ['Performance director']);
  });

  it('reads "who chaired the jury" as a post of the sitting chaired, not "who chaired the meeting" or "who led the talks"', () => {
    assert.deepStrictEqual(rolesOf('Pia Halvorsen, who chaired the jury, declined to comment.', 'Pia Halvorsen'), ['chaired the jury']);
    assert.deepStrictEqual(rolesOf('Tom Vell, who chaired the meeting, left early.', 'Tom Vell'), []);
    assert.deepStrictEqual(rolesOf('Tom Vell, who led the talks, left early.', 'Tom Vell'), []);
  });

  it('credits a bare quotation paragraph to the person a "Her"-opened paragraph before it is about, not the complement named there', () => {
    const text = 'Ines Varde had waited five summers for a legal wind. On Saturday in Kelso she finally got one.\n\n'
      + 'Her 11.02 in the final took a tenth off the national record Jo Pellow set in 2011, and the reading was comfortably legal.\n\n'
      + '"I have waited five years for a day like this one, and now it is here."';
    assert.deepStrictEqual(speakers(text), [['I have waited', 'Ines Varde']]);
  });

  it('still credits the named subject after an opening possessive\'s appositive', () => {
    const text = 'Ines Varde won the final.\n\nHer coach, Jo Pellow, watched from the stand.\n\n"That was the race we planned for all winter."';
    assert.deepStrictEqual(speakers(text), [['That was the', 'Jo Pellow']]);
  });
});
