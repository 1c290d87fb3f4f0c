// Kinds of US election campaign-trail copy found by round 35's unseen set (r35-campaign, fresh106): candidates called by
// a clipped given name or a diminutive once named in full ("Ev", "Cal", "Bob"); a double-barrelled surname whose halves
// the tagger knows as places, alone before "said"; a super PAC's appositive going on with a participle ("the super PAC
// founded by X"); a civic day's name ("Election Day") read as a body after a false appositive; a university's poll
// named "X University Poll"; a fact-checker's brand word opening a name with its state; and a party's member noun ("the
// Democrat said") grouped as a recurring body and credited with the quotation; words quoted inside "X's claim that …"
// or "X's pledge to …", also after another speaker's "said". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, speakerOf } from './support/entityQueries';

describe('US election campaign-trail copy kinds of round 35 (r35-campaign)', () => {
  it('reads a clipped given name alone as the one person named in full with that given name', () => {
    const text = 'Margaret Thelwall-Ince won the caucuses by eleven points. "Marg was in every diner in the state," one volunteer said. Marg heads to Nevada next.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Margaret Thelwall-Ince:Margaret Thelwall-Ince', 'p:Margaret Thelwall-Ince:Marg', 'p:Margaret Thelwall-Ince:Marg']);
  });

  it('reads a diminutive alone, also opening a headline, as the person whose formal given name it shortens', () => {
    const text = 'Bob stays in\n\nRobert Quillfeather lost the primary on Tuesday but told donors he would go on. "Bob does not quit," his sister said.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Robert Quillfeather:Bob', 'p:Robert Quillfeather:Robert Quillfeather', 'p:Robert Quillfeather:Bob']);
  });

  it('leaves a short form alone where two people share the given name it shortens, or where it is another word first', () => {
    const shared = 'Everett Crisp and Evelyn Moorcroft both spoke on Monday. "Ev has the numbers," an aide said.';
    assert.ok(!namedMentionLabels(shared).some(label => label.endsWith(':Ev')));
    const verb = 'William Ostrowe finished third. "Will the party listen?" an aide asked.';
    assert.ok(!namedMentionLabels(verb).some(label => label.endsWith(':Will')));
  });

  it('keeps a double-barrelled surname whose halves are place words whole before "said" and after an honorific', () => {
    const text = 'State Treasurer Lucia Salinas-Hill said the audit was overdue. "We will publish it," Salinas-Hill said. Ms. Salinas-Hill left early.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Lucia Salinas-Hill:Lucia Salinas-Hill', 'p:Lucia Salinas-Hill:Salinas-Hill', 'p:Lucia Salinas-Hill:Salinas-Hill']);
    assert.strictEqual(speakerOf(text, 'We will publish it'), 'Lucia Salinas-Hill');
  });

  it('reads a name with an appositive "the super PAC founded by …" as a body', () => {
    const text = 'Prairie Promise, the pro-Delacorte super PAC funded by Anselm Wirtz, spent $6 million on ads.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Prairie Promise', 'p:Anselm Wirtz']);
  });

  it('reads "Election Day" and other civic days as dates, not bodies, also before ", the union said"', () => {
    assert.deepStrictEqual(mentionLabels('Canvassers will visit 50,000 homes before Election Day, the union said.'), []);
    assert.deepStrictEqual(mentionLabels('On Primary Night the mood at the hotel was grim.'), []);
    assert.deepStrictEqual(mentionLabels('Ruth Day, the county clerk, said counting would end by noon.'), ['p:Ruth Day']);
  });

  it('reads "<university> Poll" as the institution\'s polling unit, a body', () => {
    const text = 'A new Tamsworth College Poll released Monday shows the race tied.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Tamsworth College Poll']);
    assert.deepStrictEqual(mentionLabels('The Ohio Straw Poll drew 300 people.').filter(label => label.startsWith('o:')), []);
  });

  it('reads a name opened by an intercapped brand word and closed by a state as the brand\'s body', () => {
    const text = 'Hours later, VoteLedger Nevada, a nonpartisan fact-checking site, rated the claim misleading.';
    assert.deepStrictEqual(mentionLabels(text), ['o:VoteLedger Nevada']);
  });

  it('credits words quoted inside a possessed claim or pledge to its possessor, also after an earlier reporting verb', () => {
    const text = 'Gov. Otis Brennan-Vale spoke first. Hours later, state Auditor Mina Okorafor-Lund said Brennan-Vale\'s pledge to "freeze every toll for a decade" ignored the bond terms.';
    assert.strictEqual(speakerOf(text, 'freeze every toll'), 'Otis Brennan-Vale');
    const claim = 'Rep. Idris Fenwick-Lowe spoke at the fair. A fact-checking site rated as false Fenwick-Lowe\'s claim that wait times had "doubled since March."';
    assert.strictEqual(speakerOf(claim, 'doubled since March'), 'Idris Fenwick-Lowe');
    const reply = 'Sen. Dana Kessler spoke first. Tom Varga said Kessler\'s reply to "why now" was evasive.';
    assert.notStrictEqual(speakerOf(reply, 'why now'), 'Dana Kessler');
  });

  it('reads "the Democrat said" as a description of the person, not a body that speaks', () => {
    const text = 'Gov. Lorna Beckwith-Tull was asked about the budget.\n\n"We balanced it twice," the Democrat said.\n\nHer rival called her "a Democrat doing a Democrat\'s sums."';
    assert.strictEqual(speakerOf(text, 'We balanced it twice'), 'Lorna Beckwith-Tull');
    assert.ok(!analyzeText(text).entities.some(entity => entity.name === 'Democrat'));
  });
});
