// A party named by its label inside a politician's post ("Conservative MP X", "Liberal leader X", "Green MP X") once the
// article has named the party with "Party" ("the Conservative Party"). The paragraph pass reads the label as the
// title's first word (list title-modifiers: "Liberal", "Conservative", "Green" qualify a title as "Labour" does not),
// so the party's mention there is lost; the document shows the label is the party's name.
import { Evidence, type Placed } from './types';
import { overlapTest, withExtraCandidates } from './lowerCaseNames';

/** Most words of a party's label before the post ("Liberal Democrat MP"). */
const MAX_LABEL_WORDS = 2;

/** The capitalised words opening a role's text, one or two, lower case ("liberal democrat" of "Liberal Democrat MP"). */
function openingLabels(role: string): string[] {
  const words = role.split(' ');
  const labels: string[] = [];
  for (let n = 1; n <= MAX_LABEL_WORDS && n < words.length && /^\p{Lu}\p{Ll}/u.test(words[n - 1]); n++) {
    labels.push(words.slice(0, n).join(' '));
  }
  return labels;
}

/**
 * Every candidate, with a body's candidate for each party label that opens a role's text where the article names
 * "<label> Party" ("Conservative" of "Conservative MP Ada Vell" beside "the Conservative Party"; organisation forms join
 * it to the party). Not where a candidate already covers the words ("Labour" of "Labour leader X" is found as a name).
 */
export function withPartyLabelsInRoles(placed: readonly Placed[]): Placed[] {
  const parties = new Set(placed.map(entry => entry.c.words).filter(words => words.length >= 2 && words[words.length - 1] === 'party')
    .map(words => words.slice(0, -1).join(' ')));
  if (parties.size === 0) {
    return [...placed];
  }
  const extra: Placed[] = [];
  const covered = overlapTest(placed);
  const seen = new Set<number>();
  for (const entry of placed) {
    for (const role of entry.roles) {
      const label = openingLabels(role.text).reverse().find(words => parties.has(words.toLowerCase()));
      if (label === undefined || seen.has(role.start) || covered(role.start, role.start + label.length)) {
        continue;
      }
      seen.add(role.start);
      extra.push({ c: { start: role.start, end: role.start + label.length, text: label, words: label.toLowerCase().split(' '), evidence: Evidence.OrgTag }, roles: [], start: undefined });
    }
  }
  return withExtraCandidates(placed, extra);
}
