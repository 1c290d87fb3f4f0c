// The rules of claim alignment, one invented pair of reports (two outlets' wording of one event) per rule.
import * as assert from 'assert';
import { ALIGNMENT_RULES } from '../../../src/core/claims/alignClaims';
import { comparisonStem, contentWords } from '../../../src/core/claims/claimWords';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { CLAIM_SYNONYM_GROUPS } from '../../../src/core/lexicon/claimSynonyms';

/** Whether a claim of A holding `a` is aligned with a claim of B holding `b`. */
function aligns(textA: string, textB: string, a: string, b: string): boolean {
  const [i, j] = [textA.indexOf(a), textB.indexOf(b)];
  assert.ok(i >= 0 && j >= 0, `test words missing: ${a} / ${b}`);
  return compareClaims(textA, textB).aligned.some(p => p.a.start <= i && i < p.a.end && p.b.start <= j && j < p.b.end);
}

describe('claim synonyms (lexicon/claimSynonyms.ts)', () => {
  const same: readonly (readonly [string, string])[] = [
    ['envoy', 'ambassador'],
    ['shoved', 'assaulted'],
    ['punched', 'pushed'],
    ['legislators', 'MPs'],
    ['lawsuit', 'suit'],
    ['cannabis', 'marijuana'],
    ['detained', 'arrested'],
    ['revoked', 'rejected'],
    ['vehicles', 'cars'],
    ['divided', 'split'],
    ['strained', 'stress'],
    ['finances', 'treasuries'],
  ];
  for (const [x, y] of same) {
    it(`compares "${x}" and "${y}" as one word`, () => assert.strictEqual(comparisonStem(x), comparisonStem(y)));
  }
  const different: readonly (readonly [string, string])[] = [
    ['envoy', 'minister'],
    ['assaulted', 'accused'],
    ['rose', 'fell'],
    ['killed', 'injured'],
    ['finances', 'strained'],
  ];
  for (const [x, y] of different) {
    it(`keeps "${x}" and "${y}" apart`, () => assert.notStrictEqual(comparisonStem(x), comparisonStem(y)));
  }

  it('puts no word in two groups, so the mapping never depends on list order', () => {
    const seen = new Map<string, string>();
    for (const list of CLAIM_SYNONYM_GROUPS) {
      for (const word of list.words) {
        assert.ok(!seen.has(word), `${word} is in ${seen.get(word)} and ${list.id}`);
        seen.set(word, list.id);
      }
    }
  });

  it('aligns two outlets\' verbs for one scuffle', () => {
    const wire = 'Harlow mayor Dena Voss was shoved by a protester outside the town hall on Tuesday, police said.\nThe council meets again next month.';
    const daily = 'A protester assaulted the mayor, Dena Voss, at the doors of the town hall.\nTicket prices for the fair will rise.';
    assert.ok(contentWords(wire).has(comparisonStem('assaulted')));
    assert.ok(aligns(wire, daily, 'Harlow mayor Dena Voss was shoved', 'A protester assaulted the mayor'));
    assert.ok(!aligns(wire, daily, 'The council meets', 'Ticket prices'));
  });

  it('aligns claims that share only synonyms: a divided reaction, a strained budget', () => {
    const wire = 'Economists were divided over the outlook.\nThe closures strained town finances.';
    const daily = 'Reaction among economists was split.\nThe shutdown puts stress on treasuries.';
    assert.ok(aligns(wire, daily, 'Economists were divided', 'Reaction among economists'));
    assert.ok(aligns(wire, daily, 'strained town finances', 'The shutdown puts stress'));
    assert.ok(!aligns(wire, daily, 'Economists were divided', 'The shutdown puts stress'));
  });
});

describe('claim pair selection (ALIGNMENT_RULES)', () => {
  it('keeps mutual best pairs at minSimilarity and asks more of a pair one side has a better match for', () => {
    assert.ok(ALIGNMENT_RULES.otherPairSimilarity.value > ALIGNMENT_RULES.minSimilarity.value);
  });

  it('aligns each claim with its own counterpart and not with a neighbour that shares only the topic', () => {
    const wire = [
      'The Orvel Bay ferry ran aground near Cape Lind on Sunday with 212 passengers aboard.',
      'Coastguard boats took every passenger ashore by nightfall, the harbour office said.',
      'The ferry operator Tessa Line suspended the Orvel Bay route pending an inquiry.',
    ].join('\n');
    const daily = [
      'All 212 passengers of a ferry that hit rocks off Cape Lind were brought ashore by coastguard crews on Sunday.',
      'Tessa Line has halted sailings on the Orvel Bay route until investigators report.',
      'Ferry travel in the region has grown by a third in a decade.',
    ].join('\n');
    const comparison = compareClaims(wire, daily);
    assert.ok(aligns(wire, daily, 'ran aground near Cape Lind', 'All 212 passengers'));
    assert.ok(aligns(wire, daily, 'suspended the Orvel Bay route', 'Tessa Line has halted'));
    assert.ok(!aligns(wire, daily, 'suspended the Orvel Bay route', 'All 212 passengers'), 'a route suspension is not the grounding');
    assert.ok(comparison.onlyB.some(c => c.text.startsWith('Ferry travel in the region')), 'the trend is only in B');
  });
});
