// A person named only as the speaker of a quotation: "“…,” Ostrander said." News copy sometimes calls a speaker
// by the surname alone, never in full; the word is unknown to the lexicon and, used once, would be left out (an
// unknown word that speaks reads as a body only when it recurs), so the quotation would lose its speaker. The
// resolution step `lone-quoted-speakers` (resolve.ts), after every other person form has joined and before unknown
// words are grouped as bodies, founds a person for it (or joins the one person whose name ends in it), with the
// word's other uses. The decision is the rule table `lone-quoted-speaker`.
import { ruleTable } from '../rules/ruleTable';
import type { ClusterState } from './clusters';
import { bracedCandidate } from './kindRules';
import { Evidence, type Cluster, type NameCandidate } from './types';

/** Evidence that shows a place, a body, a headline word or a part of a longer name. */
const NOT_A_SPEAKER = Evidence.Place | Evidence.Located | Evidence.Within | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym | Evidence.Weak
  | Evidence.HyphenPart | Evidence.NumberAfter | Evidence.Team | Evidence.Result;

function isLoneQuotedSpeaker(candidate: NameCandidate): boolean {
  const evidence = candidate.evidence;
  return candidate.words.length === 1 && (evidence & Evidence.QuotedSpeaker) !== 0n && (evidence & Evidence.UnknownWords) !== 0n
    && (evidence & NOT_A_SPEAKER) === 0n && !/^[\p{Lu}\d]+$/u.test(candidate.text);
}

export const LONE_QUOTED_SPEAKER = ruleTable<NameCandidate, 'person'>({
  id: 'lone-quoted-speaker',
  reason: 'Who speaks a quotation is a person far more often than a body in news copy, also when the article names them only there; a body speaks "in a statement".',
  contextOf: example => bracedCandidate(example).candidate,
  rules: [
    {
      id: 'unknown-word-speaking-a-quotation', outcome: 'person',
      reason: 'One capitalised word the lexicon does not know, right after a quotation that breaks off at a comma and before its reporting verb ("“…,” Ostrander said"), or after the verb closing its clause ("“…,” said Sumarni, 58, …"; evidence rule speaks-after-quotation, never with "in a statement" after the verb), without a place\'s, a body\'s or a team\'s evidence and not written in capitals, is the surname of whoever spoke.',
      when: isLoneQuotedSpeaker,
      examples: {
        yes: ['Turnout fell by a third. "They took his plan and gave it away," {Ostrander} said.', 'Turnout fell. “They took his plan and gave it away,” {Ostrander} told reporters.',
          'The water rose. "We lost the boat and the nets," said {Sumarni}, 58, a fisherwoman.'],
        no: [
          'Turnout fell by a third. "They took his plan and gave it away." {Ostrander} fell too.',
          'Turnout fell by a third. "They took his plan and gave it away," {NORCOM} said.',
          'The patrol returned. "He is conscious and stable," {Norcom} said in a statement.',
        ],
      },
    },
  ],
});

/** The one person whose name ends in the word ("Ben Ostrander" for "Ostrander"), if only one does. */
function personEndingIn(clusters: readonly Cluster[], word: string): Cluster | undefined {
  const matches = clusters.filter(cluster => cluster.kind === 'person' && (cluster.key === word || cluster.key.endsWith(` ${word}`)));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The step: each lone word speaking a quotation founds a person (or joins the one whose name ends in it), with its other uses. */
export function foundLoneQuotedSpeakers(state: ClusterState): void {
  const founded = new Map<string, Cluster>();
  state.placed.forEach((placed, index) => {
    if (state.done.has(index) || state.kinds[index] === 'org' || state.kinds[index] === 'place' || !isLoneQuotedSpeaker(placed.c)) {
      return;
    }
    const word = placed.c.words[0];
    if (!founded.has(word)) {
      founded.set(word, personEndingIn(state.clustering.all, word) ?? state.clustering.newCluster('person', word));
    }
  });
  if (founded.size === 0) {
    return;
  }
  state.placed.forEach((placed, index) => {
    const cluster = placed.c.words.length === 1 ? founded.get(placed.c.words[0]) : undefined;
    if (cluster && !state.done.has(index) && state.kinds[index] !== 'org' && state.kinds[index] !== 'place') {
      state.clustering.attach(cluster, placed);
      state.done.add(index);
    }
  });
}
