// Kinds of chess and poker copy found by round 26's unseen set (r26-chess, fresh76): a chess title in capitals before
// a player's or an arbiter's name ("GM X", "IM X", "WGM X", "chief arbiter IA X"), a move in algebraic notation
// before a game's result ("43.Kg2 Rxa2 0-1"), an opening named after a player or a town ("the Halloway Defence"), a
// forum's or a chat's member named by a handle with a digit or an underscore ("user rookpawn_12"), a player's handle
// quoted inside the name (`Ivan "tiltking_99" Maric`), "chief arbiter X", "Canadian pro X", "Lithuanian grinder X" and "<room> head of poker X". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('chess and poker copy kinds of round 26 (r26-chess)', () => {
  it('leaves a chess title in capitals out of the name and keeps it as the role', () => {
    const text = 'GM Dana Whitlock beat IM Tomas Ferreira in 38 moves, and WGM Lena Kovacs drew.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Dana Whitlock', 'p:Tomas Ferreira', 'p:Lena Kovacs']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Whitlock'), ['GM']);
    assert.deepStrictEqual(rolesOf(text, 'Lena Kovacs'), ['WGM']);
  });

  it('reads an arbiter\'s title and post before the name as roles', () => {
    const text = 'Chief arbiter IA Petra Lind confirmed the result.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Petra Lind']);
    assert.deepStrictEqual([...rolesOf(text, 'Petra Lind')].sort(), ['Chief arbiter', 'IA']);
  });

  it('keeps a carmaker\'s initials before a place or a common word in the name', () => {
    const found = mentionLabels('GM Korea warned on Monday, and GM Financial posted a loss.');
    assert.ok(found.includes('o:GM Financial') && !found.some(label => /^p:(?:Korea|Financial)$/.test(label)), found.join(', '));
  });

  it('reads no move in algebraic notation as a name, not even before a game\'s result', () => {
    assert.deepStrictEqual(mentionLabels('At 20:51 came 43.Kg2 Rxa2 0-1, and the game was over.'), []);
    assert.ok(mentionLabels('After the draw White was congratulated by Thandi Nxumalo.').includes('p:Thandi Nxumalo'));
  });

  it('reads a gambit or a variation named after a player as no body, and a company named "X Defence" still as one', () => {
    assert.ok(!mentionLabels('She chose the Kelso Variation and then a Dorran Gambit.').some(label => /Kelso|Dorran/.test(label)));
    assert.ok(mentionLabels('The arms maker Harrow Defence said orders rose.').includes('o:Harrow Defence'));
  });

  it('reads a handle with a digit or an underscore after "user" or "poster" as a person', () => {
    const found = mentionLabels('In the chat, user rookpawn_12 called it, and forum poster tiltking99 agreed.');
    assert.deepStrictEqual(found, ['p:rookpawn_12', 'p:tiltking99']);
    assert.deepStrictEqual(mentionLabels('The user data was sold to a poster firm.'), []);
  });

  it('reads a lower-case handle with a digit quoted inside a name as part of the name, no quotation', () => {
    const text = 'The chip leader is Ivan "tiltking_99" Maric of Split. Maric raised.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Ivan Maric:Ivan "tiltking_99" Maric', 'p:Ivan Maric:Maric']);
    assert.deepStrictEqual(analyzeText(text).quotes, []);
    assert.ok(!mentionLabels('The opening pair were Ned Hollis and Tomas "tig" Wendle.').includes('p:Tomas "tig" Wendle'));
  });

  it('reads poker copy\'s trades and a room\'s head of poker as roles', () => {
    assert.deepStrictEqual(rolesOf('Canadian pro Jarrett Dole folded pocket kings.', 'Jarrett Dole'), ['Canadian pro']);
    assert.deepStrictEqual(rolesOf('Lithuanian grinder Tomas Rook busted in seventh.', 'Tomas Rook'), ['Lithuanian grinder']);
    assert.deepStrictEqual(rolesOf('Vardo head of poker Sasha Brant said the room would help.', 'Sasha Brant'), ['Vardo head of poker']);
  });
});
