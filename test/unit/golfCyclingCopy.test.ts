// Kinds of golf and professional cycling copy found by round 24's unseen set (r24-golf, fresh71): a newspaper's
// results paragraph with its times spelt out ("4hrs 38mins 12secs", "same time", "at 42secs"), a Korean name written
// family name first with an English word as the family name ("Park Ji-hoon"), a golf course named like a person
// ("the Lachlan Course"), country short forms in a leaderboard's brackets ("(S Kor)", "(GB & Ire unless stated)"), a
// caddie's and a cycling team's staff posts and a race jury's president, "the Dane said" (a nationality noun that is
// also a given name), a picture credit closing a caption line or after "Photography:" with no brackets, a newsroom
// desk's byline, and a stage town that is also a football club's name. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

/** The speaker's canonical name of each quotation, in order ('-' for none). */
function speakers(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('golf and cycling copy kinds of round 24 (r24-golf)', () => {
  it('reads a team in a newspaper results paragraph with its times spelt out', () => {
    const text = 'Stage 4 (Kelso-Vardo, 180km): 1 I Brandvik (Nor) Tarrow-Lindqvist 4hrs 12mins 05secs; 2 T Morrell (Bel) Castellane-Voss same time.\n'
      + 'Overall: 1 T Morrell (Bel) Castellane-Voss 18hrs 40mins 11secs; 2 I Brandvik (Nor) Tarrow-Lindqvist at 42secs.';
    const found = mentionLabels(text);
    assert.strictEqual(found.filter(label => label === 'o:Tarrow-Lindqvist').length, 2, found.join(', '));
    assert.strictEqual(found.filter(label => label === 'o:Castellane-Voss').length, 2, found.join(', '));
  });

  it('does not read a name before "same" or "at" in prose as a team', () => {
    assert.ok(!mentionLabels('Ivo Sandal (Denmark) Vardo said the same thing at 42 on Monday.').includes('o:Vardo'));
  });

  it('reads a Korean name whose family name is an English word as a person, and the family name alone as the same person', () => {
    const found = namedMentionLabels('He finished level with Park Seo-jun on Sunday. Park, 26, missed from six feet.');
    assert.deepStrictEqual(found, ['p:Park Seo-jun:Park Seo-jun', 'p:Park Seo-jun:Park']);
  });

  it('does not read a hyphen prefix after a capitalised word as a Korean given name', () => {
    assert.ok(!mentionLabels('Members of Park Co-op met on Sunday.').includes('p:Park Co-op'));
  });

  it('reads a golf course named like a person as a place', () => {
    assert.deepStrictEqual(mentionLabels('Ivo Sandal won on the Fenwick Course on Sunday.'), ['p:Ivo Sandal']);
  });

  it('reads country short forms in a leaderboard\'s brackets as places', () => {
    const text = 'LEADING SCORES (GB & Ire unless stated)\n270 D Vellacott 66 68 68 68; M Kang-Brody (S Kor) 67 67 69 67.';
    const found = mentionLabels(text);
    assert.ok(!found.includes('p:S Kor') && !found.includes('o:Ire') && !found.includes('o:GB & Ire'), found.join(', '));
  });

  it('reads a caddie, a directeur sportif and a jury president as posts', () => {
    assert.deepStrictEqual(rolesOf('His caddie, Rob Hanlon, read the putt.', 'Rob Hanlon'), ['caddie']);
    assert.deepStrictEqual(rolesOf('Sandal\'s caddie, Rob Hanlon, said nothing.', 'Rob Hanlon'), ['Sandal\'s caddie']);
    assert.deepStrictEqual(rolesOf('Tarrow-Lindqvist directeur sportif Piet Oudeman was angry.', 'Piet Oudeman'), ['Tarrow-Lindqvist directeur sportif']);
    assert.deepStrictEqual(rolesOf('The ruling came from jury president Anna Lodewijk on Monday.', 'Anna Lodewijk'), ['jury president']);
  });

  it('does not read a capitalised "Race" or "Jury" of a name as a post', () => {
    assert.ok(mentionLabels('The Kelso Race Committee met Ivo Sandal.').includes('o:Kelso Race Committee'));
  });

  it('gives "the Dane said" and "said the Swede" to the one person of the paragraph', () => {
    assert.deepStrictEqual(speakers('Mads Kjellerup denied any fault. "I did not see him," the Dane said.'), ['Mads Kjellerup']);
    assert.deepStrictEqual(speakers('Nils Ostberg was third. "The road was too narrow," said the Swede.'), ['Nils Ostberg']);
  });

  it('reads a picture credit closing a caption line, and one after "Photography:", as photographer and agency', () => {
    assert.deepStrictEqual(mentionLabels('Main image: riders pick through the crash in Kelso (Jordan Pell/Vardo Foto)'), ['p:Jordan Pell', 'o:Vardo Foto']);
    assert.deepStrictEqual(mentionLabels('Words: Dana Kerrick | Photography: Jordan Pell/Vardo Foto'), ['p:Dana Kerrick', 'p:Jordan Pell', 'o:Vardo Foto']);
  });

  it('keeps a bracket inside a caption\'s prose out of the credit', () => {
    assert.ok(!mentionLabels('Picture: the deal (Kelso/Marwick) closed on Monday with Dana Kerrick there.').includes('o:Marwick'));
  });

  it('reads a newsroom desk\'s byline as no person', () => {
    assert.deepStrictEqual(mentionLabels('Rider out after crash\n\nSports Desk\n\nIvo Sandal broke his collarbone.'), ['p:Ivo Sandal']);
  });

  it('reads a rider in a results line whose country is glued to its bracket, a particle inside his name', () => {
    const text = 'Carlo Vanni won the stage.\n\nSTAGE 4\n1. Carlo Vanni (Ita) Tarrow-Lindqvist 4:12:05\n2. Piet van Oudeman (Ned) Castellane-Voss s.t.';
    const found = mentionLabels(text);
    assert.ok(found.includes('p:Piet van Oudeman') && found.includes('o:Castellane-Voss'), found.join(', '));
  });

  it('keeps a headline with a bracketed word that is no country a headline', () => {
    assert.ok(!mentionLabels('3 Hurt In Kelso (Video) Crash Report\n\nDana Kerrick said the road was shut.').includes('p:Kelso'));
  });

  it('splits two teams joined by "and" when the first is "Team" and two sponsors', () => {
    const found = mentionLabels('Riders from Team Halvorsen-Tarrow and Vardo Pro Cycling went down.');
    assert.deepStrictEqual(found, ['o:Team Halvorsen-Tarrow', 'o:Vardo Pro Cycling']);
  });

  it('reads a professional tour as a body, not a band\'s tour', () => {
    assert.ok(mentionLabels('He had two top-ten finishes on the Ostley Tour this season.').includes('o:Ostley Tour'));
    assert.ok(mentionLabels('Dana Vell, the Ostley Tour commissioner, spoke.').includes('o:Ostley Tour'));
    assert.ok(!mentionLabels('The band played Kelso on the Ostley Tour last spring.').includes('o:Ostley Tour'));
  });

  it('reads a stage town that is also a club\'s name, after "in", as a place', () => {
    assert.deepStrictEqual(mentionLabels('Ivo Sandal won the sprint stage in Barcelona on Sunday.'), ['p:Ivo Sandal']);
    assert.ok(mentionLabels('Ivo Sandal scored twice as Kelso beat Barcelona on Sunday.').includes('o:Barcelona'));
  });
});
