// Kinds of Caribbean and Pacific island copy found by round 29's unseen set (r29-islands, fresh89): a prime minister's
// "PM" before the name, a constituency closed by "Central", "Parliamentary Representative for X", the style "Hon."
// after a long post, a minister's portfolio list after the name, an electoral office's "Chief Elections Officer X", a
// web page's "AST" time stamp and its "Follow X News on …" line; Fijian chiefly styles ("Ratu", "Adi") and a
// provincial title that takes its province ("the Roko Tui X"), a name after a sentence's opening "At"/"In", a storm's
// "TC", a news service named "X Newsline", a masthead in capitals on its own line, an aircraft type's code before
// "helicopter" and a craft's type name after an air force's name. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('island politics and disaster-relief copy kinds of round 29 (r29-islands)', () => {
  it('reads "PM" in capitals before a name as the post, a role, and keeps a headline in capitals and a clock time out', () => {
    const text = 'PM Marcus Delacroix-Beaumont said the vote would be held in May. Delacroix-Beaumont later left for the airport.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Marcus Delacroix-Beaumont', 'p:Delacroix-Beaumont']);
    assert.deepStrictEqual(rolesOf(text, 'Marcus Delacroix-Beaumont'), ['PM']);
    assert.deepStrictEqual(mentionLabels('PM CALLS EARLY VOTE\n\nThe result came at 5 PM on Friday, officials said.'), []);
  });

  it('reads a town\'s word and "Central" as a constituency, a place, not a person', () => {
    assert.deepStrictEqual(mentionLabels('He has represented Vardo Central since 2014. Voters in Tarrow Central queued before dawn.'), []);
    assert.deepStrictEqual(mentionLabels('The seat went to Dana Central, a teacher, on Friday.').length, 1);
  });

  it('reads the seat after "Parliamentary Representative for" as a place, and the post as the role', () => {
    const text = 'Noel Abercrombie-Jules, Parliamentary Representative for Grand Fond, resigned.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Noel Abercrombie-Jules']);
    assert.deepStrictEqual(rolesOf(text, 'Noel Abercrombie-Jules'), ['Parliamentary Representative for Grand Fond']);
  });

  it('keeps the style "Hon." apart from the post before it', () => {
    const roles = rolesOf('Minister of Trade and Industrial Planning Hon. Celestine Marchand-Oyelaran said exports rose.', 'Celestine Marchand-Oyelaran');
    assert.ok(roles.includes('Hon.') && !roles.some(role => role.includes('Planning Hon.')), roles.join(', '));
    assert.deepStrictEqual(rolesOf('The Rt Hon. Celestine Marchand-Oyelaran spoke.', 'Celestine Marchand-Oyelaran'), ['Rt Hon.']);
  });

  it('reads a minister\'s portfolio list after the name as one post, commas and all', () => {
    const text = 'Ivo Pemberton-Lascelles, Minister of Arts, Heritage and the Islands, agreed. Dana Kelso, Minister of Health, said no.';
    assert.deepStrictEqual(rolesOf(text, 'Ivo Pemberton-Lascelles'), ['Minister of Arts, Heritage and the Islands']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Minister of Health']);
  });

  it('reads "Chief Elections Officer" as a title, no person named "Elections"', () => {
    const text = 'Chief Elections Officer Mr. Horace Quammie-Liburd said the list was ready.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Horace Quammie-Liburd']);
    assert.deepStrictEqual(rolesOf(text, 'Horace Quammie-Liburd'), ['Chief Elections Officer']);
  });

  it('reads a Caribbean or Fijian time zone on a web page\'s time stamp as no body', () => {
    assert.deepStrictEqual(mentionLabels('Updated 9:05 p.m. AST, March 2, 2026\n\nThe vote was held on Monday.'), []);
  });

  it('leaves the imperative "Follow" out of an outlet\'s name in a closing line', () => {
    assert.deepStrictEqual(mentionLabels('Reporting by Dana Kelso for Gulfstream News. Follow Gulfstream News on Facebook.'),
      ['p:Dana Kelso', 'o:Gulfstream News', 'o:Gulfstream News', 'o:Facebook']);
  });

  it('reads the Fijian chiefly styles "Ratu" and "Adi" as roles before a name', () => {
    const text = 'Ratu Tevita Nasau met Adi Mereoni Koroivuki in the village hall on Monday.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Tevita Nasau', 'p:Mereoni Koroivuki']);
    assert.deepStrictEqual(rolesOf(text, 'Tevita Nasau'), ['Ratu']);
    assert.deepStrictEqual(rolesOf(text, 'Mereoni Koroivuki'), ['Adi']);
  });

  it('reads "the Roko Tui X" as a provincial post with its province, and the name after a sentence\'s "At" as a place', () => {
    const text = 'At Naqelelevu, the Roko Tui Bua, Ratu Tevita Nasau, moved families into the church hall.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Tevita Nasau']);
    const roles = rolesOf(text, 'Tevita Nasau');
    assert.ok(roles.includes('Roko Tui Bua') && roles.includes('Ratu'), roles.join(', '));
  });

  it('reads "TC X" as a tropical cyclone, a thing', () => {
    assert.deepStrictEqual(mentionLabels('TC Liroa crossed the coast on Friday, forecasters said.'), []);
  });

  it('reads a news service named "X Newsline" as an outlet', () => {
    assert.deepStrictEqual(mentionLabels('The headman told Tasman Newsline that the road was gone.'), ['o:Tasman Newsline']);
  });

  it('reads a masthead set in capitals on its own line as the outlet, not a headline\'s words', () => {
    assert.deepStrictEqual(mentionLabels('THE VARDO SENTINEL\n\nThe storm hit the islands on Sunday, officials said.'), ['o:VARDO SENTINEL']);
    assert.deepStrictEqual(mentionLabels('POLICE HUNT GUNMAN\n\nThe storm hit the islands on Sunday, officials said.'), []);
    // A section's label in capitals alone on its line is no masthead, though a body's head closes it.
    assert.deepStrictEqual(mentionLabels('MOTOR RACING\n\nThe storm hit the islands on Sunday, officials said.'), []);
  });

  it('reads an aircraft type\'s code before "helicopter" as a thing, and a craft\'s name after an air force as no part of it', () => {
    assert.deepStrictEqual(mentionLabels('Two AW139 helicopters landed at dawn.'), []);
    assert.deepStrictEqual(mentionLabels('A Royal Air Force Hercules touched down on Sunday.'), ['o:Royal Air Force']);
    assert.deepStrictEqual(mentionLabels('The Air Force Academy said the drill was over.'), ['o:Air Force Academy']);
  });

  it('reads a name closed by "Isle" as a place', () => {
    assert.deepStrictEqual(mentionLabels('Let the people of this Spice Isle decide, the minister said.'), []);
  });
});
