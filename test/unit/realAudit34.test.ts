// Kinds found by reading real US political news beside the analysis (round 34's audit): a plain lower-case word read as a
// brand's name, posts named by nouns the title list lacked, a production company, a patrol and an investigating agency
// read as people or missed, armed groups read as places, a leaders' meeting and a named day read as a person or a body,
// and a participle's clause read as a post. Every sentence and name is invented; the armed groups are real bodies from
// the public designation lists, as the gazetteer's other bodies are.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 34 real-text audit: kinds of false, missed and mislabelled entities and roles', () => {
  it('reads no plain lower-case word as a brand: an adjective, an adverb, a plural or a common noun\'s ending', () => {
    assert.deepStrictEqual(mentionLabels('Voters in the north, in particular, the city\'s largest group, stayed at home.'), []);
    assert.deepStrictEqual(mentionLabels('The audit was late. In addition, the finance committee met twice.'), []);
    assert.deepStrictEqual(mentionLabels('Tova Brandt said the charity\'s group never received the money.'), ['p:Tova Brandt']);
    assert.deepStrictEqual(mentionLabels('The rules anger volunteers, the campaign\'s largest group of unpaid workers.'), []);
    assert.deepStrictEqual(mentionLabels('Dana Vell works at kelpo, the London payments start-up.'), ['p:Dana Vell', 'o:kelpo']);
  });

  it('reads a debate\'s moderator, a mogul, a neurosurgeon, an evangelist, a donor and a schoolteacher as the post before or after the name', () => {
    assert.deepStrictEqual(rolesOf('"It was fine," said the neurosurgeon Tal Obern.', 'Tal Obern'), ['neurosurgeon']);
    assert.deepStrictEqual(rolesOf('KTV moderator Dan Telk asked the first question.', 'Dan Telk'), ['KTV moderator']);
    assert.deepStrictEqual(rolesOf('Evangelist Pia Wendt led the prayer.', 'Pia Wendt'), ['Evangelist']);
    assert.deepStrictEqual(rolesOf('He criticised the mogul Orrin Castell on Monday.', 'Orrin Castell'), ['mogul']);
    assert.deepStrictEqual(rolesOf('Bo Masen, a donor to the museum, gave £5,000.', 'Bo Masen'), ['donor to the museum']);
    assert.deepStrictEqual(rolesOf('Ruth Ambler, a schoolteacher from Leeds, wrote to the council.', 'Ruth Ambler'), ['schoolteacher from Leeds']);
    assert.deepStrictEqual(rolesOf('Entertainer Bo Ravel opened the fair.', 'Bo Ravel'), ['Entertainer']);
  });

  it('reads a production company, a patrol and an investigating agency as bodies', () => {
    assert.deepStrictEqual(mentionLabels('The film was made by Kelso Lane Productions.'), ['o:Kelso Lane Productions']);
    assert.deepStrictEqual(mentionLabels('The case was run by Tarrow Fraud Investigations.'), ['o:Tarrow Fraud Investigations']);
    assert.deepStrictEqual(mentionLabels('The Kelso Highway Patrol said the road was shut.'), ['o:Kelso Highway Patrol']);
    assert.deepStrictEqual(mentionLabels('Marwick State Patrol troopers arrived at noon.'), ['o:Marwick State Patrol']);
  });

  it('reads an armed group on the designation lists as a body, not as a place or nothing', () => {
    assert.deepStrictEqual(mentionLabels('Fighters loyal to Abu Sayyaf were seen near the port.'), ['o:Abu Sayyaf']);
    assert.deepStrictEqual(mentionLabels('The raid near the lake was claimed by Boko Haram, officials said.'), ['o:Boko Haram']);
    assert.deepStrictEqual(mentionLabels('A state of mind, not an Islamic state, he said.'), []);
  });

  it('reads a leaders\' meeting named as a summit and a named day as things, neither a person nor a body', () => {
    assert.deepStrictEqual(mentionLabels('Ministers met at the Harbour Safety Summit in June, Dana Vell said.'), ['p:Dana Vell']);
    assert.deepStrictEqual(mentionLabels('Shoppers told pollsters the Cyber Monday deals were poor.'), []);
    assert.deepStrictEqual(mentionLabels('Shoppers queued for Black Friday sales, Tarrow Stores said.'), ['o:Tarrow Stores']);
  });

  it('reads no post in a participle\'s clause after a name, though a title noun stands in it', () => {
    const text = 'The council rejected the plan from Dana Vell, highlighting old rifts over a candidate who lives abroad.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Vell'), []);
    assert.deepStrictEqual(rolesOf('Tobin Varrow, building inspector at the council, said so.', 'Tobin Varrow'), ['building inspector at the council']);
    assert.deepStrictEqual(rolesOf('Tobin Varrow, managing director of Kelso Mills, said so.', 'Tobin Varrow'), ['managing director of Kelso Mills']);
  });
});
