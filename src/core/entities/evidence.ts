// Evidence about a candidate name that its own words and their neighbours give: known first names and
// surnames, organisation and place words, abbreviations, reporting verbs. The rules are the tables of
// evidenceRules.ts; kind.ts weighs the evidence later.
import { FEMALE_HONORIFICS, MALE_HONORIFICS, has } from '../lexicon/entities';
import type { Token, Sentence } from '../nlp/tokens';
import { isExplaining, recordDecision } from '../rules/trail';
import type { Span } from '../model';
import { NAME_EVIDENCE, NAME_EVIDENCE_DROPPED, gatherEvidence, nameContext } from './evidenceRules';
import { withGazetteerEvidence } from './gazetteer';
import type { Draft } from './names';
import { Evidence, type EvidenceFlags, type Gender } from './types';
import { wordSpan } from './words';

export function genderOfHonorific(honorific: Token): Gender | undefined {
  return has(FEMALE_HONORIFICS, honorific.lower) ? 'f' : has(MALE_HONORIFICS, honorific.lower) ? 'm' : undefined;
}

/** "org-tag" for Evidence.OrgTag: the flags' names, as an explanation shows them. */
const FLAG_NAMES = new Map<EvidenceFlags, string>(Object.entries(Evidence).map(([name, flag]) => [flag, name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()]));

function flagNames(flags: EvidenceFlags): string {
  return [...FLAG_NAMES].filter(([flag]) => (flags & flag) !== 0n).map(([, name]) => name).join(' ');
}

/** Evidence that the words of the name and their neighbours give; records the rules that fired when explaining. */
export function wordEvidence(sentence: Sentence, draft: Draft): EvidenceFlags {
  const context = nameContext(sentence, draft);
  if (!context) {
    return draft.evidence;
  }
  const explaining = isExplaining();
  // Paragraph-local offsets: analyze.ts moves the records of a paragraph to its place in the document.
  const span: Span = explaining ? { start: wordSpan(sentence[draft.first]).start, end: wordSpan(sentence[draft.last]).end } : { start: 0, end: 0 };
  let evidence = gatherEvidence(context, explaining ? rule => recordDecision(NAME_EVIDENCE.id, rule.id, span, flagNames(rule.outcome)) : undefined);
  for (const rule of NAME_EVIDENCE_DROPPED.rules) {
    if (rule.when({ name: context, evidence })) {
      evidence &= ~rule.outcome;
      recordDecision(NAME_EVIDENCE_DROPPED.id, rule.id, span, `not ${flagNames(rule.outcome)}`);
    }
  }
  // Gazetteers, results lines, table headers, web addresses (gazetteer.ts): last, over the clues above.
  return withGazetteerEvidence(sentence, draft, evidence, span);
}
