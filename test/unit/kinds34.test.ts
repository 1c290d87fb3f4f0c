// Kinds left open by round 33's invented sets and probes: a body's name with "and" inside it, an article before an
// armed service, a trade with its modifier noun, campaigns named by a command or a cause, outlets named by a brand's
// last word, posts named by a field. Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, quoteSpeakers, rolesOf, speakerOf } from './support/entityQueries';

describe('round 34 kinds: "and" inside names, articles before services, campaign names, outlets, posts of a field', () => {
  it('keeps a body\'s name whole across "and" when a service\'s task or a region\'s two plurals are joined', () => {
    assert.deepStrictEqual(mentionLabels('Volunteers from Corby Fell Search and Rescue Team found the walkers.'), ['o:Corby Fell Search and Rescue Team']);
    assert.deepStrictEqual(mentionLabels('Dana Kelso, a lecturer at the University of the Lowlands and Coasts, said the plan was fine.'),
      ['p:Dana Kelso', 'o:University of the Lowlands and Coasts']);
    // Two bodies joined by "and" stay two; a place before "and" without "the" stays one of two names.
    assert.deepStrictEqual(mentionLabels('The Treasury and the Bank of England declined to comment.'), ['o:Treasury', 'o:Bank of England']);
    assert.deepStrictEqual(mentionLabels('Volunteers from Corby Search and Vardo Rescue Team found the walkers.').includes('o:Corby Search and Vardo Rescue Team'), false);
  });

  it('leaves the article out of an armed service before a post, and keeps a trade\'s modifier noun in the role', () => {
    assert.strictEqual(mentionLabels('An Army sergeant said the base would close.').some(label => /\bAn\b/.test(label)), false);
    assert.strictEqual(mentionLabels('A Navy spokesman said the ship had sailed.').some(label => /\bA\b/.test(label)), false);
    assert.deepStrictEqual(rolesOf('The prize went to pastry chef Tova Reid on Sunday.', 'Tova Reid'), ['pastry chef']);
    assert.deepStrictEqual(rolesOf('The award went to festival director Pia Lorn.', 'Pia Lorn'), ['festival director']);
    // A date before the post is no modifier of it.
    assert.deepStrictEqual(rolesOf('Earlier this season coach Dana Kelso said no.', 'Dana Kelso'), ['coach']);
  });

  it('keeps the first word of a campaign named by a command or a cause that speaks at the sentence\'s start', () => {
    assert.deepStrictEqual(mentionLabels('Save Kelby Meadows said the vote was a disgrace.'), ['o:Save Kelby Meadows']);
    assert.deepStrictEqual(mentionLabels('Cold Homes Action warned that bills would rise.'), ['o:Cold Homes Action']);
    assert.deepStrictEqual(mentionLabels('Stop the Bypass campaigners gathered outside the hall.'), ['o:Stop the Bypass']);
    assert.deepStrictEqual(mentionLabels('Rival Kelso Rovers said nothing.'), ['o:Kelso Rovers']);
    assert.deepStrictEqual(mentionLabels('Save the Date cards were sent.'), []);
  });

  it('reads an outlet named by a place and a brand\'s last word where it reports or is told', () => {
    assert.deepStrictEqual(mentionLabels('Tarrow Today reported the closure.'), ['o:Tarrow Today']);
    assert.deepStrictEqual(mentionLabels('Dana Kelso told Marrow Now that the plan was fine.'), ['p:Dana Kelso', 'o:Marrow Now']);
    assert.deepStrictEqual(mentionLabels('Dana Kelso arrived in Tarrow today.'), ['p:Dana Kelso']);
  });

  it('reads an organisation introduced by "According to" and an appositive as the quote\'s speaker', () => {
    const text = 'According to Anchor Vale, a debt advice service, "calls have doubled since the winter."';
    assert.deepStrictEqual(mentionLabels(text), ['o:Anchor Vale']);
    assert.strictEqual(speakerOf(text, 'calls have'), 'Anchor Vale');
  });

  it('gives "the regulator\'s chief executive" to the regulator\'s, not to the nearer chief executive of a named body; "he added" follows', () => {
    const text = 'Water bills will rise by a fifth, the regulator Ofwell said on Monday. Its chief executive, Oren Talby, defended the rise. '
      + 'Marlow Water\'s chief executive, Ivo Brask, said customers would be protected.\n\n'
      + 'The regulator\'s chief executive said: "We have been clear that companies must invest."\n\n"Bills are fair," he added.';
    assert.deepStrictEqual(quoteSpeakers(text), [['We have been', 'Oren Talby'], ['Bills are fair,', 'Oren Talby']]);
    // The named company's own description still finds its chief executive.
    const own = text.replace('The regulator\'s chief executive said', 'Marlow Water\'s chief executive said');
    assert.strictEqual(speakerOf(own, 'We have been'), 'Ivo Brask');
  });

  it('reads a post named by a field ("policy lead", "head of campaigns") with its body, the body after "at"', () => {
    assert.deepStrictEqual(rolesOf('Tamsin Rook, policy lead at Brightwater, said the rules were unfair.', 'Tamsin Rook'), ['policy lead at Brightwater']);
    assert.deepStrictEqual(mentionLabels('Tamsin Rook, policy lead at Brightwater, said the rules were unfair.'), ['p:Tamsin Rook', 'o:Brightwater']);
    assert.deepStrictEqual(mentionLabels('Ivo Brask, head of campaigns at Greenwell, agreed.'), ['p:Ivo Brask', 'o:Greenwell']);
    assert.deepStrictEqual(rolesOf('The lead Ivo Brask took was small.', 'Ivo Brask'), []);
  });
});
