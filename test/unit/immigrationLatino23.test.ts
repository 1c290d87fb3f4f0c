// Kinds of US immigration, border and Latino-community copy found by round 23's unseen set (r23-border): bodies named
// in Spanish with their head noun first, a shelter or clinic named before its noun, a migrant named by first name with
// an age appositive, a local TV station's "News 11", a border agency's "Chief Patrol Agent", "the agency said" for the
// agency named as a subject, "the Mexican states of X and Y", a Spanish place's "Viejo" and a masthead's section of
// two words. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, namedMentionLabels } from './support/entityQueries';

/** The name of each quotation's speaker ("-" when unattributed), in order. */
function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('immigration, border and Latino-community kinds of round 23 (r23-border)', () => {
  it('reads a Spanish body whose head noun opens its name as a body, particles and accents included', () => {
    const found = mentionLabels('Families slept at Casa del Caminante on Monday. Volunteers with Médicos del Valle treated them, and the Hermanas de la Luz cooked.');
    assert.ok(found.includes('o:Casa del Caminante'), found.join(' | '));
    assert.ok(found.includes('o:Médicos del Valle'), found.join(' | '));
    assert.ok(found.includes('o:Hermanas de la Luz'), found.join(' | '));
  });

  it('keeps a person named with a particle a person', () => {
    const found = mentionLabels('Lucía Arreola de la Fuente, a lawyer, said the hearing was set.');
    assert.ok(found.includes('p:Lucía Arreola de la Fuente'), found.join(' | '));
  });

  it('reads a name of several words before "shelter" or "clinic" as a body, not a one-word town', () => {
    const found = mentionLabels('She ran the Posada del Viajero shelter for a decade. Families waited at the Marwick shelter.');
    assert.ok(found.includes('o:Posada del Viajero'), found.join(' | '));
    assert.ok(!found.includes('o:Marwick'), found.join(' | '));
  });

  it('reads a given name before an age appositive as a person who speaks', () => {
    const text = 'The line grew.\n\nNayeli, a 31-year-old mother from Guatemala, said she had waited a week. "We have nothing left," she said.';
    assert.ok(mentionLabels(text).includes('p:Nayeli'), mentionLabels(text).join(' | '));
    assert.deepStrictEqual(speakersOf(text), ['Nayeli']);
  });

  it('reads no place with a distance appositive as a person', () => {
    const found = mentionLabels('Tarrow, a 31-mile stretch of coast, was shut on Monday.');
    assert.ok(!found.includes('p:Tarrow'), found.join(' | '));
  });

  it('reads a TV station\'s "News 11" as the station, one body with its call letters', () => {
    const text = 'SAN DIEGO (KVTR) — The queue grew. Ana Kelso told News 8 she had waited.\n\nWatch the report on KVTR News 8 at 6.\n\nCopyright 2026 KVTR.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('o:KVTR News 8:News 8'), found.join(' | '));
    assert.ok(found.includes('o:KVTR News 8:KVTR'), found.join(' | '));
    assert.ok(!mentionLabels(text).includes('p:News'), mentionLabels(text).join(' | '));
  });

  it('leaves "Route 66" and "Channel 4" as they were', () => {
    const found = mentionLabels('They drove Route 66 and watched Channel 4 on Monday.');
    assert.ok(!found.some(label => label.startsWith('o:Route')), found.join(' | '));
  });

  it('reads "Chief Patrol Agent X" as a title, not a person called Patrol', () => {
    const found = mentionLabels('Chief Patrol Agent Dale Rourke said the sector was busy.');
    assert.deepStrictEqual(found, ['p:Dale Rourke']);
  });

  it('gives "the agency said" to the agency named as a subject just before', () => {
    const text = 'Arrivals rose in March.\n\nThe Frontier Control Service, known as FCS, said arrests rose. In a statement, the agency said it "keeps the border orderly and safe."';
    assert.deepStrictEqual(speakersOf(text), ['Frontier Control Service']);
  });

  it('reads names after "the states of" as places, though one is a surname', () => {
    const found = mentionLabels('Most came from the Mexican states of Guerrero and Oaxaca, Dana Kelso said.');
    assert.deepStrictEqual(found, ['p:Dana Kelso']);
  });

  it('reads a Spanish place name ending in "Viejo" as a place', () => {
    const found = mentionLabels('They were held in the jail of Arroyo Viejo, Dana Kelso said.');
    assert.deepStrictEqual(found, ['p:Dana Kelso']);
  });

  it('reads a section of two known words after a masthead\'s bar as no body', () => {
    const found = mentionLabels('The Vardo Courier | Local News\n\nA bridge reopened, said Dana Kelso.');
    assert.ok(!found.includes('o:Local News'), found.join(' | '));
    assert.ok(found.includes('o:Vardo Courier'), found.join(' | '));
  });
  it('reads a body\'s Spanish name and its English translation in parentheses as one body, either way round', () => {
    const one = namedMentionLabels('The Proyecto de Ayuda Fronteriza (Frontier Aid Project) sued on Monday, said Dana Kelso.');
    assert.ok(one.includes('o:Proyecto de Ayuda Fronteriza:Frontier Aid Project'), one.join(' | '));
    const other = namedMentionLabels('The Frontier Aid Project (Proyecto de Ayuda Fronteriza) sued on Monday, said Dana Kelso.');
    assert.ok(other.includes('o:Frontier Aid Project:Proyecto de Ayuda Fronteriza') || other.includes('o:Proyecto de Ayuda Fronteriza:Frontier Aid Project'), other.join(' | '));
  });

  it('keeps two English bodies in parentheses apart', () => {
    const found = entityKinds('The Kelso Water Board (Vardo Rivers Trust) met on Monday, said Dana Kelso.');
    assert.ok(found.filter(label => label.startsWith('org:')).length === 2, found.join(' | '));
  });

  it('reads "the Commissioners Court of X County" whole, and plural titles after "the" before names still as titles', () => {
    const found = mentionLabels('The judge wrote that the Commissioners Court of Arroyo County approved it.');
    assert.deepStrictEqual(found, ['o:Commissioners Court of Arroyo County']);
    const people = mentionLabels('She thanked the Commissioners Dana Kelso and Tom Wrede.');
    assert.deepStrictEqual(people, ['p:Dana Kelso', 'p:Tom Wrede']);
  });
  it('reads a Spanish-language paper named by its article and head noun as an outlet, not a person', () => {
    const found = mentionLabels('The mayor spoke to La Voz del Valle on Monday. Dana Kelso told La Voz she agreed.');
    assert.ok(found.includes('o:La Voz del Valle'), found.join(' | '));
    assert.ok(found.includes('o:La Voz'), found.join(' | '));
    assert.ok(!mentionLabels('La Paz said it would act, Dana Kelso said.').includes('o:La Paz'));
  });
});
