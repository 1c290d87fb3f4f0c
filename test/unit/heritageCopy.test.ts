// Kinds of archaeology, museum and heritage copy found by round 27's unseen set (r27-heritage, fresh80): finds and
// museum objects named after a place or a man ("the X Hoard", "the Y Bronzes", "the Bronzes", a regional paper's
// capitalised lede "A HOARD of …"), a calendar era's abbreviation before a year range that read as a match score
// ("c. AD 43–47"), a kingdom's traditional ruler by his people's title ("the Fon, X III"), a dealer or an auction house
// named by two partners after a trade title ("the London dealer X & Y"), a continent's region in a keeper's post
// ("keeper of Africa, Oceania and …") and a club written with "and" in one report and "&" in another. Every sentence
// is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';
import { mentionLabels } from './support/entityQueries';

function idOf(analysis: DocumentAnalysis, mention: string): string | undefined {
  return analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id;
}

describe('archaeology, museum and heritage copy kinds of round 27 (r27-heritage)', () => {
  it('reads a find or a museum object named after a place as a thing, with or without the place', () => {
    const found = mentionLabels('The Kelso Museum would bid for the Harnley Hoard and hoped to show it beside the Pellow Torc. The Orwell Bronzes were cast for a royal court. "Our children will see the Bronzes at home," she said.');
    assert.deepStrictEqual(found, ['o:Kelso Museum'], found.join(', '));
  });

  it('reads the capitalised find noun of a regional paper\'s lede as the find, no name', () => {
    const found = mentionLabels('By Dana Pell, Chief Reporter\n\nA HOARD of gold rings found near Dunholt has been declared treasure. The museum will bid for the Harnley Hoard.');
    assert.deepStrictEqual(found, ['p:Dana Pell'], found.join(', '));
  });

  it('keeps a body whose name has a find noun inside it, and a person whose surname is one', () => {
    const found = mentionLabels('The Kelso Hoard Trust said it would raise the money. Dana Treasure, its chairwoman, said the appeal opens today.');
    assert.ok(found.includes('o:Kelso Hoard Trust') && found.includes('p:Dana Treasure'), found.join(', '));
  });

  it('reads an era\'s abbreviation before a year range as a date, never a side of a match result', () => {
    assert.deepStrictEqual(mentionLabels('The coins date the pit to c. AD 60–65, and the ditch to 55 BC, said Tom Orrin.'), ['p:Tom Orrin']);
  });

  it('reads a traditional ruler\'s title as a title before his regnal name, never a body', () => {
    const found = mentionLabels('The palace museum is being built for the Fon, Tabe Nkem II, and opens next year. The Fon thanked the trustees.');
    assert.deepStrictEqual(found, ['p:Tabe Nkem II'], found.join(', '));
    const oba = mentionLabels('The bronzes will go home to the Oba of Vardo, the museum said.');
    assert.ok(!oba.some(label => label.startsWith('o:Oba')), oba.join(', '));
  });

  it('reads a firm named by two partners after a trade title as a firm, and a name after the same title as a person', () => {
    assert.deepStrictEqual(mentionLabels('The London dealer Marr & Vane, which sold two heads in 1968, declined to comment.'), ['o:Marr & Vane']);
    assert.deepStrictEqual(mentionLabels('The London dealer Tom Marr declined to comment.'), ['p:Tom Marr']);
  });

  it('reads a continent\'s region inside a keeper\'s post as a place, never a person', () => {
    const found = mentionLabels('Dr Sam Orrin, the Kelso Museum’s Keeper of Asia, Oceania and the Americas, led the talks.');
    assert.deepStrictEqual(found, ['p:Sam Orrin', 'o:Kelso Museum'], found.join(', '));
  });

  it('links a club written with "and" in one report and "&" in another, not two bodies that only share words', () => {
    const [left, right] = linkAnalyses([
      analyzeText('Tom Orrin, a member of the Kelso and District Detecting Club, found the coins.'),
      analyzeText('The find was made by Tom Orrin of the Kelso & District Detecting Club (KDDC).'),
    ]);
    assert.ok(idOf(left, 'Kelso and District Detecting Club'), 'the club is found in the first report');
    assert.strictEqual(idOf(left, 'Kelso and District Detecting Club'), idOf(right, 'Kelso & District Detecting Club'));
    const [one, other] = linkAnalyses([
      analyzeText('Tom Orrin of the Kelso Detecting Club found the coins.'),
      analyzeText('The find was made by Tom Orrin of the Kelso and District Detecting Club.'),
    ]);
    assert.notStrictEqual(idOf(one, 'Kelso Detecting Club'), idOf(other, 'Kelso and District Detecting Club'));
  });
});
