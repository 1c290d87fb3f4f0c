// Kinds of gambling industry and betting copy found by round 38's unseen set (r38-gambling, fresh117): a portfolio or a
// league's word opening a sentence before a lower-case post ("Gambling minister X", "League chief executive X") read as
// the short form of a charity or a league named beside it; and, of two people sharing a surname, a speaking "Mr X"
// given to the namesake the form stood for before (a customer, a patient, a victim the story is about and never quotes)
// rather than the relative introduced to speak. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('gambling industry and betting copy kinds of round 38 (r38-gambling)', () => {
  it('reads "Gambling" opening a post as the portfolio, not a gambling-harm charity\'s first word', () => {
    const text = 'The charity Gambling Recovery Network said it was alarmed.\n\nGambling minister Orla Penhaligon said the rules would change.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Gambling Recovery Network', 'p:Orla Penhaligon']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Penhaligon'), ['Gambling minister']);
    assert.deepStrictEqual(rolesOf('The shadow gambling minister, Idris Vantreece, said the fine was low.', 'Idris Vantreece'), ['shadow gambling minister']);
  });

  it('keeps a gambling body\'s own name whole, also before a post', () => {
    const text = 'The Gambling Licensing Board said it would act. Gambling Licensing Board chair Nessa Tomlyn spoke next.';
    assert.deepStrictEqual(mentionLabels(text).filter(label => label.startsWith('o:')), ['o:Gambling Licensing Board', 'o:Gambling Licensing Board']);
  });

  it('reads "League" opening a post as the post\'s word, not the league named beside it', () => {
    const text = 'The Western Shires Rugby League voted on Tuesday.\n\nLeague chairman Corin Aldwych said the vote was clear.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Western Shires Rugby League', 'p:Corin Aldwych']);
    assert.deepStrictEqual(rolesOf(text, 'Corin Aldwych'), ['League chairman']);
    const second = 'Clubs in the Dales Hockey League agreed the plan.\n\nLeague president Mirela Strand called it overdue.';
    assert.deepStrictEqual(mentionLabels(second), ['o:Dales Hockey League', 'p:Mirela Strand']);
  });

  it('keeps a league\'s name before a post where the name is written out', () => {
    const text = 'Premier Netball League chief executive Tomasz Wren said crowds were up.';
    assert.ok(mentionLabels(text).includes('o:Premier Netball League'));
  });

  it('gives a speaking "Mr X" to the namesake shown speaking, not the one the story is about', () => {
    const text = 'Owen Tallis, 24, died in May. Officials said Mr Tallis had been ill for months.\n\n'
      + 'His father, Carl Tallis, said the ruling was overdue.\n\n"We were ignored at every turn," Mr Tallis said.';
    assert.strictEqual(speakerOf(text, 'We were ignored'), 'Carl Tallis');
    assert.deepStrictEqual(namedMentionLabels(text).slice(-1), ['p:Carl Tallis:Tallis']);
  });

  it('gives a speaking "Mrs X" to the mother who speaks when the daughter never does', () => {
    const text = 'Hana Ridgeway, 31, lost her savings in weeks. Mrs Ridgeway had asked the firm to close her account.\n\n'
      + 'Her mother, Margaret Ridgeway, said the firm ignored the signs.\n\n"They kept sending offers," Mrs Ridgeway said.';
    assert.strictEqual(speakerOf(text, 'They kept sending'), 'Margaret Ridgeway');
  });

  it('keeps the surname with the namesake it stood for when both speak', () => {
    const text = 'Rafe Mortlake, 52, said he had lost his home. "It was a trap," Mr Mortlake said.\n\n'
      + 'His brother, Ewan Mortlake, said the family would sue.\n\n"Nobody warned me," Mr Mortlake said.';
    assert.strictEqual(speakerOf(text, 'Nobody warned me'), 'Rafe Mortlake');
  });

  it('leaves a surname that does not speak with the namesake it stood for', () => {
    const text = 'Owen Tallis, 24, died in May.\n\nHis father, Carl Tallis, said the ruling was overdue. The inquest heard Mr Tallis had debts.';
    assert.deepStrictEqual(namedMentionLabels(text).slice(-1), ['p:Owen Tallis:Tallis']);
  });
});
