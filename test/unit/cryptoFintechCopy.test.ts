// Kinds of crypto and fintech copy found by round 24's unseen set (r24-crypto, fresh69): tokens' tickers printed in
// capitals like a body's initials, a DAO named by the kind's abbreviation alone or glued to its name, people known only
// by a lower-case screen name (an @-handle, "who posts as x"), a brand styled in lower case, a data vendor cited before
// "data", and a picture agency in a credit. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

/** Each quotation's text with the name of its speaker's entity ("-" when none). */
function speakers(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => `${text.slice(quote.start, quote.end)} <- ${analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-'}`);
}

describe('crypto and fintech kinds of round 24 (r24-crypto)', () => {
  it('reads a ticker a token noun names as a thing in every use, not a body', () => {
    const text = 'Its own token, KVX, has fallen 60% since Friday. The exchange also issues USDK, a dollar-pegged stablecoin. KVX traded at 40 cents.';
    assert.deepStrictEqual(mentionLabels(text), []);
    assert.deepStrictEqual(mentionLabels('The fund paused its votes, and its MRD governance token fell 38%.'), []);
    assert.deepStrictEqual(mentionLabels('Trading in KVX, the exchange\'s native token, was halted. KVX fell 71%.'), []);
  });

  it('keeps a body\'s initials before a token noun that modifies another noun, or that speaks', () => {
    assert.deepStrictEqual(mentionLabels('The FCA token rules came into force on Friday. The FCA said more would follow.'), ['o:FCA', 'o:FCA']);
    assert.deepStrictEqual(mentionLabels('The KVX said on Friday that its token was safe.'), ['o:KVX']);
  });

  it('reads "the DAO" as no name, and a name glued to "DAO" as a body', () => {
    assert.deepStrictEqual(mentionLabels('A contributor said the DAO was talking to lawyers.'), []);
    assert.deepStrictEqual(mentionLabels('Among the creditors is KelsoDAO, an investment collective.'), ['o:KelsoDAO']);
  });

  it('reads a lower-case @-handle as a person, with its role, and its bare uses as the same person', () => {
    const text = 'Pseudonymous analyst @nightjar said the wallets were empty. "It is a shell game," nightjar wrote on X.';
    assert.deepStrictEqual(namedMentionLabels(text).filter(label => label.startsWith('p:')), ['p:nightjar:nightjar', 'p:nightjar:nightjar']);
    assert.deepStrictEqual(rolesOf(text, 'nightjar'), ['Pseudonymous analyst']);
    assert.deepStrictEqual(speakers(text), ['It is a shell game, <- nightjar']);
  });

  it('reads the lower-case word after "posts as", "goes by" or "the handle" as a person\'s screen name', () => {
    const text = 'A trader who posts as dotgrid said the fund was "talking to lawyers in three countries."';
    assert.deepStrictEqual(mentionLabels(text), ['p:dotgrid']);
    assert.deepStrictEqual(mentionLabels('A researcher who goes by nullbyte found the hole.'), ['p:nullbyte']);
    assert.deepStrictEqual(mentionLabels('A coder under the handle kelpvane found the hole.'), ['p:kelpvane']);
  });

  it('reads no lower-case word as a name without a cue, and none after "posts as" that is no screen name\'s shape', () => {
    assert.deepStrictEqual(mentionLabels('The trader posts daily and said the fund was empty.'), []);
    assert.deepStrictEqual(mentionLabels('She posts as well as anyone, the editor said.'), []);
    assert.deepStrictEqual(mentionLabels('Write to the desk at money@kelsopost.co.uk on Monday.'), []);
  });

  it('reads a lower-case brand with a body\'s appositive as a body, in every bare use', () => {
    const text = 'The regulator suspended kelpo, the London payments start-up, on Friday. Until then kelpo can\'t open accounts, and kelpo\'s app stays up.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:kelpo:kelpo', 'o:kelpo:kelpo', 'o:kelpo:kelpo']);
  });

  it('reads no lower-case word with an appositive that names no body as a brand', () => {
    assert.deepStrictEqual(mentionLabels('The firm sold kelpo, the sweet made from seaweed, on Friday.'), []);
  });

  it('reads no sign-off\'s handle after a platform, and no handle in brackets, as a name of its own', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso is our markets editor. Follow her on Vardogram @danakelso'), ['p:Dana Kelso']);
    assert.ok(!mentionLabels('That is all for this week.\n\nDana Kelso (@danak on Vardogram)').includes('p:danak'));
  });

  it('reads no common noun before ", the agency said" or after a determiner as a lower-case brand', () => {
    assert.deepStrictEqual(mentionLabels('The probe will fly on to a second asteroid, the agency said.'), []);
    assert.deepStrictEqual(mentionLabels('Six people were hurt in the slide evacuation, the carrier adds.'), []);
    assert.deepStrictEqual(mentionLabels('In a statement, the company said it would appeal.'), []);
    assert.deepStrictEqual(mentionLabels('Two years after the merger, the company, which makes pumps in Kelso, cut 40 jobs.'), []);
  });

  it('credits a person who "posts as" a screen name with the words the clause reports', () => {
    const text = 'A core contributor who posts as dotgrid told reporters that the fund was "talking to lawyers in three countries."';
    assert.deepStrictEqual(speakers(text), ['talking to lawyers in three countries. <- dotgrid']);
  });

  it('credits the person, not the firm, in "X of the <town> firm Y, said"', () => {
    const text = 'His lawyer, Dana Vukic of the Podgorica firm Vukic Marren, said her client would "contest extradition with every means the law allows".';
    assert.deepStrictEqual(speakers(text), ['contest extradition with every means the law allows <- Dana Vukic']);
  });

  it('reads a company after "the payments giant" or "the fraud prevention service" as a body', () => {
    assert.deepStrictEqual(mentionLabels('The round was led by the payments giant Kovane on Friday.'), ['o:Kovane']);
    assert.deepStrictEqual(mentionLabels('Register with the fraud prevention service Safeguard Kelso today.'), ['o:Safeguard Kelso']);
  });

  it('reads a lower-camel brand before a body\'s head noun as the body\'s name, and alone as no name', () => {
    assert.deepStrictEqual(mentionLabels('The round was joined by blueKite Partners on Friday.'), ['o:blueKite Partners']);
    assert.deepStrictEqual(mentionLabels('She paid with nestPay on Friday.'), []);
  });

  it('reads a single unknown word cited before "data" as a data vendor', () => {
    assert.deepStrictEqual(mentionLabels('The coin fell 8% on Monday, according to Tickvane data.'), ['o:Tickvane']);
    assert.deepStrictEqual(mentionLabels('Kelsoflow figures showed outflows of $40m.'), ['o:Kelsoflow']);
  });

  it('reads a picture agency in a credit as a body', () => {
    assert.deepStrictEqual(mentionLabels('The founder at a conference in 2025 © Vardo Images'), ['o:Vardo Images']);
  });
});
