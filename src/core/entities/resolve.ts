// The cheap, document-level half of entity recognition: places each paragraph's candidates in the document,
// groups them into entities, and builds the model's Entity objects (canonical name, aliases, roles, ids),
// honouring the user's alias and ignore settings.
import type { AnalyzeOptions, Entity, Mention, Role } from '../model';
import {
  canonicalOf, dropLoneTentatives, foundShortForms, groupFullNames, groupOrganisations, groupRecurringBodies, joinNicknames, joinShortForms,
  mergeOrganisationForms, startClustering, type ClusterState,
} from './clusters';
import { aliasOccurrences, applyAliases, keepRulesCandidates, settleOccurrences, type AliasedCluster, type AliasOccurrence, type ExactOccurrence } from './userAliases';
import { foundLoneQuotedSpeakers } from './loneSpeakers';
import { joinMisspeltSurnames } from './misspeltSurnames';
import { joinGivenNameShortForms } from './givenNameShortForms';
import { joinClippedSurnames } from './clippedSurnames';
import { withLowerCaseRepeats } from './lowerCaseNames';
import { withCommonNounOpenersWeak } from './commonNounOpeners';
import { withNamedEventsWeak } from './namedEvents';
import { withRankedSurnames } from './rankedSurnames';
import { withPartyLabelsInRoles } from './partyLabels';
import { recordRoleCue } from './roles';
import { sharedSurnameNamer } from './sharedSurnames';
import { slugOf } from './slug';
import { BYLINE_ABOVE, type Cluster, type NameCandidate, type ParagraphEntities, type Placed, type RoleCandidate } from './types';

/** A paragraph's result with the paragraph's offset in the document. */
export interface PlacedParagraph {
  readonly offset: number;
  readonly result: ParagraphEntities;
}

/** The candidate moved by `by` characters; one object shape for all, which keeps this hot loop fast. */
function shiftCandidate(candidate: NameCandidate, by: number, expands: number | undefined): NameCandidate {
  return {
    start: candidate.start + by,
    end: candidate.end + by,
    text: candidate.text,
    words: candidate.words,
    evidence: candidate.evidence,
    honorific: candidate.honorific ? { start: candidate.honorific.start + by, gender: candidate.honorific.gender } : undefined,
    gender: candidate.gender,
    kinGender: candidate.kinGender,
    lead: candidate.lead ? { start: candidate.lead.start + by, word: candidate.lead.word } : undefined,
    expands,
    nickname: candidate.nickname,
  };
}

/**
 * A paragraph's candidates moved to where the paragraph stands, with the document index of its first candidate: kept
 * with the paragraph's (cached) result, they serve the next analysis as they are while the paragraph has not moved,
 * as every paragraph before an edit has not (a candidate is never changed once made).
 */
const SHIFTED = new WeakMap<ParagraphEntities, { readonly offset: number; readonly base: number; readonly names: readonly NameCandidate[] }>();

/** The paragraph's candidates with document offsets and `expands` a document index, made once per place of the paragraph. */
function shiftedNames(result: ParagraphEntities, offset: number, base: number): readonly NameCandidate[] {
  const kept = SHIFTED.get(result);
  if (kept !== undefined && kept.offset === offset && kept.base === base) {
    return kept.names;
  }
  const names = result.names.map(candidate => shiftCandidate(candidate, offset, candidate.expands === undefined ? undefined : candidate.expands + base));
  SHIFTED.set(result, { offset, base, names });
  return names;
}

/** Every candidate of the document with absolute offsets, `expands` renumbered to document indices. */
export function placeCandidates(paragraphs: readonly PlacedParagraph[], text?: string): Placed[] {
  const placed: Placed[] = [];
  let above: { readonly index: number; readonly roles: RoleCandidate[] } | undefined;
  for (const { offset, result } of paragraphs) {
    const base = placed.length;
    const roles: RoleCandidate[][] = result.names.map(() => []);
    for (const r of result.roles) {
      const target = r.name === BYLINE_ABOVE ? above?.roles : roles[r.name];
      if (target) {
        recordRoleCue(r, offset);
        target.push({ start: r.start + offset, end: r.end + offset, text: r.text, name: r.name === BYLINE_ABOVE ? above!.index : base + r.name });
      }
    }
    above = text === undefined ? undefined : bylineName(text, offset, result, base, roles);
    const names = shiftedNames(result, offset, base);
    names.forEach((candidate, index) => {
      placed.push({ c: candidate, roles: roles[index], start: undefined });
    });
  }
  // A lower-case name one use showed (a screen name, a lower-case brand) names the same in its other bare uses.
  // "PC Ardley" after "PC Ennis Ardley": a rank's initials before a surname the document gives a person in full.
  // "Conservative MP X" beside "the Conservative Party": the label opening the post is the party's mention.
  const ranked = withPartyLabelsInRoles(withRankedSurnames(placed));
  // "Walker rescued after …" above "A walker who …": a word the article writes as a common noun opens the headline.
  // "Delia had weakened" after "Hurricane Delia": a storm's bare name.
  return text === undefined ? ranked : withLowerCaseRepeats(withNamedEventsWeak(withCommonNounOpenersWeak(ranked, text), text), text);
}

/** A byline line: "By " (or nothing) and one name, with nothing after it but the line's end. */
const BYLINE_LINE = /^(?:by\s+)?$/i;

/** The one name of a paragraph that is a byline line ("By Dana Kelso", "Dana Kelso"), with its roles, for a post line below it. */
function bylineName(text: string, offset: number, result: ParagraphEntities, base: number, roles: RoleCandidate[][]): { index: number; roles: RoleCandidate[] } | undefined {
  if (result.names.length !== 1 || result.roles.length > 0) {
    return undefined;
  }
  const name = result.names[0];
  const before = text.slice(offset, offset + name.start);
  const lineEnd = text.indexOf('\n', offset + name.end);
  const after = text.slice(offset + name.end, lineEnd < 0 ? text.length : lineEnd);
  return name.words.length > 1 && BYLINE_LINE.test(before) && /^\s*$/.test(after) ? { index: base, roles: roles[0] } : undefined;
}

function normalRole(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');
}

function buildEntity(cl: Cluster, text: string, id: string, name: string, ignore: ReadonlySet<string>): Entity | undefined {
  // Without ignored names (the usual case) no member's text is read for the check.
  const members = (ignore.size === 0 ? [...cl.members] : cl.members.filter(placed => !ignore.has(text.slice(placed.start ?? placed.c.start, placed.c.end).toLowerCase())))
    .sort((left, right) => (left.start ?? left.c.start) - (right.start ?? right.c.start));
  if (!members.length) {
    return undefined;
  }
  const mentions: Mention[] = members.map(placed => {
    const start = placed.start ?? placed.c.start;
    return { start, end: placed.c.end, text: text.slice(start, placed.c.end), entityId: id };
  });
  const aliases = new Set<string>();
  for (const m of members) {
    // The candidate's own text, without a quoted nickname inside the name (quoted-nickname in nameJoins.ts).
    aliases.add(m.start !== undefined ? text.slice(m.start, m.c.end) : m.c.text);
    if (m.c.honorific) {
      aliases.add((text.slice(m.c.honorific.start, m.c.start) + m.c.text).replace(/\s+/g, ' '));
    }
  }
  aliases.delete(name);
  const roles: Role[] = [];
  if (cl.kind === 'person') {
    const seen = new Set<string>();
    for (const r of members.flatMap(placed => placed.roles).sort((left, right) => left.start - right.start)) {
      const key = normalRole(r.text);
      if (!seen.has(key)) {
        seen.add(key);
        // From the document, not the paragraph's parse text (whose line breaks are spaces): text === slice.
        roles.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
      }
    }
  }
  return { id, kind: cl.kind, name, aliases: [...aliases], roles, mentions };
}

/** The state the resolution steps share: the clustering's, plus the user's settings and what the steps made. */
export interface Resolution extends ClusterState {
  readonly text: string;
  readonly aliases: Readonly<Record<string, string>>;
  readonly ignore: ReadonlySet<string>;
  /** The user's alias occurrences kept as mentions of their own, and those that are exactly a candidate of the rules. */
  aliasForms: { readonly kept: readonly AliasOccurrence[]; readonly exact: readonly ExactOccurrence[] };
  /** The clusters once the user's merges are applied, with the names the user gave. */
  aliased: readonly AliasedCluster[];
  entities: Entity[];
}

/** Occurrences of the user's alias forms replace the rules' candidates they overlap, which no step then groups. */
export function settleUserForms(state: Resolution): void {
  const { kept, skip, exact } = settleOccurrences(state.placed, aliasOccurrences(state.text, state.aliases));
  state.placed.forEach((placed, index) => {
    if (skip.has(placed)) {
      state.done.add(index);
    }
  });
  state.aliasForms = { kept, exact };
}

/** The user's merges: an entity using a listed form joins the entity it names, or takes that name. */
export function applyUserAliases(state: Resolution): void {
  const { kept, exact } = state.aliasForms;
  const occurrences = [...kept, ...keepRulesCandidates(state.clusters, exact)].sort((left, right) => left.placed.c.start - right.placed.c.start);
  state.aliased = applyAliases(state.text, state.clusters, state.aliases, occurrences, state.clustering.sets);
}

/** The model's entities, each with an id unique in the document (the name's slug, numbered on a clash), the ignored names left out. */
export function buildEntities(state: Resolution): void {
  const { text, ignore } = state;
  const ids = new Set<string>();
  const sharedSurnameName = sharedSurnameNamer(state.placed, text);
  for (const { cluster, name } of state.aliased.map(cl => ({ cluster: cl.cluster, name: cl.name ?? sharedSurnameName(cl.cluster) ?? canonicalOf(cl.cluster, text) }))) {
    if (ignore.has(name.toLowerCase())) {
      continue;
    }
    const base = slugOf(name);
    let id = base;
    for (let n = 2; ids.has(id); n++) {
      id = `${base}-${n}`;
    }
    const entity = buildEntity(cluster, text, id, name, ignore);
    if (entity) {
      ids.add(id);
      state.entities.push(entity);
    }
  }
}

/** One step of entity resolution: a named function over the shared state, and why it comes where it does. */
export interface ResolutionStep {
  readonly id: string;
  readonly reason: string;
  readonly run: (state: Resolution) => void;
}

/**
 * Entity resolution, in order. Each step groups what the earlier ones left (the `done` set) or merges what
 * they grouped; none edits another's spans. The clusters live in one Clustering (clusters.ts), and every
 * merge of two clusters (organisation forms, the user's aliases) is a union in its one union-find
 * (`clustering.sets`, unionFind.ts), applied by moving members once after the merging step.
 */
export const RESOLUTION_STEPS: readonly ResolutionStep[] = [
  { id: 'user-forms', reason: 'The user\'s alias forms win over the rules\' candidates, so they are settled before anything is grouped.', run: settleUserForms },
  { id: 'organisations', reason: 'A body\'s own evidence is the surest; grouping bodies first keeps their words out of people\'s names.', run: groupOrganisations },
  { id: 'full-names', reason: 'Full names found the people that every shorter form is matched against.', run: groupFullNames },
  { id: 'nicknames', reason: '"X, known as Y": the text names the person, so the nickname joins before short forms are guessed.', run: joinNicknames },
  { id: 'clipped-surnames', reason: 'A lone unknown word that clips the surname of one person named in full and adds a pet ending ("Kubo", "Tolly") is that person\'s nickname; before short forms found people of their own, as a nickname that speaks ("Kubo said") would.', run: joinClippedSurnames },
  { id: 'given-name-short-forms', reason: 'A lone word that is a diminutive or the clipped opening of the given name of one person named in full ("Ev" of Evelyn, "Bob" of Robert) is that person called familiarly; before short forms found people of their own and before recurring unknown words are read as bodies.', run: joinGivenNameShortForms },
  { id: 'founding-short-forms', reason: 'Short forms with their own person evidence ("Mr Orlov") join a full name or found a person.', run: foundShortForms },
  { id: 'joining-short-forms', reason: 'Forms without such evidence only join an entity the earlier steps found.', run: joinShortForms },
  { id: 'misspelt-surnames', reason: 'A lone unknown word one letter off the surname of one person named in full is that surname misspelt; tried after every exact form has joined, before unknown words are read as bodies.', run: joinMisspeltSurnames },
  { id: 'lone-quoted-speakers', reason: 'A lone unknown word that speaks a quotation ("“…,” Ostrander said") is a person even when named only there; after every person form has joined (a misspelt surname first), before unknown words are read as bodies.', run: foundLoneQuotedSpeakers },
  { id: 'recurring-bodies', reason: 'Unknown words left over that recur name a body; last of the grouping, so any person claims them first.', run: groupRecurringBodies },
  { id: 'organisation-forms', reason: 'Abbreviations, first words, head nouns … of a body merge into it once every body is known.', run: mergeOrganisationForms },
  { id: 'lone-tentatives', reason: 'A person founded only by an unknown word that speaks is dropped unless named again (after all merges).', run: dropLoneTentatives },
  { id: 'user-aliases', reason: 'The user\'s merges apply to the rules\' final entities.', run: applyUserAliases },
  { id: 'entities', reason: 'Names, aliases, roles and ids are read off the final clusters, the user\'s ignored names left out.', run: buildEntities },
];

/** Entities of a document from its paragraphs' candidates, sorted by first mention. */
export function resolveEntities(text: string, paragraphs: readonly PlacedParagraph[], options: AnalyzeOptions = {}): Entity[] {
  const state: Resolution = {
    ...startClustering(placeCandidates(paragraphs, text)),
    text,
    aliases: options.aliases ?? {},
    ignore: new Set((options.ignore ?? []).map(name => name.trim().toLowerCase()).filter(Boolean)),
    aliasForms: { kept: [], exact: [] },
    aliased: [],
    entities: [],
  };
  for (const step of RESOLUTION_STEPS) {
    step.run(state);
  }
  return state.entities.sort((left, right) => left.mentions[0].start - right.mentions[0].start);
}
