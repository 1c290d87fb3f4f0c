// Each step of entity resolution on its own (RESOLUTION_STEPS in src/core/entities/resolve.ts, ORG_FORM_STEPS
// in orgForms.ts): candidates are built by hand with invented names, the kinds given, so a step is tested
// without the ones before it.
import * as assert from 'assert';
import {
  Clustering, foundShortForms, groupFullNames, groupOrganisations, groupRecurringBodies, joinNicknames, joinShortForms, type ClusterState,
} from '../../src/core/entities/clusters';
import type { CandidateKind } from '../../src/core/entities/kind';
import {
  indexOrgs, mergeAbbreviations, mergeBroadcasterNews, mergeClippings, mergeFirstWords, mergeHeadNouns, mergeCompanyStems, mergeLeadingWords, mergeNameEndings, mergeOrgForms, mergePlurals,
  mergeStatedExpansions, type OrgMerges,
} from '../../src/core/entities/orgForms';
import { RESOLUTION_STEPS, settleUserForms, type Resolution } from '../../src/core/entities/resolve';
import { analyzeText } from '../../src/core/analyze';
import { Evidence, NO_EVIDENCE, type Cluster, type EvidenceFlags, type NameCandidate, type Placed } from '../../src/core/entities/types';
import { UnionFind } from '../../src/core/entities/unionFind';

/** Candidates written as "Name" or ["Name", evidence, extra fields], placed one after another with a gap of 10. */
type Spec = string | [string, EvidenceFlags, Partial<NameCandidate>?];

function place(specs: readonly Spec[]): Placed[] {
  let at = 0;
  return specs.map(spec => {
    const [text, evidence, extra] = typeof spec === 'string' ? [spec, NO_EVIDENCE, {}] : spec;
    const candidate: NameCandidate = { start: at, end: at + text.length, text, words: text.toLowerCase().split(/\s+/), evidence, ...extra };
    at += text.length + 10;
    return { c: candidate, roles: [] };
  });
}

function stateOf(placed: readonly Placed[], kinds: readonly CandidateKind[]): ClusterState {
  const clustering = new Clustering();
  return { placed, kinds, clustering, done: new Set(), clusterOf: new Map(), tentative: new Set(), shortened: new Set(), towns: new Set(), clusters: clustering.all,
    candidates: placed.map(entry => entry.c) };
}

/** Each cluster as its members' texts joined by "|". */
function shape(clusters: readonly Cluster[]): string[] {
  return clusters.map(cluster => cluster.members.map(member => member.c.text).join('|'));
}

describe('entity resolution steps', () => {
  it('lists every step once, each with a reason', () => {
    const ids = RESOLUTION_STEPS.map(step => step.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(RESOLUTION_STEPS.every(step => step.reason.length > 20));
  });

  it('organisations: uses of one name form one cluster, and are done', () => {
    const state = stateOf(place(['Norvale Shipping', 'Mara Quillon', 'Norvale Shipping']), ['org', 'person', 'org']);
    groupOrganisations(state);
    assert.deepStrictEqual(shape(state.clusters), ['Norvale Shipping|Norvale Shipping']);
    assert.deepStrictEqual([...state.done], [0, 2]);
  });

  it('full names: one cluster per person; a given-name variant with the same surname is the same person', () => {
    const state = stateOf(place(['Mara Quillon', 'Robert Tansey', 'Bob Tansey', 'Ilse Quillon']), ['person', 'person', 'person', 'person']);
    groupFullNames(state);
    assert.deepStrictEqual(shape(state.clusters), ['Mara Quillon', 'Robert Tansey|Bob Tansey', 'Ilse Quillon']);
  });

  it('full names: two unknown words that begin an organisation\'s name join it instead of founding a person', () => {
    const state = stateOf(place(['Rift Blooms', ['Rift Blooms', Evidence.UnknownWords]]), ['org', 'person']);
    groupOrganisations(state);
    groupFullNames(state);
    assert.deepStrictEqual(shape(state.clusters), ['Rift Blooms|Rift Blooms']);
  });

  it('nicknames: "X, known as Y" joins Y to X, and later uses of Y alone', () => {
    const state = stateOf(place(['Tomasz Wrenfield', ['Tomek', NO_EVIDENCE, { expands: 0 }], 'Tomek']), ['person', 'unknown', 'unknown']);
    groupFullNames(state);
    joinNicknames(state);
    joinShortForms(state);
    assert.deepStrictEqual(shape(state.clusters), ['Tomasz Wrenfield|Tomek|Tomek']);
  });

  it('founding short forms: "Mr X" joins the full name with that surname, or founds a person', () => {
    const honorific = (start: number) => ({ honorific: { start, gender: 'm' as const } });
    const state = stateOf(place(['Dario Pellworth', ['Pellworth', Evidence.Honorific, honorific(20)], ['Ostrander', Evidence.Honorific, honorific(40)]]), ['person', 'person', 'person']);
    groupFullNames(state);
    foundShortForms(state);
    assert.deepStrictEqual(shape(state.clusters), ['Dario Pellworth|Pellworth', 'Ostrander']);
  });

  it('joining short forms: a form without evidence only joins, never founds', () => {
    const joined = stateOf(place(['Dario Pellworth', 'Pellworth']), ['person', 'unknown']);
    groupFullNames(joined);
    joinShortForms(joined);
    assert.deepStrictEqual(shape(joined.clusters), ['Dario Pellworth|Pellworth']);
    const alone = stateOf(place(['Pellworth']), ['unknown']);
    joinShortForms(alone);
    assert.deepStrictEqual(shape(alone.clusters), []);
  });

  it('joining short forms: a town used as a club joins the one club named after it ("trip to Kelso" beside "Kelso Rovers" or "Real Kelso")', () => {
    const clubUse = (town: string): Spec => [town, Evidence.ClubUse];
    const rovers = stateOf(place([['Kelso Rovers', Evidence.Team], clubUse('Kelso'), 'Kelso']), ['org', 'place', 'place']);
    groupOrganisations(rovers);
    joinShortForms(rovers);
    assert.deepStrictEqual(shape(rovers.clusters), ['Kelso Rovers|Kelso'], 'the plain "in Kelso" stays the town');
    const prefixed = stateOf(place(['Real Vardo', clubUse('Vardo')]), ['org', 'place']);
    groupOrganisations(prefixed);
    joinShortForms(prefixed);
    assert.deepStrictEqual(shape(prefixed.clusters), ['Real Vardo|Vardo']);
    const threeWords = stateOf(place([['Marwick Athletic Ladies', Evidence.Team], clubUse('Marwick')]), ['org', 'place']);
    groupOrganisations(threeWords);
    joinShortForms(threeWords);
    assert.deepStrictEqual(shape(threeWords.clusters), ['Marwick Athletic Ladies|Marwick']);
    // Not a club (no use shows a team), or two clubs named after the town: the town stays a place.
    const firm = stateOf(place(['Tarrow Electronics', clubUse('Tarrow')]), ['org', 'place']);
    groupOrganisations(firm);
    joinShortForms(firm);
    assert.deepStrictEqual(shape(firm.clusters), ['Tarrow Electronics']);
    const two = stateOf(place([['Kelso Rovers', Evidence.Team], ['Kelso Athletic', Evidence.Team], clubUse('Kelso')]), ['org', 'org', 'place']);
    groupOrganisations(two);
    joinShortForms(two);
    assert.deepStrictEqual(shape(two.clusters), ['Kelso Rovers', 'Kelso Athletic']);
  });

  it('joining short forms: a school\'s name without its head ("Brennock Vale" for "Brennock Vale Academy") joins the school, not where it is an area', () => {
    const state = stateOf(place(['Brennock Vale Academy', 'Brennock Vale', ['Brennock Vale', Evidence.Within], 'Tarlow Park']), ['org', 'place', 'place', 'place']);
    groupOrganisations(state);
    joinShortForms(state);
    assert.deepStrictEqual(shape(state.clusters), ['Brennock Vale Academy|Brennock Vale']);
    // A council's head is no institution's: "Tarlow Borough" beside "Tarlow Borough Council" stays the place.
    const council = stateOf(place(['Tarlow Borough Council', 'Tarlow Borough']), ['org', 'place']);
    groupOrganisations(council);
    joinShortForms(council);
    assert.deepStrictEqual(shape(council.clusters), ['Tarlow Borough Council']);
  });

  it('recurring bodies: an unknown word that speaks and recurs names a body; used once, it does not', () => {
    const speaks = Evidence.UnknownWords | Evidence.Speaker;
    const state = stateOf(place([['Kestrova', speaks], ['Kestrova', Evidence.UnknownWords], ['Vallendor', speaks]]), ['unknown', 'unknown', 'unknown']);
    groupRecurringBodies(state);
    assert.deepStrictEqual(shape(state.clusters), ['Kestrova|Kestrova']);
    assert.strictEqual(state.clusters[0].kind, 'org');
    // A word some use shows as a place ("the MP for Kestrova") is the town, though it owns its streets elsewhere.
    const town = stateOf(place([['Kestrova', Evidence.UnknownWords | Evidence.Possessive], ['Kestrova', Evidence.UnknownWords | Evidence.Place]]), ['unknown', 'unknown']);
    groupRecurringBodies(town);
    assert.deepStrictEqual(shape(town.clusters), []);
  });

  it('user forms: a candidate inside a listed form is left to it, and no step groups it', () => {
    const text = 'Mara Quillon met the Tall Man.';
    const placed = place(['Tall Man']).map(p => ({ ...p, c: { ...p.c, start: 21, end: 29 } }));
    const state: Resolution = {
      ...stateOf(placed, ['unknown']), text, aliases: { 'the Tall Man': 'Mara Quillon' }, ignore: new Set(), aliasForms: { kept: [], exact: [] }, aliased: [], entities: [],
    };
    settleUserForms(state);
    assert.deepStrictEqual([...state.done], [0]);
    assert.deepStrictEqual(state.aliasForms.kept.map(occurrence => occurrence.placed.c.text), ['the Tall Man']);
  });
});

/** Organisation clusters made directly, each from the texts of its mentions. */
function orgs(...mentions: readonly Spec[][]): { clusters: Cluster[]; placed: Placed[] } {
  const placed = place(mentions.flat());
  let next = 0;
  const clusters = mentions.map(texts => {
    const members = placed.slice(next, next + texts.length);
    next += texts.length;
    return { kind: 'org' as const, key: members[0].c.words.join(' '), members, fullStarts: [] };
  });
  return { clusters, placed };
}

function merged(step: (index: ReturnType<typeof indexOrgs>, merges: OrgMerges) => void, clusters: readonly Cluster[], placed: readonly Placed[] = [], clusterOf = new Map<Placed, Cluster>()): string[] {
  const merges: OrgMerges = new UnionFind();
  step(indexOrgs(clusters, placed, clusterOf), merges);
  return merges.joins.map(({ joined, into }) => `${joined.key} -> ${into.key}`);
}

describe('organisation form steps', () => {
  it('abbreviations: initials, or a spelling by exactly one name', () => {
    const { clusters } = orgs(['Norvale Shipping Corporation'], ['NSC'], ['Association of Tarsian Nations'], ['Atan'], ['NX']);
    assert.deepStrictEqual(merged(mergeAbbreviations, clusters), ['nsc -> norvale shipping corporation', 'atan -> association of tarsian nations']);
  });

  it('first words: an unknown word that starts exactly one longer name; a known word does not', () => {
    const { clusters } = orgs(['Hallowmere Motor Company'], [['Hallowmere', Evidence.UnknownWords]], ['Grand Ferry Lines'], ['Grand']);
    assert.deepStrictEqual(merged(mergeFirstWords, clusters), ['hallowmere -> hallowmere motor company']);
  });

  it('first words: a firm named after its partners is called by the first partner\'s name', () => {
    const { clusters } = orgs([['Quarrel, Venn & Co.', NO_EVIDENCE, { words: ['quarrel', 'venn', '&', 'co'] }]], ['Quarrel Holdings'], ['Quarrel']);
    assert.deepStrictEqual(merged(mergeFirstWords, clusters), ['quarrel -> quarrel venn & co']);
  });

  it('clippings: a clipped first word of exactly one longer name', () => {
    const { clusters } = orgs(['Federated Grain Board'], ['Feder'], ['Fe'], ['Federate']);
    assert.deepStrictEqual(merged(mergeClippings, clusters), ['feder -> federated grain board']);
  });

  it('head nouns: "the Commission" for the one commission of the article, not for two', () => {
    const one = orgs(['Tarsian Commission'], ['Commission']);
    assert.deepStrictEqual(merged(mergeHeadNouns, one.clusters), ['commission -> tarsian commission']);
    const two = orgs(['Tarsian Commission'], ['Vellan Commission'], ['Commission']);
    assert.deepStrictEqual(merged(mergeHeadNouns, two.clusters), []);
  });

  it('name endings: a multiword name that ends exactly one longer name, not across "of"', () => {
    const { clusters } = orgs(['Kelder Red Falcon'], ['Red Falcon'], ['Council of Grey Herons'], ['Grey Herons']);
    assert.deepStrictEqual(merged(mergeNameEndings, clusters), ['red falcon -> kelder red falcon']);
  });

  it('company stems: a name that is one longer company name without its form or trade noun', () => {
    const yes = orgs(['Carrow Rail Group'], ['Carrow Rail'], ['Vellan Marine Holdings'], ['Vellan Marine']);
    assert.deepStrictEqual(merged(mergeCompanyStems, yes.clusters), ['carrow rail -> carrow rail group', 'vellan marine -> vellan marine holdings']);
    // Two companies with the same stem; a last word that is no company's ("Carrow Rail Users" is a group of its own); one word (first-words' step).
    const twoLonger = orgs(['Carrow Rail Group'], ['Carrow Rail Holdings'], ['Carrow Rail']);
    assert.deepStrictEqual(merged(mergeCompanyStems, twoLonger.clusters), []);
    const notCompany = orgs(['Carrow Rail Users'], ['Carrow Rail']);
    assert.deepStrictEqual(merged(mergeCompanyStems, notCompany.clusters), []);
    const oneWord = orgs(['Carrow Group'], ['Carrow']);
    assert.deepStrictEqual(merged(mergeCompanyStems, oneWord.clusters), []);
  });

  it('leading words: the part of one longer name before "of" / "for", named after it', () => {
    const yes = orgs(['Central Bank of Tarsia'], ['Central Bank'], ['Coordination Office for the Return of Detainees'], ['Coordination Office']);
    assert.deepStrictEqual(merged(mergeLeadingWords, yes.clusters), ['central bank -> central bank of tarsia', 'coordination office -> coordination office for the return of detainees']);
    // Two longer names with the same opening; a short form named first; one word; a name that also ends another; a body of its own.
    const twoLonger = orgs(['National Museum of Tarsia'], ['National Museum of Vellan'], ['National Museum']);
    assert.deepStrictEqual(merged(mergeLeadingWords, twoLonger.clusters), []);
    const namedBefore = orgs(['Central Bank'], ['Central Bank of Tarsia']);
    assert.deepStrictEqual(merged(mergeLeadingWords, namedBefore.clusters), []);
    const oneWord = orgs(['Bank of Tarsia'], ['Bank']);
    assert.deepStrictEqual(merged(mergeLeadingWords, oneWord.clusters), []);
    const alsoEnds = orgs(['Vellan Central Bank'], ['Central Bank of Tarsia'], ['Central Bank']);
    assert.deepStrictEqual(merged(mergeLeadingWords, alsoEnds.clusters), []);
    const ownBody = orgs(['Royal Society for the Protection of Marwick Birds'], ['Royal Society']);
    assert.deepStrictEqual(merged(mergeLeadingWords, ownBody.clusters), []);
  });

  it('broadcaster news: an abbreviation in capitals joins its one newsroom ("TNB News"), not its other services nor a town\'s paper', () => {
    const yes = orgs(['TNB News'], ['TNB', 'TNB'], ['TNB Pidgin']);
    assert.deepStrictEqual(merged(mergeBroadcasterNews, yes.clusters), ['tnb -> tnb news']);
    const noAbbreviation = orgs(['Marwick News'], ['Marwick']);
    assert.deepStrictEqual(merged(mergeBroadcasterNews, noAbbreviation.clusters), []);
    const serviceOnly = orgs(['TNB Pidgin'], ['TNB']);
    assert.deepStrictEqual(merged(mergeBroadcasterNews, serviceOnly.clusters), []);
  });

  it('plurals: a singular form joins the plural one', () => {
    const { clusters } = orgs(['Vantor Holdings'], ['Vantor Holding'], ['Marsh Congress'], ['Marsh Congres']);
    assert.deepStrictEqual(merged(mergePlurals, clusters), ['vantor holding -> vantor holdings']);
  });

  it('plurals: a party named by the plural of its words before "Party" joins the party', () => {
    const { clusters } = orgs(['Civic Radical Party'], ['Civic Radicals'], ['Radical Party'], ['Radicals'], ['Kelso Rovers']);
    assert.deepStrictEqual(merged(mergePlurals, clusters), ['civic radicals -> civic radical party']);
  });

  it('stated expansions: "(NSC)" given after the full name joins it', () => {
    const { clusters, placed } = orgs(['Norvale Shipping Corporation'], [['Norship', NO_EVIDENCE, { expands: 0 }]]);
    const clusterOf = new Map(clusters.flatMap(cluster => cluster.members.map(member => [member, cluster] as const)));
    assert.deepStrictEqual(merged(mergeStatedExpansions, clusters, placed, clusterOf), ['norship -> norvale shipping corporation']);
  });

  it('mergeOrgForms moves members once, after every step, and drops the merged clusters', () => {
    const { clusters, placed } = orgs(['Norvale Shipping Corporation'], ['NSC', 'NSC'], ['Tarsian Commission']);
    const result = mergeOrgForms(clusters, placed, new Map(), new UnionFind());
    assert.deepStrictEqual(shape(result), ['Norvale Shipping Corporation|NSC|NSC', 'Tarsian Commission']);
  });
});

describe('chained merges (one union-find)', () => {
  it('a form the text states goes with the body it follows, even when another body has the same initials', () => {
    const { clusters, placed } = orgs(['Norvale Shipping Corporation'], ['Norvale Sea Carriers'], [['NSC', NO_EVIDENCE, { expands: 1 }], 'NSC']);
    const clusterOf = new Map(clusters.flatMap(cluster => cluster.members.map(member => [member, cluster] as const)));
    const result = mergeOrgForms(clusters, placed, clusterOf, new UnionFind());
    assert.deepStrictEqual(shape(result), ['Norvale Shipping Corporation', 'Norvale Sea Carriers|NSC|NSC']);
  });

  it('an abbreviation of a singular form ends in the plural body the singular joins', () => {
    const { clusters, placed } = orgs(['Vantor Grain Holding'], ['Vantor Grain Holdings'], ['VGH']);
    const result = mergeOrgForms(clusters, placed, new Map(), new UnionFind());
    assert.deepStrictEqual(shape(result), ['Vantor Grain Holdings|Vantor Grain Holding|VGH']);
  });

  it('the user\'s alias naming an entity that has itself joined another joins that other', () => {
    const text = 'Tomasz Wrenfield spoke first. Mr Tomek agreed, and Mr Wrensky left.';
    const entities = analyzeText(text, { aliases: { Tomek: 'Tomasz Wrenfield', Wrensky: 'Tomek' } }).entities;
    assert.deepStrictEqual(entities.map(entity => `${entity.name}: ${entity.mentions.map(mention => mention.text).join(', ')}`), [
      'Tomasz Wrenfield: Tomasz Wrenfield, Tomek, Wrensky',
    ]);
  });
});
