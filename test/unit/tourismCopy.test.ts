// Kinds of tourism and overtourism copy found by round 38's unseen set (r38-tourism, fresh115): a tourism board named
// by an invitation and its place ("Visit X") missed; a firm named after a plural insolvency trade opening a sentence
// ("Administrators X said") read as a person listed after a plural title; a company's possessive before the post of its
// regional arm ("X's Europe president") read as a person's; "One customer, X," missed as a role; a residents' body
// named with its town in one report and without it in the other kept apart; and the name of an operation after "what
// it calls" reported as speech. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, rolesOf } from './support/entityQueries';
import { assertSameLinks } from './support/linkParity';

/** The text of every quotation the analysis reports as speech. */
function quotedTexts(text: string): string[] {
  return analyzeText(text).quotes.map(quote => text.slice(quote.start, quote.end));
}

describe('tourism and overtourism copy kinds of round 38 (r38-tourism)', () => {
  it('reads an invitation and a place\'s name as a tourism board, mid-sentence or as a speaker', () => {
    assert.deepStrictEqual(entityKinds('Visit Tarrona said the region had a record summer.'), ['org:Visit Tarrona']);
    assert.deepStrictEqual(mentionLabels('Figures from Discover Kellan showed a rise in winter stays.'), ['o:Discover Kellan']);
    assert.deepStrictEqual(mentionLabels('Explore Marvenshire, the county\'s tourism board, said bookings fell.'), ['o:Explore Marvenshire']);
    assert.deepStrictEqual(mentionLabels('Hotels and Visit Ostrava West agreed a new levy.'), ['o:Visit Ostrava West']);
  });

  it('leaves an imperative "Visit" opening a sentence, and the lower-case verb, alone', () => {
    assert.ok(!entityKinds('Visit Tarrona in the spring for lower prices.').some(kind => kind.startsWith('org:')));
    assert.ok(!entityKinds('They hope to visit Tarrona in May with the children.').some(kind => kind.startsWith('org:Visit')));
  });

  it('reads a firm named after a plural insolvency trade as the firm, also opening a sentence', () => {
    assert.deepStrictEqual(entityKinds('Administrators Tarven Holt said the business had run out of cash.'), ['org:Tarven Holt']);
    assert.deepStrictEqual(entityKinds('The board appointed liquidators Selby Marr on Friday.'), ['org:Selby Marr']);
    assert.deepStrictEqual(entityKinds('Receivers Brell Catto were called in after the loans fell due.'), ['org:Brell Catto']);
  });

  it('keeps people listed after a plural insolvency trade as people', () => {
    assert.deepStrictEqual(entityKinds('Administrators Dana Kelso and Tom Wrede said the firm was insolvent.'), ['person:Dana Kelso', 'person:Tom Wrede']);
  });

  it('reads a possessive before a region and a regional arm\'s post as the company', () => {
    assert.deepStrictEqual(entityKinds('Dana Ruiz, Tarven Holt\'s Europe president, said the move was fair.'), ['org:Tarven Holt', 'person:Dana Ruiz']);
    assert.deepStrictEqual(entityKinds('Kelmar Drey\'s Asia chief, Ona Brask, said sailings would resume.'), ['org:Kelmar Drey', 'person:Ona Brask']);
    assert.deepStrictEqual(rolesOf('Dana Ruiz, Tarven Holt\'s Europe president, said the move was fair.', 'Dana Ruiz'), ['Tarven Holt\'s Europe president']);
  });

  it('leaves a possessive before a region and a politician\'s post, or no region, as it was', () => {
    assert.ok(entityKinds('The senator met Dana Kelso\'s Europe envoy on Monday.').includes('person:Dana Kelso'));
  });

  it('reads "One customer, X," and the like as the person\'s role', () => {
    assert.deepStrictEqual(rolesOf('One customer, Dana Kelso, posted a video from her hotel.', 'Dana Kelso'), ['One customer']);
    assert.deepStrictEqual(rolesOf('One resident, Tom Wrede, said he could not sleep.', 'Tom Wrede'), ['One resident']);
    assert.deepStrictEqual(rolesOf('A holidaymaker, Ona Brask, said the hotel asked her to pay twice.', 'Ona Brask'), ['holidaymaker']);
  });

  it('reads a member of the public\'s word right before a name, with no comma, as no role', () => {
    assert.deepStrictEqual(rolesOf('Regular customer Gavin Tarr, a retired postman, said it was a shock.', 'Gavin Tarr'), ['retired postman']);
    assert.deepStrictEqual(rolesOf('Long-time resident Tom Wrede said the noise was worse.', 'Tom Wrede'), []);
  });

  it('keeps a capitalised traveller\'s word as a word of a body\'s name', () => {
    assert.ok(entityKinds('The Tourist Board of Marvenshire said stays rose.').some(kind => kind.startsWith('org:')));
  });

  it('links a residents\' body named with its town in one report and without it in the other', () => {
    const groups = assertSameLinks(['The Tarrona Harbour Residents\' Association said the queues were worse.', 'Members of the Harbour Residents\' Association marched on Sunday.']);
    assert.ok(groups.includes('0:Tarrona Harbour Residents\' Association = 1:Harbour Residents\' Association'), groups.join(' | '));
  });

  it('reads a title-case name after "what" and a verb of naming as no speech', () => {
    assert.deepStrictEqual(quotedTexts('The regulator is running what it calls "Operation Tidewater", with 90 flights.'), []);
    assert.deepStrictEqual(quotedTexts('The council has launched what the mayor has dubbed "Project Harbour" to fix the pier.'), []);
    assert.deepStrictEqual(quotedTexts('The march is what organisers bill as "The Long Walk" and it starts today.'), []);
  });

  it('keeps lower-case words after "what he calls" as speech', () => {
    assert.deepStrictEqual(quotedTexts('Dana Kelso said it was what he calls "a fine morning on the quay".'), ['a fine morning on the quay']);
  });
});
