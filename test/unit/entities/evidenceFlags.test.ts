// Evidence flags are a bigint set (src/core/entities/types.ts): a flag above bit 30 must be a flag of its own,
// kept through joining, clearing and weighing. With the 32-bit numbers the flags used to be, `1 << 32` was
// `1 << 0` (Title) and `1 << 40` was `1 << 8` (Acronym), so a new kind of evidence there would have read as an old one.
import * as assert from 'assert';
import { kindOf } from '../../../src/core/entities/kind';
import { Evidence, NO_EVIDENCE, type EvidenceFlags, type NameCandidate } from '../../../src/core/entities/types';

/** Flags beyond what a 32-bit number holds and beyond those in use (bit 31, its sign bit, is `Term`'s since round 14, bit 32 `Photographer`'s since round 15, bit 42 `Jurisdiction`'s since round 34, bit 43 `Fictional`'s since round 37). */
const HIGH_FLAGS: readonly EvidenceFlags[] = [1n << 48n, 1n << 56n, 1n << 63n, 1n << 64n];

function candidate(text: string, evidence: EvidenceFlags): NameCandidate {
  return { start: 0, end: text.length, text, words: text.toLowerCase().split(/\s+/), evidence };
}

describe('evidence flags', () => {
  it('are single bits, each its own', () => {
    const flags = Object.values(Evidence);
    let seen = NO_EVIDENCE;
    for (const flag of flags) {
      assert.strictEqual(flag & (flag - 1n), 0n, `${flag} is not a single bit`);
      assert.strictEqual(seen & flag, 0n, `${flag} is used twice`);
      seen |= flag;
    }
  });

  it('a flag above those in use is none of the existing flags, and survives joining and clearing', () => {
    const all = Object.values(Evidence).reduce((joined, flag) => joined | flag, NO_EVIDENCE);
    for (const high of HIGH_FLAGS) {
      assert.strictEqual(all & high, 0n, `bit ${high.toString(2).length - 1} collides with an existing flag`);
      const joined = Evidence.Title | Evidence.ClubUse | high;
      assert.strictEqual(joined & high, high);
      assert.strictEqual(joined & ~Evidence.Title & ~Evidence.ClubUse, high);
      assert.strictEqual((joined & ~high) & high, 0n);
      assert.strictEqual(joined & ~high, Evidence.Title | Evidence.ClubUse);
    }
  });

  it('a flag above bit 31 does not change how a name is weighed', () => {
    const cases: readonly [string, EvidenceFlags, string][] = [
      ['Vardo', Evidence.UnknownWords, 'unknown'],
      ['Dana Kelso', Evidence.FirstName | Evidence.LastName, 'person'],
      ['Vardo Holdings', Evidence.OrgHead, 'org'],
      ['Marwick', Evidence.Place, 'place'],
    ];
    for (const [text, evidence, kind] of cases) {
      assert.strictEqual(kindOf(candidate(text, evidence)), kind, text);
      for (const high of HIGH_FLAGS) {
        assert.strictEqual(kindOf(candidate(text, evidence | high)), kind, `${text} with bit ${high.toString(2).length - 1}`);
      }
    }
  });
});
