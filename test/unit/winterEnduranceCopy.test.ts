// Kinds of winter-sport and endurance-running copy found by round 27's unseen set (r27-winter, fresh82): a race named
// after its town or sponsor and its race noun ("the Tarrow Marathon", "Men's Downhill"), a piste or a jump named after
// a person, a capitalised compound noun before a name ("Runner-up X"), a federation's results list that writes the
// surname first in capitals with a nation code and a status label ("1. KELSO Dana, ITA, …", "DNF: …"), a picture
// credit that puts the agency before the photographer ("Photo: Agency/Name"), and an East African name called by its
// given name alone ("Abdi" of "Abdi Waqo Dadi"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('winter-sport and endurance-running copy kinds of round 27 (r27-winter)', () => {
  it('reads a name closed by a race noun as the race, a thing, and the noun alone after a category\'s possessive', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso won the Tarrow Marathon on Sunday and the Vardo Bank Downhill in March.'), ['p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels('Marwick Ski | News | Men\'s Downhill\n\nDana Kelso won from bib 30.'), ['p:Dana Kelso']);
  });

  it('keeps a body whose name holds a race noun before its head, and a person beside a race', () => {
    const found = mentionLabels('The Tarrow Marathon Trust gave £400 to Dana Kelso.');
    assert.ok(found.includes('o:Tarrow Marathon Trust') && found.includes('p:Dana Kelso'), found.join(', '));
  });

  it('reads a person\'s name between "the" and a course noun as the course, a place, with or without a measure', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso won on the Anton Kelder piste and crashed on the 3,445-metre Marta Brill course.'), ['p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels('He lost his line at the Ziegler jump, Dana Kelso said.'), ['p:Dana Kelso']);
  });

  it('keeps the person where no course noun follows, or the name is a body\'s', () => {
    const found = mentionLabels('Dana Kelso skied with Anton Kelder in 2019. The Vardo Ski Club course was shut.');
    assert.ok(found.includes('p:Anton Kelder') && found.includes('o:Vardo Ski Club'), found.join(', '));
  });

  it('reads "Runner-up" and "Stand-in" opening a sentence as common nouns, not a name\'s syllables', () => {
    assert.deepStrictEqual(namedMentionLabels('Rain fell. Runner-up Dana Kelso finished 28sec down. Kelso\'s coach was pleased.'), ['p:Dana Kelso:Dana Kelso', 'p:Dana Kelso:Kelso']);
    assert.deepStrictEqual(mentionLabels('Rain fell. Stand-in Nina Marr finished fourth.'), ['p:Nina Marr']);
  });

  it('keeps a given name with its hyphened syllable ("Moon Tae-in", "Cho Hae-won")', () => {
    assert.deepStrictEqual(mentionLabels('Moon Tae-in met Cho Hae-won in Seoul.'), ['p:Moon Tae-in', 'p:Cho Hae-won']);
  });

  it('reads a ranked results line\'s surname in capitals first, particles and hyphens included, as the person named in full', () => {
    const found = namedMentionLabels('Dana Kelso beat Ivo de Witt and Pia Nagy-Rothmund.\n\n1. KELSO Dana, ITA, Valmont, 1:52.36\n2. DE WITT Ivo, FRA, Valmont, +0.09\n3. NAGY-ROTHMUND Pia, AUT, Brenner, +0.21');
    assert.deepStrictEqual(found, ['p:Dana Kelso:Dana Kelso', 'p:Ivo de Witt:Ivo de Witt', 'p:Pia Nagy-Rothmund:Pia Nagy-Rothmund',
      'p:Dana Kelso:KELSO Dana', 'p:Ivo de Witt:DE WITT Ivo', 'p:Pia Nagy-Rothmund:NAGY-ROTHMUND Pia'], found.join(', '));
  });

  it('reads a results list\'s nation code and status label as no body', () => {
    const found = mentionLabels('Tom Brandt crashed.\n\n1. KELSO Dana, SUI, Valmont, 1:52.36\nDNF: BRANDT Tom, NOR, Brenner');
    assert.ok(!found.some(label => /^o:(SUI|NOR|DNF)$/.test(label)) && found.includes('p:BRANDT Tom'), found.join(', '));
  });

  it('does not read a line opened by a surname in capitals without a rank or a first name as a name written surname first', () => {
    const found = mentionLabels('KELSO Vows To Fight On\n\nThe Kelso Trust said so.');
    assert.ok(!found.includes('p:KELSO Vows'), found.join(', '));
  });

  it('reads a bare picture credit\'s one word before the slash as the agency where a photographer\'s name follows it', () => {
    const found = mentionLabels('Dana Kelso won.\n\n16.01.2027 | Photo: Alpenbild/Kurt Aebersold');
    assert.deepStrictEqual(found, ['p:Dana Kelso', 'o:Alpenbild', 'p:Kurt Aebersold'], found.join(', '));
  });

  it('keeps the British order, the photographer before the slash and the outlet after it', () => {
    const found = mentionLabels('Words: Dana Kelso | Photography: Jordan Pell/Vardo Foto');
    assert.deepStrictEqual(found, ['p:Dana Kelso', 'p:Jordan Pell', 'o:Vardo Foto'], found.join(', '));
  });

  it('joins an unknown given name alone to the three-word name it opens where a use shows a person', () => {
    const found = namedMentionLabels('Tesfa Worku Alemu won in Kelso. Tesfa, 26, said the pace was slow. Vardo Sports sponsors Tesfa.');
    assert.deepStrictEqual(found, ['p:Tesfa Worku Alemu:Tesfa Worku Alemu', 'p:Tesfa Worku Alemu:Tesfa', 'o:Vardo Sports:Vardo Sports', 'p:Tesfa Worku Alemu:Tesfa'], found.join(', '));
  });

  it('does not join a body that opens with the given name, nor a given name where no full name is given', () => {
    const found = namedMentionLabels('Tesfa Worku Alemu won in Kelso. Tesfa Holdings sponsors him.');
    assert.ok(found.includes('o:Tesfa Holdings:Tesfa Holdings'), found.join(', '));
  });
});
