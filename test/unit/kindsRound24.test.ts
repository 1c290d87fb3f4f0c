// Entity kinds left open by round 23's unseen sets (games and esports, immigration, food, Olympic sport, energy and
// mining) and older gaps, fixed as general rules in round 24. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { headLast, linkAnalyses } from '../../src/core/link';
import { checkCase, rolesOf, type KindCase } from './support/entityQueries';

const CASES: readonly KindCase[] = [
  // A miner named after its mine (list mine-company-heads).
  {
    title: 'reads "X Nickel Mines" as a body and joins its initials to it', named: true,
    text: 'A dam burst at Tarrow Nickel Mines in Kelso District on Monday.\n\nTNM general manager Ben Oduya said the company had sent teams.',
    has: ['o:Tarrow Nickel Mines:Tarrow Nickel Mines', 'o:Tarrow Nickel Mines:TNM'],
  },
  {
    title: 'keeps the first word of "X Copper Mines" alone the mine, and "Mines" before a minister no body',
    text: 'Vardo Copper Mines runs the pit. Inspectors walked the dam wall at Vardo yesterday.\n\nVardonia\'s Mines and Minerals Minister Ada Kelso toured the site.',
    has: ['o:Vardo Copper Mines'], lacks: ['o:Vardo', 'o:Mines'],
  },
  // A restaurant set off as "a dining room" or "a wine bar" (list org-appositive-nouns).
  {
    title: 'reads a name set off as "the X dining room" as a body, also before a relative clause without "that"',
    text: 'There was less cheer in the north. Perdita, the Marwick dining room Lena Voss named after her aunt, lost its star.\n\nPerdita reopens in March.',
    has: ['o:Perdita'], lacks: ['p:Perdita'],
  },
  { title: 'keeps a person whose appositive only mentions a bar', text: 'Dana Whitcombe, a bar owner in Leith, said trade was slow.', has: ['p:Dana Whitcombe'] },
  // A founder's surname beside the family firm "X & Sons" (Evidence.PersonRelative).
  {
    title: 'gives the surname alone to the person where some use of it takes ", who"', named: true,
    text: 'Tarrow & Sons was founded by Ada Tarrow in 1990. This year Tarrow stepped back. Tarrow, who now runs the group\'s bakery, said little. Staff at Tarrow & Sons were told on Monday.',
    has: ['p:Ada Tarrow:Tarrow'], lacks: ['o:Tarrow & Sons:Tarrow'],
  },
  {
    title: 'still gives the surname alone to the firm where no use of it takes "who"', named: true,
    text: 'Tarrow & Sons was founded by Ada Tarrow in 1990. Shares in Tarrow fell on Monday. Staff at Tarrow & Sons were told.',
    has: ['o:Tarrow & Sons:Tarrow'],
  },
  // A Spanish paper's article and head noun alone (orgForms.ts masthead-openings).
  {
    title: 'joins "El Heraldo" to the one longer title it opens', named: true,
    text: 'By Lucía Ferrer Soto | El Heraldo Austral\n\nThe lawyer Tomás Ibarra Ruiz spoke in an interview with El Heraldo on Monday.',
    has: ['o:El Heraldo Austral:El Heraldo'],
  },
  {
    title: 'joins "El Diario" to neither of two longer titles it opens', named: true,
    text: 'El Diario Austral and El Diario Norte both ran the story. El Diario said more on Monday.',
    lacks: ['o:El Diario Austral:El Diario', 'o:El Diario Norte:El Diario'],
  },
  // A Spanish-named body with no English head (list spanish-plural-body-openers).
  {
    title: 'reads "<plural noun> de <noun>" as a body',
    text: 'Back on this side of the border, volunteers with Manos de Esperanza have been loading trucks.\n\nManos de Esperanza is collecting blankets at its office.',
    exactly: ['o:Manos de Esperanza', 'o:Manos de Esperanza'],
  },
  { title: 'keeps a person whose given name is such a word, no particle after it', text: 'Manos Kelleris, a fisherman, said the nets were empty.', has: ['p:Manos Kelleris'] },
  // Sport's bodies (lists national-body-sports and member-plurals).
  { title: 'reads "<Sport> <Country>" opening a sentence as the national governing body', text: 'Rowing Vardonia said it respected the process.', exactly: ['o:Rowing Vardonia'] },
  { title: 'reads "Athletics <Place>" so as well', text: 'Athletics Kelso said it would not comment.', exactly: ['o:Athletics Kelso'] },
  { title: 'leaves a sport before a common word no body', text: 'Boxing Day crowds were thin.', exactly: [] },
  {
    title: 'reads a body named with its members\' plural possessive as a body where it opens the sentence before a post',
    text: 'Swimmers\' Voice Kelso co-founder Tessa Harrow said the freeze should not punish young athletes.',
    has: ['o:Swimmers\' Voice Kelso', 'p:Tessa Harrow'],
  },
  // A hospital ward named "X Unit" (list ward-unit-words).
  {
    title: 'reads a hospital ward as no body',
    text: 'She was moved to the Intensive Care Unit at Kelso General Hospital. Staff on the Marwick Stroke Unit said beds were full.',
    exactly: ['o:Kelso General Hospital'],
  },
  { title: 'keeps an investigating unit a body', text: 'The Tarrow Fraud Unit charged him on Friday.', exactly: ['o:Tarrow Fraud Unit'] },
  // Games and esports copy: awards and studios (lists award-acronyms, studio-name-endings).
  { title: 'reads an award in capitals and the words before it as no name', text: 'Teodor Vranic was named Finals MVP after a dominant series.', exactly: ['p:Teodor Vranic'] },
  { title: 'reads the holder after an award as the person', text: 'Finals MVP Teodor Vranic said the team had earned it.', exactly: ['p:Teodor Vranic'] },
  { title: 'keeps a body whose capitals are no listed award whole', text: 'Kelso MVR Group said it would appeal.', exactly: ['o:Kelso MVR Group'] },
  {
    title: 'reads a studio named "X Forge" after "developer" as the firm, not the trade\'s holder',
    text: 'Arcfront developer Corvid Forge confirmed the dates. The game, made by the Californian developer Corvid Forge, sold well.',
    exactly: ['o:Corvid Forge', 'o:Corvid Forge'],
  },
  { title: 'keeps a person named "Forge" after a title that is no firm\'s trade', text: 'Senior animator Tom Forge wrote that he had been let go.', has: ['p:Tom Forge'] },
  {
    title: 'joins a lone word that starts one name and ends another to neither as a first word', named: true,
    text: 'The Kelso Falcons beat Tarrow Rooks. Their captain came from Falcons Rising, the academy. The Falcons won 3-1.',
    lacks: ['o:Falcons Rising:Falcons'],
  },
  // Public services (lists public-service-words, public-service-heads) and a UN mission (list org-heads-before-in).
  { title: 'reads two towns and a public service\'s name as one body', text: 'Crews from Kelso and Marwick Fire Service fought the blaze overnight.', exactly: ['o:Kelso and Marwick Fire Service'] },
  { title: 'keeps two parties apart after "between"', text: 'Talks between Kelso and Marwick Fire Service broke down.', lacks: ['o:Kelso and Marwick Fire Service'] },
  { title: 'reads a state\'s abbreviation and "Fire" as the state\'s fire service', text: 'Cal Fire said the crews were tired.', exactly: ['o:Cal Fire'] },
  { title: 'keeps a given name before a surname a person', text: 'Cal Ferris said the crews were tired.', has: ['p:Cal Ferris'] },
  {
    title: 'reads a UN mission named with its place, and its abbreviation set off by commas, as one body', named: true,
    text: 'The United Nations Stabilization Mission in Vardonia, MINUVAR, said peacekeepers were attacked.',
    exactly: ['o:United Nations Stabilization Mission in Vardonia:United Nations Stabilization Mission in Vardonia', 'o:United Nations Stabilization Mission in Vardonia:MINUVAR'],
  },
  { title: 'leaves a body that acts "in" a month as it was', text: 'The Kelso Council in March approved the budget.', lacks: ['o:Kelso Council in March'] },
];

describe('entity kinds of round 24 (r24-kinds)', () => {
  for (const kindCase of CASES) {
    it(kindCase.title, () => checkCase(kindCase));
  }

  it('keeps a lawyer\'s role past "of the <town> firm <name>"', () => {
    assert.deepStrictEqual(rolesOf('His solicitor, Tom Ashby of the Tarrow firm Kelso Vane, said he would appeal.', 'Tom Ashby'), ['solicitor']);
  });

  it('keys a county body named "X of Y County" with the place first, and no other "of" name', () => {
    assert.deepStrictEqual(headLast(['commissioners', 'court', 'of', 'kelso', 'county']), ['kelso', 'county', 'commissioners', 'court']);
    assert.deepStrictEqual(headLast(['bank', 'of', 'the', 'city']), ['bank', 'of', 'the', 'city']);
    assert.deepStrictEqual(headLast(['friends', 'of', 'kelso', 'park']), ['friends', 'of', 'kelso', 'park']);
  });

  it('links a county body\'s two word orders across articles', () => {
    const [left, right] = linkAnalyses([
      analyzeText('The judge found that the Marwick County Commissioners Court approved the contract without a hearing.'),
      analyzeText('The judge wrote that the Commissioners Court of Marwick County approved the agreement without a hearing.'),
    ]);
    const idOf = (analysis: typeof left, mention: string) => analysis.entities.find(entity => entity.mentions.some(found => found.text === mention))?.id;
    assert.ok(idOf(left, 'Marwick County Commissioners Court'));
    assert.strictEqual(idOf(left, 'Marwick County Commissioners Court'), idOf(right, 'Commissioners Court of Marwick County'));
  });
});
