// Kinds of higher-education and research copy found by round 32's unseen set (r32-unis, fresh99): a university's head
// written as initials ("the VC", "VC Professor X"); mastheads whose parts a middle dot or a breadcrumb's chevron sets
// apart; a field of study's name standing for the department that teaches it; staff unions named with two plural
// possessives ("the Academics' and Librarians' Union"); an abbreviation that a longer name spells only with a
// word's last letter; an abbreviation defined for a body whose letters spell a city;
// "he said" after "through his lawyer, Y,"; and "the whistleblower, X,". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { aliasesOf, mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('higher-education and research copy kinds of round 32 (r32-unis)', () => {
  it('reads a university\'s head written as "VC" as a post, no body, and "the VC wrote" as the vice-chancellor\'s words', () => {
    const text = 'Staff were told on Friday. In a letter, VC Professor Marguerite Ollerenshaw said 120 posts would go.\n\n"This is the hardest decision of my career," the VC wrote.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Marguerite Ollerenshaw']);
    assert.ok(rolesOf(text, 'Marguerite Ollerenshaw').some(role => role.includes('VC')), rolesOf(text, 'Marguerite Ollerenshaw').join(', '));
    assert.strictEqual(speakerOf(text, 'This is the hardest'), 'Marguerite Ollerenshaw');
  });

  it('reads "PVC" and "DVC" before a name as posts, and a venture-capital "VC firm" as no body', () => {
    assert.deepStrictEqual(mentionLabels('PVC Anselm Tregarthen and DVC Noor Habibullah-Reeve met the union.'), ['p:Anselm Tregarthen', 'p:Noor Habibullah-Reeve']);
    assert.deepStrictEqual(mentionLabels('One partner at a VC firm said the round was oversubscribed.'), []);
  });

  it('reads a masthead in capitals before a middle dot or a breadcrumb\'s chevron as the outlet', () => {
    assert.deepStrictEqual(mentionLabels('THE HARROWDENE BEACON · News · Est. 1954\n\nFees to rise'), ['o:HARROWDENE BEACON']);
    assert.deepStrictEqual(mentionLabels('QUADRANT WEEKLY › News › Funding\n\nGrants cut'), ['o:QUADRANT WEEKLY']);
    assert.deepStrictEqual(mentionLabels('TARNBY ECHO  ·  Monday, June 8\n\nLab closes'), ['o:TARNBY ECHO']);
  });

  it('reads a field of study\'s name as the department the article names for it, not as a person', () => {
    const text = 'The Department of Forensic Anthropology will close in July.\n\nForensic Anthropology has 14 academic staff. Cuts to Forensic Anthropology were announced on Monday.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Department of Forensic Anthropology', 'o:Forensic Anthropology', 'o:Forensic Anthropology']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('reads a field of study named with no department as no person', () => {
    assert.deepStrictEqual(mentionLabels('Applicants for Forensic Anthropology fell by a third this year.').filter(label => label.startsWith('p:')), []);
  });

  it('keeps a university staff union named with two plural possessives whole, its initials the same body', () => {
    const text = 'The Academics\' and Librarians\' Union (ALU) said its members would ballot. The ALU wants talks.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Academics\' and Librarians\' Union', 'o:ALU', 'o:ALU']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('does not read an abbreviation as a university\'s name spelt with its town\'s last letter', () => {
    const text = 'Staff at the University of Castlemead were angry. The Castlemead branch of the CDU will ballot members.';
    assert.ok(!aliasesOf(text, 'University of Castlemead').includes('CDU'), aliasesOf(text, 'University of Castlemead').join(', '));
  });

  it('reads an abbreviation the article defined for a body as that body again, though its letters spell a city', () => {
    const text = 'The Lab Integrity Monitoring Agency (LIMA) upheld the complaint. According to the LIMA audit, two staff were cleared, and the LIMA will publish in June.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Lab Integrity Monitoring Agency', 'o:LIMA', 'o:LIMA', 'o:LIMA']);
    assert.strictEqual(analyzeText(text).entities.length, 1);
  });

  it('credits "he said" after "through his lawyer, Y," to the person the possessive names, not to the lawyer', () => {
    const text = 'Tomasz Wierzbicki denies wrongdoing. In a statement issued through his lawyer, Rupert Ashdown of Hale Pryce LLP, he said the findings were "deeply flawed".';
    assert.strictEqual(speakerOf(text, 'deeply flawed'), 'Tomasz Wierzbicki');
    const separate = 'Tomasz Wierzbicki denies wrongdoing. His lawyer, Rupert Ashdown, spoke to reporters. He said the panel was "deeply flawed".';
    assert.strictEqual(speakerOf(separate, 'deeply flawed'), 'Rupert Ashdown');
  });

  it('reads "the whistleblower" and "postdoc" before a name as the person\'s role', () => {
    const text = 'The whistle-blower, Ines Carvalho-Pym, had worked in the lab for two years. Postdoc Ravi Anand-Shore backed her.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ines Carvalho-Pym', 'p:Ravi Anand-Shore']);
    assert.deepStrictEqual(rolesOf(text, 'Ines Carvalho-Pym'), ['whistle-blower']);
    assert.deepStrictEqual(rolesOf(text, 'Ravi Anand-Shore'), ['Postdoc']);
  });
});

