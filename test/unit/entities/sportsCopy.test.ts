// Sports copy names clubs and teams by shapes a gazetteer cannot list (invented clubs, towns and people): a place
// and a plural nickname ("the Marlow Hawks"), the nickname alone, a club ending alone ("City"), a club before a post
// of two words ("head coach"); a town in ordinary copy, or in a dateline, stays a place beside a body named after it.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** Each entity of a kind as "Name: mention | mention". */
function entities(text: string, kind: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === kind)
    .map(entity => `${entity.name}: ${entity.mentions.map(mention => text.slice(mention.start, mention.end)).join(' | ')}`).sort();
}

describe('sports copy: clubs and teams by their shape', () => {
  it('reads a place and a plural nickname after "the" as a team, and the nickname alone as that team', () => {
    const text = 'Dana Pike scored 31 points and the Marlow Hawks beat the Dexter Comets 108-101 on Tuesday.\n\n'
      + 'The Comets have lost four of five, and the Hawks have won five straight.';
    assert.deepStrictEqual(entities(text, 'org'), ['Dexter Comets: Dexter Comets | Comets', 'Marlow Hawks: Marlow Hawks | Hawks']);
    assert.deepStrictEqual(entities(text, 'person'), ['Dana Pike: Dana Pike']);
  });

  it('reads both sides of a rugby score line as teams', () => {
    const text = 'Tollbridge Falcons 27-24 Ravenmoor Warriors\n\nKit Dallow kicked the winning penalty.';
    assert.deepStrictEqual(entities(text, 'org'), ['Ravenmoor Warriors: Ravenmoor Warriors', 'Tollbridge Falcons: Tollbridge Falcons']);
  });

  it('joins a club ending used alone ("City") to the one club of the article so named', () => {
    const text = 'Hartwell United beat Dunmore City 2-1 on Saturday.\n\nAfter the defeat, City have now lost three away games in a row.';
    assert.deepStrictEqual(entities(text, 'org'), ['Dunmore City: Dunmore City | City', 'Hartwell United: Hartwell United']);
  });

  it('reads "<Town> City" as a club in a sentence with no sports word when the article names a team elsewhere', () => {
    const text = 'Hartwell United beat Kelso Rovers 2-1 on Saturday.\n\nThe Hawks travel to Marwick City next week.';
    assert.deepStrictEqual(entities(text, 'org').filter(entity => entity.startsWith('Marwick')), ['Marwick City: Marwick City']);
    // Without sports copy around it, or where something is "in" it, the name stays a place.
    assert.deepStrictEqual(entities('The Hawks travel to Marwick City next week.', 'org'), []);
    assert.deepStrictEqual(entities('Hartwell United beat Kelso Rovers 2-1 on Saturday.\n\nThe fans live in Marwick City now.', 'org')
      .filter(entity => entity.startsWith('Marwick')), []);
  });

  it('reads a one-word club that takes a plural verb as the club, in every mention of the article', () => {
    const text = 'Late goals settle the derby as Kelvaro come from behind.\n\n'
      + 'Dana Pike scored twice to give Kelvaro a win that few had expected at the ground.';
    assert.deepStrictEqual(entities(text, 'org'), ['Kelvaro: Kelvaro | Kelvaro']);
    assert.deepStrictEqual(entities(text, 'person'), ['Dana Pike: Dana Pike']);
  });

  it('keeps a person a person after a subjunctive or a shared verb, and a past verb says nothing', () => {
    const text = 'The board asked that Ames remain in post. Both Roe and Tullis were at the game, and Kelvaro came from behind.';
    assert.deepStrictEqual(entities(text, 'org'), []);
  });

  it('joins a club ending used alone ("Rovers") to the club written with its form ("FC")', () => {
    const text = 'Marwick Rovers FC will also receive money for the pitch.\n\nA club spokesman said Rovers were delighted.';
    assert.deepStrictEqual(entities(text, 'org'), ['Marwick Rovers FC: Marwick Rovers FC | Rovers']);
  });

  it('reads a name before a post of two words ("head coach") as the club', () => {
    const text = '“It was a fine innings,” Westmarch head coach Alan Pryde said after the six-wicket win.';
    assert.deepStrictEqual(entities(text, 'org'), ['Westmarch: Westmarch']);
  });

  it('keeps the place of a dateline apart from the team named after it', () => {
    const text = 'KINGSFORD, Texas (AP) — Trey Lambert threw two touchdowns as the Port Ansel Mariners beat the Kingsford Bulls 24-17.\n\n'
      + 'Kingsford coach Dan Whitcombe said his team beat itself.';
    const orgs = entities(text, 'org');
    assert.ok(orgs.includes('Kingsford Bulls: Kingsford Bulls | Kingsford'), orgs.join('; '));
    assert.ok(!orgs.some(org => org.includes('KINGSFORD')), orgs.join('; '));
  });

  it('reads the opponent of an agency schedule line as a team, "Host" no title there', () => {
    const text = 'The Marlow Hawks beat the Dexter Comets 108-101 on Tuesday.\n\nUP NEXT\n\nComets: Host Brenton on Thursday.\n\nHawks: At Lakeport on Friday.';
    const orgs = entities(text, 'org');
    assert.ok(orgs.includes('Brenton: Brenton') && orgs.includes('Lakeport: Lakeport'), orgs.join('; '));
    assert.deepStrictEqual(entities(text, 'person'), []);
  });

  it('does not take a plural-looking place or a title in quotation marks for a team', () => {
    const text = 'The team won the trade talks with the United States on Friday, and she wrote “The Forest Fevers,” a history of the league.';
    assert.deepStrictEqual(entities(text, 'org'), []);
  });
});

describe('ordinary copy: a town stays a place beside a body named after it', () => {
  it('does not join "in Marwick" to the borough council', () => {
    const text = 'Vardo Holdings will close its factory in Marwick with the loss of 600 jobs.\n\n'
      + 'Marwick Borough Council leader Janet Moyo said the town would fight. "Six hundred families in Marwick have lost their jobs," she said.';
    assert.deepStrictEqual(entities(text, 'org'), ['Marwick Borough Council: Marwick Borough Council', 'Vardo Holdings: Vardo Holdings']);
  });

  it('still joins a body\'s first word used "at" it (a workplace)', () => {
    const text = 'Owen Blythe, an analyst at Brenmoor Securities, said the shares were cheap. "The market is wrong," said a trader at Brenmoor.';
    assert.deepStrictEqual(entities(text, 'org'), ['Brenmoor Securities: Brenmoor Securities | Brenmoor']);
  });

  it('reads a railway company, an infirmary and a housebuilder by their head nouns', () => {
    const text = 'Northline Rail said trains would run. A doctor at Ardley Royal Infirmary and the developer Ashgrove Homes agreed.';
    assert.deepStrictEqual(entities(text, 'org'), ['Ardley Royal Infirmary: Ardley Royal Infirmary', 'Ashgrove Homes: Ashgrove Homes', 'Northline Rail: Northline Rail']);
  });
});
