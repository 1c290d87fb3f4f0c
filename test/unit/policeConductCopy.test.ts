// Kinds of police conduct, watchdog and policing-policy copy found by round 29's unseen set (r29-police, fresh90): a
// force's chief officers and overseers written as initials before a name ("CC X", "T/ACC X", "PCC X", "HMI X"), also
// opening a sentence and before a double-barrelled surname; an inspectorate named "Inspectorate of …" and an inspector's
// post "HM Inspector of Policing Standards" before a name; a web byline printing the writer's post after the name on
// the same line; a trade title named "X Weekly" in prose; an officer's force after an age ("X, 31, of Y Constabulary,");
// and a first name borne by men and women alike before a later "Mr X". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

/** The entities' names and their other names, in the order of the analysis. */
function aliasesOf(text: string, name: string): readonly string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.aliases ?? [];
}

describe('police conduct and policing-policy copy kinds of round 29 (r29-police)', () => {
  it('reads a chief officer\'s initials before a name as the post, a role, not part of the name', () => {
    const text = 'CC Ingrid Halvorsen-Pryce told the board that training had changed. T/ACC Tobias Renwick said the unit would be audited, and PCC Harjit Bansal-Reeve asked for a plan.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ingrid Halvorsen-Pryce', 'p:Tobias Renwick', 'p:Harjit Bansal-Reeve']);
    assert.deepStrictEqual(rolesOf(text, 'Ingrid Halvorsen-Pryce'), ['CC']);
    assert.deepStrictEqual(rolesOf(text, 'Tobias Renwick'), ['T/ACC']);
    assert.deepStrictEqual(rolesOf(text, 'Harjit Bansal-Reeve'), ['PCC']);
  });

  it('reads three-letter rank initials opening a sentence as the rank, not a surname written first', () => {
    const text = 'The report was published on Thursday. HMI Saoirse Dunleavy said the force had improved. DCI Mervyn Holt agreed.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Saoirse Dunleavy', 'p:Mervyn Holt']);
    assert.deepStrictEqual(rolesOf(text, 'Saoirse Dunleavy'), ['HMI']);
  });

  it('reads policing jargon and the commissioner\'s post written alone as letters as no body', () => {
    assert.deepStrictEqual(mentionLabels('Inspectors found BWV was activated in most searches, and ANPR cameras were idle, as PCC calls for a plan.'), []);
  });

  it('keeps the initials in a body\'s name when no person\'s name follows them', () => {
    assert.ok(mentionLabels('The ACC Network said the game would be shown live.').some(label => label.startsWith('o:ACC')));
  });

  it('reads "Inspectorate of …" whole, its abbreviation the same body', () => {
    const text = 'The Inspectorate of Custody Standards (ICS) found failings. The ICS said the cells were unsafe.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Inspectorate of Custody Standards', 'o:ICS', 'o:ICS']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('reads "HM Inspector of Policing Standards" before a name as the post, with no body named "HM"', () => {
    const text = 'HM Inspector of Policing Standards Fenella Rourke-Adams said the records were poor.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Fenella Rourke-Adams']);
    assert.deepStrictEqual(rolesOf(text, 'Fenella Rourke-Adams'), ['HM Inspector of Policing Standards']);
  });

  it('reads a force\'s desk after "Head of" as part of the post before a name', () => {
    const text = 'Head of Professional Standards Cormac Tilney said the officer had resigned.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Cormac Tilney']);
  });

  it('reads a byline\'s post printed after the name on the same line as the writer\'s role', () => {
    const text = 'Officer sacked over messages\n\nLavinia Orchard-Blake Home affairs correspondent\n\nThe officer was dismissed on Tuesday.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Lavinia Orchard-Blake']);
    assert.deepStrictEqual(rolesOf(text, 'Lavinia Orchard-Blake'), ['Home affairs correspondent']);
  });

  it('reads a trade title named for how often it appears as a body in prose', () => {
    const text = 'Quentin Farrelly is deputy editor of Custody Practice Monthly. He told Green Lamp Weekly the figures were wrong.';
    assert.ok(mentionLabels(text).includes('o:Custody Practice Monthly'), mentionLabels(text).join(', '));
    assert.ok(mentionLabels(text).includes('o:Green Lamp Weekly'), mentionLabels(text).join(', '));
  });

  it('reads an officer\'s force after an age as a body, and a home town there as a place', () => {
    assert.deepStrictEqual(mentionLabels('PC Colin Marlowe, 29, of Wealdshire Constabulary, was dismissed.'), ['p:Colin Marlowe', 'o:Wealdshire Constabulary']);
    assert.deepStrictEqual(mentionLabels('Gideon Marlowe, 29, of Tarrow Vale, was dismissed.'), ['p:Gideon Marlowe']);
  });

  it('lets a later "Mr X" join a person whose first name is borne by men and women alike', () => {
    const text = 'Rowan Fairclough said the inspection was fair.\n\nMr Fairclough added that the force had listened.';
    assert.strictEqual(analyzeText(text).entities.length, 1);
    assert.ok(aliasesOf(text, 'Rowan Fairclough').includes('Mr Fairclough'), aliasesOf(text, 'Rowan Fairclough').join(', '));
  });
});
