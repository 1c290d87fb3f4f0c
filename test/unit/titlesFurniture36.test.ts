// Kinds found by reading real US political news beside the analysis (round 36's audit of titles and page furniture):
// titles of programmes and films in quotation marks (doubled apostrophes too, as some newspaper archives write them)
// set beside a work noun, given as examples of shows, listed with other titles or remade; a live blog's comment widget
// and time stamps glued by a scrape to the names and headlines around them. Every sentence and name is invented; each
// kind is checked with the false readings its rule could bring (a person after "directed by" or "starring", speech
// beside a show's host, a brand named by a widget word, quoted speech listed after speech).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { classifyQuote } from '../../src/core/quotes/quoteKinds';
import { withoutGluedFurniture } from '../../src/core/pageFurniture';
import { entityKinds, mentionLabels } from './support/entityQueries';

/** The kind of the first “…” quotation of the sentence. */
function kindOfFirstQuote(text: string): string {
  const open = text.indexOf('“'), close = text.indexOf('”', open);
  return classifyQuote(text, open, close + 1, open + 1, close);
}

/** The speaker's name (or "-") and the text of each quotation, as "speaker: quote". */
function quoteRows(text: string): string[] {
  const analysis = analyzeText(text);
  const names = new Map(analysis.entities.map(entity => [entity.id, entity.name]));
  return analysis.quotes.map(quote => `${quote.speakerId === null ? '-' : names.get(quote.speakerId) ?? '-'}: ${text.slice(quote.start, quote.end)}`);
}

describe('round 36 titles: a quoted title is a work, neither a name nor words spoken', () => {
  it('reads a title-case quotation set beside a work noun as a title', () => {
    assert.strictEqual(kindOfFirstQuote('“Deep Water Kelby,” a cable series that ran for six years, comes back.'), 'title');
    assert.strictEqual(kindOfFirstQuote('Netflix revived “Tarrow Point,” the show about two sisters.'), 'title');
    assert.strictEqual(kindOfFirstQuote('He read “Salt and Iron,” a 1998 novel, twice.'), 'title');
    // Speech beside a show's host, or a work noun that only opens a longer head, stays speech.
    assert.strictEqual(kindOfFirstQuote('“We Will Win,” the show\'s host said.'), 'speech');
    assert.strictEqual(kindOfFirstQuote('“We won,” a film director said.'), 'speech');
  });

  it('reads a title-case quotation given as an example of shows or films, listed with other titles or remade as a title', () => {
    assert.strictEqual(kindOfFirstQuote('Shows like “The Harbour Desk” keep their fans for decades.'), 'title');
    assert.strictEqual(kindOfFirstQuote('Films such as “Kelby Point” did well.'), 'title');
    assert.strictEqual(kindOfFirstQuote('So are “Low Tide,” “Kelso Road” and “Salt Roads.”'), 'title');
    assert.strictEqual(kindOfFirstQuote('The studio is shooting a reboot of “Kelvanor,” with Anya Roff in the lead.'), 'title');
    // A friend "like" a person, quoted speech after speech, a list of plain words: no list of works.
    assert.strictEqual(kindOfFirstQuote('Voters like “Dana” said no.'), 'speech');
    assert.strictEqual(kindOfFirstQuote('“We are ready,” “we are able” and more, she said.'), 'speech');
  });

  it('finds no person or body in a quoted title, in curly marks or doubled apostrophes, and keeps the people around it', () => {
    assert.deepStrictEqual(mentionLabels('Netflix revived “Tarrow Point,” the show about two sisters.'), ['o:Netflix']);
    assert.deepStrictEqual(mentionLabels('Netflix revived \'\'Tarrow Point,\'\' the show about two sisters.'), ['o:Netflix']);
    // A title the tagger reads as a body's name ("Harbour Crew") is still read as one: left open.
    assert.deepStrictEqual(mentionLabels('Films like \'\'Kelby Crew,\'\' \'\'Salt Lanes\'\' and \'\'Tarrow Nights\'\' sold out.'), []);
    assert.deepStrictEqual(mentionLabels('The studio is shooting a reboot of \'\'Kelvanor,\'\' with Anya Roff in the lead.'), ['p:Anya Roff']);
    assert.deepStrictEqual(mentionLabels('Streaming gave shows like \'\'The Kelvanor\'\' a second life.'), []);
    // The person after "directed by" or "starring" is a person; a one-word title that is a known body stays the body.
    assert.deepStrictEqual(mentionLabels('A new version of \'\'Kelby Point,\'\' directed by Anton Vesk, opens tonight.'), ['p:Anton Vesk']);
    assert.deepStrictEqual(entityKinds('She told “Harbour Lights,” the show hosted by Marla Fenwick, that she would run.'), ['person:Marla Fenwick']);
    assert.deepStrictEqual(mentionLabels('Viewers switched to shows like “CNN” on Friday.'), ['o:CNN']);
  });

  it('reports no quoted title as a quotation with a speaker', () => {
    const text = 'Dana Wrell, the producer, spoke on Monday. “Deep Water Kelby,” a cable series that ran for six years, will '
      + 'come back, she said.\n\nShows like “The Harbour Desk” keep their fans, Wrell said.\n\n“Low Tide,” “Kelso Road” '
      + 'and “Salt Roads” are all back, Wrell said.\n\n“We will fight on,” Wrell said.';
    assert.deepStrictEqual(quoteRows(text), ['Dana Wrell: We will fight on,']);
  });
});

describe('round 36 page furniture: a comment widget and time stamps glued to names', () => {
  it('blanks glued widget words and a glued clock suffix, keeping the text\'s length', () => {
    const glued = 'Dana WrellFlagShareLikeReplyTom Brisk 3ptsmoderatorFeaturedMarch 9, 2021 08:05PMHarbour Vote Notes';
    const clean = withoutGluedFurniture(glued);
    assert.strictEqual(clean.length, glued.length);
    assert.ok(!/Flag|Featured|PM/.test(clean), clean);
    assert.ok(clean.includes('Dana Wrell\n') && clean.includes('Tom Brisk') && clean.includes('Harbour Vote Notes'), clean);
    // One widget word at a word's start is a brand's or prose's word; a widget word spaced in prose is left alone.
    assert.strictEqual(withoutGluedFurniture('ShareCare bought it. Like Dana, Tom will Reply Monday.'), 'ShareCare bought it. Like Dana, Tom will Reply Monday.');
  });

  it('keeps the names either side of a glued widget apart, each its own person', () => {
    assert.deepStrictEqual(entityKinds('Dana WrellFlagShareLikeReplyTom Brisk 3ptsmoderatorFeaturedMarch 9, 2021 08:05PMHarbour Vote Notes\n\nTom Brisk met Dana Wrell on Monday.'),
      ['person:Dana Wrell', 'person:Tom Brisk']);
    assert.deepStrictEqual(entityKinds('Newest | OldestIna Pell 3ptsmoderatorFeaturedMarch 9, 2021\n\nIna Pell met Dana Wrell on Monday.'),
      ['person:Dana Wrell', 'person:Ina Pell']);
  });
});

describe('round 36 audit: people read as bodies by a contraction, a coordination or a given name that is a word', () => {
  it('reads "X\'s going" as "X is going", no possessive that makes a lone surname a body\'s short name', () => {
    assert.deepStrictEqual(entityKinds('Pundits say Tarrantby\'s been written off. Nobody in the hall backs Tarrantby.'), []);
    assert.deepStrictEqual(entityKinds('Pundits say Tarrantby\'s getting stronger. Unions now back Tarrantby.'), []);
    // A real possessive still counts: a firm that owns shares and speaks is a body.
    assert.deepStrictEqual(entityKinds('Kelvanco\'s shares fell on Monday. Kelvanco said it would cut jobs. Kelvanco\'s board met.'), ['org:Kelvanco']);
  });

  it('reads a faith\'s or a nation\'s adjective before an unknown surname as a given name', () => {
    assert.deepStrictEqual(entityKinds('"The hall was full," said German Vellor, who wrote the sketch. German Vellor says the crowd stayed late.'), ['person:German Vellor']);
    assert.deepStrictEqual(mentionLabels('Christian Vellor, the harbour master, said the pier was shut. Vellor told the radio station that boats were stuck.'), ['p:Christian Vellor', 'p:Vellor']);
    // The adjective before a body, a title or a plural stays an adjective.
    assert.deepStrictEqual(mentionLabels('Christian Democrats said the plan would fail.'), ['o:Christian Democrats']);
    assert.deepStrictEqual(mentionLabels('German Chancellor Dana Vell said no.'), ['p:Dana Vell']);
    assert.deepStrictEqual(mentionLabels('Christian groups said no. German officials met Christian leaders.'), []);
  });
});
