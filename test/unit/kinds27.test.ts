// Kinds left open by round 26's invented sets and the lead's probes: a dateline in capitals whose place holds a
// possessive, a body named after "its rival", Māori bodies named by an iwi's opener or "Te … o …". Every sentence and
// name is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 27 kinds: datelines, rivals and Māori bodies', () => {
  it('reads a dateline in capitals whose place holds a possessive as the place, no person after a title word', () => {
    assert.deepStrictEqual(mentionLabels('PRINCE\'S HARBOUR — Councillors voted to close the quay car park, Mayor Dana Kelso said.'), ['p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels('BISHOP\'S VARDLEY, England — The council will cut fares, leader Tom Wrede said.'), ['p:Tom Wrede']);
  });

  it('keeps a possessive title before a name where no dateline\'s comma or dash follows the capitals', () => {
    assert.deepStrictEqual(mentionLabels('The King\'s envoy, Dana Kelso, said the talks would resume.'), ['p:Dana Kelso']);
    assert.ok(mentionLabels('MAYOR\'S AIDE Tom Wrede resigned on Friday.').includes('p:Tom Wrede'));
  });

  it('reads a lone unknown name after "its rival" or "its competitor" as a body', () => {
    assert.deepStrictEqual(mentionLabels('Brandolin Foods reported a fall in sales. Its rival Vestermark reported a rise.'), ['o:Brandolin Foods', 'o:Vestermark']);
    assert.deepStrictEqual(mentionLabels('Brandolin Foods lost ground; its competitor, Quorvale, gained.'), ['o:Brandolin Foods', 'o:Quorvale']);
  });

  it('leaves a person after a person\'s rival, and a known given name after "its rival", a person', () => {
    assert.deepStrictEqual(mentionLabels('Her rival Dana Kelso said nothing.'), ['p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels('The club lost the vote. Its rival candidate, Tom Wrede, won.'), ['p:Tom Wrede']);
  });

  it('reads an iwi named "Ngāti X" and a body named "Te <institution> o X" as bodies, the "o" inside the name', () => {
    assert.deepStrictEqual(mentionLabels('Ngāti Korowai has lodged a claim with the tribunal.'), ['o:Ngāti Korowai']);
    assert.deepStrictEqual(mentionLabels('Te Rūnanga o Ngāti Whare said it would appeal the ruling.'), ['o:Te Rūnanga o Ngāti Whare']);
    assert.deepStrictEqual(mentionLabels('Te Whare Wānanga o Tarrowhenua will host the hearing.'), ['o:Te Whare Wānanga o Tarrowhenua']);
  });

  it('leaves a Māori given name opened by "Te" a person\'s', () => {
    assert.deepStrictEqual(mentionLabels('Te Ariki Kelso said the hearing was fair.'), ['p:Te Ariki Kelso']);
  });

  it('reads a district named with an unspaced em dash after a seat\'s preposition as one place, its second half no person', () => {
    assert.deepStrictEqual(mentionLabels('The MP for Tarrow—Morgan Lakes, Ivo Drummond, resigned.'), ['p:Ivo Drummond']);
    assert.deepStrictEqual(mentionLabels('In Marwick—Ashley Vale, turnout fell to 51 per cent.'), []);
  });

  it('leaves a name after an em dash with no seat\'s preposition before it as it was', () => {
    assert.ok(mentionLabels('The winner was Kelso—Ashley Vale said so later.').includes('p:Ashley Vale'));
  });

  it('reads a detective\'s senior rank in initials, and a police rank before a known given name, as the role', () => {
    assert.deepStrictEqual(rolesOf('DCI Harrowgate said officers were treating the death as unexplained.', 'Harrowgate'), ['DCI']);
    assert.deepStrictEqual(mentionLabels('PC Dana Kelso and DS Tom Wrede arrested the man.'), ['p:Dana Kelso', 'p:Tom Wrede']);
    assert.deepStrictEqual(rolesOf('PC Dana Kelso arrested the man.', 'Dana Kelso'), ['PC']);
  });

  it('leaves a company named by the same initials a body\'s name', () => {
    assert.deepStrictEqual(mentionLabels('DC Comics said sales rose.'), ['o:DC Comics']);
    assert.ok(!mentionLabels('Shoppers queued outside PC World on Saturday.').some(label => label.startsWith('p:')));
  });

  it('keeps "Under" in an Under Secretary\'s post where it opens the sentence', () => {
    assert.deepStrictEqual(rolesOf('Under Secretary Dalia Fenwick told reporters the talks would resume.', 'Dalia Fenwick'), ['Under Secretary']);
    assert.deepStrictEqual(rolesOf('Under Secretary of State Tomas Brel agreed.', 'Tomas Brel'), ['Under Secretary of State']);
  });

  it('leaves "Under" a preposition before other titles', () => {
    assert.deepStrictEqual(rolesOf('Under President Dana Kelso, the country grew.', 'Dana Kelso'), ['President']);
  });

  it('reads a party\'s portfolio critic before a name as the role, the party\'s acronym a body', () => {
    assert.deepStrictEqual(rolesOf('NDP education critic Rowan Tessier said the plan would crowd classrooms.', 'Rowan Tessier'), ['NDP education critic']);
    assert.ok(mentionLabels('NDP education critic Rowan Tessier said the plan would crowd classrooms.').includes('o:NDP'));
    assert.deepStrictEqual(rolesOf('The Liberal health critic, Mara Delorme, called it a cut.', 'Mara Delorme'), ['Liberal health critic']);
  });

  it('gives a critic by stance no role', () => {
    assert.deepStrictEqual(rolesOf('Fierce critic Dana Kelso said the plan would fail.', 'Dana Kelso'), []);
    assert.deepStrictEqual(rolesOf('A critic of the deal, Tom Wrede, said the plan would fail.', 'Tom Wrede'), []);
  });

  it('reads the bare name after "who runs" or "who founded" as a body, and the post runs on to its town', () => {
    const text = 'Stephen Vallow, who runs Vallow Harwick in Leeds, said the phones had not stopped.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Stephen Vallow', 'o:Vallow Harwick']);
    assert.deepStrictEqual(rolesOf(text, 'Stephen Vallow'), ['runs Vallow Harwick in Leeds']);
  });

  it('leaves a known given name after "who runs" a person\'s', () => {
    assert.ok(mentionLabels('Stephen Vallow, who runs Dana Kelso\'s office, said so.').includes('p:Dana Kelso'));
  });
});
