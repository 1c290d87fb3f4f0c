// Kinds of media industry copy found by round 25's unseen set (r25-media, fresh73): a publisher named after its founding
// family and a production company ("X Newspapers", "X Films"), a newspaper titled by when it comes out ("the Daily X",
// "the Sunday X", "the X Evening Star"), a broadcaster's channels and regional services ("KBC One", "KBC Radio
// Western"), a station named with a number after "station" ("the talk station Talk 99"), a union of two trades' members
// ("the Musicians' and Actors' Union"), a one-word masthead after "The", a tabloid's byline in capitals with the writer's
// post after a comma, a desk's word in a correspondent's post ("X, Media Editor") beside a group named "Y Media", a
// section label joined by "&" ("TV & Showbiz"), a quiz whose title looks like a person's name, "the newspaper
// proprietor X", and a relative clause with "last night" before its reporting verb. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** The speaker's canonical name of each quotation, in order ('-' for none). */
function speakers(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('media industry copy kinds of round 25 (r25-media)', () => {
  it('reads a publisher named after its family and a production company as bodies', () => {
    const found = mentionLabels('Tollan Capital has bought Harwood Newspapers, the family-owned publisher. The film was made by Vardo Films.');
    assert.ok(found.includes('o:Harwood Newspapers') && found.includes('o:Vardo Films'), found.join(', '));
  });

  it('does not read the trade word alone, opening a sentence, as a body', () => {
    assert.deepStrictEqual(mentionLabels('Newspapers across Kelso are closing, Dana Roe said. Films about it are rare.'), ['p:Dana Roe']);
  });

  it('reads a paper titled by when it comes out, after "the", as a body', () => {
    const found = mentionLabels('His group owns the Daily Kestrel and the Sunday Kestrel. Staff at the Tarrow Evening Star were balloted.');
    assert.ok(found.includes('o:Daily Kestrel') && found.includes('o:Sunday Kestrel') && found.includes('o:Tarrow Evening Star'), found.join(', '));
  });

  it('does not read a programme or a service named by a word of the day as a paper', () => {
    assert.ok(!mentionLabels('She hosts the Morning Show on Fridays.').includes('o:Morning Show'));
    assert.ok(!mentionLabels('On Sunday Ana Kell spoke to the Daily Briefing team.').includes('o:Daily Briefing'));
  });

  it('reads a broadcaster\'s numbered channel and its regional radio service as bodies', () => {
    const found = mentionLabels('The film aired on KBC One in March. Dana Roe ran KBC Radio Western before that.');
    assert.ok(found.includes('o:KBC One') && found.includes('o:KBC Radio Western'), found.join(', '));
  });

  it('does not read a number word after an ordinary capitalised word as a channel', () => {
    assert.ok(!mentionLabels('It was back to Square One for Dana Roe.').some(label => label.includes('Square')));
  });

  it('reads a station named with a number after "station" as a body, not a person and an age', () => {
    const found = mentionLabels('Vardo Media also owns the talk station Talk 99 and the local radio station Tarrow Sound.');
    assert.ok(found.includes('o:Talk 99') && found.includes('o:Tarrow Sound'), found.join(', '));
    assert.ok(mentionLabels('He told the station Ana Kell, 44, was missing.').includes('p:Ana Kell'));
  });

  it('reads a union of two trades\' members joined by "and" as one body', () => {
    const found = mentionLabels('The Printers\' and Broadcasters\' Union (PBU) said no. The PBU balloted members.');
    assert.ok(found.includes('o:Printers\' and Broadcasters\' Union'), found.join(', '));
    assert.ok(!mentionLabels('Musicians and the Actors\' Union said no.').includes('o:Musicians and the Actors\' Union'));
  });

  it('reads a one-word masthead after "The" as the paper, named again later', () => {
    const found = mentionLabels('The Kestrel | Media\n\nBoss quits\n\nTom Vale quit on Monday. "It is over," he told the Kestrel.');
    assert.strictEqual(found.filter(label => label === 'o:Kestrel').length, 2, found.join(', '));
  });

  it('reads a tabloid\'s byline in capitals with the writer\'s post after a comma', () => {
    const text = 'BOSS QUITS\n\nBy TOMAS VARLEY, TV Editor\nPublished: 21:48, 14 April 2026\n\nTom Vale quit.';
    assert.ok(mentionLabels(text).includes('p:TOMAS VARLEY'));
    assert.deepStrictEqual(rolesOf(text, 'TOMAS VARLEY'), ['TV Editor']);
  });

  it('reads a desk\'s word in a correspondent\'s post as no short form of a group named after it', () => {
    const found = mentionLabels('Boss quits\n\nAnna Kell, Media Editor\n\nTom Vale quit. Vardo Media owns the paper.');
    assert.deepStrictEqual(found.filter(label => label.startsWith('o:')), ['o:Vardo Media']);
  });

  it('reads a tabloid\'s section label joined by "&" as no body', () => {
    assert.ok(!mentionLabels('DAILY KESTREL | TV & Showbiz\n\nBOSS QUITS\n\nTom Vale quit.').includes('o:Showbiz'));
    assert.ok(mentionLabels('He joined Marks & Spencer in May.').includes('o:Marks & Spencer'));
  });

  it('reads a quiz named like a person as a programme, no person', () => {
    assert.ok(!mentionLabels('Host Ana Kell, who also fronts Saturday night quiz Big Harry, was not involved.').includes('p:Big Harry'));
  });

  it('reads two coordinated posts with their durations, the second after "and the group\'s"', () => {
    const text = 'Ana Kell, editor of The Kelso Courier for 11 years and the group\'s editor-in-chief since 2022, told staff.';
    assert.deepStrictEqual(rolesOf(text, 'Ana Kell'), ['editor of The Kelso Courier for 11 years', 'group\'s editor-in-chief since 2022']);
  });

  it('reads "the newspaper proprietor X" and "Newsreader X" as posts', () => {
    assert.deepStrictEqual(rolesOf('The film was about the newspaper proprietor Tom Vale.', 'Tom Vale'), ['newspaper proprietor']);
    assert.deepStrictEqual(rolesOf('Newsreader Ana Kell read the bulletin.', 'Ana Kell'), ['Newsreader']);
  });

  it('reads a family firm\'s surname after "chief executive of" as the firm, and the surname that speaks as the chairman', () => {
    const analysis = analyzeText('Tollan Capital has bought Harwood Newspapers. It named Ana Kell interim chief executive of Harwood. '
      + 'Outgoing chairman Giles Harwood will leave the board. "We are proud," Harwood said.');
    const firm = analysis.entities.find(entity => entity.name === 'Harwood Newspapers');
    const chairman = analysis.entities.find(entity => entity.name === 'Giles Harwood');
    assert.ok(firm && chairman, analysis.entities.map(entity => entity.name).join(', '));
    assert.strictEqual(analysis.quotes[0]?.speakerId, chairman.id);
    assert.ok(firm.mentions.length === 2 && chairman.mentions.length === 2, JSON.stringify(analysis.entities.map(entity => [entity.name, entity.mentions.length])));
  });

  it('keeps a family\'s surname alone with the person where no use shows the firm', () => {
    const analysis = analyzeText('Tollan Capital has bought Harwood Newspapers. Its chairman, Giles Harwood, will leave. "We are proud," Harwood said.');
    assert.strictEqual(analysis.entities.find(entity => entity.name === 'Giles Harwood')?.mentions.length, 2);
  });

  it('gives a quotation to a body after "which last night said it"', () => {
    assert.deepStrictEqual(speakers('The show was made by Kelso Films, which last night said it "stands by its team".'), ['Kelso Films']);
    assert.deepStrictEqual(speakers('Ana Kell this morning told staff: "We will fight on."'), ['Ana Kell']);
  });
});
