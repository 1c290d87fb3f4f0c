// Kinds the lead's probes of round 38 found in invented copy (labour and sports copy): a given name that is also a
// common word ("Ray", "Dean") before a surname that is a landscape noun ("Marsh") found no one; a title before such a
// given name ("Coach Dean Porter") took the given name into the title; a union's local named by the union, "Local"
// and its number ("Teamsters Local 202") was cut before the number and read as a person. Every sentence and name is
// invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 38 lead probes: given names that are common words', () => {
  it('finds a person whose given name is a word and whose surname is a landscape noun when the name speaks', () => {
    assert.deepStrictEqual(mentionLabels('Ray Marsh said the club would appeal.'), ['p:Ray Marsh']);
    assert.deepStrictEqual(mentionLabels('Dean Heath told reporters he was staying.'), ['p:Dean Heath']);
  });

  it('still reads a landscape place that does not speak as no person', () => {
    assert.deepStrictEqual(mentionLabels('Police sealed off Rose Hill overnight.').filter(label => label.startsWith('p:')), []);
  });

  it('reads a given name after a title head as the name, not part of the title', () => {
    assert.deepStrictEqual(mentionLabels('Coach Dean Porter said the team was tired.'), ['p:Dean Porter']);
    assert.deepStrictEqual(rolesOf('Coach Dean Porter said the team was tired.', 'Dean Porter'), ['Coach']);
    assert.deepStrictEqual(rolesOf('Manager Ray Holt said it was hard.', 'Ray Holt'), ['Manager']);
  });

  it('keeps "Dean" a title after a word that qualifies it, and before a full name', () => {
    assert.deepStrictEqual(rolesOf('Associate Dean Porter said no.', 'Porter'), ['Associate Dean']);
    assert.deepStrictEqual(rolesOf('Dean Ruth Pike said no.', 'Ruth Pike'), ['Dean']);
  });
});

describe('round 38 lead probes: a union local named by its number', () => {
  it('reads the union, "Local" and its number as one body', () => {
    assert.deepStrictEqual(mentionLabels('Members of Teamsters Local 202 voted to strike.'), ['o:Teamsters Local 202']);
    assert.deepStrictEqual(mentionLabels('Members of Vardo Carpenters Local 27 rejected the offer.'), ['o:Vardo Carpenters Local 27']);
    assert.deepStrictEqual(mentionLabels('Members of SEIU Local 32BJ rallied on Friday.'), ['o:SEIU Local 32BJ']);
  });

  it('keeps the post after the number and the person apart', () => {
    assert.deepStrictEqual(mentionLabels('UAW Local 600 president Tom Reyes spoke.'), ['o:UAW Local 600', 'p:Tom Reyes']);
  });

  it('leaves a local\'s number alone and an age after a name alone', () => {
    assert.deepStrictEqual(mentionLabels('Members of Local 312 walked out.'), ['o:Local 312']);
    assert.deepStrictEqual(mentionLabels('Tom Local, 45, said he was tired.'), ['p:Tom Local']);
  });
});

describe('round 38 lead probes: a provider of care named "X Health"', () => {
  it('reads a provider named by a word of its own and "Health" as a body', () => {
    assert.deepStrictEqual(mentionLabels('The teams are run by Cascade Health.'), ['o:Cascade Health']);
    assert.deepStrictEqual(mentionLabels('Summit Mental Health said it was ready.'), ['o:Summit Mental Health']);
    assert.deepStrictEqual(mentionLabels('The contract went to Pinecrest Home Health.'), ['o:Pinecrest Home Health']);
  });

  it('leaves a field of care, and a person, alone', () => {
    assert.deepStrictEqual(mentionLabels('She has a degree in Public Health from the college.').filter(label => label.startsWith('o:')), []);
    assert.deepStrictEqual(mentionLabels('It is Mental Health Week.').filter(label => label.startsWith('o:Mental Health')), []);
  });
});

describe('round 38 lead probes: a verb the tagger reads as a noun after a workplace', () => {
  it('keeps the body after "Analysts at" when its verb is read as a noun before a determiner', () => {
    assert.deepStrictEqual(mentionLabels('Analysts at Kelso Marr cut their price target.'), ['o:Kelso Marr']);
    assert.deepStrictEqual(mentionLabels('Economists at Vardo Keane hit the same note.'), ['o:Vardo Keane']);
  });

  it('still reads a site\'s noun after a town as the workplace', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso, the branch secretary at Dunholt depot, said so.').filter(label => label.startsWith('o:')), []);
  });
});
