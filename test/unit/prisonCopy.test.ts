// Kinds of prisons, probation and justice-system copy found by round 32's unseen set (r32-prisons, fresh98): a
// detective's rank with two abbreviated qualifiers ("Det Ch Supt X"); a jail's security category letter before its
// name ("category B HMP X"); a ministry's initials with a lower-case "of" ("MoJ"); a paper named short before "can
// reveal"; one-word national charities ("Crimestoppers"); a relative clause about the speaker whose
// object has an appositive of its own; and crime, prisons and family labels before or after a name ("subpostmaster X",
// "X, 41, a burglar serving …", "brave gran X"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf, speakerOf } from './support/entityQueries';

describe('prisons, probation and justice-system copy kinds of round 32 (r32-prisons)', () => {
  it('reads a detective\'s rank with two abbreviated qualifiers as one role, no person named "Ch"', () => {
    const text = 'Det Ch Supt Marisol Drewe said the search had ended. Det Chief Insp Anwen Tolley agreed.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Marisol Drewe', 'p:Anwen Tolley']);
    assert.deepStrictEqual(rolesOf(text, 'Marisol Drewe'), ['Det Ch Supt']);
    assert.deepStrictEqual(rolesOf(text, 'Anwen Tolley'), ['Det Chief Insp']);
  });

  it('reads a security category\'s letter before a jail\'s name as the grade, not a word of the name', () => {
    assert.deepStrictEqual(mentionLabels('He was moved to category A HMP Corrowdale in June.'), ['o:HMP Corrowdale']);
    assert.deepStrictEqual(mentionLabels('Staff at Category C HMP Whitlow Moor walked out.'), ['o:HMP Whitlow Moor']);
  });

  it('reads a ministry\'s initials with a lower-case "of" or "for" as a body, not initials of no body', () => {
    assert.deepStrictEqual(mentionLabels('The MoJ said the new wing would open in spring.'), ['o:MoJ']);
    assert.deepStrictEqual(mentionLabels('A spokesman for the DfE declined to comment.'), ['o:DfE']);
    assert.deepStrictEqual(mentionLabels('The two councils signed an MoU last week.'), []);
  });

  it('reads a paper named short before "can reveal" as the outlet', () => {
    assert.deepStrictEqual(mentionLabels('The Lamp can reveal that the van carried one guard.'), ['o:Lamp']);
  });

  it('reads a national charity known by one coined word as a body', () => {
    assert.deepStrictEqual(mentionLabels('Nacro and the Samaritans both backed the appeal.'), ['o:Nacro', 'o:Samaritans']);
  });

  it('credits the subject, not the object of its relative clause that has an appositive of its own', () => {
    const text = 'Tamsin Grebe, who runs the Hollin Trust, a charity for ex-offenders, said: "The numbers are shameful."';
    assert.strictEqual(speakerOf(text, 'The numbers'), 'Tamsin Grebe');
  });

  it('reads crime, prisons and family labels around a name as roles', () => {
    const text = 'The gang tied up subpostmistress Ione Kettley. Osric Daunt, 38, a burglar serving six years, fled. Plucky gran Winifred Astell rang 999.';
    assert.deepStrictEqual(rolesOf(text, 'Ione Kettley'), ['subpostmistress']);
    assert.ok(rolesOf(text, 'Osric Daunt').some(role => /burglar/.test(role)), rolesOf(text, 'Osric Daunt').join(', '));
    assert.ok(rolesOf(text, 'Winifred Astell').some(role => /gran/.test(role)), rolesOf(text, 'Winifred Astell').join(', '));
  });
});
