// Kinds of migration, asylum and immigration-court copy found by round 33's unseen set (r33-migration, fresh101):
// parties an anonymity order names by two or three capital letters ("The lead appellant, KT, a 41-year-old woman,"),
// a legal site's practice area after its masthead's bar, a French prefecture named "Prefecture of …", a body defined by
// a clause before its name set off by commas, a charity's common first word opening the sentence, a firm of solicitors
// called without "Solicitors", "the department" for a department named "… Office", a barrister's side ("for the
// defence") that is no post, "Lady Justice" before a judge's name, a prefect's post and a court named "Court of …"
// opening a sentence. Every sentence is invented.
import * as assert from 'assert';
import { aliasesOf, mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('migration and asylum copy kinds of round 33 (r33-migration)', () => {
  it('reads initials an anonymity order gives a party as a person, in every use', () => {
    const text = 'The second claimant, KT, a 41-year-old woman from Basra, says she was threatened. The tribunal accepted that KT had been held for a month.';
    assert.deepStrictEqual(mentionLabels(text), ['p:KT', 'p:KT']);
    assert.deepStrictEqual(rolesOf(text, 'KT'), ['claimant']);
    assert.deepStrictEqual(mentionLabels('A third applicant, RM, 52, gave evidence by video link.'), ['p:RM']);
    assert.deepStrictEqual(mentionLabels('One of the women, who can only be referred to as PW, spoke from a hostel.'), ['p:PW']);
  });

  it('keeps initials a body\'s words surround a body\'s', () => {
    assert.ok(mentionLabels('The group known as KTA said it would appeal, and the KTA later did.').every(label => label.startsWith('o:')));
  });

  it('reads a legal site\'s practice area after its masthead\'s bar as a section, no body', () => {
    assert.deepStrictEqual(mentionLabels('Bench Notes | Crime & Policing\n\nThe Harwell Trust said on Monday it would appeal.').filter(label => label.includes('Crime')), []);
  });

  it('reads "the Prefecture of …" as a body, also where the tagger reads it whole as a place', () => {
    assert.deepStrictEqual(mentionLabels('The Prefecture of Tarrow said the coast road would stay closed.'), ['o:Prefecture of Tarrow']);
  });

  it('reads a name set off by commas after "The", a body\'s noun and a clause that defines it as that body', () => {
    assert.deepStrictEqual(mentionLabels('The insurer that covered the warehouse, Brandmoor, said it would pay.'), ['o:Brandmoor']);
    assert.deepStrictEqual(mentionLabels('The haulier hired to move the stock, Corbel Freight, went bust.'), ['o:Corbel Freight']);
    assert.deepStrictEqual(mentionLabels('The charity that employs its chief, Mirela Vass, said it would pay.'), ['p:Mirela Vass']);
  });

  it('keeps a charity\'s common first word opening the sentence when an appositive names it a body', () => {
    assert.deepStrictEqual(mentionLabels('Open Gates, a housing charity, said the cuts were cruel.'), ['o:Open Gates']);
    assert.deepStrictEqual(mentionLabels('Bright Futures, a youth charity based in Kelso, said it would close.'), ['o:Bright Futures']);
  });

  it('reads a court named "Court of …" opening a sentence whole', () => {
    assert.deepStrictEqual(mentionLabels('Court of Protection judges ruled on Friday.'), ['o:Court of Protection']);
  });

  it('joins a firm of solicitors called without "Solicitors" to its full name', () => {
    const text = 'She was represented by Marr Vane Solicitors. A partner at Marr Vane said the ruling was fair.';
    assert.ok(aliasesOf(text, 'Marr Vane Solicitors').includes('Marr Vane'), aliasesOf(text, 'Marr Vane Solicitors').join(', '));
  });

  it('credits "the department" with the one department named "… Office" before it', () => {
    const text = 'The Northern Borders Office said the rules would change.\n\nThe department added that it would "review every case before the summer".';
    assert.strictEqual(speakerOf(text, 'review every case'), 'Northern Borders Office');
  });

  it('reads "for the defence" after a barrister\'s name as the side, no post', () => {
    assert.deepStrictEqual(rolesOf('Maeve Dunleavy KC, for the defence, said the evidence was thin.', 'Maeve Dunleavy'), []);
    assert.deepStrictEqual(rolesOf('Maeve Dunleavy, for the Attorney General, said the evidence was thin.', 'Maeve Dunleavy'), []);
  });

  it('reads "Lady Justice" before an appeal judge\'s name as the post', () => {
    assert.deepStrictEqual(rolesOf('Lady Justice Marrable dissented on the second ground.', 'Marrable'), ['Lady Justice']);
  });

  it('reads a prefect\'s post before a name as the person\'s role', () => {
    assert.deepStrictEqual(rolesOf('The prefect of the Vardo region, Hélène Brassac, ordered an inquiry.', 'Hélène Brassac'), ['prefect of the Vardo region']);
    assert.deepStrictEqual(rolesOf('The regional prefect, Odile Brassac, ordered an inquiry.', 'Odile Brassac'), ['regional prefect']);
  });
});
