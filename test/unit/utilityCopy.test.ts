// Kinds of utilities regulation and competition copy found by round 28's unseen set (r28-utilities, fresh84): beaches,
// coves, reservoirs and treatment works named after places and people ("Polwenna Sands", "Lady Morwen's Cove", "the
// Alfred Tamsin Treatment Works", then "the Alfred Tamsin works"), a river's name that opens a campaign group's ("the
// River Porthcarrow" beside "the Porthcarrow Dabblers"), a group called by its plural alone ("the Dabblers say"), a water company's
// brand beside its licensed company's legal name and its holding company ("Kelvar Water", "Kelvar Water Services Ltd",
// "Kelvar Group Holdings Ltd"), a regulator's "penalty" read as a sports word, the London share index and a group's
// figures at a sentence's start ("Group borrowing climbed"). Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('utilities regulation and competition copy kinds of round 28 (r28-utilities)', () => {
  it('reads beaches, coves, reservoirs and treatment works as places, not people', () => {
    assert.deepStrictEqual(mentionLabels('Sewage reached Polwenna Sands twice last week, Orla Quinn said.'), ['p:Orla Quinn']);
    assert.deepStrictEqual(mentionLabels('The Alfred Tamsin Treatment Works discharged raw sewage, Orla Quinn said.'), ['p:Orla Quinn']);
    assert.deepStrictEqual(mentionLabels('Levels at the Harold Brean Reservoir fell again, Orla Quinn said.'), ['p:Orla Quinn']);
  });

  it('keeps a person named like a place head a person where a title or speech shows one', () => {
    assert.ok(mentionLabels('Councillor Dana Sands said the plan was sound.').includes('p:Dana Sands'));
  });

  it('reads a possessive name before a capitalised place head as part of the place\'s name', () => {
    assert.deepStrictEqual(mentionLabels('Swimmers met at Lady Morwen\'s Cove at dawn, Orla Quinn said.'), ['p:Orla Quinn']);
    assert.ok(mentionLabels('Swimmers met at Lady Morwen\'s cottage at dawn.').includes('p:Morwen'));
  });

  it('reads a site named after a person, its head dropped later, as the site', () => {
    const found = mentionLabels('The Alfred Tamsin Treatment Works spilled on 300 days. The firm will spend £40m on the Alfred Tamsin works, Orla Quinn said.');
    assert.deepStrictEqual(found, ['p:Orla Quinn'], found.join(', '));
    const person = mentionLabels('The Alfred Tamsin Treatment Works opened in 1881. Alfred Tamsin said it would last a century.');
    assert.ok(person.includes('p:Alfred Tamsin'), person.join(', '));
  });

  it('keeps a river\'s name alone the river, not the group named after it', () => {
    const found = namedMentionLabels('The Porthcarrow Dabblers, a group of wild swimmers, sampled the River Porthcarrow for a year. "Nothing cleans the Porthcarrow," said Orla Quinn.');
    assert.ok(!found.some(label => label.endsWith(':Porthcarrow')), found.join(', '));
    assert.ok(found.includes('o:Porthcarrow Dabblers:Porthcarrow Dabblers'), found.join(', '));
  });

  it('reads a group\'s plural after "the" as the group the article named in full', () => {
    const found = namedMentionLabels('The Porthcarrow Dabblers, a group of wild swimmers, sampled the bay for a year. The firm took £600m in dividends, the Dabblers say.');
    assert.ok(found.includes('o:Porthcarrow Dabblers:Dabblers'), found.join(', '));
    const none = namedMentionLabels('The Porthcarrow Dabblers sampled the bay for a year. The firm took £600m in dividends, the Dabblers say.');
    assert.ok(!none.some(label => label.endsWith(':Dabblers')), none.join(', '));
  });

  it('joins a water company\'s brand to its licensed company\'s legal name, not to its holding company', () => {
    const found = namedMentionLabels('Kelvar Water Services Ltd was fined £9m. Kelvar Water serves 1.9 million homes. It is owned by Kelvar Group Holdings Ltd.');
    assert.ok(found.includes('o:Kelvar Water Services Ltd:Kelvar Water'), found.join(', '));
    assert.ok(found.includes('o:Kelvar Group Holdings Ltd:Kelvar Group Holdings Ltd'), found.join(', '));
    const health = namedMentionLabels('Tarrow Health Services runs two clinics. Tarrow Health said waits had fallen.');
    assert.ok(!health.includes('o:Tarrow Health Services:Tarrow Health'), health.join(', '));
  });

  it('gives a water company\'s first word alone to the company named first, not to its holding company', () => {
    const found = namedMentionLabels('Kelvar Water was fined £9m on Monday. It is owned by Kelvar Group Holdings Ltd. Kelvar said it would not appeal.');
    assert.ok(found.includes('o:Kelvar Water:Kelvar'), found.join(', '));
  });

  it('reads a regulator\'s penalty as no sports word for a team nickname far from it', () => {
    assert.deepStrictEqual(mentionLabels('Wild swimmers who logged the spills say the penalty is too small.'), []);
  });

  it('reads the London share index as no body', () => {
    assert.deepStrictEqual(mentionLabels('Shares in Orrin Telecom plc, the FTSE 100 group, fell 9%.'), ['o:Orrin Telecom plc']);
  });

  it('reads a company head opening a sentence before a singular noun as the common word', () => {
    const found = namedMentionLabels('Kelvar Group Holdings Ltd owns the firm. Group borrowing climbed by a fifth last year.');
    assert.deepStrictEqual(found, ['o:Kelvar Group Holdings Ltd:Kelvar Group Holdings Ltd'], found.join(', '));
  });
});
