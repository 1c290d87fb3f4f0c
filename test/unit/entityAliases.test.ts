// One entity per real person or body within a document: surname-only, honorific and full forms merge, two
// people sharing a surname do not, abbreviations join their expansions; ids are slugs of the fullest name;
// the user's alias and ignore settings are honoured.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import type { AnalyzeOptions, DocumentAnalysis } from '../../src/core/model';
import { abbreviationStarts, spellsAbbreviation } from '../../src/core/entities/words';

/** "canonical: form, form" for every entity, in order of first mention. */
function groups(text: string, options: AnalyzeOptions = {}): string[] {
  return analyzeText(text, options).entities.map(e => `${e.name}: ${e.mentions.map(m => m.text).join(', ')}`);
}

function entityOf(a: DocumentAnalysis, mentionText: string, nth = 0) {
  const found = a.entities.flatMap(e => e.mentions.filter(m => m.text === mentionText).map(() => e));
  return found[nth];
}

/** The entity with a mention at the place where `phrase` starts in `text`. */
function ownerAt(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  return analyzeText(text).entities.find(e => e.mentions.some(m => m.start === at));
}

describe('alias merging within a document', () => {
  const cases: [string, string[]][] = [
    ['US President Donald Brant spoke. Mr Brant later left, and Brant’s aides followed.', ['Donald Brant: Donald Brant, Brant, Brant']],
    ['Koravsky arrived first. Yaroslav Koravsky then met Mr Koravsky’s allies.', ['Yaroslav Koravsky: Koravsky, Yaroslav Koravsky, Koravsky']],
    ['Annika von der Hoven spoke. Von der Hoven said the EU would act, and Mrs von der Hoven left.', ['Annika von der Hoven: Annika von der Hoven, Von der Hoven, von der Hoven', 'EU: EU']],
    ['Chinese President Qu Hanming arrived. Qu said little.', ['Qu Hanming: Qu Hanming, Qu']],
    ['Bashar al-Khatib fled. Khatib’s allies were silent.', ['Bashar al-Khatib: Bashar al-Khatib, Khatib']],
    ['Mr Soman said it was historic. Nikhil Soman, Joe Marden and Olaf Hessel agreed.', ['Nikhil Soman: Soman, Nikhil Soman', 'Joe Marden: Joe Marden', 'Olaf Hessel: Olaf Hessel']],
    ['The World Health Organization (WHO) warned. The WHO later said more.', ['World Health Organization: World Health Organization, WHO, WHO']],
    ['The European Central Bank will cut rates, ECB officials said.', ['European Central Bank: European Central Bank, ECB']],
    ['Ana Beatriz Correia de Souza led the trial. Correia de Souza said it worked.', ['Ana Beatriz Correia de Souza: Ana Beatriz Correia de Souza, Correia de Souza']],
    ['Dr João Paulo Bittencourt Filho spoke. Bittencourt Filho, who wrote a book, agreed.', ['João Paulo Bittencourt Filho: João Paulo Bittencourt Filho, Bittencourt Filho']],
    ['National Security Adviser Ramon Dela Cruz spoke. Later Dela Cruz said yes.', ['Ramon Dela Cruz: Ramon Dela Cruz, Dela Cruz']],
    ['Professor Alvin Cheung Ka-wai spoke. Cheung said both sides erred.', ['Alvin Cheung Ka-wai: Alvin Cheung Ka-wai, Cheung']],
    ['Hinode Motor Corp will buy it. Hinode said it would pay. Hinode’s shares fell.', ['Hinode Motor Corp: Hinode Motor Corp, Hinode, Hinode']],
    ['Rift Blooms Ltd built the dam. Rift Blooms did not respond.', ['Rift Blooms Ltd: Rift Blooms Ltd, Rift Blooms']],
    ['The Oswaldo Cruz Foundation (Fiocruz) ran it. Fiocruz said so.', ['Oswaldo Cruz Foundation: Oswaldo Cruz Foundation, Fiocruz, Fiocruz']],
    // A one-word body named in the singular and in the plural is one body; a person's name is not pluralised.
    ['The Houthi movement freed 40 detainees. The Houthis said more would follow.', ['Houthis: Houthi, Houthis']],
    // A name that ends exactly one longer name is its short form, unless the longer one names another body.
    ['Volunteers from the Uganda Red Cross reached the village. The Red Cross said 30 people were missing.', ['Uganda Red Cross: Uganda Red Cross, Red Cross']],
    ['The International Committee of the Red Cross visited the camp. The Red Cross said conditions were poor.', ['International Committee of the Red Cross: International Committee of the Red Cross', 'Red Cross: Red Cross']],
    // An abbreviation that takes more than the initials of its expansion's words.
    ['The Association of Southeast Asian Nations met in Jakarta. A diplomat from one Asean member state said Asean would act.', ['Association of Southeast Asian Nations: Association of Southeast Asian Nations, Asean, Asean']],
    // A family name written first and shared by two people: it stands for the one introduced first.
    ['Samsung Biologics chief Lee Seo-yeon testified. "We failed," Lee said.\n\nLee said the plant would reopen.\n\nThe dead included Lee Min-jun, 29.', ['Samsung Biologics: Samsung Biologics', 'Lee Seo-yeon: Lee Seo-yeon, Lee, Lee', 'Lee Min-jun: Lee Min-jun']],
    ['Taiwan’s minister Chen Wei-ting spoke first. Chen Shu-fen, an activist, disagreed. The minister, Chen, later left.', ['Chen Wei-ting: Chen Wei-ting, Chen', 'Chen Shu-fen: Chen Shu-fen']],
    ['The senators heard Park Ji-hoon, chief executive of Hanseong Energy Solutions. Hanseong, based in Seoul, agreed.', ['Park Ji-hoon: Park Ji-hoon', 'Hanseong Energy Solutions: Hanseong Energy Solutions, Hanseong']],
    // A particle that is also a given name, capitalised and apart before a surname, is the given name (given-name-particles).
    ['Ben Halvorsen toured a plant in Dayton. On Friday, Mr. Halvorsen met growers, and Halvorsen told them prices would rise.', ['Ben Halvorsen: Ben Halvorsen, Halvorsen, Halvorsen']],
    ['The mayor thanked Al Derrow, a fire chief. Derrow said the crews were tired.', ['Al Derrow: Al Derrow, Derrow']],
    // Not a particle opening a surname: before another particle, or hyphenated into it.
    ['Maud Van der Lahn spoke. Van der Lahn said no.', ['Maud Van der Lahn: Maud Van der Lahn, Van der Lahn']],
    ['Tarik al-Qudsi fled. Al-Qudsi was not seen again.', ['Tarik al-Qudsi: Tarik al-Qudsi, Al-Qudsi']],
    // A named person's surname after "at" only points at the person; "in" and "near" would make it a town (placesByUse).
    ['Tom Halvorsen toured the mill on Monday. Voters were angry at Halvorsen, and aides said so.', ['Tom Halvorsen: Tom Halvorsen, Halvorsen']],
    ['Tom Halvorsen toured the mill on Monday. Fans gathered at Halvorsen and in Halvorsen all night.', ['Tom Halvorsen: Tom Halvorsen']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(groups(text), expected));
  }

  it('never merges two people who share a surname; honorifics choose by gender', () => {
    const text = 'Harriet Calloway and Bill Calloway attended. Mrs Calloway spoke; Mr Calloway did not.';
    assert.deepStrictEqual(groups(text), ['Harriet Calloway: Harriet Calloway, Calloway', 'Bill Calloway: Bill Calloway, Calloway']);
    const a = analyzeText(text);
    assert.notStrictEqual(entityOf(a, 'Calloway', 0).id, entityOf(a, 'Calloway', 1).id);
  });

  it('keeps a bare surname for the person where the copy writes "Sen. X" and only the tagger read a body into one use', () => {
    // No body opens with the word and no body's words stand around a use (Clustering.shownAsBody): the surname speaking
    // after "Sen. Penhallow" is hers, not a person of its own beside a body the tagger guessed.
    const text = 'Orla Penhallow toured the mill. Sen. Penhallow met growers on Monday.\n\nSeveral Penhallow associates stayed home. Penhallow said she would return.';
    assert.strictEqual(ownerAt(text, 'Penhallow said')?.name, 'Orla Penhallow');
    // A body's words around a use still give the bare surname to the body ("X, the electric-bus upstart,").
    const body = 'Orla Penhallow started it in 2015. Ms Penhallow left in May. Penhallow, the electric-bus upstart, owes $1 billion. Penhallow says repairs will go on.';
    assert.strictEqual(ownerAt(body, 'Penhallow says')?.kind, 'org');
  });

  it('gives a surname-only form to the namesake mentioned most recently', () => {
    const text = 'Ed Pennock spoke first. Later David Pennock replied. Pennock said he disagreed.';
    const a = analyzeText(text);
    assert.strictEqual(entityOf(a, 'Pennock').name, 'David Pennock');
  });

  it('uses the fullest form as the name and its slug as the id, other forms as aliases', () => {
    const a = analyzeText('Mr Holbrook said yes. US envoy Steve Holbrook told CNN. Holbrook added more.');
    const holbrook = a.entities.find(e => e.kind === 'person')!;
    assert.strictEqual(holbrook.name, 'Steve Holbrook');
    assert.strictEqual(holbrook.id, 'steve-holbrook');
    assert.deepStrictEqual([...holbrook.aliases].sort(), ['Holbrook', 'Mr Holbrook']);
  });

  it('treats Nato and NATO as one organisation', () => {
    assert.deepStrictEqual(groups('Nato leaders met. NATO’s founding treaty was cited.'), ['Nato: Nato, NATO']);
  });

  it('gives distinct ids to distinct entities that would share a slug', () => {
    const a = analyzeText('Ed Pennock spoke. David Pennock replied. Mr Pennock of Labour and the Pennock Foundation.');
    const ids = a.entities.map(e => e.id);
    assert.strictEqual(new Set(ids).size, ids.length);
  });
});

describe('AnalyzeOptions', () => {
  it('merges a form into the entity the user names (aliases)', () => {
    const text = 'Donald Brant spoke. The Donald later posted online.';
    const a = analyzeText(text, { aliases: { 'The Donald': 'Donald Brant' } });
    const brant = a.entities.find(e => e.name === 'Donald Brant')!;
    assert.deepStrictEqual(brant.mentions.map(m => m.text), ['Donald Brant', 'The Donald']);
  });

  it('renames an entity to the canonical name the user gives when the document has no such entity', () => {
    const a = analyzeText('Mr Koravsky spoke on Monday.', { aliases: { Koravsky: 'Yaroslav Koravsky' } });
    assert.deepStrictEqual(a.entities.map(e => [e.name, e.id]), [['Yaroslav Koravsky', 'yaroslav-koravsky']]);
  });

  it('merges two entities the rules kept apart', () => {
    const text = 'Kyiv Independent reporters said so. The Independent also reported it.';
    const a = analyzeText(text, { aliases: { Independent: 'Kyiv Independent' } });
    assert.strictEqual(a.entities.filter(e => e.name === 'Kyiv Independent').length, 1);
    assert.deepStrictEqual(a.entities.find(e => e.name === 'Kyiv Independent')!.mentions.map(m => m.text), ['Kyiv Independent', 'Independent']);
  });

  it('keeps an organisation an organisation when its short name is merged into a long name the article never uses', () => {
    const text = 'Shares of Brantwell rose on Monday. Brantwell said the deal would close in March.';
    const before = analyzeText(text).entities.find(e => e.name === 'Brantwell');
    assert.strictEqual(before?.kind, 'org', 'the rules read the short name as an organisation');
    const a = analyzeText(text, { aliases: { Brantwell: 'Brantwell Holdings Corporation' } });
    assert.deepStrictEqual(a.entities.map(e => [e.name, e.kind, e.mentions.length]), [['Brantwell Holdings Corporation', 'org', 2]]);
  });

  it('gives a name the article never uses the kind its head noun says, for forms the rules did not keep', () => {
    const text = 'Dockers struck at Tarnholt on Tuesday. Villagers call Old Maddox a legend.';
    const a = analyzeText(text, { aliases: { Tarnholt: 'Tarnholt Shipping Corporation', 'Old Maddox': 'Peter Maddox' } });
    assert.deepStrictEqual(a.entities.map(e => [e.name, e.kind]), [['Tarnholt Shipping Corporation', 'org'], ['Peter Maddox', 'person']]);
  });

  it('never reports an ignored name, compared case-insensitively', () => {
    const text = 'Reuters reported that Chancellor Olaf Hessel met the BBC.';
    const a = analyzeText(text, { ignore: ['reuters', 'BBC'] });
    assert.deepStrictEqual(a.entities.map(e => e.name), ['Olaf Hessel']);
  });
});

describe('abbreviations spelt by more than initials', () => {
  const cases: [string, string, boolean][] = [
    ['asean', 'association of southeast asian nations', true],
    ['unesco', 'united nations educational scientific and cultural organization', true],
    ['nasa', 'national aeronautics and space administration', true],
    ['fifa', 'federation internationale de football association', true],
    ['nato', 'national oil company', false],
    ['bbc', 'british council', false],
    ['ab', 'alpha beta', false],
  ];
  for (const [abbreviation, name, want] of cases) {
    it(`${abbreviation} ${want ? 'spells' : 'does not spell'} ${name}`, () => assert.strictEqual(spellsAbbreviation(abbreviation, name.split(' ')), want));
  }

  // The index of names by the letter an abbreviation of them begins with (spelledNames in kindRules.ts) relies on this.
  it('an abbreviation a name spells begins with one of abbreviationStarts of the name', () => {
    const spelt: [string, string][] = [['tkvt', 'the kelso vardo trust'], ['kvt', 'the kelso vardo trust'], ['vmc', 'vardo medical council'], ['ofv', 'of-the friends of vardo']];
    for (const [abbreviation, name] of spelt) {
      assert.ok(spellsAbbreviation(abbreviation, name.split(' ')), `${abbreviation} spells ${name}`);
      assert.ok(abbreviationStarts(name.split(' ')).includes(abbreviation[0]), `${abbreviation} may begin ${name}`);
    }
    assert.deepStrictEqual(abbreviationStarts(['the', 'kelso', 'trust']), ['t', 'k']);
    assert.deepStrictEqual(abbreviationStarts(['vardo', 'and', 'kelso']), ['v']);
  });
});

