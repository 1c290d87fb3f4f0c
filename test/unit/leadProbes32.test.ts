// Kinds the lead's probes of round 32 found in invented copy: in air-travel and port-strike copy a member of the
// public's appositive post running on into what the person was doing ("a nurse from Leeds travelling to Faro …") kept
// whole, or lost when the "-ing" word was read as a clause's verb ("a teacher returning from a course" gave no role);
// and an airport or a station after "Passengers at" / "Commuters at" read as a workplace, a body; in central-bank copy
// a foreign public body introduced by its description and a comma ("the national statistics office, X") read as a
// person, and so did a body after its noun opening the sentence ("Charity X said"); in zoo copy an animal sanctuary
// read as a person; in space-industry copy a company introduced as "a launch start-up" (a hyphened body noun) missed,
// and one first written in capitals named so; in wildfire copy a post qualified by a body noun without an article
// before it ("Ambulance service spokesman X", after a quotation) cut to its head, and an observatory of a place cut or
// missed; in charity and family copy a relative named by the first name after "her husband of 55 years," lost. Every
// sentence and name is invented.
import * as assert from 'assert';
import { aliasesOf, entityWithMention, mentionLabels, rolesOf } from './support/entityQueries';

describe('round 32 lead probes: a post that runs on into what the person was doing', () => {
  it('ends the post before a present participle going on with a preposition or "to"', () => {
    assert.deepStrictEqual(rolesOf('Mira Castell, 41, a midwife from Dunholt travelling to Porto with her sister, said the wait was long.', 'Mira Castell'), ['midwife from Dunholt']);
    assert.deepStrictEqual(rolesOf('Ivo Brandt, a plumber returning from a job in Tarrow, said the road was shut.', 'Ivo Brandt'), ['plumber']);
    assert.deepStrictEqual(rolesOf('Lena Rooke, a student hoping to reach Vardo by Friday, said she had slept in the hall.', 'Lena Rooke'), ['student']);
    assert.deepStrictEqual(rolesOf('Cal Oduya, a retired surveyor waiting for a ferry to Kelso, said nobody came.', 'Cal Oduya'), ['retired surveyor']);
  });

  it('keeps an "-ing" field after "of", "in" or "and" in the post', () => {
    assert.deepStrictEqual(rolesOf('Tessa Pryde, head of marketing at Orrin Foods, said sales were up.', 'Tessa Pryde'), ['head of marketing at Orrin Foods']);
    assert.deepStrictEqual(rolesOf('Noel Hask, a senior lecturer in nursing at the college, said places were full.', 'Noel Hask'), ['senior lecturer in nursing at the college']);
  });
});

describe('round 32 lead probes: travellers at a place', () => {
  it('reads no body in the name after "Passengers at" or "Commuters at"', () => {
    assert.ok(!mentionLabels('Passengers at Kelsworth waited six hours for news of their flight.').some(label => label.startsWith('o:')));
    assert.ok(!mentionLabels('Commuters at Tarrow Parkway faced long delays on Monday.').some(label => label.startsWith('o:')));
  });

  it('still reads a body after an occupation and "at"', () => {
    assert.ok(mentionLabels('"Demand is soft," said an analyst at Brenwick.').includes('o:Brenwick'));
  });
});

describe('round 32 lead probes: a public body introduced by its description', () => {
  it('reads the name after "the statistics office," or "the competition authority," as the body', () => {
    assert.ok(mentionLabels('Prices rose 2 per cent, according to the national statistics office, Tallby Norr.').includes('o:Tallby Norr'));
    assert.ok(mentionLabels('The merger was cleared by the competition authority, Rekka Vass, on Friday.').includes('o:Rekka Vass'));
  });

  it('reads the name after a body noun opening the sentence ("Charity X said") as the body', () => {
    assert.ok(mentionLabels('Charity Age Tarrow said the cuts to day centres were cruel.').includes('o:Age Tarrow'));
  });

  it('keeps the holder of a post at that body a person', () => {
    assert.ok(mentionLabels('The head of the statistics office, Mirela Vass, said prices rose.').includes('p:Mirela Vass'));
    assert.ok(mentionLabels('The decision was taken by the office, Tallby Norr said.').every(label => !label.startsWith('o:')));
  });
});

describe('round 32 lead probes: animal sanctuaries', () => {
  it('reads a sanctuary that cares for animals as a body, as a zoo is', () => {
    assert.ok(mentionLabels('The goats were taken in by Orrin Vale Animal Sanctuary, which rehomes farm animals.').includes('o:Orrin Vale Animal Sanctuary'));
  });
});

describe('round 32 lead probes: a company first written in capitals and introduced as a start-up', () => {
  it('reads a hyphened body noun ("start-up") in the appositive as the body noun it is', () => {
    assert.ok(mentionLabels('Vantrel, a Scottish launch start-up, lost its first rocket on Friday.').includes('o:Vantrel'));
    assert.deepStrictEqual(rolesOf('Dana Orrick, a start-up founder, said the launch was a success.', 'Dana Orrick'), ['start-up founder']);
  });

  it('names the company as running text writes it, not in capitals', () => {
    const text = 'VANTREL, the Scottish launch start-up, lost its first rocket on Friday.\n\nThe agency gave Vantrel a grant last year.';
    assert.strictEqual(entityWithMention(text, 'Vantrel')?.name, 'Vantrel');
    assert.ok(aliasesOf(text, 'Vantrel').includes('VANTREL'));
  });
});

describe('round 32 lead probes: a body noun before a post where no article opens it', () => {
  it('keeps "fire service" and "ambulance service" in the post at a sentence start and after a quotation', () => {
    assert.deepStrictEqual(rolesOf('Ambulance service spokesman Ivo Brandt said two people were hurt.', 'Ivo Brandt'), ['Ambulance service spokesman']);
    assert.deepStrictEqual(rolesOf('"The next day is critical," fire service spokesman Tomas Vell told reporters.', 'Tomas Vell'), ['fire service spokesman']);
  });
});

describe('round 32 lead probes: observatories', () => {
  it('reads an observatory as a body, with its place after "of"', () => {
    assert.ok(mentionLabels('The National Observatory of Tarrow said July had been the hottest on record.').includes('o:National Observatory of Tarrow'));
    assert.ok(mentionLabels('Scientists said the Kelso Observatory would reopen.').includes('o:Kelso Observatory'));
  });
});

describe('round 32 lead probes: a relative named by the first name after "of N years"', () => {
  it('reads "her husband of 40 years, Aldo," as a person', () => {
    assert.ok(mentionLabels('She began the swims after her husband of 40 years, Aldo, died at the hospice.').includes('p:Aldo'));
  });
});
