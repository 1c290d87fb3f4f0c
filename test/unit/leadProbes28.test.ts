// Kinds the lead's probes of round 28 found in invented health-service, industrial-relations and business copy: a body
// named for the institutions of two towns whose plural head is followed by more of its name ("X and Y Hospitals NHS
// Foundation Trust", "X and Y University Hospitals") cut to the second town's half; and a one-word company or public
// body introduced by an appositive trade or service noun no person holds ("X, the chipmaker,", "talks at X, the
// conciliation service") missed; a committee's or a panel's noun opening a sentence before its chair's title ("Committee
// chairman X", "Panel chair X") read as a body of one word; and a post before a comma lost when a dating word
// ("retired", "longtime") opens the holder's own chain ("Its chairwoman, retired surveyor X"). Every sentence and name
// is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 28 lead probes: two towns\' institutions, trade appositives', () => {
  it('keeps both towns in a body whose plural institution head opens a longer tail', () => {
    assert.ok(mentionLabels('Care at Harwell and Dunmore Hospitals NHS Foundation Trust was found wanting.').includes('o:Harwell and Dunmore Hospitals NHS Foundation Trust'));
    assert.ok(mentionLabels('A spokesperson for Wessington and Crale University Hospitals said patients would be told.').includes('o:Wessington and Crale University Hospitals'));
  });

  it('keeps two names apart when the tail after the second town holds a company word or no plural institution', () => {
    const labels = mentionLabels('Wessington and Crale Holdings Group agreed the deal.');
    assert.ok(!labels.includes('o:Wessington and Crale Holdings Group'), labels.join(' | '));
    const school = mentionLabels('Pupils from Wessington and Crale High School Trust visited.');
    assert.ok(!school.includes('o:Wessington and Crale High School Trust'), school.join(' | '));
  });

  it('reads a one-word name before an appositive company trade or public service as a body', () => {
    assert.deepStrictEqual(mentionLabels('Norvex, the chipmaker, said profits fell by a third.'), ['o:Norvex']);
    assert.deepStrictEqual(mentionLabels('Both sides were urged to return to talks at Kelvar, the conciliation service.'), ['o:Kelvar']);
    assert.deepStrictEqual(mentionLabels('Tarlow, the housebuilder, cut its forecast.'), ['o:Tarlow']);
  });

  it('keeps a person whose appositive names a trade a person holds', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso, the conciliation officer, said talks would resume.'), ['p:Dana Kelso']);
    assert.ok(!mentionLabels('Kelso, the service engineer, said the pump had failed.').includes('o:Kelso'));
  });
});

describe('round 28 lead probes: a body noun before a chair\'s title, a dated chain after a post', () => {
  it('reads a panel\'s, an inquiry\'s or an orchestra\'s noun opening a sentence before a title as no body', () => {
    assert.deepStrictEqual(mentionLabels('Committee chairman Derek Ainsworth said the borough had no choice.'), ['p:Derek Ainsworth']);
    assert.deepStrictEqual(rolesOf('Panel chair Ada Pell thanked the witnesses.', 'Ada Pell'), ['Panel chair']);
  });

  it('keeps a capitalised panel noun that ends a body\'s name', () => {
    assert.ok(mentionLabels('Kelso Society president Ada Pell said the hall would close.').includes('o:Kelso Society'));
  });

  it('keeps the post before a comma when a dating word opens the holder\'s chain', () => {
    assert.deepStrictEqual(rolesOf('The group wrote to the minister. Its chairwoman, retired surveyor Gillian Ruddock, said members were upset.', 'Gillian Ruddock'),
      ['chairwoman', 'surveyor']);
    assert.deepStrictEqual(rolesOf('Its secretary, retired teacher Ivo Marr, resigned.', 'Ivo Marr'), ['secretary', 'teacher']);
  });
});

describe('round 28 lead probes: a body named "… Team" or "… Club" is no sign of sports copy', () => {
  it('keeps a town that is also a listed club a place beside a rescue team or a service club', () => {
    const labels = mentionLabels('Braemar Mountain Rescue Team joined the search, supported by a coastguard helicopter from Inverness.');
    assert.ok(!labels.includes('o:Inverness'), labels.join(' | '));
    assert.ok(!mentionLabels('The Kelso Rotary Club raised money for a hospice in Inverness and Aberdeen.').includes('o:Aberdeen'));
  });

  it('still reads the listed club in sports copy', () => {
    assert.ok(mentionLabels('The team lost 2-1 to Inverness on Saturday.').includes('o:Inverness'));
    assert.ok(mentionLabels('Tarrow Cycling Team fans watched as Aberdeen won the match.').includes('o:Aberdeen'));
  });
});

describe('round 28 lead probes: Scottish, Irish and Welsh hills and waters', () => {
  it('reads a loch, a strath or a cwm as a place, never a person', () => {
    assert.deepStrictEqual(mentionLabels('The boat capsized on Loch Tarvie. Volunteers searched Strath Halladale and Cwm Vardo overnight.'), []);
  });

  it('reads a hill named like a man as a place after a climb\'s word or a hill\'s part', () => {
    assert.deepStrictEqual(mentionLabels('The walkers were found near the summit of Ben Corrach on Sunday.'), []);
    assert.deepStrictEqual(mentionLabels('They had climbed up Ben Tarvie before the storm.'), []);
  });

  it('keeps men named Ben or Glen', () => {
    assert.deepStrictEqual(mentionLabels('Ben Tulloch, a local guide, said the weather turned.'), ['p:Ben Tulloch']);
    assert.deepStrictEqual(mentionLabels('The letter was sent to Ben Corrach on Monday.'), ['p:Ben Corrach']);
    assert.deepStrictEqual(mentionLabels('The house of Glen Marr was sold.'), ['p:Glen Marr']);
  });
});

describe('round 28 lead probes: men named Dean', () => {
  it('reads Dean before a bare surname, or alone after a relation noun, as a given name', () => {
    assert.deepStrictEqual(mentionLabels('The equaliser came from Dean Farrow\'s cross.'), ['p:Dean Farrow']);
    assert.deepStrictEqual(mentionLabels('By Dean Halloran, Chief Reporter'), ['p:Dean Halloran']);
    assert.deepStrictEqual(mentionLabels('Her husband, Dean, said the crew were calm.'), ['p:Dean']);
  });

  it('keeps the title of a dean named in full, or of a dean of a faculty', () => {
    assert.deepStrictEqual(rolesOf('Dean Ann Corrin said the faculty would close.', 'Ann Corrin'), ['Dean']);
    assert.deepStrictEqual(rolesOf('The dean, Ann Corrin, said the faculty would close.', 'Ann Corrin'), ['dean']);
  });
});
